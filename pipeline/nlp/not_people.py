"""Component ``diplo_not_people``: PERSON spans that are no person (``data/not_people.json``).

Agencies and platforms (``Xinhua``, ``Facebook``) become ORG, buildings (``the Kremlin``, ``APEC
Haus``) FAC, institutions (``Border Police``, ``leader of Fine Gael``) ORG; spans with no
capitalised word are dropped, a lone acronym in a mixed-case line is an ORG, a name ending in a
number is an EVENT (``Anakonda 16``); post-nominals (``MP``) are cut from the end of a name."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import TITLES_FILE, NotInitialized
from .lexicon import DATA_DIR, TITLES_PATH, NameLexicon, check_word_lists, read_json, write_json
from .spans import name_start, set_ents

NOT_PEOPLE_PATH = DATA_DIR / "not_people.json"
NOT_PEOPLE_FILE = "not_people.json"
NOT_PEOPLE_KEYS = ("agencies", "platforms", "buildings", "building_words", "institution_words",
                   "post_nominals", "organisation_roles")


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
                   folded("institution_words"), frozenset(data["post_nominals"]), folded("organisation_roles"))

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
    words or more ending in a building word is a FAC, in an institution word an ORG."""
    name = " ".join(span.text.split()).casefold()
    name = name[4:] if name.startswith("the ") else name  # "the Kremlin", "the Blue House"
    if name in lex.organisations:
        return "ORG"
    if name in lex.buildings:
        return "FAC"
    last = words[-1].lower_
    if len(words) > 1 and last in lex.building_words:
        return "FAC"
    if len(words) > 1 and last in lex.institution_words:
        return "ORG"
    return None


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
    if listed:
        return listed
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in lex.organisation_roles:
        return "ORG"  # "leader of Fine Gael"
    if len(words) == 1 and lone_acronym(words[0], doc.text if text is None else text):
        return "ORG"
    return None


class NotPeopleFilter:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._lexicon: NameLexicon | None = None
        self._not_people: NotPeople | None = None

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

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None,
                   lexicon: NameLexicon | None = None, not_people: NotPeople | None = None,
                   titles_path: str | Path | None = None, not_people_path: str | Path | None = None) -> None:
        self._lexicon = lexicon or NameLexicon.from_file(titles_path or TITLES_PATH)
        self._not_people = not_people or NotPeople.from_file(not_people_path or NOT_PEOPLE_PATH)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / TITLES_FILE, self.lexicon.to_dict())
        write_json(path / NOT_PEOPLE_FILE, self.not_people.to_dict())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> NotPeopleFilter:
        path = util.ensure_path(path)
        self.initialize(titles_path=path / TITLES_FILE, not_people_path=path / NOT_PEOPLE_FILE)
        return self

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans = []
        changed = False
        post = self.not_people.post_nominals
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                spans.append(ent)
                continue
            end = ent.end
            while end - 1 > ent.start and doc[end - 1].text in post:
                end -= 1
            name = doc[name_start(doc, ent.start, end, self.lexicon) : end]
            label = not_person_label(doc, name, self.not_people, text, self.lexicon) if len(name) else ""
            if label is None and end == ent.end:
                spans.append(ent)
                continue
            changed = True
            if label is None:
                spans.append(Span(doc, ent.start, end, label="PERSON"))
            elif label:
                spans.append(Span(doc, name.start, name.end, label=label))
        if changed:
            set_ents(doc, spans)
        return doc


@Language.factory("diplo_not_people", assigns=["doc.ents"], requires=["doc.ents"])
def make_not_people(nlp: Language, name: str) -> NotPeopleFilter:
    """Relabel or drop PERSON entities that are no person; cut post-nominals (``MP``)."""
    return NotPeopleFilter(nlp, name)
