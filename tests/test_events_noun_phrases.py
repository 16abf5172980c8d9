"""Event nouns whose arguments the parser hangs elsewhere: tables of cases written by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

SET_OFF_DATE_CASES = [
    # (text, (type, actors, source, target, date_start) expected among the rows)
    ("The United States condemned Iraq's August 2, 1990, invasion of Kuwait.",
     ("ASSAULT", ["IRQ", "KWT"], ["IRQ"], ["KWT"], date(1990, 8, 2))),
    ("Following Germany's September 1, 1939, invasion of Poland, the legation closed.",
     ("ASSAULT", ["DEU", "POL"], ["DEU"], ["POL"], date(1939, 9, 1))),
    ("Relations suffered after Vietnam's December 25, 1978, invasion of Cambodia.",
     ("ASSAULT", ["KHM", "VNM"], ["VNM"], ["KHM"], date(1978, 12, 25))),
    ("The embassy was evacuated after Indonesia's December 7, 1975, invasion of East Timor.",
     ("ASSAULT", ["IDN", "TLS"], ["IDN"], ["TLS"], date(1975, 12, 7))),
    ("Washington recalled Iraq's September 22, 1980, invasion of Iran.",
     ("ASSAULT", ["IRN", "IRQ"], ["IRQ"], ["IRN"], date(1980, 9, 22))),
]


@pytest.mark.parametrize("text,expected", SET_OFF_DATE_CASES)
def test_a_date_set_off_before_its_noun_dates_it_and_keeps_its_owner(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2015, 3, 31))
    got = [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"], r["date_start"]) for r in rows]
    assert expected in got, got


def test_a_date_after_a_preposition_is_not_set_off(nlp):
    _, rows = _pipeline(nlp, "On August 2, 1990, Iraq invaded Kuwait.", published=date(2015, 3, 31))
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == \
        [("ASSAULT", ["IRQ", "KWT"], date(1990, 8, 2))]


COORDINATED_PLACE_CASES = [
    # (text, actors expected of the one ASSAULT row; "the other X States of A and B" are objects too)
    ("The Soviet invasion and annexation of Latvia and the other Baltic States of Estonia and Lithuania in 1940 "
     "forced the closure of the American legation.", ["EST", "LTU", "LVA", "RUS"]),
    ("The Soviet annexation of Latvia and the other Baltic States of Estonia and Lithuania in 1940 forced the "
     "closure of the American legation.", ["EST", "LTU", "LVA", "RUS"]),
    ("The Soviet invasion and annexation of Estonia and the other Baltic States of Latvia and Lithuania in 1940 "
     "forced the closure of the American legation.", ["EST", "LTU", "LVA", "RUS"]),
    ("The German invasion and occupation of Belgium and the Low Countries of the Netherlands and Luxembourg in "
     "1940 forced the closure of the American legation.", ["BEL", "DEU", "LUX", "NLD"]),
    ("The Italian invasion and annexation of Albania and the other Balkan States of Greece and Bulgaria in 1941 "
     "forced the closure of the American legation.", ["ALB", "BGR", "GRC", "ITA"]),
]


@pytest.mark.parametrize("text,actors", COORDINATED_PLACE_CASES)
def test_places_coordinated_with_an_event_noun_are_its_objects(nlp, text, actors):
    _, rows = _pipeline(nlp, text)
    assert [(r["event_type"], r["actors_iso3"]) for r in rows if r["event_type"] == "ASSAULT"] == [("ASSAULT", actors)]


LEXICON_ROW_CASES = [
    # rows added from PLOVER's definitions (data/event_triggers.json): (text, (type, actors, date_start))
    ("Rebels ambushed a Malian army convoy near Gao on March 3, 2015.", ("ASSAULT", ["MLI"], date(2015, 3, 3))),
    ("Police stormed the French embassy in Tripoli on May 4, 2013.", ("ASSAULT", ["FRA", "LBY"], date(2013, 5, 4))),
    ("Turkey confiscated Greek fishing boats on June 2, 2019.", ("COERCE", ["GRC", "TUR"], date(2019, 6, 2))),
    ("The Russian bombing of Aleppo on October 1, 2016 killed dozens.", ("ASSAULT", ["RUS", "SYR"], date(2016, 10, 1))),
    ("The release of the Japanese hostages by Iraq on April 15, 2004 ended the crisis.",
     ("RETREAT", ["IRQ", "JPN"], date(2004, 4, 15))),
    ("The deployment of U.S. troops to Poland on February 8, 2022 reassured allies.",
     ("MOBILIZE", ["POL", "USA"], date(2022, 2, 8))),
]


@pytest.mark.parametrize("text,expected", LEXICON_ROW_CASES)
def test_rows_added_from_the_codebook(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == [expected]


TROOP_NOUN_CASES = [
    # (text, (type, actors, source, target)): where troops go or leave, told by a noun
    ("Ethiopia announced the withdrawal of its troops from Somalia on January 23, 2007.",
     ("RETREAT", ["ETH", "SOM"], ["ETH"], ["SOM"])),
    ("Ethiopia completed the pullout of its troops from Somalia on January 23, 2007.",
     ("RETREAT", ["ETH", "SOM"], ["ETH"], ["SOM"])),
    ("Russia began the withdrawal of its forces from Georgia on August 18, 2008.",
     ("RETREAT", ["GEO", "RUS"], ["RUS"], ["GEO"])),
    ("Israel announced the withdrawal of its soldiers from Lebanon on May 24, 2000.",
     ("RETREAT", ["ISR", "LBN"], ["ISR"], ["LBN"])),
    ("Vietnam completed the withdrawal of its troops from Cambodia on September 26, 1989.",
     ("RETREAT", ["KHM", "VNM"], ["VNM"], ["KHM"])),
]


@pytest.mark.parametrize("text,expected", TROOP_NOUN_CASES)
def test_where_troops_go_or_leave_told_by_a_noun(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows] == [expected]


SURFACE_NOUN_PARTNER_CASES = [
    # (text, actors of the one CONSULT row): "with X" after a meeting noun that the parser hung elsewhere
    ("The Foreign Secretary James Cleverly held his first trilateral meeting in his role with Ukrainian Foreign "
     "Minister Dmytro Kuleba and Polish Foreign Minister Zbigniew Rau at the UN’s General Assembly in New York on "
     "Wednesday, September 21, 2022.", ["GBR", "POL", "UKR"]),
    ("Foreign Minister Wang Yi held his first meeting in his new role with Secretary Antony Blinken of the United "
     "States on July 14, 2023.", ["CHN", "USA"]),
    ("Prime Minister Rishi Sunak held a bilateral meeting in his capacity with Prime Minister Giorgia Meloni of "
     "Italy on April 27, 2023.", ["GBR", "ITA"]),
    # the parser's own attachment is read as before
    ("Chancellor Olaf Scholz held talks at the Chancellery with President Emmanuel Macron of France on May 3, "
     "2023.", ["DEU", "FRA"]),
    ("President William Ruto held a meeting at State House with Prime Minister Fumio Kishida of Japan on May 3, "
     "2023.", ["JPN", "KEN"]),
]


@pytest.mark.parametrize("text,actors", SURFACE_NOUN_PARTNER_CASES)
def test_the_with_partner_of_a_meeting_noun(nlp, text, actors):
    _, rows = _pipeline(nlp, text, published=date(2023, 7, 20))
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT"] == [actors]


RECOGNITION_CASES = [
    # (text, rows expected as (type, actors, date_start)): what is recognised is a state, a government
    # or its independence; a date hung on the as-phrase dates the recognition
    ("The United States recognized Belarus's independence on December 25, 1991.",
     [("AGREE", ["BLR", "USA"], date(1991, 12, 25))]),
    ("The United States recognized the Government of Chile on May 3, 1823.", [("AGREE", ["CHL", "USA"], date(1823, 5, 3))]),
    ("The United States recognized Slovenia as an independent state on April 7, 1992.",
     [("AGREE", ["SVN", "USA"], date(1992, 4, 7))]),
    ("The United States recognized Croatia as a sovereign state on April 7, 1992.",
     [("AGREE", ["HRV", "USA"], date(1992, 4, 7))]),
    ("Mr Cleverly recognised Poland’s huge contribution to the refugees on May 3, 2022.", []),
    ("In 1929 the United Kingdom recognized South Africa’s autonomy within the British Empire.", []),
]


@pytest.mark.parametrize("text,expected", RECOGNITION_CASES)
def test_what_a_recognition_recognises(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == expected


STORY = {"source_url": "https://www.vietnamnews.vn/x"}
SIGNED_ACCORD_CASES = [
    # (text, (type, actors, date_start)): a participle "signed in ..." that the parser hung on a noun
    # inside the accord's phrases still signs the accord (the story's two countries are its parties)
    ("Viet Nam will implement the bilateral agreement on agriculture signed in 2003.",
     ("AGREE", ["SDN", "VNM"], date(2003, 1, 1))),
    ("Viet Nam will implement the agreement of cooperation in culture, science and technology signed in 1995.",
     ("AGREE", ["SDN", "VNM"], date(1995, 1, 1))),
    ("Viet Nam praised the treaty on trade and investment signed in 2011.", ("AGREE", ["SDN", "VNM"], date(2011, 1, 1))),
    ("Viet Nam welcomed the memorandum on education and health signed in 2019.",
     ("AGREE", ["SDN", "VNM"], date(2019, 1, 1))),
    ("Viet Nam recalled the protocol on fisheries signed in 2008.", ("AGREE", ["SDN", "VNM"], date(2008, 1, 1))),
]


@pytest.mark.parametrize("text,expected", SIGNED_ACCORD_CASES)
def test_an_accord_signed_told_by_a_low_participle(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 10), meta=STORY,
                        title="Viet Nam, Sudan agree to boost bilateral ties")
    assert expected in [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows], rows


RECEIVED_THING_CASES = [
    # (text, actors of the CONSULT rows): receiving a thing is no visit; receiving a visitor is
    ("Japan received a letter from President Joe Biden of the United States on May 3, 2023.", []),
    ("Ukraine received support from Poland on May 3, 2023.", []),
    ("Prime Minister Narendra Modi received a message from President Vladimir Putin of Russia on May 3, 2023.", []),
    ("Prime Minister Fumio Kishida received President William Ruto of Kenya on May 3, 2023.", [["JPN", "KEN"]]),
    ("President Yoon Suk Yeol received a courtesy call from Foreign Minister Yoshimasa Hayashi of Japan on May 3, "
     "2023.", [["JPN", "KOR"]]),
]


@pytest.mark.parametrize("text,expected", RECEIVED_THING_CASES)
def test_a_thing_received_is_no_visit(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 5, 10))
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT"] == expected


@pytest.mark.parametrize("url,host", [
    ("https://ni.usembassy.gov/our-relationship/policy-history/", "NIC"),
    ("https://jp.usembassy.gov/statement/", "JPN"),
    ("https://www.state.gov/u-s-relations-with-nicaragua/", None),
    ("https://usembassy.gov/", None),
    ("https://xq.usembassy.gov/x", None),  # no such country code
])
def test_an_embassys_host_country_from_its_address(url, host):
    from pipeline.events.frame import embassy_host

    assert embassy_host(url) == host


@pytest.mark.parametrize("url,publisher,host", [
    # a web archive's copy speaks for the page it keeps
    ("https://webarchive.library.unt.edu/web/20121210043518/http://history.state.gov/countries/moldova", "USA", None),
    ("https://web.archive.org/web/20200101000000/https://www.mofa.go.jp/press/release/x.html", "JPN", None),
    ("https://web.archive.org/web/2019/https://ni.usembassy.gov/our-relationship/", "USA", "NIC"),
    ("https://web.archive.org/web/20090717061715/http://www.voanews.com/english/2009-06-28-voa22.cfm", None, None),
    ("https://www.gov.uk/government/news/x", "GBR", None),
    ("https://example.org/redirect?to=http://www.gov.uk/x", None, None),  # a query names no kept page
])
def test_an_archived_page_speaks_for_its_original(url, publisher, host):
    from pipeline.events.frame import embassy_host, publisher_country

    assert (publisher_country(url), embassy_host(url)) == (publisher, host)


EMBASSY = {"source_url": "https://ni.usembassy.gov/our-relationship/policy-history/current-issues/"}
EMBASSY_PAGE_CASES = [
    # (text, rows expected as (type, actors, date_start)) on an embassy's history page whose title names no country
    ("The Legation at Managua was raised to an Embassy on March 27, 1943.", [("AGREE", ["NIC", "USA"], date(1943, 3, 27))]),
    ("George P. Shaw, U.S. Ambassador Extraordinary and Plenipotentiary, presented his credentials on September 1, "
     "1948.", [("AGREE", ["NIC", "USA"], date(1948, 9, 1))]),
]


@pytest.mark.parametrize("text,expected", EMBASSY_PAGE_CASES)
def test_an_embassys_history_page_is_about_its_host(nlp, text, expected):
    _, rows = _pipeline(nlp, text, meta=EMBASSY, title="History of Diplomatic Relations (1911 – present)")
    assert [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows] == expected


def test_host_subdomains_are_validated(tmp_path):
    import json

    from pipeline.events.frame import FrameDataError, host_domains

    bad = tmp_path / "publishers.json"
    bad.write_text(json.dumps({"publishers": {}, "host_subdomains": ["USEMBASSY.GOV"]}), encoding="utf-8")
    with pytest.raises(FrameDataError, match="host_subdomains"):
        host_domains(bad)


ABSOLUTE_WITH_CASES = [
    # (text, CONSULT actors): "with X doing Y" after a past main clause tells a fact; "their
    # ministers" are the ministers of the group "their" stands for
    ("Beijing and Hanoi agreed to seek solutions through dialogue, with their defense ministers concluding "
     "talks on March 30, 2016.", ["CHN", "VNM"]),
    ("India and Nepal pledged to expand trade, with their foreign ministers holding talks on May 2, 2018.",
     ["IND", "NPL"]),
    ("Chile and Peru decided to study the proposal, with their leaders holding a summit on June 5, 2019.",
     ["CHL", "PER"]),
    ("Ghana and Togo signed a border accord, with their presidents concluding talks on July 1, 2020.",
     ["GHA", "TGO"]),
    ("Kenya and Uganda vowed to fight smuggling, with their trade ministers wrapping up talks on August 9, 2017.",
     ["KEN", "UGA"]),
]


@pytest.mark.parametrize("text,actors", ABSOLUTE_WITH_CASES)
def test_an_absolute_with_clause_tells_a_fact_of_its_group(nlp, text, actors):
    _, rows = _pipeline(nlp, text)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "CONSULT"] == [actors]


WRAPPED_UP_CASES = [
    # (text, date_start of the one CONSULT row): "wrap up" makes talks happen, like "conclude"
    ("China and Vietnam wrapped up their latest talks on their borders on January 14, 2019.", date(2019, 1, 14)),
    ("Serbia and Kosovo wrapped up talks in Brussels on April 19, 2013.", date(2013, 4, 19)),
    ("On June 3, 2015, Cuba and the United States wrapped up a round of talks in Havana.", date(2015, 6, 3)),
    ("Sudan and South Sudan wrapped up negotiations in Addis Ababa on September 27, 2012.", date(2012, 9, 27)),
    ("India and Pakistan wrapped up their dialogue on December 9, 2015.", date(2015, 12, 9)),
]


@pytest.mark.parametrize("text,day", WRAPPED_UP_CASES)
def test_talks_wrapped_up_happened(nlp, text, day):
    _, rows = _pipeline(nlp, text)
    assert [r["date_start"] for r in rows if r["event_type"] == "CONSULT"] == [day]


TIME_ADJUNCT_CASES = [
    # a class word in a time adjunct is no word of the clause: no troops are sent
    "On March 17, 2021, in the evening before the joint military drill, Japan sent a message to China.",
    "On May 4, 2019, hours after the military parade, Russia sent a letter to Ukraine.",
    "On June 2, 2020, just before the naval exercises, India sent a note to Nepal.",
    "On July 9, 2018, during the army's anniversary, China sent congratulations to Laos.",
    "On August 1, 2017, ahead of the troops' parade, France sent greetings to Mali.",
]


@pytest.mark.parametrize("text", TIME_ADJUNCT_CASES)
def test_a_class_word_in_a_time_adjunct_sends_no_troops(nlp, text):
    _, rows = _pipeline(nlp, text)
    assert [r for r in rows if r["event_type"] == "MOBILIZE"] == []


@pytest.mark.parametrize("text,mobilized", [
    ("On May 4, 2019, Russia sent troops to Syria.", ["RUS", "SYR"]),
    ("On June 2, 2020, India dispatched warships to the Maldives.", ["IND", "MDV"]),
])
def test_troops_sent_are_still_sent(nlp, text, mobilized):
    _, rows = _pipeline(nlp, text)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "MOBILIZE"] == [mobilized]


AGAINST_CASES = [
    # (text, country): a meeting or agreement against a country has it for target, not participant
    ("On March 3, 2022, Germany convened a conference against Russia.", "RUS"),
    ("On April 9, 2021, the United States organized a conference against China.", "CHN"),
    ("On May 5, 2020, Japan and Australia held a meeting against North Korea.", "PRK"),
    ("On June 6, 2019, Saudi Arabia and the UAE reached an agreement against Iran.", "IRN"),
    ("On September 9, 2016, Turkey and Qatar held talks against Syria.", "SYR"),
]


@pytest.mark.parametrize("text,target", AGAINST_CASES)
def test_a_meeting_against_a_country_does_not_take_it_part(nlp, text, target):
    _, rows = _pipeline(nlp, text)
    assert [r for r in rows if r["event_type"] in ("CONSULT", "AGREE") and target in r["actors_iso3"]] == []


SIGNING_CASES = [
    # (text, AGREE actors): the signing of an accord, presided over or witnessed by the leaders
    ("On April 12, 2022, President Paul Kagame and President Denis Sassou Nguesso of the Republic of the Congo "
     "presided over the signing of eight agreements.", [["COG", "RWA"]]),
    ("On April 15, 2023, the leaders of Rwanda and Benin witnessed the signing of nine agreements.", [["BEN", "RWA"]]),
    ("On April 12, 2022, the signing of eight agreements between Rwanda and Benin took place in Cotonou.",
     [["BEN", "RWA"]]),
    ("On June 3, 2019, the presidents of India and the Maldives witnessed the exchange of six agreements.",
     [["IND", "MDV"]]),
    ("On May 2, 2018, Ghana and Togo presided over the signing of a border treaty.", [["GHA", "TGO"]]),
    # a witness of anything else is no party to an agreement
    ("On April 12, 2022, journalists from Kenya witnessed the attack on Somalia.", []),
]


@pytest.mark.parametrize("text,actors", SIGNING_CASES)
def test_the_signing_of_an_accord(nlp, text, actors):
    _, rows = _pipeline(nlp, text)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "AGREE"] == actors


INTERVENTION_CASES = [
    # (text, ASSAULT rows (actors, source, target)): a military intervention is an assault
    ("The U.S. military intervention in Haiti in 1915 lasted 19 years.", [(["HTI", "USA"], ["USA"], ["HTI"])]),
    ("In 1983, U.S. troops intervened militarily in Grenada.", [(["GRD", "USA"], ["USA"], ["GRD"])]),
    ("France's military intervention in Mali began on January 11, 2013.", [(["FRA", "MLI"], ["FRA"], ["MLI"])]),
    ("In 2011, NATO forces intervened in Libya alongside Qatari troops.", [(["LBY", "QAT"], ["QAT"], ["LBY"])]),
    # an intervention in a debate is no assault
    ("In 2015, Japan's intervention in the debate at the UN was welcomed by India.", []),
]


@pytest.mark.parametrize("text,expected", INTERVENTION_CASES)
def test_a_military_intervention_is_an_assault(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert [(r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows if r["event_type"] == "ASSAULT"] \
        == expected


WITHDRAWN_ON_A_PAGE_CASES = [
    # (text, RETREAT actors): on a page about one country, troops withdrawn with no place named leave it
    ("Following a 19-year occupation, U.S. military forces were withdrawn in 1934.", "Haiti", ["HTI", "USA"]),
    ("U.S. troops were withdrawn in 1909.", "Cuba", ["CUB", "USA"]),
    ("The United States withdrew its forces in 1924.", "Dominican Republic", ["DOM", "USA"]),
    ("U.S. Marines were withdrawn in 1933.", "Nicaragua", ["NIC", "USA"]),
    ("The remaining U.S. forces were withdrawn in 1973.", "Vietnam", ["USA", "VNM"]),
]


@pytest.mark.parametrize("text,title,actors", WITHDRAWN_ON_A_PAGE_CASES)
def test_troops_withdrawn_on_a_page_about_a_country_leave_it(nlp, text, title, actors):
    _, rows = _pipeline(nlp, text, meta={"source_url": "https://history.state.gov/countries/x"}, title=title)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "RETREAT"] == [actors]


STRIKE_CASES = [
    # (text, ASSAULT rows as (actors, date_start)): a strike is an attack when its modifier says
    # what strikes (air, drone, missile ...); a strike of workers is none
    ("In 1990 the United States launched air strikes against Iraq.", [(["IRQ", "USA"], date(1990, 1, 1))]),
    ("Israel carried out air strikes on Syria on May 4, 2013.", [(["ISR", "SYR"], date(2013, 5, 4))]),
    ("Turkey conducted drone strikes in northern Iraq on June 20, 2022.", [(["IRQ", "TUR"], date(2022, 6, 20))]),
    ("The United States and the United Kingdom conducted joint strikes against Houthi targets in Yemen on "
     "February 3, 2024.", [(["GBR", "USA", "YEM"], date(2024, 2, 3))]),
    ("Saudi Arabia launched coalition strikes on Sanaa on March 26, 2015.", [(["SAU", "YEM"], date(2015, 3, 26))]),
    ("Workers in France went on strike on March 7, 2023.", []),
    ("A general strike in Nigeria began on June 3, 2024.", []),
]


@pytest.mark.parametrize("text,expected", STRIKE_CASES)
def test_a_strike_is_an_attack_when_its_modifier_says_what_strikes(nlp, text, expected):
    _, rows = _pipeline(nlp, text)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "ASSAULT"] == expected


UNAIMED_ATTACK_CASES = [
    # (text, page title, ASSAULT actors): on a page about one country, an attack whose target the
    # text leaves unnamed is against that country; a named target stays the target
    ("The United States and its coalition partners began a military campaign on October 7, 2001, that "
     "targeted terrorist facilities.", "Afghanistan", ["AFG", "USA"]),
    ("U.S. forces launched an offensive in 1986.", "Libya", ["LBY", "USA"]),
    ("The United States began bombing on March 24, 1999.", "Serbia", ["SRB", "USA"]),
    ("U.S. forces launched an invasion on December 20, 1989.", "Panama", ["PAN", "USA"]),
    ("In 1990 the United States launched air strikes against Iraq.", "Kuwait", ["IRQ", "USA"]),
]


@pytest.mark.parametrize("text,title,actors", UNAIMED_ATTACK_CASES)
def test_an_attack_with_no_target_on_a_page_about_a_country_is_against_it(nlp, text, title, actors):
    _, rows = _pipeline(nlp, text, meta={"source_url": "https://history.state.gov/countries/x"}, title=title)
    assert [r["actors_iso3"] for r in rows if r["event_type"] == "ASSAULT"] == [actors]


COUNTRY_ANTECEDENT_CASES = [
    # (readout text, title, (type, actors)): "the country" in an act whose frame countries are
    # both parties is the one other country the sentence before names; two named, or none, add nothing
    ("The Prime Minister spoke to German Chancellor Olaf Scholz this morning.\n\nThe leaders discussed the "
     "situation in Niger. The UK and Germany have both condemned the attempts to undermine democracy in the "
     "country.\n", "PM call with Chancellor Scholz of Germany", ("ACCUSE", ["DEU", "GBR", "NER"])),
    ("The Prime Minister spoke to President Emmanuel Macron of France today.\n\nThey discussed the crisis in "
     "Sudan. The UK and France condemned the attacks on civilians in the country.\n",
     "PM call with President Macron of France", ("ACCUSE", ["FRA", "GBR", "SDN"])),
    ("The Foreign Secretary met Japanese Foreign Minister Yoko Kamikawa in London today.\n\nThe ministers "
     "discussed Myanmar. The UK and Japan called for the release of all political prisoners in the country.\n",
     "Foreign Secretary meets Japanese Foreign Minister", ("REQUEST", ["GBR", "JPN", "MMR"])),
    ("The Prime Minister spoke to Prime Minister Anthony Albanese of Australia today.\n\nThey discussed Iran "
     "and Iraq. The UK and Australia condemned the violence in the country.\n",
     "PM call with Prime Minister Albanese of Australia", ("ACCUSE", ["AUS", "GBR"])),
    ("The Prime Minister spoke to President Ruto of Kenya today.\n\nThe leaders discussed trade. The Prime "
     "Minister praised the country's leadership on climate.\n", "PM call with President Ruto of Kenya",
     ("SUPPORT", ["GBR", "KEN"])),
]


@pytest.mark.parametrize("text,title,expected", COUNTRY_ANTECEDENT_CASES)
def test_the_country_is_the_one_named_in_the_sentence_before(nlp, text, title, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 8, 2),
                        meta={"source_url": "https://www.gov.uk/government/news/x"}, title=title)
    assert expected in [(r["event_type"], r["actors_iso3"]) for r in rows]


REESTABLISHED_CASES = [
    # (text, page's country, (actors, date_start) of the AGREE row): a mission or ties
    # re-established or re-opened (one word since the tokenizer keeps prefixed words whole)
    ("The American Embassy at Kampala was re-established on June 18, 1979.", "Uganda",
     (["UGA", "USA"], date(1979, 6, 18))),
    ("The U.S. Embassy in Kabul was re-opened on December 17, 2001.", "Afghanistan", (["AFG", "USA"], date(2001, 12, 17))),
    ("The United States re-established diplomatic relations with Albania on March 15, 1991.", "Albania",
     (["ALB", "USA"], date(1991, 3, 15))),
    ("The U.S. Legation in Sofia was re-established on September 19, 1947.", "Bulgaria",
     (["BGR", "USA"], date(1947, 9, 19))),
    ("The consulate in Hanoi was re-opened in 1995.", "Vietnam", (["USA", "VNM"], date(1995, 1, 1))),
]


@pytest.mark.parametrize("text,title,expected", REESTABLISHED_CASES)
def test_a_mission_or_ties_re_established(nlp, text, title, expected):
    _, rows = _pipeline(nlp, text, meta={"source_url": "https://history.state.gov/countries/x"}, title=title)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "AGREE"] == [expected]


CONSULAR_POST_CASES = [
    # (text, page's country, AGREE rows as (actors, date_start)): a consular agency, post or office
    # established is a mission founded; an agency of another kind is none
    ("A Consular Agency was established in Sofia on January 12, 1912.", "Bulgaria", [(["BGR", "USA"], date(1912, 1, 12))]),
    ("A consular post was established at Varna in 1920.", "Bulgaria", [(["BGR", "USA"], date(1920, 1, 1))]),
    ("The United States established a consular agency at Mombasa on May 2, 1915.", "Kenya",
     [(["KEN", "USA"], date(1915, 5, 2))]),
    ("A consular office was established in Da Nang on March 4, 1967.", "Vietnam", [(["USA", "VNM"], date(1967, 3, 4))]),
    ("A trade agency was established in Sofia in 1925.", "Bulgaria", []),
]


@pytest.mark.parametrize("text,title,expected", CONSULAR_POST_CASES)
def test_a_consular_post_established(nlp, text, title, expected):
    _, rows = _pipeline(nlp, text, meta={"source_url": "https://history.state.gov/countries/x"}, title=title)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "AGREE"] == expected


EMBASSY_OPENING_CASES = [
    # (text, AGREE actors, date_start): the opening of a mission, told by a noun with a date of its own
    ("Relations have been strengthened since the opening of the Embassy of Japan in the Republic of "
     "Seychelles in January 2019.", ["JPN", "SYC"], date(2019, 1, 1)),
    ("The opening of the U.S. Embassy in Hanoi on August 6, 1995 followed normalization.", ["USA", "VNM"],
     date(1995, 8, 6)),
    ("The opening of the Canadian consulate in Lagos in March 2010 helped trade.", ["CAN", "NGA"], date(2010, 3, 1)),
    ("Trade grew after the opening of the Kenyan Embassy in Seoul on May 5, 2012.", ["KEN", "KOR"], date(2012, 5, 5)),
    ("The opening of Mongolia's embassy in Canberra in June 2014 was welcomed.", ["AUS", "MNG"], date(2014, 6, 1)),
]


@pytest.mark.parametrize("text,actors,day", EMBASSY_OPENING_CASES)
def test_the_opening_of_a_mission(nlp, text, actors, day):
    _, rows = _pipeline(nlp, text)
    assert [(r["actors_iso3"], r["date_start"]) for r in rows if r["event_type"] == "AGREE"] == [(actors, day)]



PROCESS_OVER_YEARS_CASES = [
    # (text, rows expected as (type, actors)): an event noun counted in years, decades or months
    # is a long process, no event, and so is a verb that only describes it ("talks mediated by")
    ("After several years of talks mediated by Norway and Cuba, Colombia and the rebels set a deadline.", []),
    ("Months of talks between Israel and Hamas, mediated by Egypt and Qatar, have failed.", []),
    ("Two years of talks mediated by Kuwait between Saudi Arabia and Qatar ended the rift.", []),
    ("Decades of fighting between Ethiopia and Eritrea left thousands dead.", []),
    ("Years of sanctions imposed by the United States on Iran have hurt its economy.", []),
]


@pytest.mark.parametrize("text,expected", PROCESS_OVER_YEARS_CASES)
def test_a_process_over_years_is_no_event(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2016, 1, 5))
    assert [(r["event_type"], r["actors_iso3"]) for r in rows] == expected


DATED_BESIDE_A_PROCESS_CASES = [
    # the dated act beside the process, or talks told without a span of years, are still events
    ("After months of negotiations, Japan and India signed the agreement on May 3, 2015.", ("AGREE", ["IND", "JPN"])),
    ("Talks mediated by Norway between Colombia and Venezuela took place in Oslo on Monday.",
     ("CONSULT", ["COL", "NOR", "VEN"])),
]


@pytest.mark.parametrize("text,expected", DATED_BESIDE_A_PROCESS_CASES)
def test_a_dated_act_beside_a_process_is_an_event(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2016, 1, 5))
    assert expected in [(r["event_type"], r["actors_iso3"]) for r in rows]


EXCHANGED_FIRE_CASES = [
    # (sentence after a dateline, published, expected (type, actors, date_start) among the rows)
    ("ISLAMABAD (VOA) -- Pakistani and Afghan forces exchanged mortar and small arms fire on Thursday.",
     date(2007, 5, 17), ("ASSAULT", ["AFG", "PAK"], date(2007, 5, 17))),
    ("ISLAMABAD (VOA) -- Indian and Pakistani troops exchanged fire along the Line of Control on Thursday.",
     date(2019, 3, 1), ("ASSAULT", ["IND", "PAK"], date(2019, 2, 28))),
    ("BANGKOK (VOA) -- Thai and Cambodian soldiers exchanged gunfire near the temple on Friday.",
     date(2011, 4, 23), ("ASSAULT", ["KHM", "THA"], date(2011, 4, 22))),
    ("BISHKEK (VOA) -- Kyrgyz and Tajik border guards exchanged shots on Thursday.",
     date(2021, 4, 30), ("ASSAULT", ["KGZ", "TJK"], date(2021, 4, 29))),
]


@pytest.mark.parametrize("text,published,expected", EXCHANGED_FIRE_CASES)
def test_exchanged_fire_is_an_assault(nlp, text, published, expected):
    _, rows = _pipeline(nlp, "News\n" + text + "\n", published=published)
    assert expected in [(r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows]


AUDIENCE_CASES = [
    # a meeting verb whose object is an audience meets no one: no CONSULT, even in a story about two
    # countries whose pair would give it a partner (the story is VOA's of 17 May 2007)
    "Speaking to reporters in Kabul Thursday afternoon, Afghan President Hamid Karzai said Afghanistan is "
    "\"saddened\" by the conflict, but he insisted his troops have shown restraint in the face of Pakistani aggression.",
    "Speaking to journalists in Kabul Thursday afternoon, Afghan President Hamid Karzai said Afghanistan is "
    "\"saddened\" by the conflict, but he insisted his troops have shown restraint in the face of Pakistani aggression.",
    "Talking with reporters in Kabul Thursday afternoon, Afghan President Hamid Karzai said Afghanistan is "
    "\"saddened\" by the conflict, but he insisted his troops have shown restraint in the face of Pakistani aggression.",
    "Speaking to the press in Kabul Thursday afternoon, Afghan President Hamid Karzai said Afghanistan is "
    "\"saddened\" by the conflict, but he insisted his troops have shown restraint in the face of Pakistani aggression.",
]
_CLASH_STORY = (
    "Pakistan, Afghan Troops Again Clash Along Border\n\nThere has been another exchange of fire between soldiers of "
    "Pakistan and Afghanistan along the countries' border. VOA's Benjamin Sand reports from Islamabad that ties between "
    "the two U.S. allies are strained.\n\nThe latest violence erupted Thursday morning along the border area dividing "
    "Pakistan's tribal Kurram Agency from Afghanistan's Paktia province.\n\nPakistani and Afghan forces exchanged "
    "mortar and small arms fire, with both sides again accusing the other of starting the incident.\n\nAfghanistan "
    "said two of its soldiers were wounded in the violence, but neither country has reported fatalities. More serious "
    "clashes took place in the same region Sunday, and at least 13 Afghans were killed then.\n\n")


@pytest.mark.parametrize("text", AUDIENCE_CASES)
def test_talking_to_an_audience_is_no_meeting(nlp, text):
    _, rows = _pipeline(nlp, _CLASH_STORY + text + "\n", published=date(2007, 5, 17))
    assert [r for r in rows if r["event_type"] == "CONSULT"] == []


ACCORD_WORD_CASES = [
    # (sentence of a VOA story published Wednesday 29 August 2018, rows (type, actors, date_start)):
    # a partnership, an arrangement, a compact or a roadmap signed is an agreement; one discussed is not
    ("Today the leaders of the United Kingdom and Nigeria witnessed the signing of the first UK-Nigeria security and "
     "defence partnership.", [("AGREE", ["GBR", "NGA"], date(2018, 8, 29))]),
    ("India and France signed a strategic partnership in Paris on Monday.", [("AGREE", ["FRA", "IND"], date(2018, 8, 27))]),
    ("Australia and Indonesia signed a defence cooperation arrangement on Tuesday.",
     [("AGREE", ["AUS", "IDN"], date(2018, 8, 28))]),
    ("The two presidents witnessed the signing of a migration compact between Italy and Tunisia on Sunday.",
     [("AGREE", ["ITA", "TUN"], date(2018, 8, 26))]),
    ("Japan and the Philippines signed a roadmap for maritime cooperation on Friday.",
     [("AGREE", ["JPN", "PHL"], date(2018, 8, 24))]),
    ("The leaders of Japan and Kenya discussed the partnership on Friday.", [("CONSULT", ["JPN", "KEN"], date(2018, 8, 24))]),
]


@pytest.mark.parametrize("sentence,expected", ACCORD_WORD_CASES,
                         ids=["witnessed-partnership", "partnership", "arrangement", "compact", "roadmap", "discussed"])
def test_a_partnership_signed_is_an_agreement(nlp, sentence, expected):
    _, rows = _pipeline(nlp, f"Leaders meet\n\n{sentence}\n", published=date(2018, 8, 29),
                        meta={"source_url": "https://www.voanews.com/a/x"})
    assert sorted((r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows) == expected


CLOSURE_CASES = [
    # (text, page, published, rows (type, actors, source, target)): the closure of a mission is a
    # SANCTION, of a border a COERCE; "our" on a government's page is that government
    ("Russia ordered the closure of our consulate in St. Petersburg.", "https://ru.usembassy.gov/x/",
     date(2018, 3, 29), [("SANCTION", ["RUS", "USA"], ["RUS"], ["USA"])]),
    ("China ordered the closure of the U.S. consulate in Chengdu on July 24, 2020.", "https://www.state.gov/x/",
     date(2020, 7, 27), [("SANCTION", ["CHN", "USA"], ["CHN"], ["USA"])]),
    ("The United States ordered the closure of the Chinese consulate in Houston on July 21, 2020.",
     "https://www.voanews.com/a/x.html", date(2020, 7, 27), [("SANCTION", ["CHN", "USA"], ["USA"], ["CHN"])]),
    ("Kyrgyzstan announced the closure of its border with Tajikistan on May 3, 2021.",
     "https://www.voanews.com/a/x.html", date(2021, 5, 5), [("COERCE", ["KGZ", "TJK"], ["KGZ"], ["TJK"])]),
    ("The ministry ordered the closure of the newspaper's office on May 3, 2021.",
     "https://www.voanews.com/a/x.html", date(2021, 5, 5), []),
]


@pytest.mark.parametrize("text,url,published,expected", CLOSURE_CASES)
def test_the_closure_of_a_mission_or_a_border(nlp, text, url, published, expected):
    _, rows = _pipeline(nlp, text + "\n", published, meta={"source_url": url}, title="Statement")
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["target_iso3"]) for r in rows] == expected
