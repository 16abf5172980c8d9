"""Places in a document: every country, city, region, sea and named facility mentioned.

Input: ``block_docs`` as for ``pipeline.people.find_people``.

Rules (documented for the tables' users):

* Candidates are the GPE/LOC/FAC entities (after the components of ``pipeline.nlp``) resolved through the
  gazetteer; an entity that does not resolve (``G7``, ``Yonhap``) is no place.
* A mention's span is the name as written without a leading ``the`` but with a possessive:
  ``North Korea’s``, ``Japan's`` (``text`` is the raw slice); ``the U.S.`` -> ``U.S.``.
* Places inside longer names: a country name or alias inside any name is a mention of that
  country (``Japan-DPRK Pyongyang Declaration`` -> Japan, DPRK; ``Government of Japan``;
  ``Supreme People's Assembly of North Korea``). Any other place inside a name counts only when
  the name is an event held there (``Pyeongchang Olympic Winter Games``, ``Hanoi summit``),
  not when it names a document or an organisation (``Pyongyang Declaration``,
  ``Seoul National University``). The word lists are in ``data/places.json`` (nested_names).
  Names of media and companies that carry a country's name (``Agence France-Presse``, ``Voice
  of America``: ``nested_names.organisation_names``) hold no place at all. A world region or
  sea inside an event's name names its members, not its venue (``East Asia Summit``: none);
  nor does a city inside the name of a numbered series (``the Seventh Tokyo International
  Conference on African Development``, held where it may: rule 'a numbered series names no
  venue'). A name the model cut after its place (``Middle East`` + ORG ``Partnership
  Initiative``) is read whole by these rules; a sea or world region glued by a hyphen to a word that names no place
  is half of an adjective (``Euro-Atlantic``): none. A region or city after a noble title and
  "of" is part of the title (``the Prince of Wales``: no Wales). The longest known name inside a name
  wins: ``Latin America`` in ``Minister for Africa, Latin America & Caribbean`` names no
  ``America``. ``Commonwealth`` is such an organisation's name (``Commonwealth values``).
* Demonyms (``Japanese citizens``) are not place mentions.
* A small city (no capital, under ``strict_city_min_population``) in a country the document
  does not name is its namesake in the one country the document names (``pipeline.place_context``).
* A name the gazetteer resolves is no place where the words around it say so
  (``pipeline.place_evidence``): a city name other than a capital after ``the`` (``the
  Commonwealth``, ``the Westminster system``), a facility before ``spokesperson`` /
  ``officials`` or as a masthead, a small city in a country the document never names without a
  mark of a place (``in``, a dateline), a one-word city that is a named person's surname.
* ``(in X)``: X is a place even when the model called it PERSON; it resolves through the
  gazetteer, then GeoNames towns of 5,000+ people, else kind ``other`` with no country.
* A facility named after a city or region (``Tokai Nuclear Power Plant``; ``facility_words``)
  is a ``facility`` place in that place's country, at its coordinates; so is a bay, river,
  valley, glacier ... named after a city or region of a country (``Manila Bay``;
  ``feature_words``, each with its kind). A facility, town or village no source knows is
  located by the words around it (``pipeline.place_context``: ``the Ueno Zoo in Tokyo``,
  ``in Helenow, near Warsaw``, ``the West Bank city of Jenin``).
* A place shared by several countries (``Kashmir``) has ``country_iso3`` null and lists them
  in ``countries_iso3``; a country named in a text published before its independence
  (``countries.<ISO3>.independent_since``) is a region of the state it was part of (Kosovo in
  2006).
* Every place mention has label ``PLACE`` and ``entity_id`` = the place_id.
* A national capital standing for its government (subject of a verb or owner of an office:
  ``Pyongyang has yet to provide``, ``Seoul's Foreign Ministry``) is still the city; its
  mention carries ``metonymic=True``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span

from .dates.lexicon import LEX as DATE_WORDS
from .gazetteer import get_gazetteer
from .nlp.lexicon import load_entity_rules, load_name_lexicon
from .nlp.spans import PLACE_LABELS, hyphen_before, in_parenthesis_place, mislabelled_city, person_span
from .nlp.spans import core as spans_core
from .people import EntityMention
from .place_context import located_facility, place_near, read_in_context, subregion_of, town_of
from .place_evidence import (
    alternate_name_of,
    currency_use,
    far_minor_cities,
    institution_use,
    marked_as_place,
    masthead,
    modifier_use,
)
from .place_text import normalize_key
from .textrules import POSSESSIVE_CLITICS

# entities whose words may contain a nested place name
NAME_LABELS = ("ORG", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "GPE", "LOC")
# entities that may continue a name the model cut after its place ("Middle East" + "Partnership Initiative")
CONTINUING_LABELS = ("ORG", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
MAX_NAME_WORDS = 6
ORGANISATION_WINDOW = 80  # characters either side of an entity searched for an organisation's name


@dataclass
class PlaceRecord:
    place_id: str
    name: str
    kind: str
    country_iso3: str | None
    countries_iso3: list[str]  # every country the place lies in (several for a shared place, none for a sea)
    latitude: float | None
    longitude: float | None
    mentions: list[str] = field(default_factory=list)
    n_mentions: int = 0


def _mention_span(span: Span) -> Span:
    """Without a leading "the", with a following possessive ('s / ’s) if any."""
    doc = span.doc
    start, end = span.start, span.end
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    if end < len(doc) and doc[end].text in POSSESSIVE_CLITICS and not doc[end - 1].whitespace_:
        end += 1
    return doc[start:end]


def _metonymic(span: Span, place) -> bool:
    if place.kind != "city" or not get_gazetteer().is_capital(place.place_id):
        return False
    root = span.root
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].lower_ in load_entity_rules().locative_words or doc[span.start - 1].pos_ == "ADP"):
        return False
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    after = span.doc[span.end].text if span.end < len(span.doc) else ""
    if after in POSSESSIVE_CLITICS or any(t.text in POSSESSIVE_CLITICS for t in span):
        return True
    return root.dep_ == "poss"


