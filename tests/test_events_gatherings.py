"""A visit made to attend a meeting of an international organisation is a trip to the
organisation, not a visit to the country that hosts it. Cases written from the class; expected
rows worked out by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

CASES = [
    # (text, published, the countries of every CONSULT expected, sorted)
    ("Mr. Taro Kono, Minister for Foreign Affairs, who is visiting New York to attend a United Nations (UN) "
     "General Assembly, held a meeting with Mr. Alpha Barry, Minister of Foreign Affairs of Burkina Faso.",
     date(2017, 9, 20), [["BFA", "JPN"]]),
    ("The Foreign Secretary travelled to Geneva on March 3, 2019 to participate in the UN Human Rights Council "
     "session.", date(2019, 3, 4), []),
    ("President Ruto visited Addis Ababa on February 17, 2024 to attend the African Union summit.",
     date(2024, 2, 18), []),
    ("During his visit to Brussels to attend the NATO summit, Prime Minister Kishida met President Macron.",
     date(2023, 7, 12), [["FRA", "JPN"]]),
    # the purpose names no international organisation: the visit to the country stays
    ("President Ruto visited Addis Ababa on February 17, 2024 to attend the inauguration of a new airport.",
     date(2024, 2, 18), [["ETH", "KEN"]]),
    ("President Kenyatta visited Japan on August 27, 2019 to participate in the Seventh Tokyo International "
     "Conference on African Development.", date(2019, 8, 28), [["JPN", "KEN"]]),
]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_a_visit_to_attend_a_gathering_is_no_visit_to_its_host(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text, published=published)
    assert sorted(r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT") == expected, rows
