"""People: the spaCy span repairs (pipeline.nlp) and find_people (pipeline.people).

Expected values are written by hand from the texts (tests/data/entities_gold.json holds the
seed's people and a set of news-like sentences written for these tests)."""
from __future__ import annotations

import re

import pytest

from pipeline.gazetteer import slugify
from pipeline.people import EntityMention, PersonRecord, find_people


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


# ----------------------------------------------------------------------------- components
SPAN_CASES = [
    # (text, entities that must be present, entities that must be absent)
    ("During the reception hosted by President Moon Jae-in on February 9, 2018, Abe spoke.",
     [("Moon Jae-in", "PERSON")], [("Moon Jae", "PERSON")]),
    ("(9) August 6, 2015: Meeting with the Foreign Minister of North Korea Ri Su-Yong (in Kuala Lumpur)",
     [("North Korea", "GPE"), ("Ri Su-Yong", "PERSON"), ("Kuala Lumpur", "GPE")],
     [("North Korea Ri Su-Yong", "GPE")]),
    ("Meeting with the North Korean Minister of Foreign Affairs Ri Yong Ho\n- In September 26, 2018, Kono met him.",
     [("Ri Yong Ho", "PERSON")], [("Ri Yong Ho\n-", "PERSON")]),
    ("Japan will coordinate closely with the U.S. and the ROK.",
     [("U.S.", "GPE"), ("ROK", "GPE")], [("ROK", "ORG")]),
    ("Minister Kishida conveyed Japan's concerns.", [("Kishida", "PERSON")], [("Minister Kishida", "PERSON")]),
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo.",
     [("Fumio Kishida", "PERSON"), ("Yoon Suk Yeol", "PERSON"), ("Tokyo", "GPE")], [("Yoon Suk", "PERSON")]),
    ("Choe Son Hui, North Korea's foreign minister, arrived in Moscow.",
     [("Choe Son Hui", "PERSON"), ("Moscow", "GPE")], []),
    ("Officials said the U.S.-North Korea talks would resume.",
     [("U.S.", "GPE"), ("North Korea", "GPE")], []),
    ("Officials in Pyongayng did not respond to the proposal.", [("Pyongayng", "GPE")], [("Pyongayng", "PERSON")]),
    ("The two leaders met at the truce village of Panmunjom.", [("Panmunjom", "LOC")], [("Panmunjom", "PERSON")]),
    ("The DPRK and the ROK held talks at the UN headquarters.",
     [("DPRK", "GPE"), ("ROK", "GPE"), ("UN headquarters", "FAC")], [("UN", "ORG")]),
    ("Taking the opportunity, the current Japan-North Koera relations were discussed.",
     [("North Koera", "GPE")], []),
]


@pytest.mark.parametrize("text,present,absent", SPAN_CASES)
def test_component_spans(nlp, text, present, absent):
    doc = nlp(text)
    ents = _ents(doc)
    for item in present:
        assert item in ents, (item, ents)
    for item in absent:
        assert item not in ents, (item, ents)
    assert not any("\n" in e.text for e in doc.ents)


def test_components_are_registered_after_ner(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index("diplo_place_names") < names.index("diplo_person_names")


# ----------------------------------------------------------------------------- seed
def _by_name(people: list[PersonRecord]) -> dict[str, PersonRecord]:
    return {p.name: p for p in people}


def test_seed_people_match_hand_annotation(analyse_entities, seed_text, entities_gold):
    people, mentions, _places, _pm = analyse_entities(seed_text)
    gold = entities_gold["seed"]
    got = _by_name(people)
    assert sorted(got) == sorted(p["name"] for p in gold["people"])
    for g in gold["people"]:
        rec = got[g["name"]]
        assert rec.mentions == sorted(g["mentions"]), g["name"]
        assert rec.titles == sorted(g["titles"]), g["name"]
        assert rec.n_mentions == gold["people_n_mentions"][g["name"]], g["name"]
        assert rec.person_id == slugify(g["name"])


def test_seed_person_mentions_round_trip(analyse_entities, seed_text):
    people, mentions, _p, _pm = analyse_entities(seed_text)
    ids = {p.person_id for p in people}
    assert mentions and all(isinstance(m, EntityMention) for m in mentions)
    for m in mentions:
        assert seed_text[m.start_char : m.end_char] == m.text
        assert m.label == "PERSON"
        assert m.entity_id in ids
        assert "\n" not in m.text
        # the title is not part of the name
        assert not re.match(r"(?:Foreign |Prime )?Minister|President", m.text), m.text
    assert sum(p.n_mentions for p in people) == len(mentions)
    # order and no overlaps
    starts = [(m.start_char, m.end_char) for m in mentions]
    assert starts == sorted(starts)
    assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:]))


