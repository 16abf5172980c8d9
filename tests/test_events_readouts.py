"""Readouts told as a new user's sources tell them (a prime minister's office, a foreign
ministry): what a topic verb's relations are with, and a name given by "called". Tables of
cases written by hand from the rules' definitions; a GOV.UK readout dated DAY in its header, no
other date in the text, so every statement is dated the readout's day."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

DAY = date(2019, 5, 9)
META = {"source_url": "https://www.gov.uk/government/news/pm-call-with-president-9-may-2019"}
CALL = "The Prime Minister spoke today with President Donald Trump of the United States. "


def _rows(nlp, text):
    _, rows = _pipeline(nlp, "9 May 2019\n\n" + text, published=DAY, meta=META)
    return rows


TOPIC_RELATION_CASES = [
    # a call, then what was discussed: the relations' "with X" is the topic, so the call
    # stays one meeting of its two sides (X joins no meeting)
    "The two leaders discussed relations with China.",
    "They discussed bilateral ties with Japan.",
    "The leaders also discussed the situation in Syria and relations with Russia.",
    "The two leaders reviewed the relationship with India.",
    "They discussed relations with Iran and the security of the Gulf.",
]


@pytest.mark.parametrize("text", TOPIC_RELATION_CASES)
def test_relations_discussed_are_a_topic_not_a_partner(nlp, text):
    consults = [r["actors_iso3"] for r in _rows(nlp, CALL + text) if r["event_type"] == "CONSULT"]
    assert consults == [["GBR", "USA"]]


def test_a_partner_after_the_topic_verb_is_still_a_partner(nlp):
    rows = _rows(nlp, "The Prime Minister discussed trade with President Macron of France.")
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == [("CONSULT", ["FRA", "GBR"])]


NAMING_CASES = [
    # "called" + a name, with no subject of its own: the name of what precedes, no call (the
    # model tags some such names as a country: the first two made a call before the rule)
    "The two leaders welcomed the agreement reached on a new trade agreement, called the "
    "United States-Mexico-Canada Agreement.",
    "Both sides praised a new treaty called the United Kingdom-France Treaty.",
    "Ministers of a group called the Friends of Syria met in Paris.",
    "The leaders welcomed the launch of a new forum, called the Japan-Australia Dialogue.",
    "France and Germany backed a plan called the Berlin Process for the Western Balkans.",
]


@pytest.mark.parametrize("text", NAMING_CASES)
def test_a_name_given_is_no_call(nlp, text):
    assert not [r for r in _rows(nlp, text) if r["mode"] == "phone"]


def test_a_call_to_a_leader_is_a_call(nlp):
    rows = _rows(nlp, "President Macron called President Putin of Russia.")
    assert [(r["event_type"], r["mode"], r["actors_iso3"]) for r in rows] == [("CONSULT", "phone", ["FRA", "RUS"])]


TITLED_GROUP_CASES = [
    # (text, the second sentence's row): a plural title with no number stands for the two
    # sides of the meeting just told, like "the two leaders"
    ("The Prime Minister spoke today with Prime Minister Pedro Sánchez of Spain. The Prime Ministers "
     "agreed to coordinate closely in response to the crisis.", ("AGREE", ["ESP", "GBR"])),
    ("The Foreign Secretary met Foreign Minister Penny Wong of Australia in London today. The Foreign "
     "Ministers agreed to strengthen cooperation on maritime security.", ("AGREE", ["AUS", "GBR"])),
    ("President Yoon Suk Yeol of South Korea held talks with President Joe Biden in Washington today. "
     "The Presidents agreed to expand joint exercises.", ("AGREE", ["KOR", "USA"])),
    ("The Defence Secretary met his Polish counterpart Mariusz Blaszczak in London today. The Defence "
     "Ministers agreed to deepen cooperation on air defence.", ("AGREE", ["GBR", "POL"])),
    ("The Prime Minister spoke today with Prime Minister Mark Carney of Canada. The Prime Ministers "
     "agreed to launch talks on a new trade deal.", ("AGREE", ["CAN", "GBR"])),
]


@pytest.mark.parametrize("text,expected", TITLED_GROUP_CASES)
def test_a_plural_title_stands_for_the_meetings_sides(nlp, text, expected):
    rows = [(r["event_type"], r["actors_iso3"]) for r in _rows(nlp, text) if r["event_type"] != "CONSULT"]
    assert rows == [expected]
