"""Place rules of pipeline/places.py, pipeline/gazetteer.py and the place components, one
parametrised table per rule; expected values are worked out by hand from the rule and general
knowledge (see pipeline/data/README.md, section places.json)."""
from __future__ import annotations

import pytest

from pipeline import gazetteer
from pipeline.gazetteer import KINDS, resolve_place


def _places(analyse_entities, text: str) -> dict[str, tuple]:
    """name -> (country_iso3, countries_iso3, kind) of the places found in text."""
    _pp, _m, places, _pm = analyse_entities(text)
    return {p.name: (p.country_iso3, p.countries_iso3, p.kind) for p in places}


# ----------------------------------------------------------------------------- shared places
# a place shared by several countries lists them all; its one country_iso3 stays null (events read it)
SHARED_CASES = [
    ("Kashmir", None, ["IND", "PAK"]),
    ("the Korean Peninsula", None, ["KOR", "PRK"]),
    ("Yalu River", None, ["CHN", "PRK"]),
    ("DMZ", None, ["KOR", "PRK"]),
    ("Hanoi", "VNM", ["VNM"]),  # one country: the list holds it
    ("Japan", "JPN", ["JPN"]),
    ("South China Sea", None, []),  # a sea: no country
    ("Southeast Asia", None, []),  # a world region: no country
]


@pytest.mark.parametrize(("surface", "country", "countries"), SHARED_CASES)
def test_shared_places_list_their_countries(surface, country, countries):
    place = resolve_place(surface)
    assert (place.country_iso3, place.countries) == (country, countries)


@pytest.mark.parametrize("entry", [
    {"countries_iso3": ["IND"]},  # one country is no shared place
    {"countries_iso3": ["IND", "IND"]},
    {"countries_iso3": ["IND", "pak"]},
    {"countries_iso3": "IND PAK"},
    {"countries_iso3": ["IND", "PAK"], "country_iso3": "IND"},  # a shared place has no one country
])
def test_malformed_shared_countries_are_refused(entry):
    from pipeline.gazetteer_data import check_places_config
    place = {"name": "X", "kind": "region", "country_iso3": None, "lat": 34.0, "lon": 76.0, **entry}
    with pytest.raises(ValueError, match="countries_iso3|country_iso3"):
        check_places_config({"places": [place]}, KINDS)


def test_the_places_table_carries_the_shared_countries(analyse_entities):
    found = _places(analyse_entities, "The two countries have fought two wars over Kashmir since 1947.\n")
    assert found["Kashmir"] == (None, ["IND", "PAK"], "region")


def test_a_place_of_no_country_lists_none():
    assert gazetteer.Place("x", "X", "region", None, 0.0, 0.0).countries == []


# ----------------------------------------------------------------------------- regions inside names
# (text, place name, found): a world region or sea inside an organisation's or event's name, or
# half of a hyphenated adjective, is no place; the same region used as a place is one
NAME_CASES = [
    ("Australia and Japan cooperate in the East Asia Summit and other forums.\n", "East Asia", False),
    ("Funding through the Middle East Partnership Initiative supports local journalists.\n", "Middle East", False),
    ("It is in our interest to keep Turkey anchored to the Euro-Atlantic community.\n", "Atlantic Ocean", False),
    ("The senators debated a trans-Pacific trade deal on Monday.\n", "Pacific Ocean", False),
    ("The envoy travelled across the Middle East last month.\n", "Middle East", True),
    ("The leaders met at the Hanoi summit in February 2019.\n", "Hanoi", True),
    ("Both sides want stability in the Asia-Pacific region.\n", "Asia-Pacific", True),
]


@pytest.mark.parametrize(("text", "name", "found"), NAME_CASES)
def test_regions_inside_names(analyse_entities, text, name, found):
    assert (name in _places(analyse_entities, text)) is found


# ----------------------------------------------------------------------------- lower-case region prefixes
# (text, place found, place not found): a known name opened by a lower-case compass word or "sub"
PREFIX_CASES = [
    ("It signed the first free trade agreement in sub-Saharan Africa.\n", "Sub-Saharan Africa", "Africa"),
    ("Angola is sub-Saharan Africa's second-largest oil producer.\n", "Sub-Saharan Africa", "Africa"),
    ("Drought hit much of southern Africa this year.\n", "Southern Africa", "Africa"),
    ("The alliance grew stronger in northern Europe.\n", "Northern Europe", "Europe"),
    ("Trade with central Asia rose by a third.\n", "Central Asia", "Asia"),
    ("Exports to Africa rose sharply last year.\n", "Africa", "Sub-Saharan Africa"),
    ("Storms struck the western part of Japan.\n", "Japan", "Western Europe"),
]


@pytest.mark.parametrize(("text", "found", "absent"), PREFIX_CASES)
def test_lower_case_region_prefixes(analyse_entities, text, found, absent):
    names = _places(analyse_entities, text)
    assert found in names and absent not in names