def _resolve_entity(span: Span):
    gaz = get_gazetteer()
    core = span
    if len(core) > 1 and core[0].lower_ == "the":
        core = core[1:]
    if span.label_ == "NORP":  # only a place name the model called NORP, never a demonym
        found = gaz.lookup(core.text, alternates=False, fuzzy=False)
    else:
        found = gaz.lookup(core.text)
    if not found:
        return None
    place, how = found
    hints = load_name_lexicon()
    # a surname tagged as a place ("Kim") is not the small town of that name
    if len(core) == 1 and core.text in hints.surnames and how != "alias" and not get_gazetteer().is_capital(place.place_id):
        return None
    return place


def _country_after(doc: Doc, ent: Span, place):
    """Rule 'a city and its country': a city followed by a comma and a country, or a region of
    one, is that country's city of the name when the gazetteer has one ("Shima City, Mie
    Prefecture", "Shima City, Japan": not the larger Shima in China)."""
    if place is None or place.kind != "city" or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return place
    after = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ in PLACE_LABELS), None)
    region = _resolve_entity(after) if after is not None else None
    country = region.country_iso3 if region is not None else None
    if country is None or country == place.country_iso3:
        return place
    gaz = get_gazetteer()
    namesakes = [gaz.place(pid) for _pop, pid in gaz.cities.get(normalize_key(place.name), [])]
    return next((p for p in namesakes if p.country_iso3 == country), place)


def _parenthesis_place(doc: Doc, ent: Span):
    """An entity the gazetteer does not resolve in ``(in X)`` / ``(at X)`` (a PERSON, GPE or
    LOC: ``(in Dinard)``): the place X from the gazetteer, then GeoNames small towns, else an
    unresolved place of kind ``other``. A GPE/LOC after ``in``/``at`` elsewhere (``in
    Thurmont``) may resolve to a small town, never to an unresolved place."""
    span = person_span(doc, ent, load_name_lexicon()) if ent.label_ == "PERSON" else _mention_span(ent)
    if span is None or span.start != ent.start:
        return None
    in_parens = in_parenthesis_place(doc, span)
    if not in_parens and not (ent.label_ != "PERSON" and span.start > 0 and doc[span.start - 1].lower_ in ("in", "at")):
        return None
    gaz = get_gazetteer()
    found = gaz.lookup(span.text, alternates=False, fuzzy=False)
    if found:
        return found[0]
    town = gaz.town(span.text)
    if town is not None or not in_parens:
        return town
    return gaz.unresolved(span.text)