# ----------------------------------------------------------------------------- linking rules
def test_surname_shared_by_two_people_stays_ambiguous(analyse_entities):
    text = ("North Korean leader Kim Jong Un and his sister Kim Yo Jong visited Wonsan on Monday. "
            "Kim said the drills would continue.\n")
    people, mentions, _p, _pm = analyse_entities(text)
    assert {p.person_id for p in people} == {"kim-jong-un", "kim-yo-jong"}
    last_kim = [m for m in mentions if m.text == "Kim"]
    assert len(last_kim) == 1 and last_kim[0].entity_id is None
    assert text[last_kim[0].start_char : last_kim[0].end_char] == "Kim"


def test_short_reference_joins_the_full_name_even_before_it(analyse_entities):
    text = "Abe arrived on Monday. Later, Prime Minister Shinzo Abe met reporters in Tokyo.\n"
    people, mentions, _p, _pm = analyse_entities(text)
    assert [(p.name, p.mentions, p.n_mentions, p.titles) for p in people] == [
        ("Shinzo Abe", ["Abe", "Shinzo Abe"], 2, ["Prime Minister"])]


def test_a_surname_alone_is_its_own_person(analyse_entities):
    people, _m, _p, _pm = analyse_entities("Foreign Minister Kono held a meeting at the UN headquarters.\n")
    assert [(p.person_id, p.name, p.titles) for p in people] == [("kono", "Kono", ["Foreign Minister"])]


