"""The timeline table: one row per real-world event across documents (pipeline/timeline.py).

Unit cases use event rows written by hand; one end-to-end case builds three documents written
for it with the command line and reads the table."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.timeline import build_timeline

ROOT = Path(__file__).resolve().parent.parent


def ev(doc, event_id, etype="CONSULT", start="2023-10-12", end=None, precision="day", actors=("JPN", "MNG"),
       place=None, people=(), status=None, version="v1"):
    return {"doc_id": doc, "version": version, "event_id": event_id, "event_type": etype, "date_start": start,
            "date_end": end or start, "date_precision": precision, "place_id": place,
            "place_name": place and place.title(), "actors_iso3": list(actors), "people": list(people),
            "status": status}


def doc(doc_id, version="v1", published=None):
    return {"doc_id": doc_id, "version": version, "published": published}


PLACES = [  # ulaanbaatar lies in Mongolia (MNG); a country's place_id is its ISO3 code
    {"doc_id": "a", "version": "v1", "place_id": "ulaanbaatar", "name": "Ulaanbaatar", "country_iso3": "MNG"},
    {"doc_id": "a", "version": "v1", "place_id": "MNG", "name": "Mongolia", "country_iso3": "MNG"},
    {"doc_id": "a", "version": "v1", "place_id": "tokyo", "name": "Tokyo", "country_iso3": "JPN"},
]
DOCS = [doc("a"), doc("b"), doc("c")]


def rows(events, documents=DOCS):
    return sorted(build_timeline(events, documents, PLACES), key=lambda r: (r["date_start"] or "", r["event_type"]))


def test_a_day_two_reports_of_it_and_a_month_only_report_are_one_row_with_the_day():
    out = rows([ev("a", "e1", place="ulaanbaatar"),
                ev("b", "e2", people=["Yoko Kamikawa", "Batmunkh Battsetseg"]),
                ev("c", "e3", start="2023-10-01", end="2023-10-31", precision="month", place="MNG")])
    assert len(out) == 1
    row = out[0]
    assert (row["date_start"], row["date_end"], row["date_precision"]) == ("2023-10-12", "2023-10-12", "day")
    assert row["n_sources"] == 3 and [s["doc_id"] for s in row["sources"]] == ["a", "b", "c"]
    assert row["place_id"] == "ulaanbaatar"  # the city, not the country it lies in
    assert row["people"] == ["Batmunkh Battsetseg", "Yoko Kamikawa"]
    assert row["conflicts"] == []


def test_two_meetings_a_fortnight_apart_in_one_city_stay_two_rows():
    out = rows([ev("a", "e1", start="2023-10-12", place="ulaanbaatar"),
                ev("b", "e2", start="2023-10-26", place="ulaanbaatar")])
    assert [r["date_start"] for r in out] == ["2023-10-12", "2023-10-26"]


def test_a_month_report_matching_two_meetings_is_ambiguous_and_stays_its_own_row():
    out = rows([ev("a", "e1", start="2023-10-12"), ev("b", "e2", start="2023-10-26"),
                ev("c", "e3", start="2023-10-01", end="2023-10-31", precision="month")])
    assert sorted(r["n_sources"] for r in out) == [1, 1, 1]


def test_a_consult_and_the_agree_reached_at_it_stay_two_rows():
    out = rows([ev("a", "e1"), ev("a", "e2", etype="AGREE"), ev("b", "e3"), ev("b", "e4", etype="AGREE")])
    assert sorted((r["event_type"], r["n_sources"]) for r in out) == [("AGREE", 2), ("CONSULT", 2)]


def test_the_planned_meeting_and_the_meeting_held_are_one_row_with_the_latest_status():
    documents = [doc("a", published="2023-10-01"), doc("b", published="2023-10-13")]
    out = rows([ev("a", "e1", status="planned"), ev("b", "e2", status="occurred")], documents)
    assert len(out) == 1 and out[0]["status"] == "occurred" and out[0]["conflicts"] == ["status"]


@pytest.mark.parametrize("first, second", [
    (dict(actors=("JPN", "MNG")), dict(actors=("JPN", "CHN"))),           # other counterpart: contradiction
    (dict(actors=("JPN",)), dict(actors=("KOR",))),                       # no party in common
    (dict(place="ulaanbaatar"), dict(place="tokyo")),                     # two cities
    (dict(place="tokyo"), dict(place="MNG")),                             # a city outside the country
    (dict(start=None, precision=None), dict(start=None, precision=None)),  # undated: nothing says when
    (dict(start="2023-10-12"), dict(start="2023-10-13")),                 # two different days
    (dict(people=("Rahm Emanuel",)), dict(people=("Philip S. Goldberg",))),  # two officials' statements
])
def test_events_that_disagree_are_not_merged(first, second):
    assert len(rows([ev("a", "e1", **first), ev("b", "e2", **second)])) == 2


def test_two_events_of_one_document_are_never_merged():
    assert len(rows([ev("a", "e1"), ev("a", "e2")])) == 2


def test_a_subset_of_the_parties_agrees_and_the_row_has_every_party():
    out = rows([ev("a", "e1", actors=("JPN",)), ev("b", "e2", actors=("JPN", "MNG"))])
    assert len(out) == 1 and out[0]["actors_iso3"] == ["JPN", "MNG"]


def test_only_the_latest_version_of_each_document_takes_part():
    documents = [doc("a", "v1"), doc("a", "v2")]
    out = rows([ev("a", "e1", version="v1"), ev("a", "e2", version="v2", start="2023-11-01")], documents)
    assert [(r["date_start"], r["sources"][0]["version"]) for r in out] == [("2023-11-01", "v2")]


def test_same_day_reports_of_one_precision_with_different_ranges_are_a_conflict():
    out = rows([ev("a", "e1", start="2023-10-12", end="2023-10-13"), ev("b", "e2", start="2023-10-12")])
    assert len(out) == 1 and out[0]["conflicts"] == ["date_end"]
    assert (out[0]["date_start"], out[0]["date_end"]) == ("2023-10-12", "2023-10-12")


def test_rows_and_ids_do_not_depend_on_the_order_of_the_events():
    events = [ev("a", "e1"), ev("b", "e2", start="2023-10-01", end="2023-10-31", precision="month"),
              ev("c", "e3"), ev("c", "e4", etype="AGREE"), ev("b", "e5", etype="AGREE", start="2023-10-12")]
    forward, backward = rows(events), rows(list(reversed(events)))
    assert forward == backward
    assert len({r["timeline_id"] for r in forward}) == len(forward)


# --- end to end: three documents written for this test, built with the command line ---------
DOCUMENTS = {
    "mofa-page/2024-01-10": (
        "Japan-Mongolia Relations\nRecent Developments\n"
        "- (1) October 12, 2023: Japan-Mongolia Foreign Ministers' Meeting (in Ulaanbaatar)\n"
        "- Foreign Minister Yoko Kamikawa held a meeting with Foreign Minister Batmunkh Battsetseg of Mongolia.\n"
        "- The two ministers signed a memorandum on cooperation in mining.\n", None),
    "news-one/2023-10-13": (
        "Japan and Mongolia hold talks in Ulaanbaatar\n"
        "ULAANBAATAR, October 13 -- Japanese Foreign Minister Yoko Kamikawa met Mongolian Foreign Minister "
        "Batmunkh Battsetseg in Ulaanbaatar on Thursday, October 12, 2023.\n", "2023-10-13"),
    "news-two/2023-12-20": (
        "A year of diplomacy for Mongolia\n"
        "In October 2023, Japanese Foreign Minister Yoko Kamikawa held talks with Mongolian Foreign Minister "
        "Batmunkh Battsetseg in Ulaanbaatar.\n", "2023-12-20"),
}


def test_the_command_line_build_writes_one_timeline_row_for_one_meeting_in_three_sources(tmp_path):
    raw = tmp_path / "raw"
    for name, (text, published) in DOCUMENTS.items():
        path = raw / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if published:
            path.with_suffix(".meta.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out",
                             str(tmp_path / "out"), "--jobs", "1", "--quiet"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "out" / "json" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    timeline = [json.loads(line) for line in lines]
    meeting = [r for r in timeline if r["event_type"] == "CONSULT"]
    assert len(meeting) == 1
    assert (meeting[0]["date_start"], meeting[0]["date_end"], meeting[0]["place_name"]) == \
        ("2023-10-12", "2023-10-12", "Ulaanbaatar")
    assert sorted(s["doc_id"] for s in meeting[0]["sources"]) == ["mofa-page", "news-one", "news-two"]
    assert meeting[0]["actors_iso3"] == ["JPN", "MNG"]
    # the memorandum signed at the meeting is an AGREE of its own
    assert [r["n_sources"] for r in timeline if r["event_type"] == "AGREE"] == [1]
    review = subprocess.run([sys.executable, "-m", "pipeline", "review", "--raw", str(raw), "--out",
                             str(tmp_path / "out"), "--quiet"], cwd=ROOT, capture_output=True, text=True)
    assert review.returncode == 0, review.stderr
    page = (tmp_path / "out" / "review" / "timeline.html").read_text(encoding="utf-8")
    # each source links to its event's evidence (the first event of each page here, by date then offset)
    for href in ("mofa-page/2024-01-10.html#e0", "news-one/2023-10-13.html#e0", "news-two/2023-12-20.html#e0"):
        assert f'href="{href}"' in page
    assert 'href="timeline.html"' in (tmp_path / "out" / "review" / "index.html").read_text(encoding="utf-8")
    from pipeline import load_table
    frame = load_table("timeline", tmp_path / "out")
    assert len(frame) == len(timeline)
    assert len(load_table("timeline", tmp_path / "out", doc_id="news-one")) == 1


def test_the_timeline_page_lists_dated_events_by_date_and_undated_ones_last():
    from pipeline.review import timeline_page

    def row(tid, start):
        return {"timeline_id": tid, "event_type": "CONSULT", "date_start": start, "date_end": start,
                "date_precision": "day" if start else None, "place_id": None, "place_name": None,
                "actors_iso3": ["JPN", "MNG"], "people": [], "status": "occurred", "n_sources": 1,
                "sources": [{"doc_id": f"d-{tid}", "version": "v1", "event_id": f"e-{tid}"}], "conflicts": []}

    from datetime import date

    page = timeline_page([row("undated", None), row("early", date(2001, 2, 3)), row("late", date(2020, 5, 6))], {})
    assert page.index("d-early") < page.index("d-late") < page.index("d-undated")
