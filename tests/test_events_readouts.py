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


def _aid_rows(nlp, text):
    return [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"], r["date_start"])
            for r in _rows(nlp, text) if r["event_type"] in ("AID", "MOBILIZE")]


GIVING_CASES = [
    # (text, the row expected): a verb of giving whose object is money or relief goods
    # (classes.aid_goods) is AID from the giver to the receiver
    ("Japan provided emergency relief goods, including tents and generators, to Nepal.",
     ("AID", ["JPN", "NPL"], ["JPN"], ["NPL"], DAY)),
    ("The United States pledged $10 million in humanitarian assistance to Haiti.",
     ("AID", ["HTI", "USA"], ["USA"], ["HTI"], DAY)),
    ("Australia gave 2 million dollars to Fiji for cyclone recovery.",
     ("AID", ["AUS", "FJI"], ["AUS"], ["FJI"], DAY)),
    ("The United Kingdom sent 500 tents and medical supplies to Turkey after the earthquake.",
     ("AID", ["GBR", "TUR"], ["GBR"], ["TUR"], DAY)),
    ("Canada delivered 200,000 vaccine doses to Ghana.",
     ("AID", ["CAN", "GHA"], ["CAN"], ["GHA"], DAY)),
]


@pytest.mark.parametrize("text,expected", GIVING_CASES)
def test_money_or_goods_given_is_aid(nlp, text, expected):
    assert _aid_rows(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "Japan provided information on the incident to South Korea.",  # no money, no goods
    "The Foreign Secretary gave a speech in Paris on the war.",
    "Japan has been providing medical equipment and other support to Panama.",  # a programme
    "The Minister stated that Japan would not provide funds to the regime.",  # negated
    "Japan stated that if the situation worsens, it would provide relief goods to Nepal.",  # conditional
])
def test_no_aid_given(nlp, text):
    assert [r for r in _aid_rows(nlp, text) if r[0] == "AID"] == []


def test_troops_sent_are_no_aid(nlp):
    rows = _aid_rows(nlp, "The United Kingdom sent 800 troops to Estonia.")
    assert [r[0] for r in rows] == ["MOBILIZE"]


PLEDGE_CASES = [
    # (text, the row expected): aid a past reporting verb reports with will/would, or the
    # infinitive of an intention conveyed, is pledged on the day it was said
    ("Minister Motegi stated that the Government of Japan would provide 50,000 N95 masks to Brunei.",
     ("AID", ["BRN", "JPN"], ["JPN"], ["BRN"], DAY)),
    ("The Prime Minister announced that the UK would contribute £80 million to the Amazon Fund in Brazil.",
     ("AID", ["BRA", "GBR"], ["GBR"], ["BRA"], DAY)),
    ("Prime Minister Abe conveyed Japan's intention to provide financial assistance of approximately "
     "900 million yen to Fiji.", ("AID", ["FJI", "JPN"], ["JPN"], ["FJI"], DAY)),
    ("The Foreign Minister said that Australia will give $5 million to Tonga for its recovery.",
     ("AID", ["AUS", "TON"], ["AUS"], ["TON"], DAY)),
    ("The Prime Minister stated that Canada would send medical supplies to Haiti.",
     ("AID", ["CAN", "HTI"], ["CAN"], ["HTI"], DAY)),
]


@pytest.mark.parametrize("text,expected", PLEDGE_CASES)
def test_aid_pledged_is_aid_of_the_day(nlp, text, expected):
    assert _aid_rows(nlp, text) == [expected]


NEWS_DAY = date(2023, 3, 1)  # a Wednesday: Monday is February 27, Tuesday February 28
NEWS_META = {"source_url": "https://www.voanews.com/a/story-2023-03-01/1.html"}

