"""pipeline.load / load_table: dtypes from the schemas, doc_id/version filters; and the Parquet
files read as they are by DuckDB and Polars, with each column's description as metadata."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import build as build_mod
from pipeline import export, load, load_table
from pipeline.api import Tables, dtypes
from pipeline.config import Settings
from pipeline.schema import ALL_TABLES, columns, json_schema, validate_rows

ROOT = Path(__file__).resolve().parent.parent


# --- a hand-made dataset: three document versions, values chosen by hand --------------------

def _doc(doc_id, version, published=None):
    return {"doc_id": doc_id, "version": version, "title": f"{doc_id} {version}", "source": f"{doc_id}/{version}.txt",
            "source_url": None, "sha256": "0" * 64, "encoding": "utf-8", "n_chars": 100, "published": published,
            "anchor_date": published, "language": "en"}


def _date(doc_id, version, start_char, value_start, value_end, precision, mod=None):
    return {"doc_id": doc_id, "version": version, "mention_id": f"m-{doc_id}{version}{start_char}", "text": "x",
            "start_char": start_char, "end_char": start_char + 1, "value_start": value_start, "value_end": value_end,
            "precision": precision, "approximate": mod is not None, "mod": mod, "resolution": "explicit"}


def _event(doc_id, version, event_id, event_type, date_start, place=None, people=()):
    return {"doc_id": doc_id, "version": version, "event_id": event_id, "event_type": event_type,
            "mode": "visit" if event_type == "CONSULT" else None, "date_start": date_start, "date_end": date_start,
            "date_precision": "day" if date_start else None, "status": "occurred",
            "place_id": place and place.upper()[:3],
            "place_name": place, "actors_iso3": ["JPN", "PRK"], "source_iso3": ["PRK"], "target_iso3": [],
            "people": list(people), "trigger": "met", "summary": "s", "start_char": 0, "end_char": 5, "evidence": [[0, 5]]}


HAND = {
    "documents": [_doc("a", "v1", "2022-03-25"), _doc("a", "v2"), _doc("b", "v1")],
    "mentions": [{"doc_id": "a", "version": "v1", "mention_id": "m-1", "label": "PLACE", "text": "Tokyo",
                  "start_char": 3, "end_char": 8, "sentence_index": 0, "entity_id": "geonames:1850147"},
                 {"doc_id": "b", "version": "v1", "mention_id": "m-2", "label": "NORP", "text": "Japanese",
                  "start_char": 0, "end_char": 8, "sentence_index": 0, "entity_id": None}],
    "dates": [_date("a", "v1", 0, "2002-09-01", "2002-09-30", "month"),
              _date("a", "v2", 0, "2002-09-01", "2002-09-30", "month"),
              _date("a", "v2", 10, "1970-01-01", "1979-12-31", "decade", mod="end"),
              _date("b", "v1", 0, "2014-03-03", "2014-03-03", "day")],
    "people": [{"doc_id": "a", "version": "v1", "person_id": "p-kim", "name": "Kim Jong Il", "mentions": ["Kim"],
                "n_mentions": 2, "titles": ["Chairman", "General Secretary"],
                "country_iso3": "PRK", "country_source": "text"}],
    "places": [{"doc_id": "a", "version": "v1", "place_id": "geonames:1850147", "name": "Tokyo", "kind": "city",
                "country_iso3": "JPN", "countries_iso3": ["JPN"], "latitude": 35.6895, "longitude": 139.69171,
                "mentions": ["Tokyo"], "n_mentions": 1},
               {"doc_id": "a", "version": "v1", "place_id": "JPN", "name": "Japan", "kind": "country",
                "country_iso3": "JPN", "countries_iso3": ["JPN"], "latitude": None, "longitude": None,
                "mentions": ["Japan"], "n_mentions": 3}],
    "events": [_event("a", "v1", "e-1", "CONSULT", "2002-09-17", "Pyongyang", ["Junichiro Koizumi", "Kim Jong Il"]),
               _event("a", "v2", "e-1", "CONSULT", "2002-09-17", "Pyongyang", ["Junichiro Koizumi", "Kim Jong Il"]),
               _event("a", "v2", "e-2", "ASSAULT", None)],
}
HAND_ERRORS = [{"doc_id": None, "version": None, "path": "stray.txt", "stage": "discover", "error": "layout",
                "message": "file directly in the raw folder"}]


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    out = tmp_path_factory.mktemp("hand")
    for table, rows in HAND.items():
        validate_rows(table, rows)
    validate_rows("errors", HAND_ERRORS)
    export.write_tables(out, [HAND], HAND_ERRORS)
    return out


def test_load_returns_every_table_by_name_and_attribute(hand):
    data = load(hand)
    assert isinstance(data, Tables) and isinstance(data, dict)
    assert list(data) == list(ALL_TABLES)
    assert data.events is data["events"]
    # timeline: the latest version of "a" (v2) has two events and "b" none, so two rows
    assert [len(data[t]) for t in ALL_TABLES] == [3, 2, 4, 1, 2, 3, 1, 2]
    for table, frame in data.items():
        assert list(frame.columns) == columns(table)
    with pytest.raises(AttributeError, match="no table 'evnts'"):
        data.evnts  # noqa: B018


def test_event_dtypes(hand):
    events = load_table("events", hand)
    assert events["date_start"].dtype == "datetime64[ms]" and events["date_end"].dtype == "datetime64[ms]"
    assert isinstance(events["event_type"].dtype, pd.CategoricalDtype)
    assert list(events["event_type"].cat.categories) == [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
    # events.mode has no enum in its schema: its categories are the PLOVER modes of the trigger lexicon
    modes = list(events["mode"].cat.categories)
    assert modes[:4] == ["visit", "third-party", "multilateral", "phone"]
    assert {"abduct", "release", "weapons", "humanitarian"} <= set(modes) and len(modes) == len(set(modes))
    assert events["date_precision"].cat.ordered
    assert events["start_char"].dtype == "int64"
    assert isinstance(events["event_id"].dtype, pd.StringDtype)
    # rows sorted by doc_id, version, date_start (null first), start_char, event_id
    assert events["event_id"].tolist() == ["e-1", "e-2", "e-1"]
    assert events["version"].tolist() == ["v1", "v2", "v2"]
    first = events.iloc[0]
    assert first["date_start"] == pd.Timestamp("2002-09-17")
    assert first["people"] == ["Junichiro Koizumi", "Kim Jong Il"] and type(first["people"]) is list
    assert first["actors_iso3"] == ["JPN", "PRK"] and first["target_iso3"] == []
    assert first["mode"] == "visit" and first["place_name"] == "Pyongyang"
    assault = events.iloc[1]
    assert pd.isna(assault["date_start"]) and pd.isna(assault["mode"]) and pd.isna(assault["date_precision"])
    assert assault["place_name"] is pd.NA
    # dates are usable for filtering, categories for counting
    assert len(events[events["date_start"] >= "2002-09-01"]) == 2
    assert events["event_type"].value_counts()["ASSAULT"] == 1
    assert events["event_type"].value_counts()["AGREE"] == 0


def test_dates_places_documents_mentions_dtypes(hand):
    data = load(hand, tables=["dates", "places", "documents", "mentions", "people", "errors"])
    dates = data.dates
    assert list(dates["precision"].cat.categories) == ["day", "week", "month", "season", "quarter", "year",
                                                       "decade", "century"]
    assert dates["precision"].cat.ordered
    assert (dates["precision"] <= "month").tolist() == [True, True, False, True]
    assert list(dates["mod"].cat.categories) == ["start", "mid", "end", "before", "after"]
    assert dates["mod"].isna().tolist() == [True, True, False, True]
    assert list(dates["resolution"].cat.categories) == ["explicit", "context", "anchor"]
    assert dates["approximate"].dtype == "bool" and dates["approximate"].tolist() == [False, False, True, False]
    assert dates["value_end"].tolist()[2] == pd.Timestamp("1979-12-31")

    places = data.places
    assert list(places["kind"].cat.categories) == ["country", "city", "region", "sea", "facility", "other"]
    assert places["latitude"].dtype == "float64" and places["n_mentions"].dtype == "int64"
    # sorted by place_id: "JPN" < "geonames:..."
    assert places["place_id"].tolist() == ["JPN", "geonames:1850147"]
    assert pd.isna(places["latitude"].iloc[0]) and places["latitude"].iloc[1] == 35.6895

    documents = data.documents
    assert documents["published"].dtype == "datetime64[ms]"
    assert documents["published"].iloc[0] == pd.Timestamp("2022-03-25") and pd.isna(documents["published"].iloc[1])
    assert documents["title"].iloc[2] == "b v1"

    assert list(data.mentions["label"].cat.categories) == ["DATE", "PERSON", "PLACE", "ORG", "NORP"]
    assert data.mentions["entity_id"].tolist()[1] is pd.NA
    assert data.people["titles"].iloc[0] == ["Chairman", "General Secretary"]
    assert data.errors["doc_id"].iloc[0] is pd.NA and data.errors["path"].iloc[0] == "stray.txt"


def test_dtypes_follow_the_schema_types():
    for table in ALL_TABLES:
        expected = dtypes(table)
        for name, prop in json_schema(table)["properties"].items():
            dtype = expected[name]
            types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
            if "enum" in prop:
                assert list(dtype.categories) == [v for v in prop["enum"] if v is not None]
            elif prop.get("format") == "date":
                assert dtype == "datetime64[ms]"
            elif "array" in types:
                assert dtype == object  # noqa: E721 - a NumPy dtype compares equal to object
            elif "integer" in types:
                assert dtype == ("Int64" if "null" in types else "int64")
            elif "boolean" in types:
                assert dtype == ("boolean" if "null" in types else "bool")


@pytest.mark.parametrize("doc_id, version, words", [
    ("c", None, "no doc_id 'c' in "),
    (["a", "nope"], None, "no doc_id 'nope' in "),
    ("a", "v9", "no version 'v9' in "),
])
def test_an_unknown_doc_id_or_version_is_an_error_not_empty_tables(hand, doc_id, version, words):
    with pytest.raises(LookupError, match=words) as info:
        load(hand, doc_id=doc_id, version=version)
    assert "the built ones: " in str(info.value)
    with pytest.raises(LookupError, match=words):
        load_table("events", hand, doc_id=doc_id, version=version)


@pytest.mark.parametrize("doc_id, version, expected", [
    ("a", None, {("a", "v1"), ("a", "v2")}),
    (None, "v1", {("a", "v1"), ("b", "v1")}),
    ("a", "v2", {("a", "v2")}),
    (["a", "b"], ["v1"], {("a", "v1"), ("b", "v1")}),
])
def test_filter_by_doc_id_and_version(hand, doc_id, version, expected):
    data = load(hand, doc_id=doc_id, version=version)
    for table in ("documents", "dates", "events"):
        assert set(zip(data[table]["doc_id"], data[table]["version"])) <= expected
    assert set(zip(data.documents["doc_id"], data.documents["version"])) == expected
    counts = {("a", "v1"): 1, ("a", "v2"): 2, ("b", "v1"): 1}
    assert len(data.dates) == sum(counts[k] for k in expected)
    assert data.dates.index.tolist() == list(range(len(data.dates)))
    assert data.errors.empty  # the errors row has no doc_id/version
    assert all(list(frame.columns) == columns(t) for t, frame in data.items())


def test_load_one_table_by_name(hand):
    assert list(load(hand, tables="people")) == ["people"]
    with pytest.raises(ValueError, match="unknown table"):
        load_table("nope", hand)
    with pytest.raises(FileNotFoundError, match="build the datasets first"):
        load_table("events", hand / "missing")


def test_importing_the_package_does_not_import_pandas():
    code = "import sys, pipeline; assert 'pandas' not in sys.modules; assert callable(pipeline.load)"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# --- the real pipeline: the seed built into a temporary folder ------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp, seed_path):
    root = tmp_path_factory.mktemp("api")
    (root / "raw" / "seed").mkdir(parents=True)
    shutil.copyfile(seed_path, root / "raw" / "seed" / "2022-04-01.txt")
    report = build_mod.build(root / "raw", root / "out", Settings())
    assert report.ok, [str(e) for e in report.failed]
    return root / "out"


def _jsonl_rows(out: Path, table: str) -> int:
    return len((out / "json" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines())


def test_seed_build_loads_with_schema_dtypes(built):
    data = load(built)
    assert len(data.documents) == 1
    for table, frame in data.items():
        assert len(frame) == _jsonl_rows(built, table), table
        assert {n: frame[n].dtype for n in frame.columns} == dtypes(table), table
    for table in ("mentions", "dates", "people", "places", "events"):
        assert len(data[table]) > 0, f"the seed has no {table}"
    assert data.events["date_start"].notna().any()
    # a doc_id that is not there is an error, not empty tables (issue 18)
    with pytest.raises(LookupError, match="no doc_id 'other' in .*; the built ones: seed"):
        load(built, doc_id="other")


@pytest.mark.parametrize("table", ALL_TABLES)
def test_duckdb_reads_parquet_as_is(built, table):
    duckdb = pytest.importorskip("duckdb")
    path = (built / "parquet" / f"{table}.parquet").as_posix()
    con = duckdb.connect()
    names = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()]
    assert names == columns(table)
    assert con.execute(f"SELECT count(*) FROM '{path}'").fetchone()[0] == _jsonl_rows(built, table)
    con.close()


@pytest.mark.parametrize("table", ALL_TABLES)
def test_polars_reads_parquet_as_is(built, table):
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(built / "parquet" / f"{table}.parquet")
    assert frame.columns == columns(table)
    assert frame.height == _jsonl_rows(built, table)
    if table == "events":
        assert frame.schema["date_start"] == pl.Date and frame.schema["people"] == pl.List(pl.String)


@pytest.mark.parametrize("table", ALL_TABLES)
def test_parquet_fields_carry_the_column_descriptions(built, table):
    schema = pq.read_schema(built / "parquet" / f"{table}.parquet")
    described = json_schema(table)
    for name, prop in described["properties"].items():
        metadata = schema.field(name).metadata
        assert metadata[b"description"].decode("utf-8") == prop["description"]
    assert schema.metadata[b"description"].decode("utf-8") == described["description"]


def test_duckdb_events_query(built):
    duckdb = pytest.importorskip("duckdb")
    path = (built / "parquet" / "events.parquet").as_posix()
    rows = duckdb.sql(f"SELECT event_type, count(*) AS n FROM '{path}' GROUP BY ALL ORDER BY n DESC").fetchall()
    events = load_table("events", built)
    assert dict(rows) == {k: v for k, v in events["event_type"].value_counts().items() if v}


def test_a_mode_outside_the_lexicon_is_kept(tmp_path):
    row = {**_event("a", "v1", "e-9", "ASSAULT", "2020-01-01"), "mode": "new-mode"}
    validate_rows("events", [row])
    export.write_tables(tmp_path, [{"events": [row]}], [])
    events = load_table("events", tmp_path)
    assert events["mode"].tolist() == ["new-mode"]
    assert list(events["mode"].cat.categories)[-1] == "new-mode"
