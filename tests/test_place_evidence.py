"""Rules of pipeline/place_evidence.py: when a name the gazetteer resolves is no place mention.
One parametrised table per class; the expected values are worked out by hand from the rule
(see pipeline/data/README.md, section entity_rules.json) and general knowledge of the places."""
from __future__ import annotations

import pytest


def _names(analyse_entities, text: str) -> dict[str, str | None]:
    """name -> country_iso3 of the places found in text."""
    _pp, _m, places, _pm = analyse_entities(text)
    return {p.name: p.country_iso3 for p in places}


def _absent_and_kept(found: dict, absent: str, kept: tuple | None) -> None:
    """The name is no place; the other place, if given, is found with its country."""
    assert absent not in found
    if kept is not None:
        assert found.get(kept[0]) == kept[1]


# ------------------------------------------------- a city name used as a modifier or an organisation
# (text, a name that must not be a place, a place that must stay (name, iso3) or None)
MODIFIER_CASES = [
    ("Fiji adopted a government based on the Westminster system.", "Westminster", ("Fiji", "FJI")),
    ("Ties with Fiji follow the Westminster tradition.", "Westminster", ("Fiji", "FJI")),
    ("Both sides are members of the Commonwealth.", "Commonwealth", None),
    ("The UK and Nigeria are strong partners in the Commonwealth.", "Commonwealth", ("Nigeria", "NGA")),
    ("Kenya and the UK will work together through the Commonwealth.", "Commonwealth", ("Kenya", "KEN")),
    ("Delegates from Italy discussed the Bologna process on higher education.", "Bologna", ("Italy", "ITA")),
    ("Britain praised the Manchester model of urban renewal.", "Manchester", None),
]

# a city after "the" that stays the city: an event or a site at it, a name with its article, a capital
MODIFIER_KEPT_CASES = [
    ("The Osaka summit ended on Saturday.", ("Osaka", "JPN")),
    ("Residents fled the Mosul area in Iraq.", ("Mosul", "IRQ")),
    ("The leaders met in The Hague on Tuesday.", ("The Hague", "NLD")),
    ("Officials in China said the Beijing government agreed.", ("Beijing", "CHN")),
    ("Georgia and Russia joined the Geneva talks on Wednesday.", ("Geneva", "CHE")),
]


@pytest.mark.parametrize(("text", "absent", "kept"), MODIFIER_CASES)
def test_a_city_name_used_as_a_modifier_or_an_organisation(analyse_entities, text, absent, kept):
    _absent_and_kept(_names(analyse_entities, text), absent, kept)


@pytest.mark.parametrize(("text", "kept"), MODIFIER_KEPT_CASES)
def test_a_city_after_the_that_stays_the_city(analyse_entities, text, kept):
    assert _names(analyse_entities, text).get(kept[0]) == kept[1]


# ------------------------------------------------- a facility standing for an institution, a masthead
# (text, facility, is it a place here)
INSTITUTION_CASES = [
    ("A Downing Street spokesperson said the talks went well.", "Downing Street", False),
    ("White House officials said the president would travel.", "White House", False),
    ("The White House press secretary spoke to reporters.", "White House", False),
    ("The White House\nOffice of the Press Secretary\nPresident Obama spoke with Prime Minister Key of New Zealand.",
     "White House", False),
    ("The White House\nOffice of the Vice President\nThe Vice President hosted a lunch.", "White House", False),
    ("The leaders signed the agreement at a ceremony at the White House.", "White House", True),
    ("President Bush welcomes President Obasanjo of Nigeria\nThe Oval Office\n10:30 A.M. EST", "Oval Office", True),
    ("The Prime Minister returned to Downing Street on Monday.", "Downing Street", True),
]


@pytest.mark.parametrize(("text", "facility", "is_place"), INSTITUTION_CASES)
def test_a_facility_standing_for_an_institution(analyse_entities, text, facility, is_place):
    assert (facility in _names(analyse_entities, text)) is is_place


# ------------------------------------------------- a minor city far from the document
# (text, city, is it a place here): a GeoNames city of < 1,000,000 people, no capital, in a
# country the document names nowhere else, needs a mark of a place
FAR_CITY_CASES = [
    ("Peru and Chile praised Commonwealth leaders for their support.", "Commonwealth", False),
    ("Nigeria thanked Westminster for its support.", "Westminster", False),
    ("Officials in Kenya welcomed Westminster's decision.", "Westminster", False),
    ("Australia and Fiji held talks. Springfield also sent a delegation.", "Springfield", False),
    ("Japan and Mongolia agreed on trade. Dearborn officials welcomed the deal.", "Dearborn", False),
    ("The United States and Canada agreed on trade. Dearborn officials welcomed the deal.", "Dearborn", True),
    ("Georgia and Russia began talks in Geneva on Wednesday.", "Geneva", True),  # a locative word
    ("Kerry will travel to Jerusalem, Ramallah and Hanoi.", "Ramallah", True),  # a list after one
    ("Japan and Mongolia recalled the Camp David talks.", "Camp David", True),  # a data-file place
    ("Peru and Chile agreed to talks. Shanghai welcomed them.", "Shanghai", True),  # 1,000,000+ people
    ("Westminster, Colorado, approved the plan.", "Westminster", True),  # its country is named (Colorado)
    ("Kenya and Somalia discussed security. The Westminster debate followed.", "Westminster", False),
]


@pytest.mark.parametrize(("text", "city", "is_place"), FAR_CITY_CASES)
def test_a_minor_city_far_from_the_document(analyse_entities, text, city, is_place):
    assert (city in _names(analyse_entities, text)) is is_place


# ------------------------------------------------- a person's surname
# (text, a city named like the surname that must not be a place, a place that must stay)
SURNAME_CASES = [
    ("Senator Tom Lincoln met officials in Tokyo. Lincoln said the visit went well.", "Lincoln", ("Tokyo", "JPN")),
    ("The rebel leader Carlos Medellin was killed. Police found the body of Medellin near the border.",
     "Medellin", None),
    ("Troops killed the commander Raul Reyes. They recovered the body of Reyes and rebel computers.",
     "Los Reyes Acaquilpan", None),
    ("Ambassador Anne Hamilton met Kenyan officials. Hamilton praised Kenya.", "Hamilton", ("Kenya", "KEN")),
    ("Senator Tom Lincoln visited Nebraska. Lincoln spoke about trade with Japan.", "Lincoln", ("Japan", "JPN")),
]


@pytest.mark.parametrize(("text", "absent", "kept"), SURNAME_CASES)
def test_a_persons_surname_is_no_city(analyse_entities, text, absent, kept):
    _absent_and_kept(_names(analyse_entities, text), absent, kept)


def test_a_city_named_also_apart_from_the_person_stays(analyse_entities):
    """Only a city all of whose mentions are the surname goes: a capital stays (Washington)."""
    found = _names(analyse_entities, "George Washington was the first president. Leaders met in Washington.")
    assert found.get("Washington") == "USA"
