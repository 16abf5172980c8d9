"""Whether a place name the gazetteer resolves is used as a place (used by ``pipeline.places``).

Rules (word lists and thresholds in ``data/entity_rules.json``):

* 'a city name used as a modifier or an organisation': a GeoNames city that is no national
  capital, written after ``the`` (a city takes no article unless its name has one: ``The
  Hague``), names an organisation or a concept, not the city: ``the Commonwealth`` (nothing of
  its noun phrase after it), ``the Westminster system`` (a noun after it). It stays the city
  when a word after it names an event or a site at the city (``the Osaka summit``, ``the Jenin
  camp``: ``nested_names.event_words``, facility, venue, feature and town words, ``place_nouns``);
* 'a possessed noun': a GeoNames city that is no national capital, written after a possessive
  determiner (``our Mission in Russia``: Mission, Texas; ``its Embassy``), is a capitalised
  common noun: a place is not owned;
* 'a facility standing for an institution': a facility right before a word of
  ``institution_nouns`` (``a Downing Street spokesperson``, ``White House officials``) is the
  institution, not the building;
* 'a currency's country': a country right before a word of ``currency_words`` (``3 million US
  dollars``, ``Hong Kong dollars``, ``Swiss francs``) names the money, not the place;
* 'a masthead': a facility that is a whole line, followed by a line opening with a word of
  ``masthead_words`` (``The White House`` / ``Office of the Press Secretary``), is the
  publisher's name;
* 'a minor city far from the document': a GeoNames city that is no national capital, of fewer
  than ``foreign_city_min_population`` people, in a country that no other place or demonym of
  the document names, is a place only when one of its mentions is marked as one: a locative
  word right before it (``talks in Geneva``; ``in the`` is no mark), a list of places after
  one (``travel to Jerusalem, Ramallah``), an event or site word after it (``Geneva talks``, ``the
  Benghazi attack``), a
  parenthesis or a dateline. Data-file places (``Camp David``, ``Panmunjom``) are trusted;
* 'a person's surname': a one-word GeoNames city (no capital) written like the last word of a
  person the document names (``Raul Reyes`` ... ``the body of Reyes``) is that person.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .gazetteer import Place, get_gazetteer
from .nlp.lexicon import load_entity_rules
from .nlp.spans import PLACE_LABELS, after_place_of_noun, in_parenthesis_place

MAX_MODIFIED_WORDS = 3  # words after a city name read as the noun it modifies
MAX_LIST_STEPS = 6  # places of a list walked back to its locative word


def _minor_city(place: Place) -> bool:
    """A GeoNames city (not a data-file place) that is no national capital."""
    gaz = get_gazetteer()
    return place.kind == "city" and place.place_id in gaz.city_population and not gaz.is_capital(place.place_id)


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """Words after a city name that keep it the city: an event or a site at it."""
    gaz = get_gazetteer()
    rules = load_entity_rules()
    words = {w for phrase in (*gaz.facility_words, *gaz.venue_words, *gaz.feature_words) for w in phrase.split()}
    return frozenset(words | gaz.nested_event_words | rules.town_words | rules.place_nouns)


def _modified_words(doc: Doc, end: int) -> list[str]:
    """The nouns and adjectives right after a name (``system`` in ``the Westminster system``)."""
    out = []
    for tok in doc[end : end + MAX_MODIFIED_WORDS]:
        if not tok.is_alpha or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or (tok.ent_type_ in PLACE_LABELS):
            break
        out.append(tok.lower_)
    return out


def modifier_use(doc: Doc, span: Span, place: Place) -> bool:
    """Rules 'a city name used as a modifier or an organisation' and 'a possessed noun' (module
    docstring)."""
    if span.start == 0 or not _minor_city(place):
        return False
    if doc[span.start - 1].tag_ == "PRP$":  # "our Mission in Russia", "its Embassy"
        return True
    if doc[span.start - 1].lower_ != "the" or place.name.lower().startswith("the "):
        return False
    words = _modified_words(doc, span.end)
    return not set(words) & _site_words()


def institution_use(doc: Doc, span: Span, place: Place) -> bool:
    """Rule 'a facility standing for an institution' (module docstring)."""
    if place.kind != "facility" or span.end >= len(doc):
        return False
    return doc[span.end].lower_ in load_entity_rules().institution_nouns


def currency_use(doc: Doc, span: Span, place: Place) -> bool:
    """Rule 'a currency's country' (module docstring)."""
    if place.kind not in ("country", "region") or span.end >= len(doc):
        return False
    return doc[span.end].lower_ in load_entity_rules().currency_words