TITLED_SUBJECT_CASES = [
    # (text, the second sentence's meeting): in news, a capitalised title as the subject is the
    # nearest earlier singular subject, as "he" would be
    ("President Emmanuel Macron visited Nigeria on Monday. The President also met President Bola Tinubu "
     "of Nigeria on Tuesday.", ["FRA", "NGA"]),
    ("External Affairs Minister S Jaishankar met Foreign Minister Penny Wong of Australia in Delhi on "
     "Monday. The External Affairs Minister also met his Mexican counterpart, Marcelo Ebrard, on Tuesday.",
     ["IND", "MEX"]),
    ("Prime Minister Shinzo Abe arrived in Hanoi on Monday. The Prime Minister held talks with Prime "
     "Minister Nguyen Xuan Phuc of Vietnam on Tuesday.", ["JPN", "VNM"]),
    ("Chancellor Olaf Scholz flew to Beijing on Monday. The Chancellor met President Xi Jinping of China "
     "on Tuesday.", ["CHN", "DEU"]),
    ("Foreign Secretary James Cleverly arrived in Nairobi on Monday. The Foreign Secretary met President "
     "William Ruto of Kenya on Tuesday.", ["GBR", "KEN"]),
]


@pytest.mark.parametrize("text,expected", TITLED_SUBJECT_CASES)
def test_a_capitalised_title_is_the_subject_before(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=NEWS_DAY, meta=NEWS_META)
    assert [r["actors_iso3"] for r in rows if r["date_start"] == date(2023, 2, 28)] == [expected]


PRESSED_FOR_CASES = [
    # after a call, "pressed for" / "pushed for" something is a demand made of the other side
    "The Prime Minister pressed for faster progress on the trade deal.",
    "The Prime Minister pushed for an early agreement on steel tariffs.",
    "He pressed for the release of the British nationals detained last year.",
    "The Prime Minister also pushed for greater cooperation on migration.",
    "The Prime Minister pressed for a swift conclusion of the negotiations.",
]


@pytest.mark.parametrize("text", PRESSED_FOR_CASES)
def test_pressed_for_is_a_demand(nlp, text):
    rows = [(r["source_iso3"], r["target_iso3"]) for r in _rows(nlp, CALL + text) if r["event_type"] == "REQUEST"]
    assert rows == [(["GBR"], ["USA"])]


SUNDAY = date(2023, 2, 26)  # the Sunday before NEWS_DAY

INTO_EFFECT_CASES = [
    # (text, the RETREAT row): a ceasefire or truce that comes into effect (into force, takes
    # effect) happens that day; the verb moves no troops
    ("A ceasefire brokered by Ukraine, Russia, Germany and France came into effect on Sunday.",
     ["DEU", "FRA", "RUS", "UKR"]),
    ("The truce between Israel and Hamas came into force on Sunday.", ["ISR", "PSE"]),
    ("The ceasefire between India and Pakistan took effect on Sunday.", ["IND", "PAK"]),
    ("The truce between Ethiopia and Eritrea entered into force on Sunday.", ["ERI", "ETH"]),
    ("A ceasefire agreed by Armenia and Azerbaijan took effect on Sunday.", ["ARM", "AZE"]),
]


@pytest.mark.parametrize("text,actors", INTO_EFFECT_CASES)
def test_a_ceasefire_coming_into_effect(nlp, text, actors):
    _, rows = _pipeline(nlp, text, published=NEWS_DAY, meta=NEWS_META)
    assert ("RETREAT", actors, SUNDAY) in [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows]
    assert "MOBILIZE" not in [r["event_type"] for r in rows]


STATEMENT_DAY_CASES = [
    # (text after the call, the statement's type): a week, month or year written right after the
    # event a speech act has as its object is that event's time; the statement is of the call's day
    ("The Prime Minister and the President condemned the Iranian rocket attacks against Israeli forces "
     "earlier this week.", "ACCUSE"),
    ("The leaders condemned the missile launches by North Korea earlier this month.", "ACCUSE"),
    ("The leaders welcomed the ceasefire agreement between Armenia and Azerbaijan last week.", "SUPPORT"),
    ("The leaders condemned the attack by the Taliban on the embassy in Kabul last week.", "ACCUSE"),
    ("The Prime Minister praised the peace agreement between Ethiopia and Eritrea last year.", "SUPPORT"),
]


