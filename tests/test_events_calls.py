"""Telephone calls told without a word of the telephone: tables of cases written by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

PUBLISHED = date(2019, 5, 15)  # a Wednesday: "on Monday" is 2019-05-13

PHONE_CALL_CASES = [
    # (text, (type, mode, actors, date_start)): a call to, from or with a named person or country
    ("Kenyan President Uhuru Kenyatta on Monday called British Prime Minister Theresa May.",
     ("CONSULT", "phone", ["GBR", "KEN"], date(2019, 5, 13))),
    ("On Monday, Indian Prime Minister Narendra Modi called French President Emmanuel Macron.",
     ("CONSULT", "phone", ["FRA", "IND"], date(2019, 5, 13))),
    ("Japanese Prime Minister Shinzo Abe held a call with Australian Prime Minister Scott Morrison on Monday.",
     ("CONSULT", "phone", ["AUS", "JPN"], date(2019, 5, 13))),
    ("On Monday, the Canadian Prime Minister had a call with German Chancellor Angela Merkel.",
     ("CONSULT", "phone", ["CAN", "DEU"], date(2019, 5, 13))),
    ("Ghanaian President Nana Akufo-Addo on Monday telephoned Nigerian President Muhammadu Buhari.",
     ("CONSULT", "phone", ["GHA", "NGA"], date(2019, 5, 13))),
    ("On Monday, the Chilean President phoned Argentine President Mauricio Macri.",
     ("CONSULT", "phone", ["ARG", "CHL"], date(2019, 5, 13))),
]


@pytest.mark.parametrize("text,expected", PHONE_CALL_CASES)
def test_a_call_to_a_named_party_is_a_phone_consultation(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=PUBLISHED)
    assert [(r["event_type"], r["mode"], r["actors_iso3"], r["date_start"]) for r in rows] == [expected]


NOT_A_CALL_CASES = [
    # a call for something, a call to action, a name given: no consultation
    "On Monday, French President Emmanuel Macron called Germany a reliable partner.",
    "On Monday, the British Prime Minister issued a call to action on climate change.",
    "On Monday, Kenyan President Uhuru Kenyatta repeated his call for calm in Somalia.",
    "On Monday, German Chancellor Angela Merkel called the decision a mistake.",
    "On Monday, Indian Prime Minister Narendra Modi called the talks with Nepal useful.",
]


@pytest.mark.parametrize("text", NOT_A_CALL_CASES)
def test_a_call_for_something_or_a_name_given_is_no_consultation(nlp, text):
    _, rows = _pipeline(nlp, text, published=PUBLISHED)
    assert [r for r in rows if r["event_type"] == "CONSULT" and r["mode"] == "phone"] == []
