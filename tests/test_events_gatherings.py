"""A visit made to attend a meeting of an international organisation is a trip to the
organisation, not a visit to the country that hosts it; welcoming a visitor is hosting a visit.
Cases written from the class; expected rows worked out by hand."""
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


NAMED_MEETING_CASES = [
    # (text, CONSULT rows (status, actors, date_start)): a trigger noun inside, or in apposition
    # to, the capitalised name a support verb takes ("will hold the ... Mechanism (HDCM) Meeting")
    ("News\nJapan and India will hold the 2nd High-Level Dialogue and Cooperation Mechanism Meeting on July 9, "
     "officials said today.\n", [("planned", ["IND", "JPN"], date(2022, 7, 9))]),
    ("News\nJapan and India will hold the Strategic Cooperation Mechanism (SCM) Meeting on July 9, "
     "officials said today.\n", [("planned", ["IND", "JPN"], date(2022, 7, 9))]),
    ("News\nKenya and Uganda held the Joint Permanent Commission Meeting in Kampala on July 5, "
     "officials said today.\n", [("occurred", ["KEN", "UGA"], date(2022, 7, 5))]),
    ("News\nChile and Peru convened the Binational Cabinet Meeting in Lima on July 5, officials said today.\n",
     [("occurred", ["CHL", "PER"], date(2022, 7, 5))]),
    # a name with no meeting word in it is no meeting
    ("News\nJapan and India will hold the Cooperation Mechanism Fund on July 9, officials said today.\n", []),
]


@pytest.mark.parametrize("text,expected", NAMED_MEETING_CASES)
def test_a_meeting_named_inside_a_support_verbs_object(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2022, 7, 7), meta={"source_url": "https://www.voanews.com/a/x"})
    assert [(r["status"], r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "CONSULT"] == expected


REGIONAL_BODY_CASES = [
    # (text, CONSULT countries expected): a visit to attend a regional body's meeting is a trip to
    # the body, no visit to its host (international_organisations)
    ("News\nAustralian Foreign Minister Penny Wong will travel to Fiji to attend the Pacific Islands Forum Foreign Ministers "
     "Meeting on Friday, officials said today.\n", []),
    ("News\nSouth African President Cyril Ramaphosa will travel to Namibia to attend the SADC summit on Friday, "
     "officials said today.\n", []),
    ("News\nJamaican Prime Minister Andrew Holness will travel to Guyana to attend the CARICOM summit on "
     "Friday, officials said today.\n", []),
    ("News\nKenyan President William Ruto will travel to Tanzania to attend the EAC summit on Friday, officials said "
     "today.\n", []),
    # a visit to the host itself is one
    ("News\nAustralian Foreign Minister Penny Wong will travel to Fiji to meet Prime Minister Sitiveni Rabuka on Friday, "
     "officials said today.\n", [["AUS", "FJI"]]),
]


@pytest.mark.parametrize("text,expected", REGIONAL_BODY_CASES)
def test_a_visit_to_a_regional_bodys_meeting(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 3), meta={"source_url": "https://www.voanews.com/a/x"})
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT"] == expected


PURPOSE_DATE_CASES = [
    # (text, CONSULT (actors, date_start)): a trip with no date of its own takes its purpose's
    ("News\nAustralian Foreign Minister Penny Wong will travel to Fiji to meet Prime Minister Sitiveni Rabuka on "
     "Friday, officials said today.\n", [(["AUS", "FJI"], date(2023, 5, 5))]),
    ("News\nKenyan President William Ruto will fly to Uganda to hold talks with President Yoweri Museveni on "
     "Saturday, officials said today.\n", [(["KEN", "UGA"], date(2023, 5, 6))]),
    ("News\nJapanese Prime Minister Fumio Kishida will visit Seoul to meet President Yoon Suk Yeol on May 7, "
     "officials said today.\n", [(["JPN", "KOR"], date(2023, 5, 7))]),
    ("News\nIndian Foreign Minister S. Jaishankar will travel to Moscow to meet Foreign Minister Sergey Lavrov on "
     "May 9, officials said today.\n", [(["IND", "RUS"], date(2023, 5, 9))]),
]


@pytest.mark.parametrize("text,expected", PURPOSE_DATE_CASES)
def test_a_trips_purpose_dates_it(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 3), meta={"source_url": "https://www.voanews.com/a/x"})
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "CONSULT"] == expected


WELCOMED_VISITOR_CASES = [
    # (sentence of a VOA story published Tuesday 24 April 2018, rows (type, actors, date_start)):
    # welcoming a person (or a title with the name in apposition) is hosting a visit; welcoming
    # what a country does is support
    ("U.S. President Donald Trump officially welcomes French President Emmanuel Macron with an arrival ceremony "
     "Tuesday at the White House.", [("CONSULT", ["FRA", "USA"], date(2018, 4, 24))]),
    ("Indian Prime Minister Narendra Modi welcomed Japanese Prime Minister Shinzo Abe at the airport in Ahmedabad "
     "on Sunday.", [("CONSULT", ["IND", "JPN"], date(2018, 4, 22))]),
    ("Kenyan President William Ruto welcomed Ghana's President Nana Akufo-Addo at State House in Nairobi on Monday.",
     [("CONSULT", ["GHA", "KEN"], date(2018, 4, 23))]),
    ("British Prime Minister Theresa May welcomed Japan's commitment to accelerate progress on Monday.",
     [("SUPPORT", ["GBR", "JPN"], date(2018, 4, 23))]),
    ("Kenyan President William Ruto welcomed the agreement between Ethiopia and Somalia on Monday.",
     [("SUPPORT", ["ETH", "KEN", "SOM"], date(2018, 4, 23))]),
]


