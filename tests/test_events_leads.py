"""Releases and readouts: a visit told in the lead's present, the day of a readout's meeting,
what is released. Tables of cases written by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

DAY = date(2023, 11, 20)
META = {"source_url": "https://www.gov.uk/government/news/x"}

LEAD_VISIT_CASES = [
    # (headline, lead, rows (type, status, actors, date_start)): a named person's visit told in the
    # present by the lead's main verb is going on the day of writing, one row per country visited
    ("Minister visits Balkans",
     "UK Minister for Europe, Leo Docherty visits Serbia and Kosovo to underline support for dialogue.",
     [("CONSULT", "ongoing", ["GBR", "SRB"], DAY), ("CONSULT", "ongoing", ["GBR", "XKX"], DAY)]),
    ("Foreign Secretary in Kenya", "Foreign Secretary James Cleverly visits Kenya to deepen trade ties.",
     [("CONSULT", "ongoing", ["GBR", "KEN"], DAY)]),
    ("Prime Minister in Washington", "Prime Minister Rishi Sunak travels to Washington to meet business leaders.",
     [("CONSULT", "ongoing", ["GBR", "USA"], DAY)]),
    ("Minister for Africa in Nigeria",
     "Minister for Africa Andrew Mitchell arrives in Abuja to discuss humanitarian aid.",
     [("CONSULT", "ongoing", ["GBR", "NGA"], DAY)]),
    ("Minister in Armenia", "Minister for Europe Leo Docherty visits Armenia to discuss reform.",
     [("CONSULT", "ongoing", ["ARM", "GBR"], DAY)]),
    # what a country or a group does, in the present, is no visit of the day
    ("Poland and the US", "Poland hosts a U.S. aviation detachment at Lask Air Base.", []),
    ("Exchanges", "Each year approximately 80 Mongolians travel to the United States for exchange programs.", []),
]


@pytest.mark.parametrize("headline,lead,expected", LEAD_VISIT_CASES)
def test_a_visit_told_in_the_present_by_the_lead(nlp, headline, lead, expected):
    _, rows = _pipeline(nlp, f"{headline}\n{lead}\n", published=DAY, meta=META)
    got = sorted((r["event_type"], r["status"], r["actors_iso3"], r["date_start"]) for r in rows)
    assert got == expected


READOUT_DAY_CASES = [
    # (text, published, CONSULT date_starts): the heading's meeting is the one the body tells, on
    # its day in the week up to the release; else the release's day
    ("Telephone Talk between Japanese and Iranian Foreign Ministers\nJanuary 22, 2015\nOn January 21st, "
     "Foreign Minister Kishida had a telephone talk with Iranian Foreign Minister Zarif.\n",
     date(2015, 1, 22), [date(2015, 1, 21)]),
    ("Japan-Peru Foreign Ministers' Meeting\nMay 3, 2019\nOn May 1, Foreign Minister Kono held a meeting with "
     "Peruvian Foreign Minister Nestor Popolizio.\n", date(2019, 5, 3), [date(2019, 5, 1)]),
    ("Japan-Kenya Summit Telephone Talk\nMarch 9, 2021\nOn March 8, Prime Minister Suga held a telephone talk "
     "with Kenyan President Uhuru Kenyatta.\n", date(2021, 3, 9), [date(2021, 3, 8)]),
    ("Japan-Chile Foreign Ministers' Meeting\nJune 5, 2018\nOn June 5, Foreign Minister Kono held a meeting "
     "with Chilean Foreign Minister Roberto Ampuero.\n", date(2018, 6, 5), [date(2018, 6, 5)]),
    # a meeting told long before the release is another meeting: the heading keeps its day
    ("Japan-Ghana Foreign Ministers' Meeting\nMay 3, 2019\nThe two ministers recalled that in March 2018 "
     "Foreign Minister Kono held a meeting with Ghanaian Foreign Minister Shirley Botchwey.\n",
     date(2019, 5, 3), [date(2018, 3, 1), date(2019, 5, 3)]),
]


@pytest.mark.parametrize("text,published,days", READOUT_DAY_CASES)
def test_a_readouts_meeting_is_on_the_day_its_body_tells(nlp, text, published, days):
    _, rows = _pipeline(nlp, text, published=published,
                        meta={"source_url": "https://www.mofa.go.jp/press/release/press4e_000001.html"})
    assert sorted(r["date_start"] for r in rows if r["event_type"] == "CONSULT") == days


RELEASED_OBJECT_CASES = [
    # (text, RETREAT rows' actors): who is released is the verb's object, not a word elsewhere
    ("On January 20, 2015, ISIL released a video announcing its intent to kill Japanese nationals.", []),
    ("On April 4, 2020, China released a report on Japanese fishermen.", []),
    ("On August 8, 2019, the Taliban released a statement about the Afghan prisoners.", []),
    ("On May 3, 2018, North Korea released three American detainees.", [["PRK", "USA"]]),
    ("On June 1, 2019, Iran freed two British nationals.", [["GBR", "IRN"]]),
    ("On March 3, 2016, Russia returned the remains of two Japanese soldiers to Japan.", [["JPN", "RUS"]]),
    # an intransitive verb: its subject is who returns
    ("On October 15, 2002, five abductees returned to Japan.", [["JPN"]]),
]


@pytest.mark.parametrize("text,actors", RELEASED_OBJECT_CASES)
def test_who_is_released_is_the_object(nlp, text, actors):
    _, rows = _pipeline(nlp, text)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "RETREAT"] == actors


LEAD_RETOLD_CASES = [
    # (text, published, AGREE/CONSULT rows (type, date_start)): the lead's act, dated only by the
    # story's day, told again with a day of its own in the week before, is one event on that day
    ("Rwanda and Benin have signed nine bilateral cooperation agreements.\nThe agreements were signed on April 15 "
     "in Cotonou, during President Paul Kagame's visit.\n", date(2023, 4, 18), [("AGREE", date(2023, 4, 15))]),
    ("Ghana and Togo have signed a border accord.\nThe accord was signed on May 2 in Lome.\n",
     date(2019, 5, 6), [("AGREE", date(2019, 5, 2))]),
    ("Kenya and Uganda have agreed to reopen the border.\nThe two countries agreed on Friday in Kampala.\n",
     date(2021, 6, 8), [("AGREE", date(2021, 6, 4))]),
    ("Chile and Peru have signed a trade deal.\nThe deal was signed on March 20 in Lima.\n",
     date(2018, 3, 23), [("AGREE", date(2018, 3, 20))]),
    # a day a month before is another act
    ("Chile and Peru have signed a trade deal.\nChile and Peru signed a first deal on February 2 in Lima.\n",
     date(2018, 3, 23), [("AGREE", date(2018, 2, 2)), ("AGREE", date(2018, 3, 23))]),
    # a mention naming no one that joins no lead makes no row
    ("Chile and Peru have signed a trade deal.\nA first deal was signed on February 2 in Lima.\n",
     date(2018, 3, 23), [("AGREE", date(2018, 3, 23))]),
]


@pytest.mark.parametrize("text,published,expected", LEAD_RETOLD_CASES)
def test_a_lead_retold_with_its_date_is_one_event(nlp, text, published, expected):
    _, rows = _pipeline(nlp, "News\n" + text, published=published,
                        meta={"source_url": "https://www.voanews.com/a/x"})
    assert sorted((r["event_type"], r["date_start"]) for r in rows if r["event_type"] == "AGREE") == expected


RECALLED_ENVOY_CASES = [
    # (text, SANCTION actors): where a recalled envoy was posted is the other side
    ("On March 3, 2008, Ecuador recalled its top diplomat in Colombia.", ["COL", "ECU"]),
    ("On July 9, 2019, Qatar recalled its ambassador in Chad.", ["QAT", "TCD"]),
    ("On May 5, 2021, Poland recalled its envoy in Belarus.", ["BLR", "POL"]),
    ("On June 6, 2018, Jordan recalled its ambassador to Qatar.", ["JOR", "QAT"]),
    ("On August 4, 2022, Japan recalled its ambassador in Moscow.", ["JPN", "RUS"]),
]


@pytest.mark.parametrize("text,actors", RECALLED_ENVOY_CASES)
def test_where_a_recalled_envoy_was_posted(nlp, text, actors):
    _, rows = _pipeline(nlp, text)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "SANCTION"] == [actors]


DATED_HEADLINE_CASES = [
    # (text, published, CONSULT date_starts): a headline ending with its date heads the release; the
    # lead's undated meeting is of that day, and an offset back in an opening "Following ..."
    # phrase dates that phrase's act only
    ("Press release\nPM meeting with Chancellor Sebastian Kurz of Austria: 27 July 2018\n"
     "Prime Minister Theresa May met with Austrian Chancellor Sebastian Kurz.\n"
     "Following their dinner at Downing Street three weeks earlier, the Prime Minister and Austrian Chancellor "
     "Sebastian Kurz had a positive conversation.\n", date(2018, 7, 28), [date(2018, 7, 27)]),
    ("Press release\nPM call with President Macron: 3 May 2019\n"
     "Prime Minister Theresa May spoke to French President Emmanuel Macron.\n", date(2019, 5, 4), [date(2019, 5, 3)]),
    ("News story\nForeign Secretary meets Kenyan counterpart: 9 March 2021\n"
     "Foreign Secretary Dominic Raab met Kenyan Foreign Minister Raychelle Omamo in London.\n",
     date(2021, 3, 10), [date(2021, 3, 9)]),
    ("Press release\nPM meeting with President Ruto: 12 June 2023\nAfter talks a month before, "
     "Prime Minister Rishi Sunak met Kenyan President William Ruto.\n", date(2023, 6, 13), [date(2023, 6, 12)]),
    ("Press release\nPM meeting with Prime Minister Albanese: 8 July 2023\nFollowing their call two weeks "
     "earlier, Prime Minister Rishi Sunak met Australian Prime Minister Anthony Albanese.\n",
     date(2023, 7, 9), [date(2023, 7, 8)]),
]


@pytest.mark.parametrize("text,published,days", DATED_HEADLINE_CASES)
def test_a_dated_headline_dates_the_lead(nlp, text, published, days):
    _, rows = _pipeline(nlp, text, published=published, meta={"source_url": "https://www.gov.uk/government/news/x"})
    assert sorted({r["date_start"] for r in rows if r["event_type"] == "CONSULT"}) == days


STORY_SUBJECT_CASES = [
    # (story, rows (type, actors)): in a story about one country, a condemnation, demand or sanction
    # with one other country is about it, also beside an organisation; aid suspended "in aid to X"
    # is a sanction on X
    ("Mauritania coup condemned\nMauritania's army seized power in Mauritania on Wednesday.\n"
     "Soldiers arrested Mauritania's president on Wednesday.\n"
     "AU chief Bernard Membe of Tanzania issued a statement Saturday condemning the coup.\n",
     {("ACCUSE", ("MRT", "TZA"))}),
    ("Niger junta urged to free president\nNiger's junta detained Niger's president on July 26.\n"
     "Niger's borders were closed on July 27.\nOn Monday, ECOWAS and Nigeria urged the junta to free the president.\n",
     {("REQUEST", ("NER", "NGA"))}),
    ("Guinea coup\nGuinea's special forces seized power in Guinea on Sunday.\nGuinea's constitution was suspended.\n"
     "On Monday, the African Union and Ghana condemned the seizure of power.\n",
     {("ACCUSE", ("GHA", "GIN"))}),
    ("Mali sanctions\nMali's junta delayed Mali's elections.\nMali's leaders met on Monday.\n"
     "On Thursday, the U.S. government suspended more than $22 million in aid to Mali.\n",
     {("SANCTION", ("MLI", "USA"))}),
    # no story subject when a second country is named as often: nothing is added
    ("Talks\nKenya and Uganda met on Monday. Kenya and Uganda agreed on trade.\nKenya and Uganda signed a deal.\n"
     "On Tuesday, the African Union and Tanzania condemned the attack.\n", {("ACCUSE", ("TZA",))}),
]


@pytest.mark.parametrize("text,expected", STORY_SUBJECT_CASES)
def test_the_one_country_a_story_is_about(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 8, 1), meta={"source_url": "https://www.voanews.com/a/x"})
    got = {(r["event_type"], tuple(r["actors_iso3"])) for r in rows if r["event_type"] in ("ACCUSE", "REQUEST", "SANCTION")}
    assert got == expected


DAY_OF_ITS_MONTH_CASES = [
    # (text, published, rows (type, status, date_start, date_end)): a mention naming no one with a
    # day of its own inside the month (or week) of a named act of the same type and status is
    # that act, on that day
    ("President Barack Obama will host Colombia's President Juan Manuel Santos at the White House in February.\n"
     "The White House said Tuesday the planned February 4 visit would be an opportunity to talk.\n",
     date(2016, 1, 5), [("CONSULT", "planned", date(2016, 2, 4), date(2016, 2, 4))]),
    ("Prime Minister Narendra Modi will visit Japan in September, officials said Wednesday.\n"
     "The September 1 visit will include a summit.\n",
     date(2014, 8, 20), [("CONSULT", "planned", date(2014, 9, 1), date(2014, 9, 1))]),
    ("Kenya and Uganda will sign a border accord in March, officials said Monday.\n"
     "The accord will be signed on March 12.\n",
     date(2021, 2, 8), [("AGREE", "planned", date(2021, 3, 12), date(2021, 3, 12))]),
    ("President Joe Biden will meet Prime Minister Fumio Kishida in May, the White House said Friday.\n"
     "The May 21 meeting will be held in Hiroshima.\n",
     date(2023, 4, 14), [("CONSULT", "planned", date(2023, 5, 21), date(2023, 5, 21))]),
    # a day outside the month is no retelling of it: the mention naming no one makes no row
    ("Prime Minister Narendra Modi will visit Japan in September, officials said Wednesday.\n"
     "The October 3 visit will include a summit.\n",
     date(2014, 8, 20), [("CONSULT", "planned", date(2014, 9, 1), date(2014, 9, 30))]),
]


@pytest.mark.parametrize("text,published,expected", DAY_OF_ITS_MONTH_CASES)
def test_the_day_of_an_event_told_by_its_month(nlp, text, published, expected):
    _, rows = _pipeline(nlp, "News\n" + text, published=published,
                        meta={"source_url": "https://www.voanews.com/a/x"})
    assert [(r["event_type"], r["status"], r["date_start"], r["date_end"]) for r in rows] == expected


TRIP_DATE_CASES = [
    # (text, CONSULT rows (status, date_start, date_end)): a plan with no date of its own takes the
    # trip's dates told before it (days, a week, a month), never a year or season ahead named
    # for something else
    ("British Prime Minister Rishi Sunak will host the next summit of the European Political Community in 2024, "
     "officials said Monday.\nSunak will meet President Emmanuel Macron of France in Paris.\n", []),
    ("Japan will host the Group of Seven summit in 2024, officials said Monday.\n"
     "Japanese Prime Minister Fumio Kishida will meet President Joe Biden in Tokyo.\n", []),
    ("Canada will chair the Group of Seven in the spring of 2024, officials said Monday.\n"
     "Canadian Prime Minister Justin Trudeau will hold talks with President Joe Biden in Ottawa.\n", []),
    ("President Paul Kagame will travel to Kenya on May 3, officials said Monday.\n"
     "In Nairobi, Kagame will meet President William Ruto.\n", [("planned", date(2023, 5, 3), date(2023, 5, 3))]),
    ("Secretary Antony Blinken will travel to Japan from May 8 to 10, officials said Monday.\n"
     "In Tokyo, Blinken will meet Japanese Foreign Minister Yoshimasa Hayashi.\n",
     [("planned", date(2023, 5, 8), date(2023, 5, 10))]),
    # a week or month still running on the story's day dates the plans after it
    ("This week, Australian Foreign Minister Penny Wong will travel to the Pacific, officials said Monday.\n"
     "Wong will travel to Papua New Guinea to meet Prime Minister James Marape.\n",
     [("planned", date(2023, 5, 1), date(2023, 5, 7))]),
    ("This month, Indian Prime Minister Narendra Modi will travel abroad, officials said Monday.\n"
     "Modi will travel to Japan to meet Prime Minister Fumio Kishida.\n",
     [("planned", date(2023, 5, 1), date(2023, 5, 31))]),
    ("Last week, Australian Foreign Minister Penny Wong visited Fiji, officials said Monday.\n"
     "Wong will travel to Tonga to meet its Prime Minister.\n", [("occurred", date(2023, 4, 24), date(2023, 4, 30))]),
]


@pytest.mark.parametrize("text,expected", TRIP_DATE_CASES)
def test_a_plan_takes_the_trips_dates_not_a_year_ahead(nlp, text, expected):
    _, rows = _pipeline(nlp, "News\n" + text, published=date(2023, 5, 1),
                        meta={"source_url": "https://www.voanews.com/a/x"})
    assert [(r["status"], r["date_start"], r["date_end"]) for r in rows if r["event_type"] == "CONSULT"] == expected


EXPULSION_CASES = [
    # (sentence after a dateline, SANCTION rows (actors, source, target)): an envoy told to leave,
    # declared persona non grata, or an expulsion a verb orders or announces, is an expulsion
    ("CARACAS (VOA) -- Venezuela's president on Thursday ordered the U.S. ambassador in Caracas to leave the "
     "country.", [(["USA", "VEN"], ["VEN"], ["USA"])]),
    ("CARACAS (VOA) -- Venezuelan President Hugo Chavez on Thursday gave U.S. Ambassador Patrick Duddy 72 hours "
     "to leave the country.", [(["USA", "VEN"], ["VEN"], ["USA"])]),
    ("MOSCOW (VOA) -- Russia on Thursday told two British diplomats to leave the country within a week.",
     [(["GBR", "RUS"], ["RUS"], ["GBR"])]),
    ("WASHINGTON (VOA) -- The United States on Thursday declared Bolivian Ambassador Gustavo Guzman persona non "
     "grata.", [(["BOL", "USA"], ["USA"], ["BOL"])]),
    ("WASHINGTON (VOA) -- The United States on Thursday ordered the expulsion of Bolivia's ambassador.",
     [(["BOL", "USA"], ["USA"], ["BOL"])]),
    ("WASHINGTON (VOA) -- The United States on Thursday announced the expulsion of two Russian diplomats.",
     [(["RUS", "USA"], ["USA"], ["RUS"])]),
    # not an expulsion: a traveller told to leave, an envoy told to stay
    ("MOSCOW (VOA) -- Russia on Thursday told British tourists to leave the country.", []),
    ("MOSCOW (VOA) -- Russia on Thursday told two British diplomats to stay in the country.", []),
]


@pytest.mark.parametrize("text,expected", EXPULSION_CASES)
def test_an_envoy_told_to_leave_is_expelled(nlp, text, expected):
    _, rows = _pipeline(nlp, "News\n" + text + "\n", published=date(2008, 9, 12))
    got = [(r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows if r["event_type"] == "SANCTION"]
    assert got == expected



def _readout(pair: str, host: str, guest: str, recall: str, stance: str) -> str:
    return (f"{pair} Foreign Ministers' Meeting\n\nOn May 4, {host}, Minister for Foreign Affairs of Japan, held a "
            f"meeting with {guest}.\n\n{recall} {stance}\n")


_READOUTS = [
    _readout("Japan-Kenya", "Mr. Yoshimasa Hayashi", "Dr. Alfred Mutua, Cabinet Secretary for Foreign Affairs of Kenya",
             "Minister Hayashi extended his condolences for the floods in Nairobi on April 29.",
             "Secretary Mutua expressed his gratitude for Japan's support."),
    _readout("Japan-Chile", "Mr. Yoshimasa Hayashi", "Ms. Antonia Urrejola, Minister of Foreign Affairs of Chile",
             "Minister Hayashi mourned the victims of the earthquake in Chile on April 2.",
             "Minister Urrejola thanked Japan for its support."),
    _readout("Japan-India", "Mr. Yoshimasa Hayashi", "Dr. S. Jaishankar, Minister of External Affairs of India",
             "Minister Hayashi recalled the visit to India on March 20.",
             "Minister Jaishankar welcomed Japan's investment in India."),
    _readout("Japan-Peru", "Mr. Yoshimasa Hayashi", "Ms. Ana Gervasi, Minister of Foreign Affairs of Peru",
             "Minister Hayashi referred to the phone call on April 12.",
             "Minister Gervasi praised Japan's cooperation with Peru."),
]
READOUT_RECALL_CASES = [
    # (text, published, SUPPORT dates): in a meeting's readout, a day before the meeting told in
    # an earlier sentence dates that sentence only; the next stance is taken at the meeting
    (_READOUTS[0], [date(2023, 4, 29), date(2023, 5, 4)]),
    (_READOUTS[1], [date(2023, 5, 4)]),
    (_READOUTS[2], [date(2023, 5, 4)]),
    (_READOUTS[3], [date(2023, 5, 4)]),
    # a news story that is no readout: the paragraph's earlier year dates what follows
    ("News\nTOKYO (VOA) -- Japan lodged a protest with North Korea on Friday.\nIn August 2017, North Korea fired "
     "a missile over Japan. Japan welcomed the sanctions on North Korea as a strong message.\n", [date(2017, 8, 1)]),
]


@pytest.mark.parametrize("text,expected", READOUT_RECALL_CASES)
def test_what_a_readout_recalls_dates_only_its_sentence(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 4))
    assert sorted(r["date_start"] for r in rows if r["event_type"] == "SUPPORT") == expected


GERUND_LEAD_CASES = [
    # (story, published, rows (type, actors, date_start)): a dated story whose lead tells a past act
    # through an in- or by-gerund ("joined ... in recognizing") is news of its day; the from-phrase
    # of an independence names what was left, no party
    ("US Recognizes Kosovo\n\nThe United States joined major European allies in recognizing the independence of "
     "Kosovo from Serbia.\n\nOfficials said recognition was the only option.\n", date(2008, 2, 18),
     [("AGREE", ["USA", "XKX"], date(2008, 2, 18))]),
    ("Japan Recognizes South Sudan\n\nJapan joined other donors in recognizing the independence of South Sudan from "
     "Sudan.\n\nOfficials said aid would follow.\n", date(2011, 7, 9), [("AGREE", ["JPN", "SSD"], date(2011, 7, 9))]),
    ("Canada and Mexico Sign Accord\n\nCanada marked the anniversary by signing a trade agreement with Mexico.\n\n"
     "Officials said talks would go on.\n", date(2015, 5, 4), [("AGREE", ["CAN", "MEX"], date(2015, 5, 4))]),
    ("Kenya Condemns Eritrea\n\nKenya joined its neighbours in condemning Eritrea.\n\nOfficials said security "
     "was tightened.\n", date(2015, 5, 4), [("ACCUSE", ["ERI", "KEN"], date(2015, 5, 4))]),
]


@pytest.mark.parametrize("text,published,expected", GERUND_LEAD_CASES)
def test_a_lead_act_told_by_a_gerund(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text, published=published, meta={"source_url": "https://www.voanews.com/a/x"})
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == expected


ANNOUNCEMENT_LEAD_CASES = [
    # (story, published, rows (type, status, actors, date_start)): a dated release whose lead's first
    # sentence tells a plan by a trigger verb is news of its day: a later plan with a day of its own
    # is a planned row, an earlier meeting of a bare title is the publisher's (the lead's own plan,
    # with no date of its own, is an intention and no row)
    ("Foreign Secretary to visit Peru\n\nThe Foreign Secretary will travel to Lima for talks in the coming weeks.\n\n"
     "He will meet Peruvian Foreign Minister Javier Gonzalez-Olaechea on 12 March.\n", date(2024, 2, 20),
     [("CONSULT", "planned", ["GBR", "PER"], date(2024, 3, 12))]),
    ("Foreign Secretary to visit Russia\n\nThe Foreign Secretary will travel to Moscow for talks in the coming weeks.\n\n"
     "The Prime Minister and President Putin discussed the visit when they met in China in September 2016.\n",
     date(2017, 3, 4), [("CONSULT", "occurred", ["GBR", "RUS"], date(2016, 9, 1))]),
    ("Minister to visit Ghana\n\nThe Minister for Africa is to visit Ghana and Nigeria.\n\n"
     "In Accra she will sign an agreement with Ghana on 14 May.\n", date(2024, 5, 2),
     [("AGREE", "planned", ["GBR", "GHA"], date(2024, 5, 14))]),
    ("Prime Minister to host Japanese counterpart\n\nThe Prime Minister will hold talks with the Prime Minister of "
     "Japan in London.\n\nThe two leaders will sign a defence agreement on Thursday.\n", date(2023, 5, 15),
     [("AGREE", "planned", ["GBR", "JPN"], date(2023, 5, 18))]),
    # a history page tells no plan: its chronology stays as it is
    ("Relations with Peru\n\nThe United Kingdom established relations with Peru in 1823.\n", date(2024, 2, 20),
     [("AGREE", "occurred", ["GBR", "PER"], date(1823, 1, 1))]),
]


@pytest.mark.parametrize("text,published,expected", ANNOUNCEMENT_LEAD_CASES,
                         ids=["later-plan", "earlier-meeting", "is-to-visit", "hold-talks", "history-page"])
def test_an_announcements_lead_is_news(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text, published=published, meta=META)
    assert sorted((r["event_type"], r["status"], r["actors_iso3"], r["date_start"]) for r in rows) == expected


PLAN_DATE_CASES = [
    # (text, published, (type, date_start) rows of plans): a plan takes the trip's dates told before
    # it, never a date that dates another occasion ("the Summit – set to take place in London in July")
    ("Minister visits Bosnia\nThe ministers will discuss preparations for the Western Balkans Summit – set to take "
     "place in London in July.\n\nSir Alan will urge the country's political leaders to implement reforms.\n",
     date(2018, 3, 16), []),
    ("Trade talks\nThe G7 summit, scheduled to take place in Hiroshima in May, will discuss trade.\n\nThe Prime "
     "Minister will urge Japan to cut tariffs.\n", date(2023, 3, 1), []),
    ("Kerry to travel\nSecretary Kerry will travel to Israel from December 11 to 13.\n\nIn Jerusalem, Secretary Kerry "
     "will meet with Prime Minister Benjamin Netanyahu.\n", date(2013, 12, 9),
     [("CONSULT", date(2013, 12, 11))]),
]


@pytest.mark.parametrize("text,published,expected", PLAN_DATE_CASES)
def test_a_plan_takes_the_trips_dates_not_another_occasions(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text, published, meta=META)
    assert sorted((r["event_type"], r["date_start"]) for r in rows if r["status"] == "planned"
                  and r["event_type"] in ("CONSULT", "REQUEST")) == expected
