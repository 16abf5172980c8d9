"""Statements of the day told in a coordinated clause: tables of cases written by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

DAY = date(2023, 7, 27)
META = {"source_url": "https://www.mofa.go.jp/press/release/press1e_000001.html"}

COORDINATED_STATEMENT_CASES = [
    # (text, (type, actors, source, target, date_start) of the one row expected)
    ("Japan is deeply concerned about this situation, and strongly condemns the actions taken by the members "
     "of Niger's Armed Forces.", ("ACCUSE", ["JPN", "NER"], ["JPN"], ["NER"], DAY)),
    ("Japan is deeply concerned about this situation, and strongly condemns the actions taken by the members "
     "of Burkina Faso's Armed Forces.", ("ACCUSE", ["BFA", "JPN"], ["JPN"], ["BFA"], DAY)),
    ("The United Kingdom is appalled by the violence and condemns the attacks carried out by Russian forces.",
     ("ACCUSE", ["GBR", "RUS"], ["GBR"], ["RUS"], DAY)),
    ("Canada is alarmed by the reports and condemns the arrests made by the security forces of Belarus.",
     ("ACCUSE", ["BLR", "CAN"], ["CAN"], ["BLR"], DAY)),
    ("Australia is deeply troubled by the reports and condemns the killings committed by Myanmar's military.",
     ("ACCUSE", ["AUS", "MMR"], ["AUS"], ["MMR"], DAY)),
]


@pytest.mark.parametrize("text,expected", COORDINATED_STATEMENT_CASES)
def test_a_statement_coordinated_with_a_present_main_verb_is_of_the_day(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta=META)
    got = [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"], r["date_start"]) for r in rows]
    assert got == [expected]


CHAINED_STATEMENT_CASES = [
    # (text, (type, actors, source, target, date_start)): a speech act further down a chain of
    # conjuncts of a present main verb, in the base form the tagger gives it after an adverb;
    # "I" is the publisher's government (MOFA: Japan)
    ("I express serious concern and regret over the attack, and vehemently condemn Russia.",
     ("ACCUSE", ["JPN", "RUS"], ["JPN"], ["RUS"], DAY)),
    ("I express deep concern and sorrow over the violence, and strongly condemn Myanmar's military.",
     ("ACCUSE", ["JPN", "MMR"], ["JPN"], ["MMR"], DAY)),
    ("I express my condolences and sympathy to the families, and strongly condemn Iran.",
     ("ACCUSE", ["IRN", "JPN"], ["JPN"], ["IRN"], DAY)),
    ("I note the report and regret the delay, and sincerely thank Egypt.",
     ("SUPPORT", ["EGY", "JPN"], ["JPN"], ["EGY"], DAY)),
    ("I express my concern and dismay at the coup, and firmly condemn the Nigerien military.",
     ("ACCUSE", ["JPN", "NER"], ["JPN"], ["NER"], DAY)),
]


@pytest.mark.parametrize("text,expected", CHAINED_STATEMENT_CASES)
def test_a_statement_down_a_chain_of_conjuncts_is_of_the_day(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta=META)
    got = [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"], r["date_start"]) for r in rows]
    assert got == [expected]


@pytest.mark.parametrize("text", [
    "Japan is deeply concerned about this situation, and would condemn any attack on Niger.",
    "Japan is deeply concerned about this situation, and does not condemn the actions of Niger's Armed Forces.",
])
def test_a_modal_or_negated_coordinated_statement_is_none(nlp, text):
    _, rows = _pipeline(nlp, text, published=DAY, meta=META)
    assert [r for r in rows if r["event_type"] == "ACCUSE"] == []


DIFFERENT_CONTENT_CASES = [
    # (text, number of REQUEST rows): two dated demands asking different things are two events;
    # the same demand told twice is one
    ("On May 3, 2019, Japan urged North Korea to release the abductees. On May 3, 2019, Japan also urged "
     "North Korea to stop its missile launches.", 2),
    ("On June 4, 2019, Japan urged China to release the detained journalists. On June 4, 2019, Japan urged "
     "China to lift the import ban.", 2),
    ("On March 1, 2021, the United Kingdom called on Russia to withdraw its troops. On March 1, 2021, the "
     "United Kingdom called on Russia to release political prisoners.", 2),
    ("The United States urged Iran on May 3, 2019 to return to the nuclear talks. On May 3, 2019, the United "
     "States urged Iran to return to talks quickly.", 1),
    ("On March 1, 2021, France urged Mali to hold elections. On March 1, 2021, France urged Mali to hold "
     "elections soon.", 1),
]


@pytest.mark.parametrize("text,expected", DIFFERENT_CONTENT_CASES)
def test_demands_with_different_content_are_different_events(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert len([r for r in rows if r["event_type"] == "REQUEST"]) == expected, rows


VALUED_ACT_CASES = [
    # (text, event types expected): an act named as what matters ("the importance of ...") is not done,
    # also through the phrases it hangs in
    ("Following the Russian President’s latest address, the ministers of the United Kingdom, Poland and Ukraine "
     "agreed on the importance of standing united in condemning the Russian government’s reprehensible actions.",
     []),
    ("The Prime Minister of the United Kingdom stressed the importance of remaining firm in condemning Russia's "
     "actions.", []),
    ("The Foreign Secretary made clear the importance of Saudi Arabia cooperating with Turkey.", []),
    # a condemnation that is done
    ("Japan condemned North Korea's missile launch on May 3, 2023.", ["ACCUSE"]),
    ("The United Kingdom strongly condemned Russia's attack on Kyiv on May 3, 2023.", ["ACCUSE"]),
]


@pytest.mark.parametrize("text,types", VALUED_ACT_CASES)
def test_an_act_valued_is_not_done(nlp, text, types):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 3))
    assert [r["event_type"] for r in rows] == types, rows


SPOKEN_NOUN_CASES = [
    # (source URL, published, title, text, rows expected as (type, actors, date_start)): a statement
    # made in the present with a speech noun is the act of its day
    ("https://www.state.gov/x", date(2021, 3, 21), "Namibian Independence Day",
     "Namibian Independence Day\n\nOn behalf of the Government of the United States, I offer congratulations to "
     "all Namibians on the 31st anniversary of your country’s independence.\n",
     [("SUPPORT", ["NAM", "USA"], date(2021, 3, 21))]),
    ("https://www.mofa.go.jp/x", date(2015, 4, 26), "Earthquake in Nepal",
     "Japan expresses its deepest condolences to the people of Nepal for the earthquake.",
     [("SUPPORT", ["JPN", "NPL"], date(2015, 4, 26))]),
    ("https://www.gov.uk/x", date(2022, 9, 13), "Statement on the inauguration of President Ruto",
     "The United Kingdom offers its congratulations to President William Ruto of Kenya on his inauguration.",
     [("SUPPORT", ["GBR", "KEN"], date(2022, 9, 13))]),
    ("https://www.dfat.gov.au/x", date(2023, 2, 7), "Earthquake in Türkiye and Syria",
     "Australia extends its condolences to the Government and people of Türkiye.",
     [("SUPPORT", ["AUS", "TUR"], date(2023, 2, 7))]),
    ("https://www.mofa.go.jp/x", date(2015, 4, 26), "Earthquake in Nepal",
     "Japan would offer its condolences to the people of Nepal if asked.", []),
    # sympathy is a speech noun of support too
    ("https://www.mofa.go.jp/x", date(2023, 8, 15), "Wildfires in Hawaii",
     "Japan expresses its deepest sympathies to the people of the United States for the wildfires in Hawaii.",
     [("SUPPORT", ["JPN", "USA"], date(2023, 8, 15))]),
    ("https://www.gov.uk/x", date(2023, 9, 9), "Earthquake in Morocco",
     "The United Kingdom extends its sympathy to the people of Morocco.",
     [("SUPPORT", ["GBR", "MAR"], date(2023, 9, 9))]),
    ("https://www.dfat.gov.au/x", date(2023, 9, 12), "Floods in Libya",
     "Australia offers its heartfelt sympathies to the people of Libya.",
     [("SUPPORT", ["AUS", "LBY"], date(2023, 9, 12))]),
]


@pytest.mark.parametrize("url,published,title,text,expected", SPOKEN_NOUN_CASES)
def test_a_statement_made_with_a_speech_noun(nlp, url, published, title, text, expected):
    _, rows = _pipeline(nlp, text, published=published, meta={"source_url": url}, title=title)
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == expected


KANTEI = {"source_url": "https://japan.kantei.go.jp/x.html"}
REPORTED_BACKGROUND_CASES = [
    # (published, text, (type, actors, date_start) expected): a month or year inside what someone says
    # is background; the act told after it is the readout's day
    (date(2022, 6, 9), "On June 9, Prime Minister Kishida had a telephone talk with President Shavkat Mirziyoyev of "
     "Uzbekistan.\n\n1. In response, President Mirziyoyev stated that his visit to Japan in December 2019 further "
     "elevated bilateral relations. The two leaders concurred to collaborate in further development of relations.",
     ("AGREE", ["JPN", "UZB"], date(2022, 6, 9))),
    (date(2023, 5, 3), "On May 3, Foreign Minister Hayashi held a meeting with Foreign Minister Penny Wong of "
     "Australia.\n\n1. Minister Wong stated that her visit to Japan in July 2022 had deepened ties. The two ministers "
     "agreed to strengthen cooperation.", ("AGREE", ["AUS", "JPN"], date(2023, 5, 3))),
    (date(2023, 5, 3), "On May 3, Foreign Minister Hayashi held a meeting with Foreign Minister Penny Wong of "
     "Australia.\n\n1. Minister Hayashi noted that the agreement signed in 2022 had deepened ties. The two ministers "
     "agreed to strengthen cooperation.", ("AGREE", ["AUS", "JPN"], date(2023, 5, 3))),
    (date(2023, 5, 3), "On May 3, Foreign Minister Hayashi held a meeting with Foreign Minister Penny Wong of "
     "Australia.\n\n1. Minister Wong said that the talks in March 2023 had been useful. The two ministers agreed to "
     "strengthen cooperation.", ("AGREE", ["AUS", "JPN"], date(2023, 5, 3))),
    (date(2023, 5, 3), "On May 3, Foreign Minister Hayashi held a meeting with Foreign Minister Penny Wong of "
     "Australia.\n\n1. Minister Wong stated her visit to Japan in 2019 was memorable. The two ministers agreed to "
     "strengthen cooperation.", ("AGREE", ["AUS", "JPN"], date(2023, 5, 3))),
]


@pytest.mark.parametrize("published,text,expected", REPORTED_BACKGROUND_CASES)
def test_a_date_inside_what_someone_says_is_background(nlp, published, text, expected):
    _, rows = _pipeline(nlp, text, published=published, meta=KANTEI)
    got = [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "AGREE"]
    assert expected in got, rows


DATE_PREPOSITION_CASES = [
    # (text, REQUEST actors expected): "call on/for" needs its own preposition, not the "on" of a date
    ("When Nicaraguan Ambassador to the United States, Guillermo Sevilla Sacasa called at the U.S. Department of "
     "State on June 5, 2023 he was received in his private capacity.", []),
    ("Foreign Minister Hayashi of Japan called at the Foreign Ministry of China on June 5, 2023.", []),
    ("On June 5, 2023, Japan called on North Korea to return the abductees.", [["JPN", "PRK"]]),
    ("Japan called on China on June 5, 2023 to release the detained citizens.", [["CHN", "JPN"]]),
    ("France called upon Russia on June 5, 2023 to withdraw its troops.", [["FRA", "RUS"]]),
]


@pytest.mark.parametrize("text,expected", DATE_PREPOSITION_CASES)
def test_the_preposition_of_a_date_is_no_call_on(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 6, 10))
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "REQUEST"] == expected


VOV = {"source_url": "https://vovworld.vn/en-US/news/x.vov"}
LEAD4 = ("(VOV) – President Truong Tan Sang met with Russian President Vladimir Putin, Korean President Park "
         "Geun-hye and New Zealand Prime Minister John Key on Tuesday at the APEC Summit in Beijing.\n\n")
COUNTED_PLURAL_CASES = [
    # (text after the lead, type, actors expected): "the two leaders" after a meeting of four is the pair
    # the nearest earlier subject names
    ("Sang and Putin compared notes on the partnership.\n\nThe two leaders hailed the positive developments of "
     "bilateral economic cooperation.", "SUPPORT", ["RUS", "VNM"]),
    ("Sang and Park Geun-hye compared notes on the partnership.\n\nThe two leaders hailed the positive developments "
     "of bilateral economic cooperation.", "SUPPORT", ["KOR", "VNM"]),
    ("Sang and John Key compared notes on the partnership.\n\nThe two leaders hailed the positive developments of "
     "bilateral economic cooperation.", "SUPPORT", ["NZL", "VNM"]),
    # the same number as the meeting: its group
    ("The four leaders hailed the positive developments of regional economic cooperation.", "SUPPORT",
     ["KOR", "NZL", "RUS", "VNM"]),
    ("Sang and Putin compared notes on the partnership.\n\nBoth leaders hailed the positive developments of "
     "bilateral economic cooperation.", "SUPPORT", ["RUS", "VNM"]),
]


@pytest.mark.parametrize("text,etype,actors", COUNTED_PLURAL_CASES)
def test_a_counted_plural_after_a_larger_meeting(nlp, text, etype, actors):
    _, rows = _pipeline(nlp, LEAD4 + text, published=date(2014, 11, 11), meta=VOV,
                        title="President Sang meets world leaders within APEC")
    assert [r["actors_iso3"] for r in rows if r["event_type"] == etype] == [actors], rows


def _statement(title: str, body: str) -> str:
    return f"{title}\n(Statement by Foreign Press Secretary Hikariko Ono)\n\nMay 4, 2023\n\n1. {body}\n"


UNOWNED_ATTACK_CASES = [
    # (statement, ACCUSE actors): condemning an attack no country is said to have made names no
    # second party, not even the country the statement is about; one a country made is against it
    (_statement("The Terrorist Attack in Iraq", "We strongly condemn such heinous attacks against innocent people."),
     [["JPN"]]),
    (_statement("The Terrorist Attack in Nigeria", "Japan strongly condemns the terrorist attack on the market."),
     [["JPN"]]),
    (_statement("The Bombing in Pakistan", "We condemn the bombing that killed dozens of worshippers."), [["JPN"]]),
    (_statement("The Attack in Somalia", "Japan strongly condemns the attacks on civilians."), [["JPN"]]),
    (_statement("Missile Launch by North Korea", "Japan strongly condemns North Korea's missile attack."),
     [["JPN", "PRK"]]),
]


@pytest.mark.parametrize("text,expected", UNOWNED_ATTACK_CASES)
def test_condemning_an_attack_no_country_made(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 4), meta={"source_url": "https://www.mofa.go.jp/press/x"})
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "ACCUSE"] == expected


STANCE_TODAY_CASES = [
    # a present stance verb with its stance noun is a statement of the day
    _statement("The Terrorist Attack in Iraq", "The Government of Japan reiterates its strong solidarity with the "
               "people and the Government of Iraq."),
    _statement("The Floods in Pakistan", "Japan reaffirms its support for the people of Pakistan."),
    _statement("The Earthquake in Turkey", "The Government of Japan renews its solidarity with the people of Turkey."),
    _statement("The Situation in Ukraine", "Japan reiterates its unwavering support for Ukraine."),
]


@pytest.mark.parametrize("text", STANCE_TODAY_CASES)
def test_a_present_stance_is_the_statement_of_the_day(nlp, text):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 4), meta={"source_url": "https://www.mofa.go.jp/press/x"})
    assert [(r["event_type"], r["date_start"]) for r in rows] == [("SUPPORT", date(2023, 5, 4))]


ENVOY_BRIEF_CASES = [
    # (text, rows (type, actors, date_start)) on GOV.UK, published Wednesday 6 March 2024: the country
    # an envoy's title is "for" is their brief, not theirs nor a party; an international
    # organisation's envoy is no side of unknown country (a sited meeting with them keeps one country)
    ("Meeting\n\nThe Foreign Secretary met U.S. Special Envoy for Sudan Tom Perriello in London on Monday.\n",
     [("CONSULT", ["GBR", "USA"], date(2024, 3, 4))]),
    ("Meeting\n\nThe Minister for Africa met AU Special Envoy for Somalia James Swan and Ethiopian Foreign Minister "
     "Taye Atske Selassie in Addis Ababa on Monday.\n", [("CONSULT", ["ETH", "GBR"], date(2024, 3, 4))]),
    ("Meeting\n\nThe Foreign Secretary met UN Special Envoy for Yemen Hans Grundberg in Riyadh on Monday.\n",
     [("CONSULT", ["GBR"], date(2024, 3, 4))]),
    ("Meeting\n\nThe Prime Minister met UN Special Envoy for Syria Geir Pedersen in London on Monday.\n",
     [("CONSULT", ["GBR"], date(2024, 3, 4))]),
    ("Meeting\n\nThe Foreign Secretary met Kenyan Foreign Minister Musalia Mudavadi and UN Special Envoy for Sudan "
     "Ramtane Lamamra in Nairobi on Monday.\n", [("CONSULT", ["GBR", "KEN"], date(2024, 3, 4))]),
]


@pytest.mark.parametrize("text,expected", ENVOY_BRIEF_CASES,
                         ids=["us-envoy", "au-envoy-and-minister", "un-envoy-yemen", "un-envoy-syria", "minister-and-envoy"])
def test_an_envoys_brief_is_no_party(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2024, 3, 6), meta={"source_url": "https://www.gov.uk/government/news/x"})
    assert sorted((r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows) == expected


DEMAND_CASES = [
    # (text, publisher's page, REQUEST rows as (actors, source, target)): what a speaker says
    # another party should or must do is a demand to it; what the speakers say they themselves
    # should do, or what another party will do, is none
    ("Secretary of State Antony J. Blinken met today with Russian Foreign Minister Sergey Lavrov. The Secretary "
     "made clear that Russia should release American citizens Paul Whelan and Trevor Reed.",
     "https://www.state.gov/secretary-blinkens-meeting-with-russian-foreign-minister-lavrov/",
     [(["RUS", "USA"], ["USA"], ["RUS"])]),
    ("Japan stressed that North Korea must fully implement the relevant UN Security Council resolutions.",
     META["source_url"], [(["JPN", "PRK"], ["JPN"], ["PRK"])]),
    ("The United States said China should respect the ruling of the arbitral tribunal.",
     "https://www.state.gov/x/", [(["CHN", "USA"], ["USA"], ["CHN"])]),
    ("The two leaders agreed that Japan and Australia should deepen their defence cooperation.",
     META["source_url"], []),
    ("Japan stated that North Korea will continue its missile launches.", META["source_url"], []),
]


@pytest.mark.parametrize("text,url,expected", DEMAND_CASES)
def test_a_demand_told_by_a_modal(nlp, text, url, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta={"source_url": url})
    assert [(r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows if r["event_type"] == "REQUEST"] \
        == expected


GROUP_COUNTRY_CASES = [
    # (text, page, (type, actors)): an armed or political group tied to one country
    # (places.json countries.*.groups) is of that country as a party
    ("The United Kingdom condemns the unlawful seizure of the ship by the Houthis in the Red Sea.",
     "https://www.gov.uk/government/news/x", ("ACCUSE", ["GBR", "YEM"])),
    ("Kenya condemned the attack by al-Shabaab on a bus in Mandera.", "https://www.state.gov/x/", ("ACCUSE", ["KEN", "SOM"])),
    ("The United States imposed sanctions on the Taliban in 1999.", "https://www.state.gov/x/", ("SANCTION", ["AFG", "USA"])),
    ("Israel carried out air strikes on Hezbollah positions on May 4, 2013.", "https://www.state.gov/x/",
     ("ASSAULT", ["ISR", "LBN"])),
    ("The United Kingdom condemned the Tatmadaw's violence against protesters.", "https://www.gov.uk/government/news/x",
     ("ACCUSE", ["GBR", "MMR"])),
]


@pytest.mark.parametrize("text,url,expected", GROUP_COUNTRY_CASES)
def test_a_group_is_of_its_country(nlp, text, url, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta={"source_url": url})
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == [expected]


def test_what_speakers_agree_another_must_do_is_their_demand(nlp):
    """"Both leaders agreed that Hamas must accept ...": a REQUEST of both to Hamas's country,
    no AGREE."""
    text = ("The Prime Minister spoke to President Macron of France today. Both leaders agreed that Hamas must "
            "accept the terms of the deal.")
    _, rows = _pipeline(nlp, text, published=DAY, meta={"source_url": "https://www.gov.uk/government/news/x"})
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == [("CONSULT", ["FRA", "GBR"]),
                                                                    ("REQUEST", ["FRA", "GBR", "PSE"])]


GB_META = {"source_url": "https://www.gov.uk/government/news/x"}
QUOTE_SPEAKER_CASES = [
    # (text, meta, (type, actors, source, target) expected among the rows): "I"/"we" inside a
    # quotation speak for whom the text says speaks it, before it with a colon or after it
    ('Minister condemns the coup\n\nThe British Minister for Africa, Henry Bellingham, said:\n\n'
     '"I am deeply concerned about reports of an attempted coup in Guinea-Bissau and strongly condemn '
     'the coup in Guinea-Bissau."', GB_META,
     ("ACCUSE", ["GBR", "GNB"], ["GBR"], ["GNB"])),
    ('"We strongly condemn the coup in Guinea-Bissau," the French Foreign Minister said.', {},
     ("ACCUSE", ["FRA", "GNB"], ["FRA"], ["GNB"])),
    ('The Kenyan Foreign Minister said: "We condemn the attack on the embassy in Somalia."', {},
     ("ACCUSE", ["KEN", "SOM"], ["KEN"], ["SOM"])),
    ("\u201cI condemn the detention of the President of Mali,\u201d the Nigerian Foreign Minister told reporters.", {},
     ("ACCUSE", ["MLI", "NGA"], ["NGA"], ["MLI"])),
    ('Minister speaks\n\nThe Chilean Foreign Minister spoke to reporters in Santiago.\n\n'
     '"We condemn the coup in Bolivia," she said.',
     {}, ("ACCUSE", ["BOL", "CHL"], ["CHL"], ["BOL"])),
]


@pytest.mark.parametrize("text,meta,expected", QUOTE_SPEAKER_CASES)
def test_first_person_in_a_quote_speaks_for_the_named_speaker(nlp, text, meta, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta=meta)
    got = [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows]
    assert expected in got, got


def test_a_quote_of_no_named_speaker_speaks_for_nobody(nlp):
    """An unattributed quote ("I" of a reporter or someone unnamed) gives the speaker no country:
    the condemnation of the day stands, against Bolivia, by no one named."""
    _, rows = _pipeline(nlp, '"We condemn the coup in Bolivia," a diplomat said.', published=DAY)
    assert [(r["event_type"], r["source_iso3"], r["target_iso3"]) for r in rows] == [("ACCUSE", [], ["BOL"])]


def test_a_hyphenated_country_name_is_one_country(nlp):
    """"Guinea-Bissau" names Guinea-Bissau, not Guinea too."""
    _, rows = _pipeline(nlp, "The United Kingdom condemns the coup in Guinea-Bissau and Timor-Leste.",
                        published=DAY, meta=GB_META)
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == [("ACCUSE", ["GBR", "GNB", "TLS"])]


NEWS_META = {"source_url": "https://example.org/news/1"}
FRI = date(2008, 9, 12)
PERSON_RELATIVE_CASES = [
    # (text, (type, source, target, date_start) expected among the rows); published Friday
    # 2008-09-12, a story by no government: an act told in a relative clause on a person takes no
    # date from the sentences before it; "a day after" counts back from the main clause's day
    ("Venezuela on Thursday recalled its ambassador. Chavez praised Bolivian President Evo Morales, "
     "who expelled the U.S. ambassador.", ("SANCTION", ["BOL"], ["USA"], None)),
    ("Talks opened on Monday in Quito. Ecuador's delegation was led by President Rafael Correa, "
     "who expelled a U.S. diplomat.", ("SANCTION", ["ECU"], ["USA"], None)),
    ("The summit opened on Tuesday. Leaders praised Russian President Vladimir Putin, "
     "who invaded Georgia.", ("ASSAULT", ["RUS"], ["GEO"], None)),
    ("Guzman was summoned on Thursday and told of the decision a day after Bolivia expelled the U.S. envoy.",
     ("SANCTION", ["BOL"], ["USA"], date(2008, 9, 10))),
    ("The minister spoke on Thursday. He was told of the decision two days after Bolivia expelled the U.S. envoy.",
     ("SANCTION", ["BOL"], ["USA"], date(2008, 9, 9))),
]


@pytest.mark.parametrize("text,expected", PERSON_RELATIVE_CASES)
def test_an_act_told_of_a_person_takes_no_earlier_date(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=FRI, meta=NEWS_META)
    got = [(r["event_type"], r["source_iso3"], r["target_iso3"], r["date_start"]) for r in rows]
    assert expected in got, got


THE_COUNTRY_CASES = [
    # "the country" of an act whose place lies in a party is that party, not the country before
    ("Bolivia expelled the U.S. envoy. Venezuela's president ordered the U.S. ambassador in Caracas to leave "
     "the country.", ("SANCTION", ["USA", "VEN"])),
    ("Lithuania expelled the Polish consul. Belarus ordered the Polish consul in Minsk to leave the country.",
     ("SANCTION", ["BLR", "POL"])),
    ("Mali expelled the German envoy. Niger ordered the German envoy in Niamey to leave the country.",
     ("SANCTION", ["DEU", "NER"])),
    ("Sudan expelled the Egyptian ambassador. Ethiopia ordered the Egyptian diplomats in Addis Ababa to leave "
     "the country.", ("SANCTION", ["EGY", "ETH"])),
    ("Iran expelled the Turkish ambassador. Iraq ordered the Turkish ambassador in Baghdad to leave the country.",
     ("SANCTION", ["IRQ", "TUR"])),
]


@pytest.mark.parametrize("text,expected", THE_COUNTRY_CASES)
def test_the_country_of_an_act_placed_in_a_party(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=FRI, meta=NEWS_META)
    got = [(r["event_type"], r["actors_iso3"]) for r in rows]
    assert expected in got, got


GOV_UK = "https://www.gov.uk/government/news/pm-call"
INTERLOCUTOR_TITLE_CASES = [
    # (title, published, text, (type, actors) expected among the rows): a GOV.UK readout whose
    # title names the other leader by an office-holder's name; "the President", an office the
    # UK never had, is that leader's
    ("PM call with President Trump: 11 May 2018", date(2018, 5, 11),
     "The Prime Minister and the President condemned Iran's rocket attacks.", ("ACCUSE", ["GBR", "IRN", "USA"])),
    ("PM call with President Macron: 3 March 2019", date(2019, 3, 3),
     "The Prime Minister and the President agreed to deepen cooperation on migration.", ("AGREE", ["FRA", "GBR"])),
    ("PM call with President Zelenskyy: 9 March 2022", date(2022, 3, 9),
     "The Prime Minister and the President condemned Russia's attack on a hospital in Mariupol.",
     ("ACCUSE", ["GBR", "RUS", "UKR"])),
    ("PM call with President Erdogan: 1 June 2021", date(2021, 6, 1),
     "The Prime Minister and the President agreed to increase trade.", ("AGREE", ["GBR", "TUR"])),
    ("PM call with President Ramaphosa: 5 May 2020", date(2020, 5, 5),
     "The Prime Minister and the President condemned the attacks on the Libyan government.",
     ("ACCUSE", ["GBR", "LBY", "ZAF"])),
]


@pytest.mark.parametrize("title,published,text,expected", INTERLOCUTOR_TITLE_CASES)
def test_the_interlocutors_bare_title_in_a_readout(nlp, title, published, text, expected):
    _, rows = _pipeline(nlp, text, published=published, meta={"source_url": GOV_UK}, title=title)
    got = [(r["event_type"], r["actors_iso3"]) for r in rows]
    assert expected in got, got


def test_a_bare_title_of_no_named_interlocutor_stays_unknown(nlp):
    _, rows = _pipeline(nlp, "The Prime Minister and the President agreed to increase trade.",
                        published=date(2021, 6, 1), meta={"source_url": GOV_UK}, title="PM call: 1 June 2021")
    # the President is of no known country: an agreement with one known party is no row
    assert rows == [], rows


ACCUSED_ATTACKER_CASES = [
    # the accusation of an attack with its own doer accuses the doer only (the corpus's coding)
    ("The Prime Minister condemned Russia's invasion of Ukraine.", ["GBR", "RUS"]),
    ("The Prime Minister condemned the Iranian rocket attacks against Israeli forces.", ["GBR", "IRN"]),
    ("The Prime Minister condemned Iraq's occupation of Kuwait.", ["GBR", "IRQ"]),
    ("The Prime Minister condemned the Syrian bombing of Turkish villages.", ["GBR", "SYR"]),
    ("The Prime Minister condemned North Korea's shelling of the South Korean island.", ["GBR", "PRK"]),
]


@pytest.mark.parametrize("text,actors", ACCUSED_ATTACKER_CASES)
def test_an_accused_attack_with_its_doer_accuses_the_doer(nlp, text, actors):
    _, rows = _pipeline(nlp, text, published=DAY, meta=GB_META)
    assert ("ACCUSE", actors) in [(r["event_type"], r["actors_iso3"]) for r in rows], rows


def test_an_attack_with_no_doer_keeps_the_place_attacked(nlp):
    """"condemns today's terrorist attack in Tunis": where it happened is a party (the corpus)."""
    _, rows = _pipeline(nlp, "The Prime Minister condemned the terrorist attack in Tunis.", published=DAY,
                        meta=GB_META)
    assert ("ACCUSE", ["GBR", "TUN"]) in [(r["event_type"], r["actors_iso3"]) for r in rows], rows


LOOKED_FORWARD_CASES = [
    # (text, (type, status, date_start, date_end)) in a GOV.UK story of Friday 11 May 2018 ("today": news): a later
    # date after the object of a past verb of looking ahead dates the object
    ("Today the Prime Minister looked forward to President Trump's visit to the UK in July.",
     ("CONSULT", "planned", date(2018, 7, 1), date(2018, 7, 31))),
    ("Today the Prime Minister and President Macron looked forward to President Macron's visit to London in June.",
     ("CONSULT", "planned", date(2018, 6, 1), date(2018, 6, 30))),
    ("Today Chancellor Merkel looked forward to the Prime Minister's visit to Berlin next week.",
     ("CONSULT", "planned", date(2018, 5, 14), date(2018, 5, 20))),
    ("Today the Prime Minister awaited President Moon's visit to London in September.",
     ("CONSULT", "planned", date(2018, 9, 1), date(2018, 9, 30))),
    ("Today Prime Minister Abe looked forward to the Prime Minister's visit to Tokyo in August.",
     ("CONSULT", "planned", date(2018, 8, 1), date(2018, 8, 31))),
]


@pytest.mark.parametrize("text,expected", LOOKED_FORWARD_CASES)
def test_a_later_date_after_looking_forward_dates_the_visit(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2018, 5, 11), meta=GB_META)
    got = [(r["event_type"], r["status"], r["date_start"], r["date_end"]) for r in rows]
    assert expected in got, got


REASON_GERUND_CASES = [
    # (text, (type, actors)) in a GOV.UK story: what one is thanked for happened at no time given
    ("The President thanked the Prime Minister for recognising the State of Palestine.", ("AGREE", ["GBR", "PSE"])),
    ("The Prime Minister thanked President Ruto for hosting the talks with Somalia.", ("CONSULT", ["KEN", "SOM"])),
    ("The Prime Minister thanked Canada for expelling Russian diplomats.", ("SANCTION", ["CAN", "RUS"])),
    ("The Prime Minister thanked Germany for recognising Kosovo.", ("AGREE", ["DEU", "XKX"])),
    ("The Prime Minister thanked Japan for imposing sanctions on Russia.", ("SANCTION", ["JPN", "RUS"])),
]


@pytest.mark.parametrize("text,expected", REASON_GERUND_CASES)
def test_what_one_is_thanked_for_takes_no_date_of_the_thanks(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta=GB_META)
    got = {(r["event_type"], tuple(r["actors_iso3"])): r["date_start"] for r in rows}
    key = (expected[0], tuple(expected[1]))
    assert key in got and got[key] is None, rows


JOINT_INTENT_CASES = [
    # (text, rows expected as (type, actors)): confirming with another party that both will work
    # together is an agreement; confirming a fact, or one party alone, is not
    ("Japan and Germany confirmed that they will continue to cooperate in the fight against the pandemic.",
     [("AGREE", ["DEU", "JPN"])]),
    ("The Japanese and Pakistani foreign ministers confirmed that the two Ministers will continue to promote "
     "bilateral cooperation.", [("AGREE", ["JPN", "PAK"])]),
    ("Kenya and Uganda reaffirmed that they would work together on regional security.", [("AGREE", ["KEN", "UGA"])]),
    ("Chile and Peru confirmed that they will strengthen trade ties.", [("AGREE", ["CHL", "PER"])]),
    ("The Indian and Australian ministers confirmed that they would collaborate on critical minerals.",
     [("AGREE", ["AUS", "IND"])]),
    ("Japan and Portugal shared the view that they would cooperate on nuclear disarmament.",
     [("AGREE", ["JPN", "PRT"])]),
    ("The Kenyan and Somali ministers shared the view that they would work together against al-Shabaab.",
     [("AGREE", ["KEN", "SOM"])]),
    ("Japan and Germany shared the view that the pandemic had slowed trade.", []),
    ("Japan and Germany confirmed that the pandemic had slowed trade.", []),
    ("Japan confirmed that it will continue to cooperate with the United Nations.", []),
]


@pytest.mark.parametrize("text,expected", JOINT_INTENT_CASES)
def test_confirming_that_both_will_work_together_is_an_agreement(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta=NEWS_META)
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == expected, rows


TRIP_DATE_CASES = [
    # (published, text, (type, actors, status, date_start)): a trip dated by its for-phrase's
    # visit, by "the morning of" a day; a title-case dateline's city is no party
    (date(2016, 5, 18), "HANOI, May 18 (VNA) -- President Obama is expected to arrive in Vietnam for an official "
     "visit on May 23.", ("CONSULT", ["USA", "VNM"], "planned", date(2016, 5, 23))),
    (date(2016, 5, 18), "HANOI, May 18 (VNA) -- President Obama is expected to arrive in Vietnam on the morning "
     "of May 23.", ("CONSULT", ["USA", "VNM"], "planned", date(2016, 5, 23))),
    (date(2019, 3, 4), "TOKYO, March 4 (Kyodo) -- Prime Minister Abe will travel to India for talks on March 9.",
     ("CONSULT", ["IND", "JPN"], "planned", date(2019, 3, 9))),
    (date(2019, 3, 4), "TOKYO, March 4 (Kyodo) -- Prime Minister Abe will fly to Canberra on the evening of "
     "March 9.", ("CONSULT", ["AUS", "JPN"], "planned", date(2019, 3, 9))),
    (date(2025, 10, 24), "New Delhi, Oct. 24 -- US President Donald Trump will meet Chinese President Xi Jinping "
     "next week.", ("CONSULT", ["CHN", "USA"], "planned", date(2025, 10, 27))),
]


@pytest.mark.parametrize("published,text,expected", TRIP_DATE_CASES)
def test_a_trip_dated_by_its_purpose_or_its_part_of_day(nlp, published, text, expected):
    _, rows = _pipeline(nlp, text, published=published, meta=NEWS_META)
    got = [(r["event_type"], r["actors_iso3"], r["status"], r["date_start"]) for r in rows]
    assert expected in got, got


STATE = {"source_url": "https://www.state.gov/readout"}
TOPIC_VERB_CASES = [
    # (text, actors of the one row expected): what a call discusses is no party, also in its
    # purpose ("to discuss Russia's attack") or where the parser hangs "to" on "discussed"
    ("Secretary Blinken spoke yesterday with French Foreign Minister Catherine Colonna to discuss Russia's attack on "
     "Ukraine.", ["FRA", "USA"]),
    ("Secretary Blinken spoke yesterday with Polish Foreign Minister Zbigniew Rau to discuss Iran's nuclear program.",
     ["POL", "USA"]),
    ("Secretary Blinken met yesterday with Indian External Affairs Minister Jaishankar to discuss China's actions "
     "in the South China Sea.", ["IND", "USA"]),
    ("Secretary Blinken spoke yesterday with French Foreign Minister Catherine Colonna. They discussed ongoing "
     "support to the people and government of Ukraine.", ["FRA", "USA"]),
    ("Secretary Blinken spoke yesterday with Turkish Foreign Minister Hakan Fidan. They discussed assistance to "
     "the people of Syria.", ["TUR", "USA"]),
]


@pytest.mark.parametrize("text,actors", TOPIC_VERB_CASES)
def test_what_a_call_discusses_is_no_party(nlp, text, actors):
    _, rows = _pipeline(nlp, text, published=date(2023, 2, 10), meta=STATE)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT"] == [actors], rows


VERDICT_CASES = [
    # (meta, text, rows expected as (type, actors)): what a speaker says is unacceptable is an
    # accusation against whoever did it, not an agreement of the speakers
    (GB_META, "The Prime Minister and President Lula agreed that Russia's invasion of Ukraine was unacceptable.",
     [("ACCUSE", ["BRA", "GBR", "RUS"])]),
    ({"source_url": "https://www.mofa.go.jp/press/release/x.html"},
     "Japan emphasizes that the Myanmar military's seizure of power is not acceptable.", [("ACCUSE", ["JPN", "MMR"])]),
    (NEWS_META, "Canada said that China's detention of two Canadians was unjustifiable.",
     [("ACCUSE", ["CAN", "CHN"])]),
    (NEWS_META, "Germany stressed that Iran's attack on Israel was deplorable.", [("ACCUSE", ["DEU", "IRN"])]),
    (NEWS_META, "Kenya and Ethiopia agreed that the Sudanese army's bombing of Khartoum was not justified.",
     [("ACCUSE", ["ETH", "KEN", "SDN"])]),
    (NEWS_META, "Kenya and Ethiopia agreed that the new border deal was acceptable.", [("AGREE", ["ETH", "KEN"])]),
]


@pytest.mark.parametrize("meta,text,expected", VERDICT_CASES)
def test_an_act_called_unacceptable_is_an_accusation(nlp, meta, text, expected):
    _, rows = _pipeline(nlp, text, published=DAY, meta=meta)
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == expected, rows


MESSAGE_OF_CASES = [
    # (text, (type, actors, date_start)): a message, letter or note of an act, delivered or
    # sent, is that act (its of-phrase names it: ``light_nouns``)
    ("On March 17, Foreign Minister Hayashi delivered the following message of condolences to the Foreign "
     "Minister of Malawi.", ("SUPPORT", ["JPN", "MWI"], date(2023, 3, 17))),
    ("On March 17, the Foreign Minister of Japan sent a letter of congratulations to the President of Kenya.",
     ("SUPPORT", ["JPN", "KEN"], date(2023, 3, 17))),
    ("On March 17, China delivered a note of protest to the Embassy of Japan.", ("PROTEST", ["CHN", "JPN"],
                                                                                  date(2023, 3, 17))),
    ("On March 17, Prime Minister Albanese sent a message of condolences to the Prime Minister of Nepal.",
     ("SUPPORT", ["AUS", "NPL"], date(2023, 3, 17))),
    ("On March 17, President Ruto sent a message of congratulations to President Tinubu of Nigeria.",
     ("SUPPORT", ["KEN", "NGA"], date(2023, 3, 17))),
]


@pytest.mark.parametrize("text,expected", MESSAGE_OF_CASES)
def test_a_message_of_an_act_is_the_act(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 3, 20), meta=NEWS_META)
    got = [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows]
    assert expected in got, got


STATE_PAGE = {"source_url": "https://www.state.gov/u-s-relations-with-laos/"}
HISTORY_PAGE_CASES = [
    # (text, rows expected as (type, actors, date_start)) on a relations page, read by hand
    # 'the first since': a since-date after a noun marked first dates nothing
    ("In July 2012, Secretary of State Hillary Clinton visited the Lao PDR, marking the first visit by a "
     "Secretary of State since 1955.", [("CONSULT", ["LAO", "USA"], date(2012, 7, 1))]),
    ("In May 2016, Secretary Kerry visited Vietnam, the first visit by a Secretary since 2010.",
     [("CONSULT", ["USA", "VNM"], date(2016, 5, 1))]),
    # 'the first to', the infinitive the parser makes a complement: it happened
    ("President Obama became the first U.S. President to visit Laos in September 2016.",
     [("CONSULT", ["LAO", "USA"], date(2016, 9, 1))]),
    ("In 1957, Japanese Prime Minister Kishi became the first Japanese Prime Minister to visit Australia.",
     [("CONSULT", ["AUS", "JPN"], date(1957, 1, 1))]),
    # an accord announced by two parties is their agreement
    ("In September 2016, President Obama and Lao President Bounnhang Vorachit announced a Comprehensive "
     "Partnership.", [("AGREE", ["LAO", "USA"], date(2016, 9, 1))]),
    ("In 2015, Japan and India announced a new framework for defence cooperation.",
     [("AGREE", ["IND", "JPN"], date(2015, 1, 1))]),
    ("In 2016, the White House announced a new agreement.", []),
    # 'many acts': habitual visits are no event
    ("Since then, leaders of Laos and the United States have had regular interactions and visits.", []),
    ("Since 1992, Lao and U.S. officials have held frequent consultations.", []),
]


@pytest.mark.parametrize("text,expected", HISTORY_PAGE_CASES)
def test_rows_of_a_relations_page(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2020, 1, 1), meta=STATE_PAGE)
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == expected, rows


def _history_meta(country: str) -> tuple[dict, str]:
    title = ("A Guide to the United States' History of Recognition, Diplomatic, and Consular Relations, by Country, "
             f"since 1776: {country}")
    return {"source_url": f"https://history.state.gov/countries/{country.lower()}"}, title


PAIR_ONLY_CASES = [
    # (page country, text, actors of the one row): a bilateral act with both frame countries has
    # no third party (the envoy's other post, the city where it happened)
    ("Luxembourg", "On July 17, 1903, U.S. Ambassador to the Netherlands Stanford Newel presented his credentials "
     "as Envoy Extraordinary and Minister Plenipotentiary to Luxembourg.", ["LUX", "USA"]),
    ("Luxembourg", "U.S. Ambassador Anthony J. Drexel Biddle Jr. presented his credentials to the Government of "
     "Luxembourg in London on November 12, 1943.", ["LUX", "USA"]),
    ("Liechtenstein", "On May 12, 1998, U.S. Ambassador to Switzerland Madeleine Kunin presented her credentials "
     "to Liechtenstein.", ["LIE", "USA"]),
    ("Nauru", "On June 2, 1976, U.S. Ambassador to Australia James Hargrove presented his credentials to the "
     "President of Nauru.", ["NRU", "USA"]),
    ("Andorra", "On March 3, 1998, U.S. Ambassador to Spain Edward Romero presented his credentials to the "
     "Co-Princes of Andorra in Madrid.", ["AND", "USA"]),
]


@pytest.mark.parametrize("country,text,actors", PAIR_ONLY_CASES)
def test_a_bilateral_act_stays_within_the_pair(nlp, country, text, actors):
    meta, title = _history_meta(country)
    _, rows = _pipeline(nlp, text, published=None, meta=meta, title=title)
    assert [r["actors_iso3"] for r in rows] == [actors], rows


OWNED_ACT_CASES = [
    # (text, published, rows (type, actors, source, date_start)): the infinitive of an act noun a
    # country owns ("Russia's action to expel", "Japan's decision to extend") is that country's act,
    # done; a plan is no act
    ("Russia's action today to expel American diplomats marks a further deterioration in relations.",
     date(2018, 3, 29), [("SANCTION", ["RUS", "USA"], ["RUS"], date(2018, 3, 29))]),
    ("Japan's decision on Monday to extend emergency aid to Turkey was welcomed.", date(2023, 2, 8),
     [("AID", ["JPN", "TUR"], ["JPN"], date(2023, 2, 6))]),
    ("China's move on Friday to impose sanctions on Lithuania drew criticism.", date(2021, 8, 16),
     [("SANCTION", ["CHN", "LTU"], ["CHN"], date(2021, 8, 13))]),
    ("Kenya's decision on Tuesday to expel the Somali ambassador surprised observers.", date(2019, 2, 20),
     [("SANCTION", ["KEN", "SOM"], ["KEN"], date(2019, 2, 19))]),
    ("China's plan to impose sanctions on Lithuania drew criticism.", date(2021, 8, 16), []),
]


@pytest.mark.parametrize("text,published,expected", OWNED_ACT_CASES)
def test_the_act_of_an_owned_act_noun(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text + "\n", published, meta={"source_url": "https://www.voanews.com/a/x.html"},
                        title="News")
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["date_start"]) for r in rows] == expected


STANDING_POLICY_CASES = [
    # (statement, SUPPORT rows (actors, date_start)): present-tense support of someone's act or
    # stance is the statement's own; a policy's support, or support of a country itself, is policy
    ("Japan supports the determination of the United States and relevant countries to ensure free navigation.",
     [(["JPN", "USA"], date(2024, 2, 4))]),
    ("The United Kingdom supports the decision of Kenya to lead the mission.", [(["GBR", "KEN"], date(2024, 2, 4))]),
    ("Australia supports Fiji's efforts to strengthen its democracy.", [(["AUS", "FJI"], date(2024, 2, 4))]),
    ("The United States supports a strong, independent, and prosperous Vietnam.", []),
    ("U.S. policy toward Colombia supports the government's efforts to strengthen its institutions.", []),
]


@pytest.mark.parametrize("text,expected", STANDING_POLICY_CASES)
def test_a_statement_of_support_and_a_standing_policy(nlp, text, expected):
    _, rows = _pipeline(nlp, "Statement by the Press Secretary\nFebruary 4, 2024\n" + text + "\n", date(2024, 2, 4),
                        meta={"source_url": "https://www.mofa.go.jp/press/release/x.html"})
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "SUPPORT"] == expected


QUOTED_NAME_CASES = [
    # (title, readout, AGREE rows (actors, date_start)): a date inside a quoted name is the name's (the
    # period a programme covers), never the signing's; a programme signed is an agreement
    ("Japan-Tajikistan Relations",
     "On June 26, Foreign Minister Kishida held a meeting with Foreign Minister Aslov of Tajikistan. As an "
     "outcome of the meeting, the “Cooperation Program between Japan and Tajikistan for 2014-2016” was signed.",
     date(2014, 6, 26), [(["JPN", "TJK"], date(2014, 6, 26))]),
    ("Japan-Mongolia Relations",
     "On May 5, Foreign Minister Kishida held a meeting with Foreign Minister Purevsuren of Mongolia. After the "
     "meeting, the “Memorandum on Cooperation for 2017-2019” was signed.", date(2017, 5, 8),
     [(["JPN", "MNG"], date(2017, 5, 5))]),
    ("Japan-Mongolia Relations", "Japan and Mongolia signed the “Medium-term Programme for 2017-2021” on May 5.",
     date(2017, 5, 8), [(["JPN", "MNG"], date(2017, 5, 5))]),
    ("Japan-Tajikistan Relations", "Japan and Tajikistan signed a cooperation program on June 26.", date(2014, 6, 27),
     [(["JPN", "TJK"], date(2014, 6, 26))]),
    ("Japan-Tajikistan Relations", "In 2015 the two countries signed three agreements.", date(2016, 1, 5),
     [(["JPN", "TJK"], date(2015, 1, 1))]),
]


@pytest.mark.parametrize("title,text,published,expected", QUOTED_NAME_CASES)
def test_a_date_inside_a_quoted_name_is_the_names(nlp, title, text, published, expected):
    _, rows = _pipeline(nlp, title + "\n" + text + "\n", published,
                        meta={"source_url": "https://www.mofa.go.jp/press/release/x.html"})
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "AGREE"] == expected


@pytest.mark.parametrize("text,word,expected", [
    ("the “Cooperation Program between Japan and Tajikistan for 2014-2016” was signed", "2014", True),
    ("the “Medium-term Programme for 2017-2021” was adopted", "2017", True),
    ("under the “Vision 2030” plan", "2030", True),
    ("“Both countries take seriously the threats. That’s why we will today agree to build on it.”", "today", False),
    ("He said “we met on Monday” in Paris", "Monday", False),
    ("the 2030 Agenda for Sustainable Development", "2030", False),
])
def test_a_quoted_name(text, word, expected):
    from pipeline.events.attachment import in_quoted_name

    assert in_quoted_name(text, text.index(word)) is expected


FOUNDING_DATE_CASES = [
    # (page title, text, AGREE rows (actors, date_start)): relations agreed on are established on
    # the day the infinitive gives ("agreed to establish diplomatic relations on August 12, 1980")
    ("Kiribati", "The United States recognized Kiribati on September 20, 1979. The United States and Kiribati "
     "agreed to establish diplomatic relations on August 12, 1980.",
     [(["KIR", "USA"], date(1979, 9, 20)), (["KIR", "USA"], date(1980, 8, 12))]),
    ("Japan-Mongolia Relations", "Japan and Mongolia decided to establish diplomatic relations on February 24, 1972.",
     [(["JPN", "MNG"], date(1972, 2, 24))]),
    ("Japan-Namibia Relations", "The two countries agreed to establish diplomatic ties on May 4, 1990.",
     [(["JPN", "NAM"], date(1990, 5, 4))]),
    ("Tuvalu", "The United States and Tuvalu agreed to establish diplomatic relations on September 21, 1979.",
     [(["TUV", "USA"], date(1979, 9, 21))]),
    ("Nauru", "Nauru and the United States agreed to establish diplomatic relations on October 21, 1976.",
     [(["NRU", "USA"], date(1976, 10, 21))]),
]


@pytest.mark.parametrize("title,text,expected", FOUNDING_DATE_CASES)
def test_relations_agreed_on_the_day_they_begin(nlp, title, text, expected):
    _, rows = _pipeline(nlp, title + "\n" + text + "\n", meta={"source_url": "https://history.state.gov/countries/x"})
    assert sorted((r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "AGREE") == expected


STANDING_STANCE_CASES = [
    # (page title, text, stance rows (type, date_start)): a stance dated by years is a policy held; by
    # a year or less, an act
    ("Chile", "The U.S. Government supported the rebirth of democratic practices in Chile in the late 1980s and "
     "early 1990s.", []),
    ("Finland", "Between 1948 and 1991 the United States supported Finnish neutrality.", []),
    ("Cuba", "From 1962 to 1975 the United States condemned Cuba's support for insurgents.", []),
    ("Chile", "In March 1990 the United States praised Chile's return to democracy.", [("SUPPORT", date(1990, 3, 1))]),
    ("Cuba", "In October 1962 the United States condemned the deployment of Soviet missiles in Cuba.",
     [("ACCUSE", date(1962, 10, 1))]),
]


@pytest.mark.parametrize("title,text,expected", STANDING_STANCE_CASES)
def test_a_stance_held_for_years_is_a_policy(nlp, title, text, expected):
    _, rows = _pipeline(nlp, title + "\n" + text + "\n", meta={"source_url": "https://history.state.gov/countries/x"})
    assert [(r["event_type"], r["date_start"]) for r in rows if r["event_type"] in ("SUPPORT", "ACCUSE")] == expected


PERFECT_OBJECT_DATE_CASES = [
    # (text, published, ACCUSE date_starts): a past verb takes the date written into its object; a
    # perfect's time is open, whatever its object's date
    ("African Union suspends Mauritania\nThe African Union suspended Mauritania on Saturday. The United States, "
     "European Union and Arab League have all condemned Wednesday's coup.", date(2008, 8, 9), [None]),
    ("Turkey\nLeaders met in Ankara on Monday. Japan has condemned the July 15 coup attempt in Turkey.",
     date(2016, 7, 20), [None]),
    ("Niger\nECOWAS leaders met in Abuja on Sunday. France has strongly condemned Wednesday's coup in Niger.",
     date(2023, 7, 30), [None]),
    ("Turkey\nThe United States condemned the July 15, 2016, coup attempt in Turkey.", None, [date(2016, 7, 15)]),
]


@pytest.mark.parametrize("text,published,expected", PERFECT_OBJECT_DATE_CASES)
def test_a_perfects_object_date_is_not_its_own(nlp, text, published, expected):
    _, rows = _pipeline(nlp, text + "\n", published, meta={"source_url": "https://www.voanews.com/a/x.html"})
    assert [r["date_start"] for r in rows if r["event_type"] == "ACCUSE"] == expected
