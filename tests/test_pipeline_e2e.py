"""End to end: build the seed (and a small news story) into a temporary folder and check the
output contract: tables, columns, types, offsets, JSONL == Parquet, determinism, the cache."""
from __future__ import annotations

import json
import shutil
from datetime import date

import pyarrow.parquet as pq
import pytest

from pipeline import build as build_mod
from pipeline.config import Settings
from pipeline.schema import ALL_TABLES, TABLES, arrow_schema, columns

NEWS = (
    "North Korea fires missile toward Sea of Japan\n"
    "SEOUL, March 25 (Reuters) - North Korea fired a ballistic missile on Thursday, "
    "South Korea's military said. Japanese Prime Minister Fumio Kishida called the launch "
    "an outrage.\n"
)


def make_raw(root, seed_path):
    raw = root / "raw"
    (raw / "seed").mkdir(parents=True)
    shutil.copyfile(seed_path, raw / "seed" / "2022-04-01.txt")
    (raw / "news").mkdir()
    (raw / "news" / "2021-03-25.txt").write_text(NEWS, encoding="utf-8")
    (raw / "news" / "2021-03-25.meta.json").write_text(
        json.dumps({"title": "North Korea fires missile", "published": "2021-03-25"}), encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp, seed_path):
    root = tmp_path_factory.mktemp("e2e")
    raw = make_raw(root, seed_path)
    report = build_mod.build(raw, root / "out", Settings())
    return raw, root / "out", report


