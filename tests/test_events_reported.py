"""Speech acts a readout reports, and what an anaphoric accusation points back to: tables of
cases written by hand from the rules' definitions (a readout dated DAY in its header, no other
date in the text, so every statement is dated the readout's day)."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

DAY = date(2024, 4, 16)
META = {"source_url": "https://www.mofa.go.jp/press/release/press1e_000002.html"}


def _rows(nlp, text, etype=None):
    _, rows = _pipeline(nlp, "April 16, 2024\n\n" + text, published=DAY, meta=META)
    return [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"], r["date_start"])
            for r in rows if etype is None or r["event_type"] == etype]


REPORTED_SPEECH_ACT_CASES = [
    # (text, the one row expected): a present-tense speech act in what a past reporting verb
    # reports is done when it is said
    ("Minister Kamikawa stated that Japan strongly condemns the attacks by Iran against Israel.",
     ("ACCUSE", ["IRN", "JPN"], ["JPN"], ["IRN"], DAY)),
    ("The Foreign Secretary said that the United Kingdom condemns the detention of the activists by Belarus.",
     ("ACCUSE", ["BLR", "GBR"], ["GBR"], ["BLR"], DAY)),
    ("Minister Kono noted that Japan commends Ethiopia's efforts toward peace.",
     ("SUPPORT", ["ETH", "JPN"], ["JPN"], ["ETH"], DAY)),
    ("Foreign Minister Motegi stated that Japan strongly supports the sovereignty of Ukraine.",
     ("SUPPORT", ["JPN", "UKR"], ["JPN"], ["UKR"], DAY)),
    ("The Prime Minister said that Australia welcomes the decision of Fiji.",
     ("SUPPORT", ["AUS", "FJI"], ["AUS"], ["FJI"], DAY)),
]


@pytest.mark.parametrize("text,expected", REPORTED_SPEECH_ACT_CASES)
def test_a_reported_speech_act_is_done_when_said(nlp, text, expected):
    assert _rows(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "Minister Kamikawa stated that Japan does not condemn the attacks by Iran against Israel.",
    "Minister Kamikawa stated that Japan would condemn any attack by Iran against Israel.",
    "Minister Kamikawa stated that if Japan condemns the attacks by Iran, talks will stall.",
    "Minister Kamikawa will state that Japan condemns the attacks by Iran against Israel.",
    "Minister Kamikawa stated that Japan supports Ukraine.",  # a standing policy, no statement
])
def test_no_reported_speech_act(nlp, text):
    assert _rows(nlp, text, "ACCUSE") == [] and _rows(nlp, text, "SUPPORT") == []


ANAPHORIC_ACCUSATION_CASES = [
    # (text, the ACCUSE row expected): "such escalation" stands for the attack with a doer of
    # its own named before it; that doer is accused, not the one attacked
    ("Minister Kamikawa stated that Japan is deeply concerned about the attacks by Iran against Israel, "
     "and strongly condemns such escalation.", ("ACCUSE", ["IRN", "JPN"], ["JPN"], ["IRN"], DAY)),
    ("The United Kingdom is appalled by the shelling of Kharkiv by Russia and condemns these attacks.",
     ("ACCUSE", ["GBR", "RUS"], ["GBR"], ["RUS"], DAY)),
    ("Japan is deeply concerned about Russia's invasion of Ukraine, and strongly condemns such acts.",
     ("ACCUSE", ["JPN", "RUS"], ["JPN"], ["RUS"], DAY)),
    ("Canada is alarmed by the air strikes by Azerbaijan on the villages and condemns this escalation.",
     ("ACCUSE", ["AZE", "CAN"], ["CAN"], ["AZE"], DAY)),
    ("Australia is shocked by Syria's chemical attack on Douma. Australia condemns such crimes.",
     ("ACCUSE", ["AUS", "SYR"], ["AUS"], ["SYR"], DAY)),
]


@pytest.mark.parametrize("text,expected", ANAPHORIC_ACCUSATION_CASES)
def test_an_anaphoric_accusation_accuses_the_doer_named_before(nlp, text, expected):
    assert _rows(nlp, text, "ACCUSE") == [expected]


@pytest.mark.parametrize("text", [
    "Japan strongly condemns such attacks.",  # nothing named before
    "Japan is deeply concerned about the attacks against Israel, and strongly condemns such escalation.",  # no doer
])
def test_an_anaphoric_accusation_with_no_doer_before_accuses_no_one(nlp, text):
    assert all(target == [] for *_, target, _ in _rows(nlp, text, "ACCUSE"))


GOVUK = {"source_url": "https://www.gov.uk/government/news/statement"}


def _govuk_rows(nlp, header, text, published, etype):
    _, rows = _pipeline(nlp, f"{header}\n\n{text}", published=published, meta=GOVUK)
    return [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"], r["date_start"])
            for r in rows if r["event_type"] == etype]


UK_DAY = date(2018, 5, 30)

EXTRAPOSED_VERDICT_CASES = [
    # (text, the ACCUSE row expected): "It is unacceptable that X did ..." in a government's
    # statement is the government's accusation of X, made the statement's day
    ("It is utterly unacceptable that Russia has annexed Crimea.", ("ACCUSE", ["GBR", "RUS"], ["GBR"], ["RUS"], UK_DAY)),
    ("It is deplorable that the Belarusian authorities have detained the journalists.",
     ("ACCUSE", ["BLR", "GBR"], ["GBR"], ["BLR"], UK_DAY)),
    ("It is not acceptable that Iran continues to detain British nationals.",
     ("ACCUSE", ["GBR", "IRN"], ["GBR"], ["IRN"], UK_DAY)),
    ("It is reprehensible that North Korea has launched another ballistic missile.",
     ("ACCUSE", ["GBR", "PRK"], ["GBR"], ["PRK"], UK_DAY)),
    ("It is outrageous that Venezuela's government has expelled the observers.",
     ("ACCUSE", ["GBR", "VEN"], ["GBR"], ["VEN"], UK_DAY)),
]


@pytest.mark.parametrize("text,expected", EXTRAPOSED_VERDICT_CASES)
def test_an_act_called_unacceptable_in_ones_own_voice(nlp, text, expected):
    assert _govuk_rows(nlp, "30 May 2018", text, UK_DAY, "ACCUSE") == [expected]


@pytest.mark.parametrize("text", [
    "It was unacceptable that Russia annexed Crimea.",  # past: no statement of the day
    "It is acceptable that Russia joined the talks.",
    "It is unacceptable that anyone should suffer.",  # no doer
])
def test_no_act_called_unacceptable_in_ones_own_voice(nlp, text):
    assert all(target == [] for *_, target, _ in _govuk_rows(nlp, "30 May 2018", text, UK_DAY, "ACCUSE"))


LEADERS_GOVERNMENT_CASES = [
    # (statement's day, text, accused expected): a government word named after a head of state
    # or government in office that day is the leader's country (office_holders.json)
    (date(2018, 5, 30), "The United Kingdom condemns the Asad regime.", ["SYR"]),
    (date(2020, 5, 4), "The United Kingdom condemns the Maduro regime.", ["VEN"]),
    (date(2023, 3, 1), "The United Kingdom condemns the Putin government.", ["RUS"]),
    (date(2021, 5, 24), "The United Kingdom condemns the Lukashenko regime.", ["BLR"]),
    (date(2022, 2, 9), "The United Kingdom condemns the Ortega government.", ["NIC"]),
    (date(2026, 1, 5), "The United Kingdom condemns the Asad regime.", []),  # out of office since 2024
    (date(2018, 5, 30), "The United Kingdom condemns the Johnson government.", []),  # then a foreign minister
]


@pytest.mark.parametrize("published,text,accused", LEADERS_GOVERNMENT_CASES)
def test_a_leaders_government_is_the_leaders_country(nlp, published, text, accused):
    header = f"{published.day} {published:%B %Y}"
    targets = [target for *_, target, _ in _govuk_rows(nlp, header, text, published, "ACCUSE")]
    assert targets == [accused] if accused else all(t == [] for t in targets)


VOA = {"source_url": "https://www.voanews.com/a/story/1.html"}

REGIONAL_GROUP_CASES = [
    # (text, (type, actors, source, target) of the one row expected): a region's group of
    # states or leaders is a body of no one country, so its act needs no second country
    ("West African leaders imposed an arms embargo on Guinea on Friday.", ("SANCTION", ["GIN"], [], ["GIN"])),
    ("European governments imposed sanctions on Belarus on Friday.", ("SANCTION", ["BLR"], [], ["BLR"])),
    ("Arab foreign ministers condemned Israel on Friday.", ("ACCUSE", ["ISR"], [], ["ISR"])),
    ("Nordic countries expelled Russian diplomats on Friday.", ("SANCTION", ["RUS"], [], ["RUS"])),
    ("Latin American leaders condemned Venezuela on Friday.", ("ACCUSE", ["VEN"], [], ["VEN"])),
    ("American leaders imposed sanctions on Cuba on Friday.", ("SANCTION", ["CUB", "USA"], ["USA"], ["CUB"])),
]


@pytest.mark.parametrize("text,expected", REGIONAL_GROUP_CASES)
def test_a_regions_group_acts_as_a_body_of_no_one_country(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2009, 10, 17), meta=VOA)
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows] == [expected]


def test_leaders_of_no_region_make_no_one_sided_sanction(nlp):
    _, rows = _pipeline(nlp, "Leaders imposed sanctions on Cuba on Friday.", published=date(2009, 10, 17), meta=VOA)
    assert rows == []



TOPIC_SUPPORT_CASES = [
    # (text, the SUPPORT rows expected as (actors, source, target)): support that names no one is
    # for the country of the topic the clause opens with; for a conflict, the country it is
    # waged in or on, not its doer
    ("Discussing Argentina's economic reform programme, the Prime Minister pledged UK support.",
     [(["ARG", "GBR"], ["GBR"], ["ARG"])]),
    ("Discussing Putin's illegal war in Ukraine, the Prime Minister reiterated the UK's iron-clad support.",
     [(["GBR", "UKR"], ["GBR"], ["UKR"])]),
    ("Discussing Kenya's plans to host the summit, the Foreign Secretary offered the UK's full support.",
     [(["GBR", "KEN"], ["GBR"], ["KEN"])]),
    ("Addressing the crisis in Sudan, the Foreign Secretary reaffirmed the UK's support.",
     [(["GBR", "SDN"], ["GBR"], ["SDN"])]),
    ("Reviewing Ghana's debt restructuring, the Prime Minister pledged UK support.",
     [(["GBR", "GHA"], ["GBR"], ["GHA"])]),
    ("Discussing the weather, the Prime Minister pledged UK support.", []),
]


@pytest.mark.parametrize("text,expected", TOPIC_SUPPORT_CASES)
def test_support_on_the_topic(nlp, text, expected):
    _, rows = _pipeline(nlp, f"30 May 2018\n\n{text}", published=UK_DAY, meta=GOVUK)
    assert [(r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows
            if r["event_type"] == "SUPPORT"] == expected


STANCE_GROUP_CASES = [
    # (text, the AGREE row's actors expected): "They" after a stance are the stance's holders
    # with the partner met, not whom the stance is about
    ("The Prime Minister met Dutch Prime Minister Dick Schoof. Discussing Putin's war in Ukraine, the Prime "
     "Minister reiterated the UK's support. They agreed to work towards a new security partnership.", ["GBR", "NLD"]),
    ("The Prime Minister spoke to President Macron. The Prime Minister reiterated the UK's support for Ukraine. "
     "They agreed to meet again soon.", ["FRA", "GBR"]),
    ("The Foreign Secretary met the Foreign Minister of Ghana. He condemned Russia's invasion of Ukraine. "
     "They agreed to deepen trade ties.", ["GBR", "GHA"]),
    ("The Prime Minister met President Ruto of Kenya. The Prime Minister condemned Russia. "
     "They agreed to expand defence cooperation.", ["GBR", "KEN"]),
    ("The Prime Minister met President Lula of Brazil. The Prime Minister praised Chile's support for Ukraine. "
     "They agreed to expand trade.", ["BRA", "GBR"]),
]


@pytest.mark.parametrize("text,expected", STANCE_GROUP_CASES)
def test_they_after_a_stance_are_its_holders(nlp, text, expected):
    _, rows = _pipeline(nlp, f"30 May 2018\n\n{text}", published=UK_DAY, meta=GOVUK)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "AGREE"] == [expected]


VISIT_LEAD = ("Minister for Africa visits Ghana\n\n"
              "The Minister for Africa visited Accra for talks with the Government of Ghana.\n\n")
VISIT_DAY = date(2018, 3, 16)

PLANS_FOR_TODAYS_VISIT_CASES = [
    # (sentence after a lead telling today's visit, type, (actors, date_start) of its row): a plan
    # the story states with "will" and no date of its own is for the visit, that day
    ("The Minister will also meet the Foreign Minister to reiterate the UK's support for Ghana.", "SUPPORT",
     [(["GBR", "GHA"], VISIT_DAY)]),
    ("The Minister will urge Ghana's leaders to implement economic reforms.", "REQUEST", [(["GBR", "GHA"], VISIT_DAY)]),
    ("The Minister will sign a trade agreement with Ghana.", "AGREE", [(["GBR", "GHA"], VISIT_DAY)]),
    ("The Minister will call on Ghana to protect the freedom of the press.", "REQUEST", [(["GBR", "GHA"], VISIT_DAY)]),
    ("The Minister will thank Ghana for hosting the conference.", "SUPPORT", [(["GBR", "GHA"], VISIT_DAY)]),
    # reported, not stated: no dated plan of the visit
    ("The Minister confirmed that the United Kingdom and Ghana will cooperate on trade.", "COOPERATE", []),
]


@pytest.mark.parametrize("sentence,etype,expected", PLANS_FOR_TODAYS_VISIT_CASES)
def test_plans_for_todays_visit(nlp, sentence, etype, expected):
    _, rows = _pipeline(nlp, VISIT_LEAD + sentence, published=VISIT_DAY, meta=GOVUK)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == etype] == expected


def test_plans_after_a_planned_visit_are_not_dated_today(nlp):
    text = "Minister for Africa to visit Ghana\n\nThe Minister for Africa will visit Accra for talks.\n\n" \
           "The Minister will urge Ghana's leaders to implement economic reforms."
    _, rows = _pipeline(nlp, text, published=VISIT_DAY, meta=GOVUK)
    assert all(r["date_start"] != VISIT_DAY for r in rows if r["event_type"] == "REQUEST")


ACCUSE_VERB_CASES = [
    # (text, the row expected as (type, actors, source, target)): PLOVER ACCUSE verbs
    ("Japan decried China's decision on Monday.", ("ACCUSE", ["CHN", "JPN"], ["JPN"], ["CHN"])),
    ("Germany rebuked Hungary on Monday.", ("ACCUSE", ["DEU", "HUN"], ["DEU"], ["HUN"])),
    ("The European Union censured Belarus on Monday.", ("ACCUSE", ["BLR"], [], ["BLR"])),
    ("Canada lambasted Russia on Monday.", ("ACCUSE", ["CAN", "RUS"], ["CAN"], ["RUS"])),
    ("Mexico decried the wall built by the United States on Monday.", ("ACCUSE", ["MEX", "USA"], ["MEX"], ["USA"])),
]


@pytest.mark.parametrize("text,expected", ACCUSE_VERB_CASES)
def test_accuse_verbs(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2009, 10, 19), meta=VOA)
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows] == [expected]


HISTORY = "A Guide to the United States' History of Recognition, Diplomatic, and Consular Relations, by Country, since 1776: "
HISTORY_PAGE = {"source_url": "https://history.state.gov/countries/x"}

POST_CASES = [
    # (the page's country, text, (actors, place) of the AGREE row): "at" after a title is where
    # the envoy serves, not where the credentials were presented: no party, no place
    ("Chad", "Diplomatic relations were established on August 11, 1960, when the American Consul at Brazzaville, "
     "Alan W. Lukens, presented his credentials as Charge d'Affaires.", (["TCD", "USA"], None)),
    ("Afghanistan", "On May 4, 1935, the American Minister at Tehran, William Hornibrook, presented his "
     "credentials to the Government of Afghanistan.", (["AFG", "USA"], None)),
    ("Mauritania", "On June 2, 1962, the American Ambassador at Dakar, Philip Kaiser, presented his credentials "
     "to the Government of Mauritania.", (["MRT", "USA"], None)),
    ("Uganda", "On October 9, 1962, the American Consul at Nairobi presented his credentials to the Government "
     "of Uganda.", (["UGA", "USA"], None)),
    ("Liechtenstein", "On May 1, 1950, the American Minister at Bern presented his credentials to the Government "
     "of Liechtenstein.", (["LIE", "USA"], None)),
]


@pytest.mark.parametrize("country,text,expected", POST_CASES)
def test_a_post_is_no_venue(nlp, country, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2026, 12, 3), meta=HISTORY_PAGE, title=HISTORY + country)
    assert [(r["actors_iso3"], r["place_name"]) for r in rows if r["event_type"] == "AGREE"] == [expected]


MOFA = {"source_url": "https://www.mofa.go.jp/press/release/press4e_000001.html"}

LOCAL_TIME_CASES = [
    # (published, text, the CONSULT row's date): a day told in Japan's time and, in brackets, in
    # the place's local time dates the meeting by the place's
    (date(2016, 9, 19), "September 19, 2016\n\nOn September 20, commencing at 2:07 a.m. (September 19, 1:07 p.m. "
     "local time), Prime Minister Abe held a summit meeting with President Santos of Colombia.", date(2016, 9, 19)),
    (date(2017, 9, 22), "September 22, 2017\n\nOn September 22, commencing at 7:30 a.m. (September 21, 6:30 p.m. "
     "local time), Prime Minister Abe held a meeting with President Macri of Argentina.", date(2017, 9, 21)),
    (date(2016, 7, 5), "July 5, 2016\n\nOn July 5, commencing at 9:00 a.m. (July 4, 8:00 p.m. local time), "
     "Minister Kishida held a telephone talk with Secretary of State Kerry of the United States.", date(2016, 7, 4)),
    (date(2016, 9, 20), "September 20, 2016\n\nOn September 20, Prime Minister Abe held a summit meeting with "
     "President Santos of Colombia.", date(2016, 9, 20)),
    (date(2016, 9, 20), "September 20, 2016\n\nOn September 20 (Tuesday), Prime Minister Abe held a summit meeting "
     "with President Santos of Colombia.", date(2016, 9, 20)),
]


@pytest.mark.parametrize("published,text,expected", LOCAL_TIME_CASES)
def test_local_time_dates_the_act(nlp, published, text, expected):
    _, rows = _pipeline(nlp, text, published=published, meta=MOFA)
    assert [r["date_start"] for r in rows if r["event_type"] == "CONSULT"] == [expected]


STATE_DEPT = {"source_url": "https://www.state.gov/secretary-travel/"}

JOINED_FOR_CASES = [
    # (text, the CONSULT row's actors): an event noun after "for" on "join" / "accompany" with
    # an object is held, with the ones joined
    ("Today, Secretary Pompeo joined the foreign ministers of Kazakhstan and Uzbekistan in Tashkent, Uzbekistan "
     "for a ministerial meeting.", ["KAZ", "USA", "UZB"]),
    ("Today, Secretary Pompeo joined President Zelenskyy of Ukraine for talks in Kyiv.", ["UKR", "USA"]),
    ("Today, Secretary Pompeo joined Foreign Minister Lavrov of Russia for talks in Geneva.", ["RUS", "USA"]),
    ("Today, the Secretary joined the Foreign Minister of India for a meeting of the Quad in Tokyo.", ["IND", "USA"]),
    ("Today, Secretary Pompeo joined the Prime Minister of Japan for a photograph.", []),  # no event noun
]


@pytest.mark.parametrize("text,expected", JOINED_FOR_CASES)
def test_joined_for_the_meeting(nlp, text, expected):
    _, rows = _pipeline(nlp, f"February 3, 2020\n\n{text}", published=date(2020, 2, 3), meta=STATE_DEPT)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT"] == ([expected] if expected else [])


TIES_WHEN_MISSION_CASES = [
    # (country, day the section gives): the page's summary "established diplomatic relations with X
    # in 1960" and the section's "Diplomatic relations were established on <day>, when the
    # consulate was raised to Embassy status" tell one act, the ties (a when-clause's mission
    # does not make them a mission's opening): the summary's year row joins the day's
    ("Togo", "Lomé", "April 27", date(1960, 4, 27)),
    ("Niger", "Niamey", "August 3", date(1960, 8, 3)),
    ("Chad", "Fort Lamy", "August 11", date(1960, 8, 11)),
    ("Gabon", "Libreville", "August 17", date(1960, 8, 17)),
    ("Mali", "Bamako", "September 24", date(1960, 9, 24)),
]


@pytest.mark.parametrize("country,city,day,expected", TIES_WHEN_MISSION_CASES)
def test_ties_established_when_a_consulate_was_raised(nlp, country, city, day, expected):
    text = (f"The United States established diplomatic relations with {country} in 1960.\n\n"
            f"Diplomatic relations were established on {day}, 1960, when the American consulate at {city} "
            f"was raised to Embassy status.")
    _, rows = _pipeline(nlp, text, published=date(2026, 12, 3), meta=HISTORY_PAGE, title=HISTORY + country)
    agree = [r for r in rows if r["event_type"] == "AGREE"]
    assert {(r["date_start"], r["date_precision"]) for r in agree} == {(expected, "day")}  # the summary's year joined


ANNIVERSARY_CASES = [
    # (published, text, (type, date_start) of the row): a date right after an anniversary's
    # phrase is the anniversary's; the congratulation is of the readout's day
    (date(2022, 5, 13), "Minister Hayashi extended his congratulations on the 30th anniversary of the establishment of "
     "diplomatic relations between Japan and Moldova this year.", ("SUPPORT", date(2022, 5, 13))),
    (date(2017, 2, 20), "Minister Kishida congratulated Mongolia on the 45th anniversary of diplomatic relations "
     "between Japan and Mongolia this year.", ("SUPPORT", date(2017, 2, 20))),
    (date(2017, 3, 6), "Prime Minister Abe congratulated Ghana on the 60th anniversary of its independence this year.",
     ("SUPPORT", date(2017, 3, 6))),
    (date(2023, 1, 16), "Minister Hayashi congratulated Brazil on the 200th anniversary of its independence last year.",
     ("SUPPORT", date(2023, 1, 16))),
    (date(2019, 6, 3), "Minister Kono congratulated Finland on the centenary of relations between Japan and Finland "
     "this year.", ("SUPPORT", date(2019, 6, 3))),
]


@pytest.mark.parametrize("published,text,expected", ANNIVERSARY_CASES)
def test_an_anniversarys_year(nlp, published, text, expected):
    header = f"{published:%B} {published.day}, {published.year}\n\n"
    _, rows = _pipeline(nlp, header + text, published=published, meta=MOFA)
    assert [(r["event_type"], r["date_start"]) for r in rows] == [expected]