@pytest.mark.parametrize("spelling", ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"])
def test_person_id_depends_on_the_name_only(analyse_entities, spelling):
    people, _m, _p, _pm = analyse_entities(f"North Korean leader {spelling} watched the launch.\n")
    assert [p.person_id for p in people] == ["kim-jong-un"]


TITLE_CASES = [
    ("Foreign Minister Fumio Kishida held a meeting with Foreign Minister Ri Su-Yong of North Korea.",
     {"Fumio Kishida": ["Foreign Minister"], "Ri Su-Yong": ["Foreign Minister of North Korea"]}),
    ("Prime Minister Abe conveyed Japan's position to Kim Yong-nam, President of the Presidium of the "
     "Supreme People's Assembly of North Korea.",
     {"Shinzo Abe": ["Prime Minister"],  # completed from data/officials.json
      "Kim Yong-nam": ["President of the Presidium of the Supreme People's Assembly of North Korea"]}),
    ("Kono held a meeting with the North Korean Minister of Foreign Affairs Ri Yong Ho at the UN headquarters.",
     {"Kono": [], "Ri Yong Ho": ["Minister of Foreign Affairs of North Korea"]}),
    ("Chinese Foreign Minister Wang Yi met Japan's Chief Cabinet Secretary Yoshimasa Hayashi.",
     {"Wang Yi": ["Foreign Minister of China"], "Yoshimasa Hayashi": ["Chief Cabinet Secretary of Japan"]}),
    ("Foreign Minister Fumio Kishida, Prime Minister Shinzo Abe and President Moon Jae-in attended.",
     {"Fumio Kishida": ["Foreign Minister"], "Shinzo Abe": ["Prime Minister"], "Moon Jae-in": ["President"]}),
    ("U.S. Secretary of State Antony Blinken spoke.", {"Antony Blinken": ["Secretary of State of the United States"]}),
]


@pytest.mark.parametrize("text,expected", TITLE_CASES)
def test_titles(analyse_entities, text, expected):
    people, _m, _p, _pm = analyse_entities(text + "\n")
    assert {p.name: p.titles for p in people} == expected


def test_no_people_no_records():
    assert find_people([]) == ([], [])


# ----------------------------------------------------------------------------- F1
def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    if n_pred == 0 and n_gold == 0:
        return 1.0
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _people_counts(people, gold_people):
    pred = {slugify(p.name) for p in people}
    gold = {slugify(g["name"]) for g in gold_people}
    return len(pred & gold), len(pred), len(gold)


def test_people_f1_on_seed(analyse_entities, seed_text, entities_gold):
    people, *_ = analyse_entities(seed_text)
    tp, n_pred, n_gold = _people_counts(people, entities_gold["seed"]["people"])
    assert _f1(tp, n_pred, n_gold) >= 0.95


def test_people_f1_on_news_sentences(analyse_entities, entities_gold):
    tp = n_pred = n_gold = 0
    misses = []
    for item in entities_gold["news"]:
        people, *_ = analyse_entities(item["text"] + "\n")
        a, b, c = _people_counts(people, item["people"])
        tp, n_pred, n_gold = tp + a, n_pred + b, n_gold + c
        if not (a == b == c):
            misses.append((item["text"][:50], sorted(p.name for p in people)))
    f1 = _f1(tp, n_pred, n_gold)
    assert f1 >= 0.85, (f1, misses)


def test_news_person_titles_and_forms(analyse_entities, entities_gold):
    """Where the annotation gives mention forms and titles, most people get them exactly."""
    checked = right = 0
    wrong = []
    for item in entities_gold["news"]:
        people, *_ = analyse_entities(item["text"] + "\n")
        got = {slugify(p.name): p for p in people}
        for g in item["people"]:
            rec = got.get(slugify(g["name"]))
            if rec is None or "mentions" not in g:
                continue
            checked += 1
            ok = rec.mentions == sorted(g["mentions"]) and ("titles" not in g or rec.titles == sorted(g["titles"]))
            right += ok
            if not ok:
                wrong.append((g["name"], rec.mentions, rec.titles))
    assert checked >= 30
    assert right / checked >= 0.85, wrong


# ----------------------------------------------------------------------------- invariants
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["Foreign Minister", "Prime Minister", "President", "of", "the", "North Korea", "North Korea’s",
           "Japan's", "ROK", "U.S.", "DPRK", "Ri Su-Yong", "Kim", "Kim Jong Un", "Moon Jae-in", "Abe",
           "Shinzo Abe", "Pyongyang", "Pyongayng", "Declaration", "Olympic Games", "Pyeongchang", "in", ",",
           ".", "(in Beijing)", "-", "said", "met", "\n", "\n- ", "Korea", "Japanese", "Yoon Suk", "Yeol",
           "Japan-North Koera", "UN headquarters", "’s", "'s", "Ri Yong Ho\n-", "Kono", "Seoul"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
def test_mentions_always_round_trip(analyse_entities, pieces):
    text = " ".join(pieces) + "\n"
    people, pmentions, places, lmentions = analyse_entities(text)
    for mentions in (pmentions, lmentions):
        spans = [(m.start_char, m.end_char) for m in mentions]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        for m in mentions:
            assert text[m.start_char : m.end_char] == m.text and m.text and "\n" not in m.text
    assert sum(p.n_mentions for p in people) == sum(1 for m in pmentions if m.entity_id)
    assert sum(p.n_mentions for p in places) == len(lmentions)
    assert [p.person_id for p in people] == sorted({p.person_id for p in people})
    for p in people:
        assert p.mentions == sorted(set(p.mentions)) and p.titles == sorted(set(p.titles))


# ----------------------------------------------------------------------------- name order, vessels, titles
@pytest.mark.parametrize("written,canonical", [
    ("MOTEGI Toshimitsu", "Toshimitsu Motegi"), ("KAMIKAWA Yoko", "Yoko Kamikawa"),
    ("PARK Jin", "Park Jin"), ("Taro Kono", "Taro Kono"), ("NATO", "NATO"),
])
def test_given_first(written, canonical):
    from pipeline.people import given_first

    assert given_first(written) == canonical


def test_family_name_first_in_capitals_gets_the_usual_name(analyse_entities):
    text = ("On Friday, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, received a courtesy call. "
            "Minister Kamikawa welcomed the visit.\n")
    people, mentions, _p, _pm = analyse_entities(text)
    rec = next(p for p in people if p.person_id == "yoko-kamikawa")
    assert rec.name == "Yoko Kamikawa" and "KAMIKAWA Yoko" in rec.mentions and "Kamikawa" in rec.mentions
    assert any(m.text == "KAMIKAWA Yoko" and m.entity_id == "yoko-kamikawa" for m in mentions)


def test_ships_are_not_people(analyse_entities):
    text = ("The navy sent the aircraft carrier Carl Vinson and the destroyer John Finn to the area, "
            "while USS Nimitz stayed in port and Admiral John Aquilino watched.\n")
    people, _m, _p, _pm = analyse_entities(text)
    names = {p.name for p in people}
    assert not names & {"Carl Vinson", "John Finn", "USS Nimitz", "Nimitz"}


def test_parenthesised_place_is_no_person(analyse_entities):
    people, _m, _p, _pm = analyse_entities("(4) March 9, 2016: Japan-China Foreign Ministers' Meeting (in Honfleur)\n")
    assert people == []


def test_title_before_the_next_name_is_not_an_apposition(analyse_entities):
    text = ("President Emmanuel Macron opened the forum. Afterwards Macron, Chinese Premier Li Qiang and "
            "Japanese Prime Minister Shinzo Abe issued a statement.\n")
    people, _m, _p, _pm = analyse_entities(text)
    titles = {p.name: p.titles for p in people}
    assert titles["Emmanuel Macron"] == ["President"]
    assert titles["Li Qiang"] == ["Premier of China"]


# ----------------------------------------------------------------------------- officials.json
@pytest.mark.parametrize("surname,titles,expected", [
    ("Kishida", ["Prime Minister of Japan"], "Fumio Kishida"),
    ("Kishida", ["Prime Minister"], "Fumio Kishida"),
    ("Kishida", ["Foreign Minister"], "Fumio Kishida"),
    ("Blinken", ["Secretary of State of the United States"], "Antony Blinken"),
    ("Lavrov", ["Minister of Foreign Affairs of Russia"], "Sergey Lavrov"),
    ("Kono", ["Foreign Minister of Japan"], None),   # Yohei and Taro Kono
    ("Li", ["Premier of China"], None),              # Li Keqiang and Li Qiang
    ("Kishida", ["President of South Korea"], None),  # the office does not fit
    ("Kishida", [], None),                            # no title, no completion
    ("Tanabe", ["Prime Minister"], None),             # not in the file
])
def test_complete_from_officials(surname, titles, expected):
    from pipeline.officials import complete_from_officials

    assert complete_from_officials(surname, titles) == expected


def test_titled_surname_gets_the_officials_full_name(analyse_entities):
    text = "Chinese President Xi told reporters that Prime Minister Kishida would visit soon. Kim declined.\n"
    people, mentions, _p, _pm = analyse_entities(text)
    ids = {p.person_id for p in people}
    assert {"xi-jinping", "fumio-kishida"} <= ids
    assert any(m.text == "Kishida" and m.entity_id == "fumio-kishida" for m in mentions)


def test_officials_json_is_well_formed():
    import json as _json

    from pipeline.officials import OFFICIALS_PATH

    data = _json.loads(OFFICIALS_PATH.read_text(encoding="utf-8"))
    from pipeline.gazetteer import get_gazetteer

    for entry in data["officials"]:
        assert len(entry["name"].split()) >= 2
        assert get_gazetteer().place(entry["country"]).kind == "country"
        for office in entry["offices"]:
            assert office["title"] and office["from"] <= (office["to"] or 9999)
