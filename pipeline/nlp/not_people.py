"""Component ``diplo_not_people``: PERSON spans that are no person (``data/not_people.json``).

Agencies and platforms (``Xinhua``, ``Facebook``) become ORG, buildings (``the Kremlin``, ``APEC
Haus``) FAC, institutions (``Border Police``, ``leader of Fine Gael``) ORG; spans with no
capitalised word are dropped, a lone acronym in a mixed-case line is an ORG, a name ending in a
number is an EVENT (``Anakonda 16``); post-nominals (``MP``) are cut from the end of a name.

Common words (``data/common_words.json``: common English words that are no given name or
surname): a span with no name word (``Readout``, ``Seek Solutions``) is no entity unless a title
or honorific comes right before it (``President Sang``); a name ending in a plural common noun
is a group or a work (``DipNote Bloggers``); a name between a country's name and a common noun
it modifies is that country's body (``China Marine Surveillance vessels``); capitalised common words before a name of two
words or more are a role or a heading, not part of it (``Analyst Rashid Abdi``)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import TITLES_FILE, NotInitialized
from .lexicon import (
    COMMON_WORDS_PATH,
    DATA_DIR,
    TITLES_PATH,
    NameLexicon,
    check_word_lists,
    load_common_words,
    read_json,
    write_json,
)
from .spans import INITIALLED_NAME, after_title, name_start, set_ents, titlecase_token

NOT_PEOPLE_PATH = DATA_DIR / "not_people.json"
_PAIR = re.compile(r"[A-Z][\w'’]+[-–][A-Z][\w'’]+")
NOT_PEOPLE_FILE = "not_people.json"
COMMON_WORDS_FILE = "common_words.json"
NOT_PEOPLE_KEYS = ("agencies", "platforms", "buildings", "building_words", "institution_words",
                   "post_nominals", "organisation_roles", "organisation_nouns", "generational_suffixes",
                   "mission_words", "storm_words", "phrases", "pair_nouns", "adjective_titles")


@dataclass(frozen=True)
class NotPeople:
    """The lists of not_people.json, case-folded (post-nominals as written)."""

    agencies: frozenset[str]
    platforms: frozenset[str]
    buildings: frozenset[str]
    building_words: frozenset[str]
    institution_words: frozenset[str]
    post_nominals: frozenset[str]
    organisation_roles: frozenset[str]
    generational_suffixes: frozenset[str]
    organisation_nouns: frozenset[str] = frozenset()
    mission_words: frozenset[str] = frozenset()
    storm_words: frozenset[str] = frozenset()
    phrases: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    adjective_titles: frozenset[str] = frozenset()

    @property
    def organisations(self) -> frozenset[str]:
        return self.agencies | self.platforms

    @classmethod
    def from_dict(cls, data: dict, source: str = NOT_PEOPLE_PATH.name) -> NotPeople:
        """Validate: every key present, each a list of non-empty strings, no other keys."""
        check_word_lists(data, NOT_PEOPLE_KEYS, source)

        def folded(key: str) -> frozenset[str]:
            return frozenset(" ".join(v.split()).casefold() for v in data[key])

        return cls(folded("agencies"), folded("platforms"), folded("buildings"), folded("building_words"),
                   folded("institution_words"), frozenset(data["post_nominals"]), folded("organisation_roles"),
                   frozenset(data["generational_suffixes"]), folded("organisation_nouns"), folded("mission_words"),
                   folded("storm_words"), folded("phrases"), folded("pair_nouns"), folded("adjective_titles"))

    @classmethod
    def from_file(cls, path: Path | str = NOT_PEOPLE_PATH) -> NotPeople:
        return cls.from_dict(read_json(Path(path)), Path(path).name)

    def to_dict(self) -> dict:
        return {key: sorted(getattr(self, key)) for key in NOT_PEOPLE_KEYS}


def lone_acronym(tok: Token, text: str) -> bool:
    """``CSEP`` alone in a mixed-case line (``text`` is the doc's text): an acronym, not a name
    in capitals."""
    if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 2):
        return False
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)]
    return any(ch.islower() for ch in line)


def _listed_label(span: Span, words: list[Token], lex: NotPeople) -> str | None:
    """Rule: a listed agency or platform is an ORG, a listed building a FAC; a name of two
    words or more ending in a building word is a FAC, in an institution word an ORG, and one
    beginning with a mission word (``Embassy Usumbura``) an ORG, with a storm word (``Typhoon
    Haiyan``) an EVENT; a listed foreign phrase (``Persona Non Grata``) and two names joined by a
    hyphen before an encounter noun (``Sharon-Abdullah meeting``) are no entity."""
    name = " ".join(span.text.split()).casefold()
    name = name[4:] if name.startswith("the ") else name  # "the Kremlin", "the Blue House"
    if name in lex.organisations:
        return "ORG"
    if name in lex.phrases:
        return ""  # "Persona Non Grata", "Status Quo": a foreign phrase in capitals
    if name in lex.buildings:
        return "FAC"
    last = words[-1].lower_
    if len(words) > 1 and last in lex.building_words and not INITIALLED_NAME.fullmatch(span.text):
        return "FAC"  # "Carnegie Hall", not "Henry C. Hall"
    if len(words) > 1 and last in lex.institution_words:
        return "ORG"
    if len(words) > 1 and words[0].lower_ in lex.mission_words:
        return "ORG"  # "Embassy Usumbura", "Legation Riga": a diplomatic post
    if len(words) > 1 and words[0].lower_ in lex.storm_words:
        return "EVENT"  # "Typhoon Haiyan"
    return "" if _name_pair(span, lex) else None


def _name_pair(span: Span, lex: NotPeople) -> bool:
    """Rule 'two names joined by a hyphen before an encounter': "a Sharon-Abdullah meeting", "the
    Trump-Kim summit" (``pair_nouns``) names two people's meeting, no one person."""
    doc = span.doc
    return bool(_PAIR.fullmatch(span.text)) and span.end < len(doc) and doc[span.end].lower_ in lex.pair_nouns


def _titles_only(span: Span, words: list[Token], names: NameLexicon) -> bool:
    """A title alone (``FOREIGN MINISTER``), or a name of two words or more ending in the
    plural of a title's last word (``Papua New Guinean Ministers``: a group, no person)."""
    if names.patterns["title_any"].fullmatch(" ".join(span.text.split())):
        return True
    last = words[-1].lower_
    return len(words) > 1 and last.endswith("s") and last[:-1] in names.title_last_words


def _shape_label(span: Span, words: list[Token], names: NameLexicon | None) -> str | None:
    """No entity for a span with no capitalised word ("assumed power") or a title alone; an
    EVENT for a numbered name ("exercise Anakonda 16", "Trident Juncture 2018")."""
    if not words or not any(t.text[:1].isupper() for t in words):
        return ""
    if len(words) > 1 and words[-1].is_digit:
        return "EVENT"
    if names is not None and _titles_only(span, words, names):
        return ""
    return None


@dataclass(frozen=True)
class NameWords:
    """What tells a name word from a common one: common_words.json and the name lexicon."""

    common: frozenset[str]
    names: NameLexicon
    known: frozenset[str] = frozenset()  # words of known people's names (known_name_words)

    def common_word(self, tok: Token) -> bool:
        """A capitalised common English word that is no given name or surname (common_words.json),
        no surname of titles.json (``Ban``, ``Moon``, ``May``) and no word of a known person's
        name (``Tusk``, ``Cleverly``)."""
        names, low = self.names, tok.lower_
        return tok.is_alpha and tok.text[0].isupper() and low in self.common and low not in self.known \
            and tok.text not in names.surnames and tok.text not in names.month_surnames

    def no_name_word(self, tok: Token) -> bool:
        """Rule: a word that is no part of a name: lower case, a common word, a word of
        ``not_name_words`` (``Summit``, ``Strategic``)."""
        return not tok.is_alpha or tok.is_lower or self.common_word(tok) or tok.text in self.names.not_name_words

    def plural_end(self, words: list[Token]) -> bool:
        """Rule: a name of two words or more ending in a plural common noun is a group or a work
        (``DipNote Bloggers``, ``Charles I. Treaties``), not one person; a verb (``Obama Says``)
        is not a plural."""
        last = words[-1]
        if len(words) < 2 or last.tag_ == "VBZ" or not self.common_word(last):
            return False
        low = last.lower_
        return any(low.endswith(end) and low[: -len(end)] + stem in self.common
                   for end, stem in (("ies", "y"), ("es", ""), ("s", "")))

    def role_end(self, doc: Doc, start: int, end: int) -> int:
        """Rule: capitalised common words before a name of two words or more are a role or a
        heading, not part of it (``Analyst Rashid Abdi``, ``Shogun Tokugawa Ieyasu``); a title
        after them goes too (``Majesty King Abdullah`` -> ``Abdullah``). The new start."""
        while start < end and self.common_word(doc[start]):
            rest = [t for t in doc[start + 1 : end] if t.is_alpha and t.text[:1].isupper()]
            if len(rest) < 2:
                break
            start = name_start(doc, start + 1, end, self.names)
        return start


def known_name_words() -> frozenset[str]:
    """The words of the names of the office-holders (``data/office_holders.json``) and officials
    (``data/officials.json``): names, whatever they mean in English (``Tusk``, ``Macron``)."""
    from ..office_holders import default_entries, names_of
    from ..officials import official_terms

    keys = {k for e in default_entries() for k in names_of(e)} | set(official_terms())
    return frozenset(w for k in keys for w in k.split())


def no_name(span: Span, words: list[Token], name_words: NameWords) -> bool:
    """Rule: a span with no name word (``Readout``, ``Seek Solutions``, ``Strategic
    Dialogue``) or ending in a plural common noun is no person."""
    alpha = [t for t in words if t.is_alpha]
    return bool(alpha) and (all(name_words.no_name_word(t) for t in alpha) or name_words.plural_end(alpha))


def not_person_label(doc: Doc, span: Span, lex: NotPeople, text: str | None = None,
                     names: NameLexicon | None = None) -> str | None:
    """The label a PERSON name span really has (ORG, FAC), "" when it is no entity at all, or
    None when it may be a person. With ``names``, a span that is a title alone (``FOREIGN
    MINISTER``, a job title in capitals) is no entity."""
    words = [t for t in span if not t.is_punct]
    shape = _shape_label(span, words, names)
    if shape is not None:
        return shape
    listed = _listed_label(span, words, lex)
    if listed is not None:
        return listed
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in lex.organisation_roles:
        return "ORG"  # "leader of Fine Gael"
    if _organisation_list(doc, span, lex):
        return "ORG"
    if len(words) == 1 and lone_acronym(words[0], doc.text if text is None else text):
        return "ORG"
    return "ORG" if _national_body(doc, span) else None


_LIST_INTRODUCERS = ("–", "—", "-", ":", "including", "like", "namely")


def _organisation_list(doc: Doc, span: Span, lex: NotPeople) -> bool:
    """Rule 'a list of organisations': a name right after an organisation noun
    (``organisation_nouns``: ``the Italian company Leonardo``), or in a list it introduces (``two
    major Italian companies – Leonardo and Marcegaglia``, ``firms such as Siemens and Leonardo``),
    is an organisation."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 8 and (doc[i].text in (",", "and", "or") or titlecase_token(doc[i])):
        i -= 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    elif i >= 0 and doc[i].lower_ in _LIST_INTRODUCERS:
        i -= 1
    elif i != span.start - 1:
        return False
    return i >= 0 and doc[i].lower_ in lex.organisation_nouns


def _national_body(doc: Doc, span: Span) -> bool:
    """Rule 'a country's body': a name after a country's name (other capitalised words between)
    that modifies a common noun (``China Marine Surveillance vessels``, ``China Fisheries Law
    Enforcement vessels``, ``Kenya Wildlife Service rangers``) is a body of that country, not a
    person."""
    before, after = span.start - 1, span.end
    while before > 0 and span.start - before <= 3 and doc[before].pos_ == "PROPN" and doc[before].ent_type_ != "GPE":
        before -= 1
    return before >= 0 and after < len(doc) and doc[before].ent_type_ == "GPE" and doc[before].dep_ == "compound" \
        and doc[after].tag_ in ("NN", "NNS") and doc[after].is_lower and span[-1].dep_ == "compound"


def _definite_word(doc: Doc, name: Span) -> bool:
    """Rule 'a title with an article': one word after "the" and before no noun ("spoke to the
    Amir of Qatar", "updated the Amir on ...") is an office, not a name; "the Clinton
    administration" keeps its name."""
    if len(name) != 1 or name.start == 0 or doc[name.start - 1].lower_ != "the":
        return False
    return name.end >= len(doc) or not doc[name.end].tag_.startswith("NN")


def _before_building(doc: Doc, start: int, end: int, buildings: frozenset[str]) -> int:
    """Rule 'a name runs into a building': a name whose last words begin a listed building
    that goes on after it ends before the building ("Trump, Uzbek Leader Hold White House
    Talks": the model's "Hold White" runs into "White House"; what is left is judged alone)."""
    longest = max((len(b.split()) for b in buildings), default=0)
    for j in range(start, end):
        for n in range(end - j + 1, longest + 1):
            if j + n <= len(doc) and " ".join(t.text for t in doc[j : j + n]).casefold() in buildings:
                return j
    return end


class NotPeopleFilter:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._lexicon: NameLexicon | None = None
        self._not_people: NotPeople | None = None
        self._name_words: NameWords | None = None

    @property
    def not_people(self) -> NotPeople:
        if self._not_people is None:
            raise NotInitialized(f"component {self.name!r} has no data: call its initialize()")
        return self._not_people

    @property
    def lexicon(self) -> NameLexicon:
        if self._lexicon is None:
            raise NotInitialized(f"component {self.name!r} has no data: call its initialize()")
        return self._lexicon

    @property
    def name_words(self) -> NameWords:
        if self._name_words is None:
            raise NotInitialized(f"component {self.name!r} has no data: call its initialize()")
        return self._name_words

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None,
                   lexicon: NameLexicon | None = None, not_people: NotPeople | None = None,
                   titles_path: str | Path | None = None, not_people_path: str | Path | None = None,
                   common_words_path: str | Path | None = None) -> None:
        self._lexicon = lexicon or NameLexicon.from_file(titles_path or TITLES_PATH)
        self._not_people = not_people or NotPeople.from_file(not_people_path or NOT_PEOPLE_PATH)
        self._name_words = NameWords(load_common_words(common_words_path or COMMON_WORDS_PATH), self._lexicon,
                                     known_name_words())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / TITLES_FILE, self.lexicon.to_dict())
        write_json(path / NOT_PEOPLE_FILE, self.not_people.to_dict())
        write_json(path / COMMON_WORDS_FILE, {"common_words": sorted(self.name_words.common)})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> NotPeopleFilter:
        path = util.ensure_path(path)
        self.initialize(titles_path=path / TITLES_FILE, not_people_path=path / NOT_PEOPLE_FILE,
                        common_words_path=path / COMMON_WORDS_FILE)
        return self

    def _generational_suffix(self, doc: Doc, end: int) -> int:
        """Rule 'generational suffixes': "William A. Stoltzfus, Jr." is the name with its suffix
        (``generational_suffixes``), which the model leaves out after a comma."""
        suffixes = self.not_people.generational_suffixes
        at = end + 1 if end + 1 < len(doc) and doc[end].text == "," else end
        if at >= len(doc) or doc[at].text not in suffixes:
            return end
        if doc[at].text + "." in suffixes and at + 1 < len(doc) and doc[at + 1].text == "." \
                and not doc[at].whitespace_:
            return at + 2  # "Sr." split from its full stop at a sentence's end
        return at + 1

    def _repair(self, doc: Doc, ent: Span, text: str) -> Span | None:
        """The PERSON entity as it stands (``ent`` itself), cut (post-nominals, a role before
        the name), relabelled, or None when it is no entity."""
        end = ent.end
        while end - 1 > ent.start and doc[end - 1].text in self.not_people.post_nominals:
            end -= 1
        end = self._generational_suffix(doc, end)
        end = _before_building(doc, ent.start, end, self.not_people.buildings)
        start = name_start(doc, ent.start, end, self.lexicon)
        titled = start > ent.start or (start < end and after_title(doc, start, self.lexicon, text))
        role_end = self.name_words.role_end(doc, start, end)
        name = doc[role_end:end]
        label = self._label(doc, name, titled, text)
        if label is None:
            first = ent.start if role_end == start else role_end
            return ent if (first, end) == (ent.start, ent.end) else Span(doc, first, end, label="PERSON")
        return Span(doc, name.start, name.end, label=label) if label else None

    def _label(self, doc: Doc, name: Span, titled: bool, text: str) -> str | None:
        """The name's label when it is no person (ORG, FAC, ... or "" for no entity), else None."""
        label = not_person_label(doc, name, self.not_people, text, self.lexicon) if len(name) else ""
        if label is None and self._adjective_title_name(doc, name):
            return "ORG"
        if label is None and not titled and (no_name(name, list(name), self.name_words) or _definite_word(doc, name)):
            return ""
        return label

    def _adjective_title_name(self, doc: Doc, name: Span) -> bool:
        """Rule 'a company's adjective': a title that is also an adjective (``adjective_titles``:
        ``General``), alone before one common word, opens an organisation's name (``General
        Motors``, ``General Electric``), not a title and a surname (``General Petraeus``)."""
        start = name.start
        if len(name) != 1 or start == 0 or doc[start - 1].lower_ not in self.not_people.adjective_titles:
            return False
        if start >= 2 and titlecase_token(doc[start - 2]) and not doc[start - 2].is_stop:
            return False  # "Major General ...", "Secretary General ...": a longer title
        return self.name_words.common_word(name[0])

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans = []
        changed = False
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                spans.append(ent)
                continue
            fixed = self._repair(doc, ent, text)
            changed = changed or fixed is not ent
            if fixed is not None:
                spans.append(fixed)
        if changed:
            set_ents(doc, spans)
        return doc


@Language.factory("diplo_not_people", assigns=["doc.ents"], requires=["doc.ents"])
def make_not_people(nlp: Language, name: str) -> NotPeopleFilter:
    """Relabel or drop PERSON entities that are no person; cut post-nominals (``MP``)."""
    return NotPeopleFilter(nlp, name)