def _place_among(doc: Doc, start: int, end: int, fits) -> object | None:
    """The first known place (up to three capitalised words, longest first) among the tokens
    start..end for which ``fits(place)`` holds."""
    gaz = get_gazetteer()
    for i in range(start, end):
        for n in range(min(3, end - i), 0, -1):
            cand = doc[i : i + n]
            if not all(t.text[:1].isupper() for t in cand):
                continue
            found = gaz.lookup(cand.text, alternates=False, fuzzy=False)
            if found and fits(found[0]):
                return found[0]
    return None


def _named_facility(doc: Doc, ent: Span):
    """A data-file facility the model called ORG/FAC (``the Oval Office``), or an ORG/FAC
    ending in a facility word (``nested_names.facility_words``: power station, airport, air
    base ...) whose words before it hold a known city or region (not a country; the first one
    found, longest first: ``New Ulaanbaatar International Airport``):
    ``the Fukushima Daiichi Nuclear Power Station`` -> a facility place in that city's country,
    at its coordinates."""
    gaz = get_gazetteer()
    core = spans_core(ent)
    text = " ".join(core.text.split())
    known = gaz.lookup(text, alternates=False, fuzzy=False)
    if known and known[0].kind == "facility" and known[1] == "alias":  # a data-file facility: Oval Office
        return known[0]
    low = text.casefold()
    word = next((w for w in gaz.facility_words if low.endswith(" " + w)), None)
    if word is None:
        return None
    base = _place_among(doc, core.start, core.end - len(word.split()), lambda p: p.kind in ("city", "region"))
    return gaz.named_after(text, base, "facility") if base is not None else None


def _named_feature(doc: Doc, ent: Span):
    """Rule 'a feature named after a place': a GPE/LOC/FAC ending in a feature word
    (``feature_words``: bay, harbour, river, valley, glacier ...) whose words before it hold a
    known city or region of one or more countries (``Manila Bay``, ``Tokyo Bay``, ``Kashmir
    Valley``) is that feature, of the word's kind, in that place's country, at its coordinates.
    A feature named after a country or a world region need not lie in it (``Jordan River``,
    ``Philippine Sea``): no feature."""
    gaz = get_gazetteer()
    core = spans_core(ent)
    text = " ".join(core.text.split())
    low = text.casefold()
    word = next((w for w in gaz.feature_words if low.endswith(" " + w)), None)
    if word is None:
        return None
    base = _place_among(doc, core.start, core.end - len(word.split()),
                        lambda p: p.kind in ("city", "region") and bool(p.countries))
    return gaz.named_after(text, base, gaz.feature_words[word]) if base is not None else None


def _trailing_feature(doc: Doc, ent: Span, place):
    """Rule 'a feature word after a place': a city or region of a country that the model tagged
    without the capitalised feature word after it (``Tokyo`` + ``Bay``, one space apart, the
    word in no entity) is that feature, as in ``_named_feature``: (mention span, place)."""
    if place.kind not in ("city", "region") or not place.countries or doc[ent.end - 1].whitespace_ != " ":
        return None
    gaz = get_gazetteer()
    for word, kind in gaz.feature_words.items():  # longest first
        words = doc[ent.end : ent.end + len(word.split())]
        if words.text.casefold() == word and all(t.text[:1].isupper() and not t.ent_type_ for t in words):
            span = _mention_span(doc[ent.start : words.end])
            return span, gaz.named_after(spans_core(span).text, place, kind)
    return None


def _world_region(place) -> bool:
    """A sea, or a region in no country (a continent, a group of countries: ``East Asia``)."""
    return place.kind == "sea" or (place.kind == "region" and not place.countries)


def _nested_place(cand: Span, is_event: bool, is_document: bool):
    """The place a candidate inside a longer name counts as, by the rules above: a country
    name or alias always; another place only inside an event's name (a city only when a
    capital or large; never a world region or sea, which names the members, not the venue:
    ``East Asia Summit``), never a nested-name word itself."""
    gaz = get_gazetteer()
    found = gaz.lookup(cand.text, alternates=False, fuzzy=False)
    if not found:
        return None
    place, how = found
    if place.kind == "country":
        if how != "alias":
            return None
    elif is_document or not is_event or _world_region(place):
        return None
    elif how == "city" and not gaz.is_capital(place.place_id) \
            and gaz.city_population.get(place.place_id, 0) < load_entity_rules().nested_city_min_population:
        return None
    if cand.text in gaz.nested_event_words or cand.text.lower() in gaz.nested_event_words:
        return None
    return place


