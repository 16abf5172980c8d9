"""Protests in the street and the countries of a story told by a news outlet: tables of cases
written by hand from the class of wording, not from one document."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

DAY = date(2024, 3, 4)  # a Monday
NEWS = {"source_url": "https://www.voanews.com/a/x/123.html"}

STREET_PROTEST_CASES = [
    # (story, PROTEST rows as (actors, date_start, status)): a demonstration, a rally, a march, a
    # general or hunger strike is by people of the country it is held in
    ("Thousands of protesters gathered in Tbilisi on Sunday to oppose the new law.",
     [(["GEO"], date(2024, 3, 3), "occurred")]),
    ("Demonstrators marched in Caracas on Saturday.", [(["VEN"], date(2024, 3, 2), "occurred")]),
    ("Workers began a general strike in Lagos on Monday.", [(["NGA"], DAY, "occurred")]),
    ("More than 80 activists began a hunger strike in Yerevan on Friday.", [(["ARM"], date(2024, 3, 1), "occurred")]),
    ("Demonstrators are expected to gather in Nairobi on Wednesday.", [(["KEN"], date(2024, 3, 6), "planned")]),
    # the lead's present perfect tells the day's news, also when its object is the event noun itself
    ("Opposition activists in Kyrgyzstan have launched rallies demanding early elections.", [(["KGZ"], DAY, "occurred")]),
    # no protesters, no protest: troops marching, leaders gathering
    ("Troops marched into the town of Kupiansk on Sunday.", []),
    ("European leaders gathered in Brussels on Monday for a summit.", []),
]


@pytest.mark.parametrize("text,expected", STREET_PROTEST_CASES)
def test_a_protest_in_the_street_is_by_the_people_of_its_country(nlp, text, expected):
    _, rows = _pipeline(nlp, text + "\n", published=DAY, meta=NEWS, title="News")
    assert [(r["actors_iso3"], r["date_start"], r["status"]) for r in rows if r["event_type"] == "PROTEST"] == expected


OUTLET_TITLE_CASES = [
    # (title, story, actors of every row): a news outlet's name in the title ("Voice of America",
    # "Radio Free Asia") names no country, so the story's events get no second party from it
    ("Kyrgyz opposition rejects offer of talks | Voice of America",
     "Kyrgyz President Sadyr Japarov on Monday rejected the opposition's offer of talks.", [["KGZ"]]),
    ("Protesters rally in Caracas - Voice of America",
     "Protesters rallied in Caracas on Sunday against the government.", [["VEN"]]),
    ("Thai protesters gather in Bangkok (Radio Free Asia)",
     "Thousands of protesters gathered in Bangkok on Saturday.", [["THA"]]),
    ("Strike in Nigeria | Voice of America", "Workers began a general strike in Lagos on Monday.", [["NGA"]]),
    ("Hunger strike in Armenia (Radio Free Europe)",
     "More than 80 activists began a hunger strike in Yerevan on Friday.", [["ARM"]]),
]


@pytest.mark.parametrize("title,text,expected", OUTLET_TITLE_CASES)
def test_a_news_outlets_name_in_the_title_names_no_country(nlp, title, text, expected):
    _, rows = _pipeline(nlp, text + "\n", published=DAY, meta=NEWS, title=title)
    assert [r["actors_iso3"] for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("Voice of America", []),
    ("Kyrgyz opposition launches rallies (Voice of America)", ["KGZ"]),
    ("Bank of America lends to Brazil", ["BRA"]),
    ("Japan Airlines flight to Seoul", ["KOR"]),
    ("Radio Free Asia reports from Vietnam", ["VNM"]),
])
def test_an_organisations_name_names_no_country(text, expected):
    from pipeline.gazetteer import countries_in

    assert countries_in(text) == expected
