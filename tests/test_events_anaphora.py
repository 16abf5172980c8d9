"""'The two countries': a stated number of parties is never answered with fewer; relations that
begin are ties founded; notes exchanged are an agreement. Cases written from the classes;
expected rows worked out by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

URL = "https://history.state.gov/countries/x"
TITLE = ("A Guide to the United States' History of Recognition, Diplomatic, and Consular Relations, by Country, "
         "since 1776: Nigeria")

CASES = [
    # (text, the year of the agreement, its countries)
    ("John Smith, a U.S. citizen, was appointed Consul at Lagos on May 1, 1870. "
     "The two countries signed a treaty of commerce in 1871.", 1871, ["NGA", "USA"]),
    ("American Consul John Smith arrived in Lagos on May 1, 1870. "
     "Both countries signed a treaty of commerce in 1871.", 1871, ["NGA", "USA"]),
    ("The United States and Nigeria exchanged notes on May 1, 1960. "
     "The two countries signed a treaty of commerce in 1961.", 1961, ["NGA", "USA"]),
]


@pytest.mark.parametrize("text,year,countries", CASES)
def test_the_two_countries_are_never_one(nlp, text, year, countries):
    _, rows = _pipeline(nlp, text, meta={"source_url": URL}, title=TITLE)
    agreements = [r for r in rows if r["event_type"] == "AGREE" and r["date_start"] == date(year, 1, 1)]
    assert [r["actors_iso3"] for r in agreements] == [countries], rows


# relations that begin: ties founded ("requires": "ties_subject"), not relations that begin to change
BEGIN_CASES = [
    ("Permanent diplomatic relations between Morocco and the United States began in 1905.",
     {("AGREE", ("MAR", "USA"), date(1905, 1, 1))}),
    ("Diplomatic ties between India and Israel started in 1992.", {("AGREE", ("IND", "ISR"), date(1992, 1, 1))}),
    ("Relations between Japan and China began to deteriorate in 2010.", set()),
    ("Talks between Iran and Iraq began in 1988.", {("CONSULT", ("IRN", "IRQ"), date(1988, 1, 1))}),
]


@pytest.mark.parametrize("text,expected", BEGIN_CASES)
def test_relations_that_begin(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert {(r["event_type"], tuple(r["actors_iso3"]), r["date_start"]) for r in rows} == expected


# notes exchanged are an agreement (class diplomatic_notes); views exchanged are not
NOTES_CASES = [
    ("Japan and Bhutan exchanged notes on the grant aid on June 23, 2018.", {("AGREE", ("BTN", "JPN"), date(2018, 6, 23))}),
    ("Kenya and Japan exchanged letters on the loan on May 3, 2019.", {("AGREE", ("JPN", "KEN"), date(2019, 5, 3))}),
    ("Japan and Peru exchanged instruments of ratification on May 3, 2019.",
     {("AGREE", ("JPN", "PER"), date(2019, 5, 3))}),
]


@pytest.mark.parametrize("text,expected", NOTES_CASES)
def test_notes_exchanged_are_an_agreement(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert {(r["event_type"], tuple(r["actors_iso3"]), r["date_start"]) for r in rows} == expected


TITLED_GROUP_CASES = [
    # (second sentence, CONSULT actors on July 9): "the two Foreign Ministers" (a stated number of a
    # plural title) takes the parties of the earlier meeting, like "the two ministers"
    ("The two Foreign Ministers will meet again in Bali on July 9.", ["CHN", "IDN"]),
    ("Both foreign ministers will meet again in Bali on July 9.", ["CHN", "IDN"]),
    ("The two Defence Ministers will hold talks in Bali on July 9.", ["CHN", "IDN"]),
    ("The two Prime Ministers will meet again in Bali on July 9.", ["CHN", "IDN"]),
    ("The two ministers will meet again in Bali on July 9.", ["CHN", "IDN"]),
]


@pytest.mark.parametrize("second,actors", TITLED_GROUP_CASES)
def test_the_two_foreign_ministers(nlp, second, actors):
    text = ("News\nIndonesian Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi in Jakarta today.\n"
            + second + "\n")
    _, rows = _pipeline(nlp, text, published=date(2022, 7, 7), meta={"source_url": "https://www.voanews.com/a/x"})
    assert [r["actors_iso3"] for r in rows if r["date_start"] == date(2022, 7, 9)] == [actors]


TITLED_SUBJECT_CASES = [
    # (story, CONSULT rows (actors, date_start)): in news, a title as the subject with no name or
    # country ("The senior Cabinet minister", "The president") is the nearest earlier singular
    # subject, as "he" would be; "for the first time" dates nothing of its own
    ("Foreign Secretary set for Philippines visit\n\nForeign Secretary James Cleverly is set to visit the "
     "Philippines amid efforts to boost ties.\n\nThe senior Cabinet minister is visiting the Philippines for the "
     "first time on Thursday.\n", [(["GBR", "PHL"], date(2023, 8, 31))]),
    ("Ruto in Ethiopia\n\nKenyan President William Ruto arrived in Addis Ababa on Monday.\n\nThe president met "
     "Ethiopian officials on Tuesday.\n", [(["ETH", "KEN"], date(2023, 8, 28)), (["ETH", "KEN"], date(2023, 8, 29))]),
    ("Wong in Fiji\n\nAustralian Foreign Minister Penny Wong arrived in Suva on Monday.\n\nThe minister held talks "
     "with Fijian officials on Tuesday.\n", [(["AUS", "FJI"], date(2023, 8, 28)), (["AUS", "FJI"], date(2023, 8, 29))]),
    ("Jaishankar in Japan\n\nIndian Foreign Minister S. Jaishankar is set to visit Japan amid efforts to boost "
     "ties.\n\nThe minister is visiting Japan for the second time on Thursday.\n", [(["IND", "JPN"], date(2023, 8, 31))]),
]


@pytest.mark.parametrize("text,expected", TITLED_SUBJECT_CASES)
def test_a_title_as_the_subject_is_the_earlier_person(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 8, 30))
    assert sorted((r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "CONSULT") == expected


BARE_FOREIGN_TITLE_CASES = [
    # (url, text, SUPPORT (source, target)): on a government's page a bare title is its own
    # office-holder, unless its country never had that office: then, in the readout of a meeting
    # with one other country, that country's
    ("https://www.gov.uk/government/news/x",
     "PM call\n\nThis morning the Prime Minister spoke to President Mohamed bin Zayed of the United Arab Emirates.\n\n"
     "The President thanked the Prime Minister for his support.\n", (["ARE"], ["GBR"])),
    ("https://www.mofa.go.jp/press/x",
     "Summit\n\nOn May 4, Prime Minister Fumio Kishida held a meeting with President William Ruto of Kenya.\n\n"
     "The President thanked the Prime Minister for Japan's support.\n", (["KEN"], ["JPN"])),
    ("https://www.state.gov/x",
     "Meeting\n\nToday Secretary Antony Blinken met Prime Minister Narendra Modi of India.\n\n"
     "The Prime Minister thanked the Secretary for the support of the United States.\n", (["IND"], ["USA"])),
    # the publisher's own office: its office-holder
    ("https://www.gov.uk/government/news/x",
     "PM call\n\nThis morning the Prime Minister spoke to President William Ruto of Kenya.\n\n"
     "The Prime Minister thanked President Ruto for Kenya's support.\n", (["GBR"], ["KEN"])),
]


@pytest.mark.parametrize("url,text,expected", BARE_FOREIGN_TITLE_CASES)
def test_a_bare_title_of_an_office_the_publisher_never_had(nlp, url, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 4), meta={"source_url": url})
    assert [(r["source_iso3"], r["target_iso3"]) for r in rows if r["event_type"] == "SUPPORT"] == [expected]