@pytest.mark.parametrize("text,etype", STATEMENT_DAY_CASES)
def test_a_statement_is_made_on_the_calls_day(nlp, text, etype):
    dates = [r["date_start"] for r in _rows(nlp, CALL + text) if r["event_type"] == etype]
    assert dates == [DAY]


SIGNING_CASES = [
    # (text, the one AGREE row's countries): the signing welcomed is the agreement, dated by the
    # week after it and made by the sides a between-phrase names, wherever the parser hangs it;
    # the treaty signed is no second agreement
    ("The leaders also welcomed the signing of a treaty this week between the UK, Italy and Japan.",
     ["GBR", "ITA", "JPN"]),
    ("The leaders welcomed the signing of an agreement last week between Kenya and Uganda.", ["KEN", "UGA"]),
    ("The leaders welcomed the signing of a peace accord last month between Ethiopia and Eritrea.", ["ERI", "ETH"]),
    ("The ministers welcomed the signing of a memorandum this week between Japan and India.", ["IND", "JPN"]),
    ("The Prime Minister welcomed the signing of a treaty last week between Chile and Peru.", ["CHL", "PER"]),
]


@pytest.mark.parametrize("text,actors", SIGNING_CASES)
def test_a_signing_welcomed_is_the_agreement(nlp, text, actors):
    agree = [r["actors_iso3"] for r in _rows(nlp, CALL + text) if r["event_type"] == "AGREE"]
    assert agree == [actors]


STATE_META = {"source_url": "https://www.state.gov/secretary-blinkens-call-with-foreign-minister"}
STATE_CALL = "Secretary Blinken spoke today with Foreign Minister Hakan Fidan of Turkey"


STATE_DAY = date(2024, 4, 16)  # Blinken and Fidan both in office


def _state_rows(nlp, text):
    _, rows = _pipeline(nlp, "April 16, 2024\n\n" + text, published=STATE_DAY, meta=STATE_META,
                        title="Secretary Blinken's Call with Turkish Foreign Minister Fidan")
    return rows


POSSESSIVE_DATE_CASES = [
    # (text, the later statement's type): a date written as the possessor of an event noun dates
    # that event only; what the readout tells next is still of the call's day
    (STATE_CALL + " regarding yesterday's attack by Iran on Israel. Secretary Blinken thanked Foreign "
     "Minister Fidan for his engagement.", "SUPPORT"),
    (STATE_CALL + " regarding last night's air attack against Israel by Iran. The Secretary thanked Foreign "
     "Minister Fidan for his efforts.", "SUPPORT"),
    (STATE_CALL + " regarding last week's missile launches by North Korea. Secretary Blinken welcomed "
     "Turkey's support for the sanctions.", "SUPPORT"),
    (STATE_CALL + " regarding Sunday's attack on the embassy in Kabul. Secretary Blinken urged Turkey to "
     "support the investigation.", "REQUEST"),
    (STATE_CALL + " regarding last month's coup in Niger. Secretary Blinken urged Turkey to press for "
     "the release of President Bazoum.", "REQUEST"),
]


@pytest.mark.parametrize("text,etype", POSSESSIVE_DATE_CASES)
def test_a_possessive_date_dates_its_event_only(nlp, text, etype):
    assert [r["date_start"] for r in _state_rows(nlp, text) if r["event_type"] == etype] == [STATE_DAY]


