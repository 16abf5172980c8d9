"""One row per event per document (pipeline/events/merge.py): cases worked out by hand from the
rule in the module docstring."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_mentions, same_happening


def row(start, etype="CONSULT", d0=date(2013, 12, 11), d1=None, actors=("PHL", "USA"), people=(),
        place=None, item=None, status="occurred"):
    return {"event_id": f"e{start}", "event_type": etype, "mode": None, "date_start": d0,
            "date_end": d1 or d0, "date_precision": "day" if d0 and (d1 or d0) == d0 else "month",
            "status": status, "place_id": place, "place_name": place, "actors_iso3": sorted(actors),
            "source_iso3": [], "target_iso3": [], "people": sorted(people), "trigger": f"t{start}",
            "summary": f"s{start}", "start_char": start, "end_char": start + 5,
            "evidence": [[start, start + 5]], "_item": item}


JUNE = (date(2018, 6, 1), date(2018, 6, 30))
CASES = [
    ("same meeting, partner named once", row(0, actors=("USA",)), row(50), True),
    ("a day inside the month", row(0, d0=JUNE[0], d1=JUNE[1]), row(50, d0=date(2018, 6, 12)), True),
    ("two different days", row(0), row(50, d0=date(2013, 12, 12)), False),
    ("different types", row(0), row(50, etype="AGREE"), False),
    ("two different places", row(0, place="Manila"), row(50, place="Tacloban"), False),
    ("one place unknown", row(0, place="Manila"), row(50), True),
    ("a four-country trip keeps its stops", row(0, actors=("ISR", "PHL", "USA", "VNM")), row(50), False),
    ("different people", row(0, people=("A B",)), row(50, people=("C D",)), False),
    ("people named once", row(0, people=("A B",)), row(50, people=("A B", "C D")), True),
    ("two chronology items", row(0, item=1), row(50, item=2), False),
    ("a year sums up many events", row(0, d0=date(2021, 1, 1), d1=date(2021, 12, 31)), row(50, d0=date(2021, 5, 1)), False),
    ("undated rows are not joined", row(0, d0=None, d1=None), row(50, d0=None, d1=None), False),
    ("two stops of one visit", {**row(0, place="Manila"), "mode": "visit", "_place_country": "PHL"},
     {**row(50, place="Tacloban"), "mode": "visit", "_place_country": "PHL"}, True),
    ("two meetings in two cities", {**row(0, place="Manila"), "_place_country": "PHL"},
     {**row(50, place="Tacloban"), "_place_country": "PHL"}, False),
]




def directed(start, source, target, d0=None, etype="SANCTION", people=(), item=None):
    r = row(start, etype, d0=d0, actors=(*source, *target), people=people, item=item)
    r["date_end"] = d0
    return {**r, "source_iso3": list(source), "target_iso3": list(target)}


DIRECTED_CASES = [
    # rule 'one act told twice without a date' and 'the same direction' (an undated retelling)
    ("one expulsion told twice, undated", directed(0, ["BOL"], ["USA"], people=("Philip Goldberg",)),
     directed(50, ["BOL"], ["USA"], people=("Evo Morales",)), True),
    ("an undated retelling of a dated expulsion, other people named",
     directed(0, ["BOL"], ["USA"], d0=date(2008, 9, 10), people=("Philip Goldberg",)),
     directed(50, ["BOL"], ["USA"], people=("Evo Morales",)), True),
    ("tit for tat: the doers differ", directed(0, ["BOL"], ["USA"]), directed(50, ["USA"], ["BOL"]), False),
    ("the same doer, another target", directed(0, ["VEN"], ["USA"]), directed(50, ["VEN"], ["COL"]), False),
    ("no target named", directed(0, ["VEN"], []), directed(50, ["VEN"], []), False),
    ("two undated meetings are not joined", directed(0, ["JPN"], ["KOR"], etype="CONSULT"),
     directed(50, ["JPN"], ["KOR"], etype="CONSULT"), False),
    ("two chronology items", directed(0, ["BOL"], ["USA"], item=1), directed(50, ["BOL"], ["USA"], item=2), False),
]


@pytest.mark.parametrize("name, a, b, same", DIRECTED_CASES, ids=[c[0] for c in DIRECTED_CASES])
def test_one_directed_act_told_twice(name, a, b, same):
    assert same_happening(a, b) is same
    assert same_happening(b, a) is same


@pytest.mark.parametrize("name, a, b, same", CASES, ids=[c[0] for c in CASES])
def test_same_happening(name, a, b, same):
    if a["date_start"] is None:
        a["date_end"] = b["date_end"] = None
    assert same_happening(a, b) is same
    assert same_happening(b, a) is same


def test_joined_row_keeps_the_details_of_both():
    a = row(0, d0=JUNE[0], d1=JUNE[1], actors=("USA",), people=("A B",), status="planned")
    b = row(40, d0=date(2018, 6, 12), place="Manila", people=("A B", "C D"))
    (got,) = merge_mentions([b, a], lambda r: "id:" + r["place_id"])
    assert (got["date_start"], got["date_end"]) == (date(2018, 6, 12), date(2018, 6, 12))
    assert got["actors_iso3"] == ["PHL", "USA"] and got["people"] == ["A B", "C D"]
    assert got["status"] == "occurred"                      # the meeting announced, then held
    assert got["evidence"] == [[0, 5], [40, 45]] and got["start_char"] == 0 and got["summary"] == "s0"
    assert got["trigger"] == "t0; t40" and got["event_id"] == "id:Manila"


# ------------------------------------------------------------------ acts that happen once between two countries
Y1935 = (date(1935, 1, 1), date(1935, 12, 31))
ONCE_CASES = [
    # a page's summary year and its section's day: one recognition, one founding of relations
    ("relations founded in the year and on its day",
     {**row(0, "AGREE", *Y1935, actors=("AFG", "USA")), "_act": "relations"},
     {**row(50, "AGREE", date(1935, 5, 4), actors=("AFG", "USA")), "_act": "relations"}, True),
    ("a recognition in the year and on its day",
     {**row(0, "AGREE", date(1921, 1, 1), date(1921, 12, 31), actors=("AFG", "USA")), "_act": "recognition"},
     {**row(50, "AGREE", date(1921, 7, 26), actors=("AFG", "USA")), "_act": "recognition"}, True),
    # other years, other acts, other countries: apart
    ("relations founded in another year",
     {**row(0, "AGREE", *Y1935, actors=("AFG", "USA")), "_act": "relations"},
     {**row(50, "AGREE", date(1936, 5, 4), actors=("AFG", "USA")), "_act": "relations"}, False),
    ("a recognition and relations founded",
     {**row(0, "AGREE", *Y1935, actors=("AFG", "USA")), "_act": "recognition"},
     {**row(50, "AGREE", date(1935, 5, 4), actors=("AFG", "USA")), "_act": "relations"}, False),
    ("an agreement signed in the year is no once-only act",
     {**row(0, "AGREE", *Y1935, actors=("AFG", "USA"))}, {**row(50, "AGREE", date(1935, 5, 4), actors=("AFG", "USA"))},
     False),
    ("relations founded with another country",
     {**row(0, "AGREE", *Y1935, actors=("AFG", "USA")), "_act": "relations"},
     {**row(50, "AGREE", date(1935, 5, 4), actors=("IRN", "USA")), "_act": "relations"}, False),
    # the day's relations and the credentials presented that day are one act (ties)
    ("relations founded and credentials presented the same day",
     {**row(0, "AGREE", date(1935, 5, 4), actors=("AFG", "USA")), "_act": "relations"},
     {**row(50, "AGREE", date(1935, 5, 4), actors=("AFG", "USA"), people=("William Hornibrook",))}, True),
]


@pytest.mark.parametrize("name, a, b, same", ONCE_CASES, ids=[c[0] for c in ONCE_CASES])
def test_acts_that_happen_once(name, a, b, same):
    assert same_happening(a, b) is same
    assert same_happening(b, a) is same


def test_a_joined_row_joins_again_with_its_narrower_date():
    summary = {**row(0, "AGREE", *Y1935, actors=("AFG", "USA")), "_act": "relations"}
    credentials = {**row(50, "AGREE", date(1935, 5, 4), actors=("AFG", "USA"), people=("William Hornibrook",)),
                   "event_id": "a"}
    founded = {**row(50, "AGREE", date(1935, 5, 4), actors=("AFG", "USA")), "_act": "relations", "event_id": "b"}
    (got,) = merge_mentions([founded, credentials, summary], lambda r: "id")
    assert (got["date_start"], got["date_end"]) == (date(1935, 5, 4), date(1935, 5, 4))
    assert got["people"] == ["William Hornibrook"]


def directed(start, etype, source, target, d0=date(2008, 9, 11)):
    r = row(start, etype=etype, d0=d0, actors=tuple(source) + tuple(target))
    return {**r, "source_iso3": sorted(source), "target_iso3": sorted(target)}


# (name, a, b, one event): two directed acts whose doers differ are two events (tit for tat);
# meetings and agreements have no direction; one doer told twice is one act
OPPOSITE_CASES = [
    ("a tit-for-tat expulsion", directed(0, "SANCTION", ["USA"], ["BOL"]),
     directed(50, "SANCTION", ["BOL"], ["USA"], d0=None), False),
    ("thanks answered with thanks", directed(0, "SUPPORT", ["UKR"], ["GBR"]),
     directed(50, "SUPPORT", ["GBR"], ["UKR"]), False),
    ("accusations both ways", directed(0, "ACCUSE", ["ARM"], ["AZE"]), directed(50, "ACCUSE", ["AZE"], ["ARM"]), False),
    ("one expulsion told twice", directed(0, "SANCTION", ["USA"], ["BOL"]),
     directed(50, "SANCTION", ["USA"], ["BOL"], d0=None), True),
    ("a meeting told from each side", directed(0, "CONSULT", ["JPN"], ["PHL"]),
     directed(50, "CONSULT", ["PHL"], ["JPN"]), True),
    ("an agreement told from each side", directed(0, "AGREE", ["JPN"], ["PHL"]),
     directed(50, "AGREE", ["PHL"], ["JPN"]), True),
]


@pytest.mark.parametrize("name,a,b,expected", OPPOSITE_CASES, ids=[c[0] for c in OPPOSITE_CASES])
def test_acts_of_different_doers_are_two_events(name, a, b, expected):
    assert same_happening(a, b) is expected


ACCORD_APART_CASES = [
    # (story paragraphs, published Wednesday 29 August 2018, rows (type, actors, date_start)): an
    # accord signed is a document, another event than what the leaders agree in words on the same
    # day; the same accord told twice stays one row
    ("President Muhammadu Buhari of Nigeria and Prime Minister Theresa May of Britain met in Abuja on Wednesday.\n\n"
     "The leaders agreed to deepen trade ties.\n\nThe leaders also witnessed the signing of a security partnership.",
     [("AGREE", ["GBR", "NGA"], date(2018, 8, 29)), ("AGREE", ["GBR", "NGA"], date(2018, 8, 29)),
      ("CONSULT", ["GBR", "NGA"], date(2018, 8, 29))]),
    ("The foreign ministers of Vietnam and Benin held talks in Hanoi on Monday.\n\nThey agreed to exchange "
     "delegations.\n\nThey also signed an agreement on visa exemption.",
     [("AGREE", ["BEN", "VNM"], date(2018, 8, 27)), ("AGREE", ["BEN", "VNM"], date(2018, 8, 27)),
      ("CONSULT", ["BEN", "VNM"], date(2018, 8, 27))]),
    ("The presidents of Kenya and Uganda met in Kampala on Tuesday and agreed to open a border post.\n\n"
     "They signed a memorandum on trade.",
     [("AGREE", ["KEN", "UGA"], date(2018, 8, 28)), ("AGREE", ["KEN", "UGA"], date(2018, 8, 28)),
      ("CONSULT", ["KEN", "UGA"], date(2018, 8, 28))]),
    ("India and Japan signed a nuclear agreement in Tokyo on Monday.\n\nThe agreement was signed after six years "
     "of talks.", [("AGREE", ["IND", "JPN"], date(2018, 8, 27))]),
    ("Kenya and Uganda signed a border treaty on Monday.\n\nOfficials said the treaty was signed after long talks.",
     [("AGREE", ["KEN", "UGA"], date(2018, 8, 27))]),
]


@pytest.mark.parametrize("text,expected", ACCORD_APART_CASES,
                         ids=["witnessed-partnership", "visa-agreement", "memorandum", "same-agreement", "same-treaty"])
def test_an_accord_signed_is_told_apart(nlp, text, expected):
    from test_events import _pipeline

    _, rows = _pipeline(nlp, f"Leaders meet\n\n{text}\n", published=date(2018, 8, 29),
                        meta={"source_url": "https://www.voanews.com/a/x"})
    assert sorted((r["event_type"], r["actors_iso3"], r["date_start"]) for r in rows) == expected