def _nested_at(doc: Doc, ent: Span, i: int, is_event: bool, is_document: bool):
    """(span, place) for the longest place name starting at token ``i`` inside ``ent``; the
    place is None when that name does not count (rule 'the longest name wins': ``Latin
    America`` in ``Minister for Africa, Latin America & Caribbean`` names no ``America``)."""
    gaz = get_gazetteer()
    for n in range(min(MAX_NAME_WORDS, ent.end - i), 0, -1):
        cand = doc[i : i + n]
        if not cand[-1].text[:1].isalpha():
            continue
        place = _nested_place(cand, is_event, is_document)
        if place is not None or (n > 1 and gaz.lookup(cand.text, alternates=False, fuzzy=False)):
            return cand, place
    return None


def _name_kind(name: Span) -> tuple[bool, bool]:
    """(is an event's name, is a document's name), by ``nested_names`` words."""
    gaz = get_gazetteer()
    words = {t.lower_ for t in name}
    return bool(words & gaz.nested_event_words), bool(words & gaz.nested_document_words)


def _cut_name(doc: Doc, ent: Span, place) -> bool:
    """Rule 'a name the model cut': a place other than a country followed, one space apart on
    the line, by a capitalised name entity (``Middle East`` + ``Partnership Initiative``) is a
    place inside that longer name and counts only as the nested-name rules say (not inside an
    organisation's or a document's name)."""
    if place.kind == "country":
        return False
    nxt = next((e for e in doc.ents if e.start == ent.end), None)
    if nxt is None or nxt.label_ not in CONTINUING_LABELS or doc[ent.end - 1].whitespace_ != " " \
            or not nxt[0].text[:1].isupper():
        return False
    is_event, is_document = _name_kind(doc[ent.start : nxt.end])
    return _nested_place(_mention_span(ent), is_event, is_document) is None


def _noble_title(doc: Doc, ent: Span, place) -> bool:
    """Rule 'a noble title': a region or city after "<noble title> of" (``noble_titles``) is
    part of the title, not a place told (``the Prince of Wales``, ``the Duke of Edinburgh``);
    a country there is still one ("Crown Prince of Saudi Arabia" names the country)."""
    i = ent.start
    return place.kind != "country" and i >= 2 and doc[i - 1].lower_ == "of" \
        and doc[i - 2].lower_ in load_entity_rules().noble_titles


def _combining_form(doc: Doc, ent: Span, place) -> bool:
    """Rule 'combining form': a sea or world region glued by a hyphen to a word that names no
    place is half of an adjective (``Euro-Atlantic community``, ``trans-Pacific trade``), no
    mention of it."""
    first = ent[0]
    if not _world_region(place) or not hyphen_before(first):
        return False
    word = doc[first.i - 2]
    return word.is_alpha and get_gazetteer().lookup(word.text, alternates=False, fuzzy=False) is None


def _numbered_series(doc: Doc, ent: Span) -> bool:
    """Rule 'a numbered series names no venue': an event's name right after an ordinal ("the
    Seventh Tokyo International Conference on African Development", "the sixth ... held in
    Nairobi") is one of a series held in many places; a place inside it is no venue."""
    first = ent[1] if len(ent) > 1 and ent[0].lower_ == "the" else ent[0]
    return _ordinal(first) or ent.start > 0 and _ordinal(doc[ent.start - 1])


def _ordinal(tok) -> bool:
    """"Seventh", "7th" (an ORDINAL, or an ordinal word of data/dates.json)."""
    return tok.ent_type_ == "ORDINAL" or tok.lower_ in DATE_WORDS["ordinals"] or bool(_NUMBERED.fullmatch(tok.lower_))


def _nested(doc: Doc, ent: Span):
    """(span, place) for place names inside a longer name entity, by the rules above."""
    is_event, is_document = _name_kind(ent)
    is_event = is_event and not _numbered_series(doc, ent)
    out = []
    i = ent.start
    while i < ent.end:
        tok = doc[i]
        hit = None
        if tok.text[:1].isupper() and (tok.is_alpha or tok.text.replace(".", "").isalpha()):
            hit = _nested_at(doc, ent, i, is_event, is_document)
        if hit:
            if hit[1] is not None:
                out.append(hit)
            i = hit[0].end
        else:
            i += 1
    return out


