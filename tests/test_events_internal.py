"""A country's own upheavals (a coup, a deposition, an ouster) are events of that one country,
a travel verb with a direct object carries someone else (no visit by its subject), and an act
an accuser alleges is no event. Cases
written from the classes; expected rows worked out by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

CASES = [
    # (text, published, {(type, countries, date_start)} expected)
    ("On September 30 (local time), members of Burkina Faso's Armed Forces announced the deposition of "
     "Lieutenant-colonel Damiba, President of the Transition.", date(2022, 10, 2),
     {("COERCE", ("BFA",), date(2022, 9, 30))}),
    ("The ouster of President Manuel Zelaya of Honduras on June 28, 2009 drew condemnation.", date(2009, 6, 30),
     {("COERCE", ("HND",), date(2009, 6, 28))}),
    ("The overthrow of the Government of Mali on August 18, 2020 ended a year of protests.", date(2020, 8, 20),
     {("COERCE", ("MLI",), date(2020, 8, 18))}),
    # carried, not travelling
    ("Soldiers arrested President Manuel Zelaya of Honduras and flew him to Costa Rica on June 28, 2009.",
     date(2009, 6, 30), {("COERCE", ("HND",), date(2009, 6, 28))}),
    ("Qatar flew the released hostages to Doha on September 18, 2023.", date(2023, 9, 19), set()),
    # ... a traveller is still a visitor
    ("President Uhuru Kenyatta of Kenya flew to Addis Ababa on February 9, 2019.", date(2019, 2, 10),
     {("CONSULT", ("ETH", "KEN"), date(2019, 2, 9))}),
    # an act alleged by an accuser is no event; the accusation is
    ("On March 24, 2014, the Kremlin accused Ukraine of attacking a power plant.", date(2014, 3, 25),
     {("ACCUSE", ("RUS", "UKR"), date(2014, 3, 24))}),
    ("On March 24, 2014, South Korea blamed North Korea for launching a missile.", date(2014, 3, 25),
     {("ACCUSE", ("KOR", "PRK"), date(2014, 3, 24))}),
    # a day parsed as the verb's object carries no one
    ("U.S. Secretary of State John Kerry leaves Wednesday for South Korea, where he will meet with officials.",
     date(2014, 2, 11), {("CONSULT", ("KOR", "USA"), date(2014, 2, 12))}),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_internal_upheavals_and_carried_people(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text, published=published)
    assert {(r["event_type"], tuple(r["actors_iso3"]), r["date_start"]) for r in rows} == expected, rows


@pytest.mark.parametrize("titles,official", [
    (["United Nations Secretary-General"], True),
    (["Secretary-General of the United Nations"], True),
    (["UN Special Envoy for Yemen"], True),
    (["NATO Secretary General"], True),
    (["Foreign Minister of Qatar"], False),
])
def test_an_organisations_official_is_no_countrys_side(titles, official):
    """Rule 'an organisation's official' (persons.organisation_people): a title naming an
    international organisation, first or after "of", in any case."""
    from types import SimpleNamespace

    from pipeline.events.lexicon import load_lexicon
    from pipeline.events.persons import organisation_people

    names = frozenset(o.lower() for o in load_lexicon().grammar.international_organisations)
    person = SimpleNamespace(person_id="p", country_iso3=None, titles=titles)
    assert (organisation_people([person], names) == {"p"}) is official