TOPIC_ANTECEDENT_CASES = [
    # what two people discussed is no antecedent of "the two": they are the two who talked
    STATE_CALL + ". Secretary Blinken and Foreign Minister Fidan discussed last night's air attack against "
    "Israel by Iran. The two agreed to stay in close touch.",
    STATE_CALL + ". They discussed Sunday's missile attack by Russia on Ukraine. The two agreed to stay in "
    "close touch.",
    STATE_CALL + ". The ministers discussed last week's clashes between Armenia and Azerbaijan. The two "
    "agreed to stay in close touch.",
    STATE_CALL + ". They discussed yesterday's fighting between Israel and Hamas. The two agreed to "
    "coordinate closely.",
    STATE_CALL + ". They reviewed last month's border clashes between Ethiopia and Eritrea. The two agreed "
    "to stay in close touch.",
]


@pytest.mark.parametrize("text", TOPIC_ANTECEDENT_CASES)
def test_what_was_discussed_is_no_antecedent(nlp, text):
    assert [r["actors_iso3"] for r in _state_rows(nlp, text) if r["event_type"] == "AGREE"] == [["TUR", "USA"]]


MONDAY = date(2023, 2, 27)

ACTING_GATHERING_CASES = [
    # (text, the CONSULT's countries): a meeting noun as the subject of a trigger verb in the
    # past took place, on that verb's day
    ("Cambodian and Thai foreign ministers meeting in Phnom Penh agreed Monday to negotiate a border dispute.",
     ["KHM", "THA"]),
    ("Foreign ministers of Japan and China meeting in Beijing agreed on Monday to resume talks.", ["CHN", "JPN"]),
    ("Defence ministers of Japan and Australia meeting in Tokyo signed an agreement on Monday.", ["AUS", "JPN"]),
    ("A meeting of the foreign ministers of Russia and Turkey agreed on Monday to set up a working group.",
     ["RUS", "TUR"]),
    ("Defence ministers of India and France meeting in Paris signed a roadmap on Monday.", ["FRA", "IND"]),
]


@pytest.mark.parametrize("text,actors", ACTING_GATHERING_CASES)
def test_a_meeting_that_acts_took_place(nlp, text, actors):
    _, rows = _pipeline(nlp, text, published=NEWS_DAY, meta=NEWS_META)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "CONSULT"] == [(actors, MONDAY)]


FREEZE_CASES = [
    # (text, the SANCTION's countries): a freeze of assets is a sanction on those who hold them,
    # the country an in-phrase of its object names
    ("Britain froze the assets of five generals in Myanmar on Monday.", ["GBR", "MMR"]),
    ("Canada froze the assets of three ministers in Venezuela on Monday.", ["CAN", "VEN"]),
    ("On Monday, Japan froze the assets of 12 officials in Russia.", ["JPN", "RUS"]),
    ("Australia froze the assets of four companies in Iran on Monday.", ["AUS", "IRN"]),
    ("President Biden signed an order on Monday freezing the U.S. assets of 20 officials in Nicaragua.",
     ["NIC", "USA"]),
]


@pytest.mark.parametrize("text,actors", FREEZE_CASES)
def test_a_freeze_of_assets_is_a_sanction(nlp, text, actors):
    _, rows = _pipeline(nlp, text, published=NEWS_DAY, meta=NEWS_META)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "SANCTION"] == [(actors, MONDAY)]


BRUSHED_ASIDE_CASES = [
    # "brushed aside" / "brushed off" is a refusal
    "Foreign Minister Sergei Lavrov of Russia brushed aside the proposal of the United States on Monday.",
    "Prime Minister Narendra Modi of India brushed aside the offer of mediation by Pakistan on Monday.",
    "President Xi Jinping of China brushed off the demand of Japan on Monday.",
    "Foreign Minister Wang Yi of China brushed aside the protest of the Philippines on Monday.",
    "President Erdogan of Turkey brushed off the criticism of Greece on Monday.",
]


@pytest.mark.parametrize("text", BRUSHED_ASIDE_CASES)
def test_brushed_aside_is_a_refusal(nlp, text):
    _, rows = _pipeline(nlp, text, published=NEWS_DAY, meta=NEWS_META)
    assert [(r["event_type"], r["date_start"]) for r in rows] == [("REJECT", MONDAY)]