def _resolved(doc: Doc, ent: Span):
    """The place a GPE/LOC/FAC (or a NORP that is a country name) names through the gazetteer."""
    if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP":
        return None
    place = _country_after(doc, ent, _resolve_entity(ent))
    return None if place is not None and ent.label_ == "NORP" and place.kind != "country" else place


def _named_as_written(doc: Doc, ent: Span, place, town_words: frozenset[str]):
    """A city the gazetteer found, in its context ("the Syrian town of Douma"): the town as the
    text names it (``place_context.town_of``; GeoNames' Duma), else the place itself."""
    if place is None or place.kind != "city" or ent.label_ not in ("GPE", "LOC"):
        return place
    town = town_of(doc, ent, get_gazetteer(), town_words)
    return town if town is not None and town.place_id == place.place_id else place


def _entity_place(doc: Doc, ent: Span):
    """The place an entity names: a GPE/LOC/FAC (or a NORP that is a country name) through the
    gazetteer, else a name in ``(in X)`` or after in/at, else a town located by its context
    (``pipeline.place_context``: ``the West Bank city of Jenin``, ``Helenow, near Warsaw``), else
    a city the model tagged as something else after a locative preposition (``attack in Tunis``:
    ``pipeline.nlp.spans.mislabelled_city``)."""
    rules = load_entity_rules()
    place = _named_as_written(doc, ent, _resolved(doc, ent), rules.town_words)
    if place is None and ent.label_ in ("PERSON", "GPE", "LOC"):
        place = _parenthesis_place(doc, ent)
    if place is None and ent.label_ in ("GPE", "LOC"):
        place = town_of(doc, ent, get_gazetteer(), rules.town_words) or place_near(doc, ent) \
            or subregion_of(doc, ent, rules.subregion_words)
    if place is None:
        place = mislabelled_city(doc, ent, get_gazetteer())
    return place


def _in_organisation_name(doc: Doc, ent: Span) -> bool:
    """The entity is, or lies inside, the name of a medium or company that carries a place's
    name (``nested_names.organisation_names``: ``Agence France Presse``, ``Voice of America``)."""
    core = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    left = max(0, core.start_char - ORGANISATION_WINDOW)
    window = doc.text[left : core.end_char + ORGANISATION_WINDOW]
    start, end = core.start_char - left, core.end_char - left
    return any(s <= start and end <= e for s, e in get_gazetteer().organisation_spans(window))


def _place_mention(doc: Doc, ent: Span, offset: int) -> list[EntityMention] | None:
    """The entity as a place of its own (with a feature word after it: ``Tokyo Bay``); [] when
    the rules drop it, None when it names no place itself."""
    place = _entity_place(doc, ent)
    if place is None:
        return None
    if _cut_name(doc, ent, place) or _combining_form(doc, ent, place) or _noble_title(doc, ent, place):
        return []
    feature = _trailing_feature(doc, ent, place)
    if feature is not None:
        span, place = feature
        return [EntityMention("PLACE", span.text, offset + span.start_char, offset + span.end_char, place.place_id)]
    span = _mention_span(ent)
    own_name = place.name if place.name != get_gazetteer().place(place.place_id).name else None
    return [EntityMention("PLACE", span.text, offset + span.start_char, offset + span.end_char,
                          place.place_id, _metonymic(span, place), own_name)]


def _entity_mentions(doc: Doc, ent: Span, offset: int) -> list[EntityMention]:
    """The place mentions one entity makes: itself, a named facility or feature, or places
    inside it; none inside an organisation's name."""
    if _in_organisation_name(doc, ent):
        return []
    own = _place_mention(doc, ent, offset)
    if own is not None:
        return own
    facility = _named_facility(doc, ent) or located_facility(doc, ent) if ent.label_ in ("ORG", "FAC", "LOC") else None
    if facility is None and ent.label_ in PLACE_LABELS:
        facility = _named_feature(doc, ent)
    if facility is not None:
        span = _mention_span(ent)
        return [EntityMention("PLACE", span.text, offset + span.start_char, offset + span.end_char,
                              facility.place_id)]
    if ent.label_ not in NAME_LABELS or len(ent) <= 1:
        return []
    out = []
    for cand, nested_place in _nested(doc, ent):
        span = _mention_span(cand) if cand.end == ent.end else cand
        out.append(EntityMention("PLACE", span.text, offset + span.start_char, offset + span.end_char,
                                 nested_place.place_id))
    return out