@pytest.mark.parametrize("sentence,expected", WELCOMED_VISITOR_CASES,
                         ids=["welcomes-president", "welcomed-at-airport", "title-in-apposition", "commitment", "agreement"])
def test_welcoming_a_person_is_hosting(nlp, sentence, expected):
    _, rows = _pipeline(nlp, f"Leaders meet\n\n{sentence}\n", published=date(2018, 4, 24),
                        meta={"source_url": "https://www.voanews.com/a/x"})
    assert sorted((r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows) == expected


THERE_FOR_CASES = [
    # (text, published, rows as (type, actors, status, date_start)): in news, being in a named
    # place for an occasion (``occasion`` class) is a visit going on the story's day; being "in
    # favour of" talks is none
    ("Venezuelan President Hugo Chavez is in Managua for the inauguration of Daniel Ortega.", date(2007, 1, 10),
     [("CONSULT", ["NIC", "VEN"], "ongoing", date(2007, 1, 10))]),
    ("Indian Prime Minister Narendra Modi is in Paris for the climate conference.", date(2015, 11, 30),
     [("CONSULT", ["FRA", "IND"], "ongoing", date(2015, 11, 30))]),
    ("South Korean President Moon Jae-in is in Hanoi for the funeral of President Tran Dai Quang.", date(2018, 9, 26),
     [("CONSULT", ["KOR", "VNM"], "ongoing", date(2018, 9, 26))]),
    ("Japanese Prime Minister Shinzo Abe is in Washington for the nuclear security summit.", date(2016, 3, 31),
     [("CONSULT", ["JPN", "USA"], "ongoing", date(2016, 3, 31))]),
    ("U.S. President Barack Obama is in Tokyo for talks with Prime Minister Shinzo Abe today.", date(2014, 4, 24),
     [("CONSULT", ["JPN", "USA"], "ongoing", date(2014, 4, 24))]),
    ("Kenya is in favour of talks with Somalia.", date(2016, 3, 31), []),
]


@pytest.mark.parametrize("text,published,expected", THERE_FOR_CASES)
def test_being_there_for_an_occasion_is_a_visit(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text, published=published, meta={"source_url": "https://www.voanews.com/a/x.html"})
    assert [(r["event_type"], r["actors_iso3"], r["status"], r["date_start"]) for r in rows] == expected


MEETING_DURING_A_STAY_CASES = [
    # (readout, published, CONSULT rows (actors, date_start, date_end)): a trip to attend a gathering
    # takes the gathering's days ("held from August 28 to 30"); a meeting on one of those days is
    # another event; an honorific's full stop ends no sentence ("H. E. Amb. Barry Faure")
    ("On August 30, in Yokohama, Mr. Masahisa Sato, State Minister for Foreign Affairs, held a meeting with H. E. "
     "Amb. Barry Faure, Secretary of State for Foreign Affairs of the Republic of Seychelles. Secretary Faure is "
     "visiting Japan to participate in the Seventh Tokyo International Conference on African Development (TICAD7) "
     "held from August 28 to 30.", date(2019, 8, 30),
     [(["JPN", "SYC"], date(2019, 8, 28), date(2019, 8, 30)), (["JPN", "SYC"], date(2019, 8, 30), date(2019, 8, 30))]),
    ("On August 28, Prime Minister Shinzo Abe held a summit meeting with President Uhuru Kenyatta of Kenya in "
     "Yokohama. President Kenyatta is visiting Japan to participate in the Seventh Tokyo International Conference "
     "on African Development (TICAD7) held from August 28 to 30.", date(2019, 8, 28),
     [(["JPN", "KEN"], date(2019, 8, 28), date(2019, 8, 28)), (["JPN", "KEN"], date(2019, 8, 28), date(2019, 8, 30))]),
    ("President Macky Sall of Senegal is visiting Japan to attend the G20 Osaka Summit held from June 28 to 29.",
     date(2019, 6, 28), [(["JPN", "SEN"], date(2019, 6, 28), date(2019, 6, 29))]),
    ("Prime Minister Hun Sen of Cambodia is visiting Japan to attend the Mekong-Japan Summit held from October 8 "
     "to 10.", date(2018, 10, 9), [(["JPN", "KHM"], date(2018, 10, 8), date(2018, 10, 10))]),
    ("On May 2, Foreign Minister Taro Kono held a meeting with H.E. Amb. Kairat Umarov, Ambassador of Kazakhstan, "
     "in Tokyo.", date(2018, 5, 2), [(["JPN", "KAZ"], date(2018, 5, 2), date(2018, 5, 2))]),
]


@pytest.mark.parametrize("text,published,expected", MEETING_DURING_A_STAY_CASES)
def test_a_stay_for_a_gathering_and_a_meeting_during_it(nlp, text, published, expected):
    _, rows = _pipeline(nlp, "Meeting\n" + text + "\n", published,
                        meta={"source_url": "https://www.mofa.go.jp/press/release/x.html"})
    got = sorted((r["actors_iso3"], r["date_start"], r["date_end"]) for r in rows if r["event_type"] == "CONSULT")
    assert got == sorted(expected)
