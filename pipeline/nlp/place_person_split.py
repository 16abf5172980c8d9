"""Component ``diplo_place_person_split``: an entity that ends in a personal name is split into
(place or rest, PERSON): ``North Korea Ri Su-Yong`` (an East Asian name after a place),
``Vietnam Li Jin`` (a country, then a name); a PERSON holding a word that is never part of a
name (``Russia Relations``, from ``Mongolia-Russia Relations``) keeps only its country; a PERSON
ending in ``of`` + a country is the person and the country (``Obasanjo of Nigeria``)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import KIND_LABEL
from .base import DataComponent
from .spans import (
    hyphen_before,
    month_surname,
    name_start,
    place_for,
    set_ents,
    strip_the,
    titlecase_token,
)

DEFAULT_LABELS = ["GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"]


class PlacePersonSplitter(DataComponent):
    def __init__(self, nlp: Language, name: str, labels: list[str]):
        super().__init__(nlp, name)
        self.labels = set(labels)

    def _alias(self, span: Span):
        """(place, "alias") when ``span`` is a country name or alias or a data-file place."""
        found = self.gazetteer.lookup(span.text, alternates=False, fuzzy=False)
        return found if found and found[1] == "alias" else None

    def _name_like(self, span: Span) -> bool:
        """Capitalised words (or hyphen-glued syllables), none a non-name word, not a place."""
        words = [t for t in span if t.text not in ("-", "‐")]
        if not words or any(not titlecase_token(t) and not (t.is_alpha and t.i > span.start and hyphen_before(t))
                            for t in words):
            return False
        if any(t.text in self.lexicon.not_name_words for t in words):
            return False
        return not self.gazetteer.lookup(span.text, alternates=False, fuzzy=False)

    def _east_asian_split(self, doc: Doc, ent: Span) -> int | None:
        """Rule: an East Asian surname-first name ending a non-PERSON entity starts a person
        (``North Korea Ri Su-Yong``)."""
        for m in self.lexicon.patterns["ea_name"].finditer(ent.text):
            if m.start() == 0 or m.end() != len(ent.text):
                continue
            person = doc.char_span(ent.start_char + m.start(), ent.start_char + m.end())
            if person is not None and person.start > ent.start:
                return person.start
        return None

    @staticmethod
    def _after_place_word(doc: Doc, ent: Span) -> bool:
        """The entity follows ``of`` or ``to``, or ``and`` after a place (``Ambassador to
        Australia and | Vanuatu Siswo Pramono``): a country may open it."""
        if ent.start == 0:
            return False
        prev = doc[ent.start - 1].lower_
        return prev in ("of", "to") or prev == "and" and ent.start > 1 and doc[ent.start - 2].ent_type_ in ("GPE", "LOC")

    def _country_name_split(self, doc: Doc, ent: Span) -> int | None:
        """Rule: a country name, then a name of two words or more (one after ``of`` or inside a
        PERSON of three words or more): ``Vietnam Li Jin``; ``Jordan Peterson`` is a name. A
        PERSON after ``of``, ``to`` or a place and ``and`` may start with a one-word country
        (``Ambassador to Australia and Vanuatu Siswo Pramono``; after ``to``/``and`` the name
        keeps two words)."""
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        after_of = ent.start > 0 and doc[ent.start - 1].lower_ == "of"
        after_place = self._after_place_word(doc, ent)
        min_rest = 2 if ent.label_ != "PERSON" or after_place and not after_of else 1
        for k in range(ent.end - min_rest, start, -1):
            if ent.label_ == "PERSON" and not after_place and k - start < 2:
                continue
            if self._alias(doc[start:k]) and self._name_like(doc[k : ent.end]) \
                    and len([t for t in doc[k : ent.end] if t.text != "-"]) >= min_rest:
                return k
        return None

    def _split_point(self, doc: Doc, ent: Span) -> int | None:
        """Token index where a person's name starts inside ``ent``, or None."""
        k = self._east_asian_split(doc, ent) if ent.label_ != "PERSON" else None
        return k if k is not None else self._country_name_split(doc, ent)

    def _relation_place(self, doc: Doc, ent: Span) -> Span | None:
        """Rule: a PERSON holding a non-name word is no person; its leading country, if any,
        is kept (``Russia Relations`` -> GPE ``Russia``)."""
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        for k in range(ent.end - 1, start, -1):
            found = self._alias(doc[start:k])
            if found:
                return Span(doc, start, k, label=KIND_LABEL[found[0].kind])
        return None

    def _has_non_name_word(self, doc: Doc, ent: Span) -> bool:
        """A word that is never part of a name after the first; a month used as a surname at
        the end (``Theresa May``) is a name word."""
        first = name_start(doc, ent.start, ent.end, self.lexicon) + 1
        return any(t.text in self.lexicon.not_name_words and not (t.i == ent.end - 1 and month_surname(doc, t.i, self.lexicon))
                   for t in doc[first : ent.end])

    def _of_country(self, doc: Doc, ent: Span) -> list[Span] | None:
        """Rule: a PERSON ending in ``of`` + a country's name or alias is the person and the
        country (``President Obasanjo of Nigeria``, ``King Abdullah of Jordan``); not a title's
        region or city (``Prince of Wales``, ``Duke of York``)."""
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_ != "of":
                continue
            found = self._alias(doc[k + 1 : ent.end])
            if found and found[0].kind == "country":
                return [Span(doc, ent.start, k, label="PERSON"), Span(doc, k + 1, ent.end, label="GPE")]
            return None
        return None

    def _split(self, doc: Doc, ent: Span, k: int) -> list[Span]:
        prefix = strip_the(doc[ent.start : k])
        found = place_for(self.gazetteer, prefix.text, strict=False)
        spans = []
        if found:
            spans.append(Span(doc, prefix.start, k, label=KIND_LABEL[found[0].kind]))
        elif ent.label_ != "PERSON":
            spans.append(Span(doc, ent.start, k, label=ent.label_))
        spans.append(Span(doc, k, ent.end, label="PERSON"))
        return spans

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        changed = False
        for ent in doc.ents:
            if ent.label_ not in self.labels or len(ent) < 2:
                spans.append(ent)
            elif ent.label_ == "PERSON" and (parts := self._of_country(doc, ent)) is not None:
                changed = True
                spans.extend(parts)
            elif ent.label_ == "PERSON" and self._has_non_name_word(doc, ent):
                changed = True
                spans.extend(s for s in [self._relation_place(doc, ent)] if s is not None)
            elif (k := self._split_point(doc, ent)) is None:
                spans.append(ent)
            else:
                changed = True
                spans.extend(self._split(doc, ent, k))
        if changed:
            set_ents(doc, spans)
        return doc


@Language.factory("diplo_place_person_split", default_config={"labels": DEFAULT_LABELS},
                  assigns=["doc.ents"], requires=["doc.ents"])
def make_place_person_split(nlp: Language, name: str, labels: list[str]) -> PlacePersonSplitter:
    """Split an entity that ends in a personal name into (place or rest, PERSON)."""
    return PlacePersonSplitter(nlp, name, labels)
