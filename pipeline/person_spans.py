"""Which words of a PERSON span are a name, by its shape on the page: headline words glued to a
name (``Kerry Traveling``, ``Botswana President Endorses Zimbabwe's ...``), a name cut off at
the end of a text (``Strategic Dial``), and a speech verb before its speaker (``Said Khama,``).
Used by ``pipeline.people`` when it collects a document's mentions."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .gazetteer import fold, get_gazetteer
from .nlp.lexicon import load_common_words

_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"})


def name_words(name: str) -> tuple[str, ...]:
    """Normalised words of a name: ``Kim Jong-un`` -> ("kim", "jongun")."""
    return tuple(w for w in (re.sub(r"[^0-9a-z]", "", w) for w in fold(name).casefold().split()) if w)


def word_forms(word: str) -> set[str]:
    """A lower-cased word and its naive stems: ``traveling`` -> travel, ``brings`` -> bring."""
    forms = {word}
    for suffix, repl in (("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)] + repl)
    return forms


def lower_vocabulary(block_docs: list[tuple[int, Doc]]) -> set[str]:
    """Every word (and lemma) the document writes in lower case."""
    return {w for _offset, doc in block_docs for t in doc if t.is_alpha and t.is_lower
            for w in (t.lower_, t.lemma_.lower())}


def is_headline(doc: Doc, span: Span) -> bool:
    """The span's line is written in title case: every content word (not a preposition,
    article, conjunction ...) capitalised."""
    text = doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = doc.char_span(start, end if end >= 0 else len(text), alignment_mode="expand")
    if line is None:
        return False
    words = [t for t in line if t.is_alpha and t.pos_ not in _FUNCTION_POS]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words)


def headline_name(doc: Doc, span: Span, lower: set[str], body: set[str]) -> Span | None:
    """Rule (headline words glued to a name, issue 15): on a title-case line, words at either
    end of a name that the document writes in lower case elsewhere (``Meet Jordan``: ``meet``)
    or, when the rest of the name is written elsewhere outside headlines, that no such name
    holds (``Kerry Traveling`` beside ``John Kerry``) are no part of it; None when nothing or
    only a place is left; None too when a country's name is in it and none of its words names a
    person of the body."""
    if not is_headline(doc, span):
        return span
    known = any(name_words(t.text) and name_words(t.text)[0] in body for t in span)
    if _verb_and_country(span, known):
        return None
    start, end = span.start, span.end

    def glued(tok: Token) -> bool:
        w = name_words(tok.text)
        return bool(word_forms(tok.lower_) & lower) or (known and bool(w) and w[0] not in body)

    # only whole words: never inside a hyphenated name (Su-Yong)
    while end > start and doc[end - 2].whitespace_ and glued(doc[end - 1]):
        end -= 1
    while start < end - 1 and doc[start].whitespace_ and glued(doc[start]):
        start += 1
    if start >= end or _common_words_only(doc[start:end], known):
        return None
    if (start, end) == (span.start, span.end):
        return span
    rest = doc[start:end]
    return None if get_gazetteer().lookup(rest.text, alternates=False, fuzzy=False) else rest


def _common_words_only(name: Span, known: bool) -> bool:
    """A headline's name made of common English words only (``common_words.json``), none of
    which names a person of the body, is headline words ("Leader Hold" in "Trump, Uzbek Leader
    Hold White House Talks")."""
    common = load_common_words()
    return not known and all(t.lower_ in common for t in name if t.is_alpha)


def _verb_and_country(span: Span, known: bool) -> bool:
    """"Botswana President Endorses Zimbabwe's ...": a headline's verb and a country that the
    model took for a name, none of whose words names a person of the body."""
    return not known and any(_country_word(t.text) for t in span)


def _country_word(word: str) -> bool:
    found = get_gazetteer().lookup(word, alternates=False, fuzzy=False)
    return found is not None and found[0].kind == "country"


def inverted_speech(doc: Doc, span: Span) -> Span:
    """Rule 'said X,': a sentence that opens with a speech verb before its speaker ("Said Khama,
    “Like in a case like Mugabe ...") puts no "Said" in the name."""
    first = span[0]
    if len(span) > 1 and first.text in ("Said", "Says") and first.is_sent_start and span.end < len(doc) \
            and doc[span.end].text == ",":
        return span[1:]
    return span


def cut_off(doc: Doc, span: Span, is_last_block: bool) -> bool:
    """Rule (words cut off at the end of a text, issue 15): a name that ends a text stopping
    without punctuation (``until late Decembe``, ``met for the first high level Strategic
    Dial``, ``met President Barack Oba``) is a fragment, no person."""
    if not is_last_block:
        return False
    text = doc.text.rstrip()
    return span.end_char == len(text) and text[-1:].isalpha()


def body_words(found: list[tuple[int, Doc, list[Span]]]) -> set[str]:
    """The words of the names written outside title-case lines."""
    return {w for _offset, doc, spans in found for sp in spans if not is_headline(doc, sp)
            for t in sp for w in name_words(t.text)}