def read_jsonl(out, table):
    with open(out / "json" / f"{table}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_build_reports_success(built):
    _, _, report = built
    assert report.ok, [str(e) for e in report.failed]
    assert report.built == 2 and report.reused == 0


@pytest.mark.parametrize("table", ALL_TABLES)
def test_every_table_in_both_formats_with_schema_columns(built, table):
    _, out, _ = built
    parquet = pq.read_table(out / "parquet" / f"{table}.parquet")
    assert parquet.schema.equals(arrow_schema(table), check_metadata=False)
    rows = read_jsonl(out, table)
    for row in rows:
        assert list(row) == columns(table)
    as_json = parquet.to_pylist()
    for row in as_json:
        for key, value in row.items():
            if isinstance(value, date):
                row[key] = value.isoformat()
    assert as_json == rows


@pytest.mark.parametrize("table", TABLES)
def test_tables_have_rows_for_both_documents(built, table):
    _, out, _ = built
    doc_ids = {row["doc_id"] for row in read_jsonl(out, table)}
    assert "seed" in doc_ids
    if table in ("documents", "mentions", "dates", "people"):
        assert "news" in doc_ids


def test_offsets_round_trip(built):
    raw, out, _ = built
    texts = {("seed", "2022-04-01"): (raw / "seed" / "2022-04-01.txt").read_text(encoding="utf-8"),
             ("news", "2021-03-25"): NEWS}
    for table in ("mentions", "dates"):
        for row in read_jsonl(out, table):
            text = texts[(row["doc_id"], row["version"])]
            assert text[row["start_char"]:row["end_char"]] == row["text"]
    for row in read_jsonl(out, "events"):
        text = texts[(row["doc_id"], row["version"])]
        assert 0 <= row["start_char"] < row["end_char"] <= len(text)


def test_documents_table(built, seed_text):
    _, out, _ = built
    rows = {r["doc_id"]: r for r in read_jsonl(out, "documents")}
    assert rows["news"]["published"] == "2021-03-25"
    assert rows["news"]["anchor_date"] == "2021-03-25"
    assert rows["seed"]["published"] is None
    assert rows["seed"]["source"] == "seed/2022-04-01.txt"
    assert rows["seed"]["n_chars"] == len(seed_text)


def test_relative_date_resolved_against_published(built):
    _, out, _ = built
    thursday = [r for r in read_jsonl(out, "dates") if r["doc_id"] == "news" and "Thursday" in r["text"]]
    # 2021-03-25 was itself a Thursday: "on Thursday" in a story published that day is that day.
    assert [(r["value_start"], r["value_end"], r["resolution"]) for r in thursday] == \
        [("2021-03-25", "2021-03-25", "anchor")]


# The numbered items of "Recent Developments", read off the seed by hand: date range and
# the place given as "(in X)" in the item's heading (items 6, 10 and 11 name none there).
ITEMS = [
    ("2014-03-03", "2014-03-03", "Shenyang"),
    ("2014-03-19", "2014-03-20", "Shenyang"),
    ("2014-03-30", "2014-03-31", "Beijing"),
    ("2014-05-26", "2014-05-28", "Stockholm"),
    ("2014-07-01", "2014-07-01", "Beijing"),
    ("2014-07-04", "2014-07-04", None),
    ("2014-09-29", "2014-09-29", "Shenyang"),
    ("2014-10-28", "2014-10-29", "Pyongyang"),
    ("2015-08-06", "2015-08-06", "Kuala Lumpur"),
    ("2018-02-09", "2018-02-09", None),
    ("2018-09-26", "2018-09-26", None),
]


@pytest.mark.parametrize("start, end, place", ITEMS)
def test_every_numbered_item_is_an_event(built, start, end, place):
    _, out, _ = built
    events = [e for e in read_jsonl(out, "events") if e["doc_id"] == "seed"]
    matching = [e for e in events if (e["date_start"], e["date_end"]) == (start, end)]
    assert matching, f"no event dated {start}..{end}"
    if place:
        assert place in {e["place_name"] for e in matching}


def test_rebuild_is_deterministic_and_cached(built, tmp_path):
    raw, out, _ = built
    before = {t: (out / "json" / f"{t}.jsonl").read_bytes() for t in ALL_TABLES}
    report = build_mod.build(raw, out, Settings())
    assert (report.built, report.reused) == (0, 2)
    assert {t: (out / "json" / f"{t}.jsonl").read_bytes() for t in ALL_TABLES} == before
    fresh = build_mod.build(raw, tmp_path / "fresh", Settings())
    assert fresh.built == 2
    assert {t: (tmp_path / "fresh" / "json" / f"{t}.jsonl").read_bytes() for t in ALL_TABLES} == before


def test_cached_rebuild_runs_no_nlp(built, monkeypatch):
    raw, out, _ = built

    def no_model(*_):
        raise AssertionError("the model was loaded for an unchanged corpus")

    monkeypatch.setattr("pipeline.nlp.load_nlp", no_model)
    assert build_mod.build(raw, out, Settings()).reused == 2


def test_changed_document_is_rebuilt_alone(built, tmp_path):
    raw, out, _ = built
    copy = tmp_path / "raw"
    shutil.copytree(raw, copy)
    shutil.copytree(out, tmp_path / "out")
    story = copy / "news" / "2021-03-25.txt"
    story.write_text(NEWS.replace("Thursday", "Wednesday"), encoding="utf-8")
    report = build_mod.build(copy, tmp_path / "out", Settings())
    assert (report.built, report.reused) == (1, 1)


def test_stages_run_alone_give_the_same_tables(built, tmp_path):
    raw, out, _ = built
    stages = tmp_path / "stages"
    assert build_mod.run_parse_stage(raw, stages).ok
    assert build_mod.run_extract_stage(stages, Settings()).built == 2
    assert build_mod.run_normalise_stage(stages).built == 2
    build_mod.run_export_stage(stages)
    for table in ALL_TABLES:
        assert (stages / "json" / f"{table}.jsonl").read_bytes() == (out / "json" / f"{table}.jsonl").read_bytes(), table


def test_item_with_people_names_them_and_only_the_meeting_parties(built):
    # Item (9): Foreign Minister Fumio Kishida met Foreign Minister Ri Su-Yong of North Korea in
    # Kuala Lumpur; Malaysia, which Kishida was visiting, is the venue, not a party.
    _, out, _ = built
    (meeting,) = [e for e in read_jsonl(out, "events") if e["doc_id"] == "seed"
                  and e["event_type"] == "CONSULT" and e["date_start"] == "2015-08-06"
                  and e["place_name"] == "Kuala Lumpur"]
    assert meeting["actors_iso3"] == ["JPN", "PRK"]
    assert meeting["people"] == ["Fumio Kishida", "Ri Su-Yong"]
