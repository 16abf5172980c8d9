"""Places that no source knows, located by the words around them (used by ``pipeline.places``).

Rules:

* 'a facility located by a city': a FAC entity, or an ORG or LOC ending in a facility or venue
  word (``nested_names.facility_words`` / ``venue_words``: zoo, hotel, palace, haus, square
  ...), that no source knows, written next to a known city (``the Ueno Zoo in Tokyo``, ``APEC
  Haus, Port Moresby``, ``in Port Moresby at the APEC Haus``) or after its possessive
  (``Bishkek's Central Square``) is a facility in that city's country, at its coordinates;
* 'a place near a known place': a GPE/LOC that no source knows followed by ``(,) near`` and a
  known city or region of a country (``in Helenow, near Warsaw``) is a town there, at that
  place's coordinates;
* 'a district of a known region': a GPE/LOC that no source knows, ending in a word of
  ``subregion_words`` (district, county, province ...) and followed by a comma and a known
  region or country (``Pyanj District, Khatlon Region``, ``Maban County, Upper Nile State``), is
  a region there, at that place's coordinates;
* 'the <place> town of X': a GPE/LOC (or a PERSON/ORG: the component ``diplo_place_names``
  relabels it GPE) after ``<place or demonym> city/town/village of``
  (``entity_rules.town_words``: ``the West Bank city of Jenin``, ``the Chinese port of X``) is
  a GeoNames town of that country found by its primary or alternate names (``Jenin`` is
  GeoNames' ``Janīn``).
* 'a name read by the document's countries': a name seas and regions share across languages
  (``context_readings`` in places.json: ``East Sea`` is the Sea of Japan in Korea and the South
  China Sea in Vietnam) is the reading of the one reading country the document names; with
  none or several, the gazetteer's own reading stands;
* 'a namesake in the document's country': a small GeoNames city (no capital, fewer than
  ``strict_city_min_population`` people) in a country the document does not name, with a
  namesake in the one country it names, is that namesake, the most populous there
  (``Bangor`` in a text naming only the United States is Bangor, Maine, not the Welsh town).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer, Place, get_gazetteer
from .nlp.lexicon import load_entity_rules
from .nlp.spans import PLACE_LABELS, core
from .place_text import normalize_key

NEXT_TO_CITY = ("in", ",")  # "<facility> in <city>", "<facility>, <city>"


def _known(span: Span, fits) -> Place | None:
    found = get_gazetteer().lookup(core(span).text, alternates=False, fuzzy=False)
    return found[0] if found and fits(found[0]) else None


def _entity_place_at(doc: Doc, *, start: int | None = None, end: int | None = None, fits) -> Place | None:
    """The known place (``fits(place)``) of the place entity starting at token ``start`` or
    ending at token ``end``."""
    for e in doc.ents:
        if e.label_ in PLACE_LABELS and (e.start == start or e.end == end):
            return _known(e, fits)
    return None


def _is_city(place: Place) -> bool:
    return place.kind == "city"


def _of_a_country(place: Place) -> bool:
    return place.kind in ("city", "region") and bool(place.countries)


def _venue(ent: Span) -> bool:
    """A FAC, or an ORG whose last words are a facility or venue word (``Ueno Zoo``); never the
    seat of an organisation (``nested_names.seat_words``: ``the Japanese Consulate``)."""
    gaz = get_gazetteer()
    low = " " + " ".join(core(ent).text.split()).casefold()
    if ent.label_ not in ("FAC", "ORG", "LOC") or any(low.endswith(" " + w) for w in gaz.seat_words):
        return False
    return ent.label_ == "FAC" or any(low.endswith(" " + w) for w in (*gaz.facility_words, *gaz.venue_words))


def located_facility(doc: Doc, ent: Span) -> Place | None:
    """Rule 'a facility located by a city' (see the module docstring)."""
    if not _venue(ent):
        return None
    city = None
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in NEXT_TO_CITY:
        city = _entity_place_at(doc, start=ent.end + 1, fits=_is_city)
    if city is None and ent.start > 1 and doc[ent.start - 1].lower_ == "at":
        city = _entity_place_at(doc, end=ent.start - 1, fits=_is_city)
    if city is None and ent.start > 1 and doc[ent.start - 1].lower_ in ("'s", "’s"):
        city = _entity_place_at(doc, end=ent.start - 1, fits=_is_city)  # "Bishkek's Central Square"
    return get_gazetteer().named_after(core(ent).text, city, "facility") if city is not None else None


def place_near(doc: Doc, ent: Span) -> Place | None:
    """Rule 'a place near a known place' (see the module docstring)."""
    i = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
    if ent.label_ not in ("GPE", "LOC") or i + 1 >= len(doc) or doc[i].lower_ != "near":
        return None
    base = _entity_place_at(doc, start=i + 1, fits=_of_a_country)
    return get_gazetteer().named_after(core(ent).text, base, "city") if base is not None else None


def _of_a_state(place: Place) -> bool:
    return place.kind in ("region", "country") and bool(place.countries)


def subregion_of(doc: Doc, ent: Span, subregion_words: frozenset[str]) -> Place | None:
    """Rule 'a district of a known region' (see the module docstring)."""
    name = core(ent)
    if ent.label_ not in ("GPE", "LOC") or len(name) < 2 or name[-1].lower_ not in subregion_words \
            or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    base = _entity_place_at(doc, start=ent.end + 1, fits=_of_a_state)
    return get_gazetteer().named_after(name.text, base, "region") if base is not None else None


def _context_country(doc: Doc, end: int, gaz: Gazetteer) -> str | None:
    """The one country of the place or demonym entity ending at token ``end`` or one word
    before it (``the West Bank``, ``the northern Iraqi``)."""
    for e in doc.ents:
        if e.end not in (end, end - 1):
            continue
        if e.label_ == "NORP":
            return gaz.demonyms.get(core(e).text)
        found = gaz.lookup(core(e).text, alternates=False, fuzzy=False) if e.label_ in PLACE_LABELS else None
        if found and len(found[0].countries) == 1:
            return found[0].countries[0]
    return None


def town_of(doc: Doc, ent: Span, gaz: Gazetteer, town_words: frozenset[str]) -> Place | None:
    """Rule 'the <place> town of X' (see the module docstring), for a GPE/LOC or a name the
    model took for a person or an organisation (``the Syrian town of Douma``)."""
    i = ent.start
    if ent.label_ not in ("GPE", "LOC", "PERSON", "ORG") or i < 3 or doc[i - 1].lower_ != "of" \
            or doc[i - 2].lower_ not in town_words:
        return None
    iso3 = _context_country(doc, i - 2, gaz)
    return gaz.town_in(core(ent).text, iso3) if iso3 else None


def read_in_context(mentions: list, countries: set[str]) -> list:
    """Rule 'a name read by the document's countries' (see the module docstring): ``mentions``
    are EntityMentions, ``countries`` the ISO3 codes of the countries the document names."""
    gaz = get_gazetteer()
    readings = {" ".join(k.lower().split()): v for k, v in gaz.config.get("context_readings", {}).items()}
    out = []
    for m in mentions:
        by_country = readings.get(" ".join(m.text.lower().split()), {})
        chosen = {name for iso3, name in by_country.items() if iso3 in countries}
        found = gaz.lookup(chosen.pop(), alternates=False, fuzzy=False) if len(chosen) == 1 else None
        pid = found[0].place_id if found else _namesake_in(gaz, m, countries)
        out.append(replace(m, entity_id=pid) if pid else m)
    return out


def _namesake_in(gaz: Gazetteer, m, countries: set[str]) -> str | None:
    """Rule 'a namesake in the document's country': a small GeoNames city (no capital, fewer
    than ``strict_city_min_population`` people) in a country the document does not name, whose
    namesake is in the one country it names ("Bangor" in a text naming only the United States:
    Bangor, Maine, not the Welsh town)."""
    place = gaz.place(m.entity_id)
    if place is None or place.kind != "city" or place.country_iso3 in countries or gaz.is_capital(place.place_id) \
            or gaz.city_population.get(place.place_id, 0) >= load_entity_rules().strict_city_min_population:
        return None  # a capital or a large city is itself (Geneva, Moscow: not their American namesakes)
    here = [pid for _pop, pid in gaz.cities.get(normalize_key(m.text), ()) if gaz.place(pid).country_iso3 in countries]
    return here[0] if len({gaz.place(pid).country_iso3 for pid in here}) == 1 else None  # the most populous there