def _as_of(mentions: list[EntityMention], published: date | None) -> list[EntityMention]:
    """Rule 'a country not yet independent': in a text published before a country's
    independence (``countries.<ISO3>.independent_since`` in places.json), the country is the
    region of the state it was part of (Kosovo in 2006: a region of Serbia)."""
    if published is None:
        return mentions
    gaz = get_gazetteer()
    out = []
    for m in mentions:
        then = gaz.as_of(gaz.place(m.entity_id), published)
        out.append(m if then.place_id == m.entity_id else replace(m, entity_id=then.place_id))
    return out


def _used_as_place(doc: Doc, span: Span | None, place, next_doc: Doc | None) -> bool:
    """False when the words around a mention say the name is no place here
    (``pipeline.place_evidence``: ``the Westminster system``, ``a Downing Street spokesperson``,
    a masthead)."""
    if span is None or place is None:
        return True
    return not (modifier_use(doc, span, place) or institution_use(doc, span, place)
                or currency_use(doc, span, place) or masthead(doc, span, place, next_doc))


def _block_mentions(block_docs: list[tuple[int, Doc]]) -> tuple[list[EntityMention], set[int]]:
    """Every place mention of the blocks that the words around it let stand, and the indices
    of those marked as places (``place_evidence.marked_as_place``)."""
    gaz = get_gazetteer()
    mentions: list[EntityMention] = []
    marked: set[int] = set()
    for b, (offset, doc) in enumerate(block_docs):
        next_doc = block_docs[b + 1][1] if b + 1 < len(block_docs) else None
        for ent in doc.ents:
            for m in _entity_mentions(doc, ent, offset):
                span = doc.char_span(m.start_char - offset, m.end_char - offset)
                if not _used_as_place(doc, span, gaz.place(m.entity_id), next_doc):
                    continue
                if span is not None and marked_as_place(doc, span):
                    marked.add(len(mentions))
                mentions.append(m)
    return mentions, marked


_NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|An|Ash|At|Az)[ -]\S")


def _english_name(place, written: str) -> str:
    """Rule 'the name English uses': a city whose GeoNames name opens with an Arabic article
    (``Al Hillah``, ``Ar Ramadi``) and that the text names by another of its names without one
    (``Hilla``, ``Ramadi``) is named as the text names it; other places keep their own name
    (``Peking`` is Beijing)."""
    if place.kind != "city" or not _ARABIC_ARTICLE.match(place.name):
        return place.name
    text = " ".join(written.split()).removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return text if alternate_name_of(text) is not None and not _ARABIC_ARTICLE.match(text) else place.name


def find_places(block_docs: list[tuple[int, Doc]], published: date | None = None):
    """Returns (records sorted by place_id, mentions in document order); ``published`` (the
    document's date) dates the countries' independence."""
    gaz = get_gazetteer()
    mentions, marked = _block_mentions(block_docs)
    text = "\n".join(doc.text for _offset, doc in block_docs)
    far = far_minor_cities(mentions, marked, block_docs, text)
    mentions = _as_of([m for m in mentions if m.entity_id not in far], published)
    mentions = read_in_context(mentions, {gaz.place(m.entity_id).country_iso3 for m in mentions
                                          if gaz.place(m.entity_id).kind == "country"})
    mentions.sort(key=lambda m: (m.start_char, m.end_char))
    records: dict[str, PlaceRecord] = {}
    for m in mentions:
        rec = records.get(m.entity_id)
        if rec is None:
            p = gaz.place(m.entity_id)
            rec = records[m.entity_id] = PlaceRecord(p.place_id, m.name or _english_name(p, m.text), p.kind,
                                                     p.country_iso3, p.countries, p.latitude, p.longitude)
        rec.n_mentions += 1
        if m.text not in rec.mentions:
            rec.mentions.append(m.text)
    for rec in records.values():
        rec.mentions.sort()
    return sorted(records.values(), key=lambda r: r.place_id), mentions
