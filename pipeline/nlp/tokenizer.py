"""Registered tokenizer ``diplo.Tokenizer.v1``: the language's default tokenizer that also
splits a hyphen between an abbreviation and a capitalised word (``U.S.-North Korea`` ->
``U.S.`` ``-`` ``North`` ``Korea``; the default infixes keep ``U.S.-North`` as one token,
which hides both countries from the NER), keeps an honorific's full stop on it (``Amb.``,
``Hon.``: cut, the parser ends the sentence before the name), keeps a word whose hyphen follows a prefix whole
(``re-established``, ``re-opened``, ``co-operation``, ``non-proliferation``: split, the parser
takes ``re`` for a verb and the sentence loses its predicate), and splits two honorifics
written together (``Hon.Ms.`` -> ``Hon.`` ``Ms.``; ``joined_honorifics`` in data/parse.json:
the default cuts ``Hon`` ``.`` and the parser ends the sentence there), and splits a one-word
title glued to a capitalised name (``PresidentAlexander Lukashenko``).

A trained pipeline's tokenizer settings are read from its directory after it is created, so
the rule is added again after every ``from_disk``/``from_bytes``. Use it by naming it in the
config: ``spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": "diplo.Tokenizer.v1"}}})``
(``pipeline.nlp.load_nlp`` does)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.lang.char_classes import ALPHA, HYPHENS
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from ..parse import load_joined_honorifics

ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"
TOKENIZER_CONFIG = {"@tokenizers": "diplo.Tokenizer.v1"}
# English prefixes written with a hyphen before a word (a closed class, like spaCy's own infix
# rules): the default hyphen infix keeps its match only where no such prefix begins the word
PREFIXES = ("re", "co", "pre", "post", "non", "anti", "counter", "multi")
_HYPHEN_RULE = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"  # spaCy's own (lang/punctuation.py)
_PREFIX_GUARD = "".join(rf"(?<!\b{p[0].upper()}{p[1:]})(?<!\b{p})(?<!\b{p.upper()})" for p in PREFIXES)


@lru_cache(maxsize=1)
def joined_honorifics() -> tuple[str, ...]:
    """Honorifics that may be written together ("Hon.Ms."), from data/parse.json."""
    return load_joined_honorifics()


@lru_cache(maxsize=1)
def glued_title_infix() -> str:
    """Rule 'a title glued to a name': a one-word title of titles.json written without its space
    before a capitalised word (``PresidentAlexander Lukashenko``, a copy of a page whose link text
    lost the space) is split there; each title its own look-behind (Python's are fixed-width)."""
    from .lexicon import load_name_lexicon

    words = sorted({t for t in load_name_lexicon().titles if t.isalpha() and t[0].isupper() and len(t) > 3})
    return "|".join(rf"(?<=\b{re.escape(w)})(?=[A-Z][a-z])" for w in words)


class DiploTokenizer(Tokenizer):
    """spaCy's tokenizer with the abbreviation-hyphen infix and joined honorifics."""

    def add_joined_honorifics(self) -> None:
        """"Hon." and "Amb." are one token each, full stop kept (the default cuts "Amb" "." and
        the parser ends the sentence inside "H. E. Amb. Barry Faure"); "Hon.Ms." is two tokens,
        "Hon." and "Ms." (idempotent)."""
        for a in joined_honorifics():
            self.add_special_case(a, [{"ORTH": a}])
            for b in joined_honorifics():
                if a != b:
                    self.add_special_case(a + b, [{"ORTH": a}, {"ORTH": b}])

    def add_abbreviation_hyphen(self) -> None:
        """Add the abbreviation-hyphen and glued-title infixes and guard the default hyphen infix
        (idempotent)."""
        finditer = self.infix_finditer
        pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
        glued = glued_title_infix()
        if pattern is None:
            self.infix_finditer = re.compile(f"{ABBREVIATION_HYPHEN}|{glued}").finditer
            return
        if _PREFIX_GUARD not in pattern:
            pattern = pattern.replace(_HYPHEN_RULE, _PREFIX_GUARD + _HYPHEN_RULE)
        if ABBREVIATION_HYPHEN not in pattern:
            pattern = f"{pattern}|{ABBREVIATION_HYPHEN}"
        if glued not in pattern:
            pattern = f"{pattern}|{glued}"
        if pattern != finditer.__self__.pattern:
            self.infix_finditer = re.compile(pattern).finditer

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> DiploTokenizer:
        super().from_bytes(bytes_data, exclude=exclude)
        self.add_abbreviation_hyphen()
        self.add_joined_honorifics()
        return self


@registry.tokenizers("diplo.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The default tokenizer's settings (``spacy.Tokenizer.v1``) in a ``DiploTokenizer``."""
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        base = default(nlp)
        tokenizer = DiploTokenizer(
            nlp.vocab,
            rules=nlp.Defaults.tokenizer_exceptions,
            prefix_search=base.prefix_search,
            suffix_search=base.suffix_search,
            infix_finditer=base.infix_finditer,
            token_match=base.token_match,
            url_match=base.url_match,
        )
        tokenizer.add_abbreviation_hyphen()
        tokenizer.add_joined_honorifics()
        return tokenizer

    return make