def masthead(doc: Doc, span: Span, place: Place, next_doc: Doc | None) -> bool:
    """Rule 'a masthead' (module docstring): ``next_doc`` is the following block."""
    if place.kind != "facility" or next_doc is None or not len(next_doc):
        return False
    whole = doc.text.strip()
    name = span.text.strip()
    if whole.lower() not in (name.lower(), "the " + name.lower()):
        return False
    return next_doc[0].lower_ in load_entity_rules().masthead_words


def _after_locative(doc: Doc, start: int) -> bool:
    """A locative word right before token ``start``, or a list of places that follows one; a
    ``The`` written capitalised inside a sentence is part of the name (``in The Hague``)."""
    locative = load_entity_rules().locative_words
    i = start
    if i > 1 and doc[i - 1].text == "The" and not doc[i - 1].is_sent_start:
        i -= 1
    for _ in range(MAX_LIST_STEPS):
        if i == 0:
            return False
        if doc[i - 1].lower_ in locative:
            return True
        if doc[i - 1].text not in (",", "and") or i < 2:
            return False
        before = next((e for e in doc.ents if e.end == i - 1 and e.label_ in PLACE_LABELS), None)
        if before is None:
            return False
        i = before.start
    return False


def marked_as_place(doc: Doc, span: Span) -> bool:
    """A mention the words around it mark as a place (rule 'a minor city far from the document'):
    after a locative word, in "(in X)", after the "of" of a noun whose of-phrase is a place
    (``place_of_nouns``: "the incursion of Rafah"), or before a site word."""
    if span.start == 0 or _after_locative(doc, span.start) or in_parenthesis_place(doc, span):
        return True
    if after_place_of_noun(doc, span.start):
        return True
    return bool(set(_modified_words(doc, span.end)) & _site_words())


def _surnames(block_docs) -> frozenset[str]:
    """Last words of the people of two words or more the documents' blocks name."""
    return frozenset(e[-1].text for _o, d in block_docs for e in d.ents if e.label_ == "PERSON" and len(e) > 1)


def _named_countries(place_ids: set[str], in_text: frozenset[str]) -> set[str]:
    """The countries the document names: ``in_text`` (names, demonyms) and its places' countries."""
    gaz = get_gazetteer()
    named = set(in_text)
    for pid in place_ids:
        named.update(gaz.place(pid).countries)
    return named


def _unmarked_minor_city(pid: str, own: list[int], marked: set[int]) -> bool:
    """A GeoNames city of fewer than ``foreign_city_min_population`` people none of whose
    mentions ``own`` is marked as a place."""
    minimum = load_entity_rules().foreign_city_min_population
    return get_gazetteer().city_population.get(pid, 0) < minimum and not any(i in marked for i in own)


def far_minor_cities(mentions: list, marked: set[int], block_docs, text: str) -> set[str]:
    """Place ids of rules 'a minor city far from the document', 'a person's surname' and 'a city
    by another name far from the document': ``mentions`` in any order, ``marked`` the indices of
    those marked as places, ``text`` the document's text."""
    gaz = get_gazetteer()
    surnames = _surnames(block_docs)
    owned: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        owned.setdefault(m.entity_id, []).append(i)
    in_text: frozenset[str] | None = None  # the countries the text names, read on first need
    drop = set()
    for pid in sorted(owned):
        place, own = gaz.place(pid), owned[pid]
        if _surname_city(place, own, mentions, surnames):
            drop.add(pid)
            continue
        unmarked = _minor_city(place) and _unmarked_minor_city(pid, own, marked)
        if not unmarked and not _by_other_name(mentions, own):
            continue
        in_text = frozenset(gaz.countries_in(text)) if in_text is None else in_text
        named = _named_countries(set(owned) - {pid}, in_text)
        if not set(place.countries) & named and (unmarked or named):
            drop.add(pid)
    return drop


def _surname_city(place, own: list[int], mentions: list, surnames: frozenset[str]) -> bool:
    """Rule 'a person's surname': a minor city every mention of which is one word that is the
    last word of a person the document names."""
    return _minor_city(place) and all(" " not in mentions[i].text and mentions[i].text in surnames for i in own)


def _by_other_name(mentions: list, own: list[int]) -> bool:
    """Rule 'a city by another name far from the document': every mention of the place found it
    through an alternate name (``Tanna``, an old name of Thane in India, for Vanuatu's island
    of Tanna); in a document that names countries, such a city stands only when its own is one
    of them."""
    for i in own:
        place = alternate_name_of(mentions[i].text)
        if place is None or set(mentions[i].text.lower().split()) <= set(place.name.lower().split()):
            return False  # not by another name, or a short form of the name itself: "Hague" for The Hague
    return True


def alternate_name_of(text: str):
    """The place ``text`` names only through one of its alternate names (``Tanna``, ``Hilla``),
    else None."""
    found = get_gazetteer().lookup(text, fuzzy=False)
    return found[0] if found is not None and found[1] == "alternate" else None
