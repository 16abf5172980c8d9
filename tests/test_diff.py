"""Issue 6: ``python -m pipeline diff``.

Unit tests compare small hand-made tables (no spaCy): offsets that shift are not changes, a
non-key change is a changed row naming the column, a key change is a removal plus an addition,
duplicates pair in text order, the exit code. The end-to-end tests at the bottom build two
versions of the seed page with the real pipeline and check the report and the JSON against
changes worked out by hand.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import diff
from pipeline.__main__ import main
from pipeline.export import to_arrow, write_tables
from pipeline.schema import arrow_schema, columns, validate_rows

DOC = "doc"


# --- hand-made rows ---------------------------------------------------------------------------

def event(event_id, start=100, **kw):
    row = {"doc_id": DOC, "version": "v1", "event_id": event_id, "event_type": "CONSULT", "mode": "visit",
           "date_start": "2014-03-03", "date_end": "2014-03-03", "date_precision": "day", "status": "occurred",
           "place_id": "CHN", "place_name": "China", "actors_iso3": ["JPN", "PRK"], "source_iso3": [],
           "target_iso3": [], "people": [], "trigger": "talks", "summary": "Japan and North Korea held talks.",
           "start_char": start, "end_char": start + 30}
    row.update(kw)
    return row


def date_row(value, text, sentence, start=10, mention_id=None, **kw):
    row = {"doc_id": DOC, "version": "v1", "mention_id": mention_id or f"m-{start}", "text": text,
           "start_char": start, "end_char": start + len(text), "value_start": value, "value_end": value,
           "precision": "day", "approximate": False, "mod": None, "resolution": "explicit",
           "sentence": sentence}
    row.update(kw)
    return row


def person(person_id, name, titles=(), mentions=None, n=1):
    return {"doc_id": DOC, "version": "v1", "person_id": person_id, "name": name,
            "mentions": sorted(mentions or [name]), "n_mentions": n, "titles": sorted(titles),
            "country_iso3": None, "country_source": None}


def place(place_id, name, kind="country", n=1, mentions=None):
    return {"doc_id": DOC, "version": "v1", "place_id": place_id, "name": name, "kind": kind,
            "country_iso3": place_id if kind == "country" else None,
            "countries_iso3": [place_id] if kind == "country" else [], "latitude": None, "longitude": None,
            "mentions": mentions or [name], "n_mentions": n}


def shifted(rows, by=1, **changes):
    """The rows as in a later version whose text moved by `by` characters."""
    out = []
    for row in rows:
        row = {**row, "version": "v2", **changes}
        if "start_char" in row:
            row["start_char"] += by
            row["end_char"] += by
        out.append(row)
    return out


SENT = "On March 3, 2014, Japan and North Korea held talks in Shenyang."
OLD = {
    "events": [event("ev-1"), event("ev-2", start=300, event_type="PROTEST", mode=None, summary="Japan protested.")],
    "dates": [date_row("2014-03-03", "March 3, 2014", SENT),
              date_row("2014-01-01", "2014", "In 2014, talks went on.", start=200, precision="year",
                       value_end="2014-12-31")],
    "people": [person("p-abe", "Shinzo Abe", ["Prime Minister"]), person("p-kishida", "Fumio Kishida")],
    "places": [place("JPN", "Japan", n=5), place("PRK", "North Korea", n=3)],
}


# --- semantics ------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", diff.DIFF_TABLES)
def test_key_compared_and_ignored_columns_cover_the_schema(table):
    cols = set(columns(table))
    key = {k for k in diff.KEYS[table] if k in cols}
    compared = set(diff.compared_columns(table))
    ignored = set(diff.IGNORED[table])
    assert key | compared | ignored == cols
    assert not (compared & ignored) and not (key & compared)
    assert {"start_char", "end_char"} & cols <= ignored


def test_offset_shift_alone_is_no_change():
    new = {t: shifted(rows, by=57) for t, rows in OLD.items()}
    # the mention ids of the dates changed too (they hash the sentence): not compared
    new["dates"] = [{**r, "mention_id": r["mention_id"] + "x"} for r in new["dates"]]
    new["places"] = [{**r, "n_mentions": r["n_mentions"] + 4} for r in new["places"]]
    result = diff.diff_versions(DOC, "v1", "v2", OLD, new)
    assert not result.differs
    assert all(t.counts() == {"added": 0, "removed": 0, "changed": 0} for t in result.tables.values())
    assert result.rows() == []


def test_non_key_change_is_one_changed_row_naming_the_column():
    new = {t: shifted(rows) for t, rows in OLD.items()}
    new["events"][0]["summary"] = "Japan and North Korea held formal talks."
    new["people"][0]["titles"] = ["Former Prime Minister", "Prime Minister"]
    new["dates"][1]["precision"] = "decade"
    result = diff.diff_versions(DOC, "v1", "v2", OLD, new)
    ev, dt, pp = result.tables["events"], result.tables["dates"], result.tables["people"]
    assert (ev.added, ev.removed, pp.added, pp.removed, dt.added, dt.removed) == ([],) * 6
    assert [(c.entity_id, c.columns) for c in ev.changed] == [
        ("ev-1", {"summary": ("Japan and North Korea held talks.", "Japan and North Korea held formal talks.")})]
    assert [(c.entity_id, c.columns) for c in pp.changed] == [
        ("p-abe", {"titles": (["Prime Minister"], ["Former Prime Minister", "Prime Minister"])})]
    assert [c.columns for c in dt.changed] == [{"precision": ("year", "decade")}]
    assert not result.tables["places"].differs


def test_key_change_is_a_removal_plus_an_addition():
    new = {t: shifted(rows) for t, rows in OLD.items()}
    new["events"][1]["event_id"] = "ev-9"  # e.g. its date was corrected, so its id changed
    new["dates"][0].update(value_start="2014-03-04", value_end="2014-03-04")
    new["people"] = new["people"][:1]
    result = diff.diff_versions(DOC, "v1", "v2", OLD, new)
    ev, dt = result.tables["events"], result.tables["dates"]
    assert [e.entity_id for e in ev.added] == ["ev-9"] and [e.entity_id for e in ev.removed] == ["ev-2"]
    assert ev.changed == []
    assert [e.row["value_start"] for e in dt.added] == ["2014-03-04"]
    assert [e.row["value_start"] for e in dt.removed] == ["2014-03-03"]
    assert [e.entity_id for e in result.tables["people"].removed] == ["p-kishida"]


def test_date_key_is_value_and_sentence_words_not_offsets_or_punctuation():
    same_words = SENT.replace("2014, Japan", "2014 Japan")
    other = "On March 3, 2014, Japan and China held talks."
    old = {"dates": [date_row("2014-03-03", "March 3, 2014", SENT)]}
    assert not diff.diff_versions(DOC, "v1", "v2", old, {"dates": [
        date_row("2014-03-03", "March 3, 2014", same_words, start=99)]}).differs
    moved = diff.diff_versions(DOC, "v1", "v2", old, {"dates": [date_row("2014-03-03", "March 3, 2014", other)]})
    assert (len(moved.tables["dates"].added), len(moved.tables["dates"].removed)) == (1, 1)
    entity = moved.tables["dates"].added[0].entity_id
    assert entity == f"2014-03-03..2014-03-03 in {diff.sentence_hash(other)}"


def test_free_text_compared_on_words():
    new = {"events": shifted([event("ev-1", summary="Japan and North Korea held talks .")])}
    assert not diff.diff_versions(DOC, "v1", "v2", {"events": [event("ev-1")]}, new).differs
    new = {"events": shifted([event("ev-1", summary="Japan and North Korea held no talks.")])}
    assert diff.diff_versions(DOC, "v1", "v2", {"events": [event("ev-1")]}, new).tables["events"].changed


def test_duplicate_keys_pair_in_text_order():
    sentence = "In 2014 and again in 2014, talks were held."
    old = {"dates": [date_row("2014-01-01", "2014", sentence, start=3, mention_id="m-a"),
                     date_row("2014-01-01", "2014", sentence, start=21, mention_id="m-b")]}
    new = {"dates": [date_row("2014-01-01", "2014", sentence, start=50, mention_id="m-c")]}
    result = diff.diff_versions(DOC, "v1", "v2", old, new).tables["dates"]
    assert result.added == [] and result.changed == []
    assert [(e.entity_id, e.row["mention_id"], e.key["occurrence"]) for e in result.removed] == [
        (f"2014-01-01..2014-01-01 in {diff.sentence_hash(sentence)}#2", "m-b", 2)]
    # the same inputs in another order give the same answer
    again = diff.diff_versions(DOC, "v1", "v2", {"dates": old["dates"][::-1]}, new).tables["dates"]
    assert [e.entity_id for e in again.removed] == [e.entity_id for e in result.removed]


def test_dataframes_with_numpy_lists_and_nan_are_accepted():
    # as read from Parquet by pandas: list columns as numpy arrays, missing floats as NaN
    old = to_arrow("places", [place("JPN", "Japan"), place("geonames:1", "Shenyang", kind="city")]).to_pandas()
    new_rows = shifted([place("JPN", "Japan"), place("geonames:1", "Shenyang", kind="city")])
    new_rows[1].update(latitude=41.8, longitude=123.4)
    new = to_arrow("places", new_rows).to_pandas()
    assert type(old["mentions"][0]).__name__ == "ndarray" and pd.isna(old["latitude"][1])
    result = diff.diff_table("places", old, new)
    assert [(c.entity_id, c.columns) for c in result.changed] == [
        ("geonames:1", {"latitude": (None, 41.8), "longitude": (None, 123.4)})]
    assert diff.diff_table("places", old, pd.DataFrame(shifted(old.to_dict("records")))).changed == []


def test_json_form_and_diffs_rows():
    new = {t: shifted(rows) for t, rows in OLD.items()}
    new["events"].append(event("ev-3", start=500, event_type="ASSAULT", mode=None, date_start="2022-03-24",
                               date_end="2022-03-24", summary="North Korea launched an ICBM."))
    new["people"][0]["titles"] = []
    new["places"] = new["places"][:1]
    result = diff.diff_versions(DOC, "v1", "v2", OLD, new)
    data = json.loads(json.dumps(result.to_json()))
    assert (data["doc_id"], data["from"], data["to"]) == (DOC, "v1", "v2")
    assert list(data["tables"]) == ["events", "dates", "people", "places"]
    added = data["tables"]["events"]["added"]
    assert len(added) == 1 and list(added[0]) == columns("events")  # contract columns, no extras
    assert added[0]["date_start"] == "2022-03-24" and added[0]["actors_iso3"] == ["JPN", "PRK"]
    assert data["tables"]["people"]["changed"] == [
        {"id": "p-abe", "key": {"person_id": "p-abe"}, "columns": {"titles": [["Prime Minister"], []]}}]
    assert [r["place_id"] for r in data["tables"]["places"]["removed"]] == ["PRK"]
    assert data["tables"]["dates"] == {"added": [], "removed": [], "changed": []}

    rows = result.rows()
    validate_rows("diffs", rows)
    by_change = {(r["table"], r["change"]): r for r in rows}
    assert set(by_change) == {("events", "added"), ("people", "changed"), ("places", "removed")}
    assert json.loads(by_change[("events", "added")]["new"])["event_id"] == "ev-3"
    assert by_change[("events", "added")]["old"] is None and by_change[("events", "added")]["column"] is None
    changed = by_change[("people", "changed")]
    assert (changed["column"], json.loads(changed["old"]), json.loads(changed["new"])) == (
        "titles", ["Prime Minister"], [])
    assert json.loads(by_change[("places", "removed")]["old"])["name"] == "North Korea"
    assert all(r["version"] == r["to_version"] == "v2" and r["from_version"] == "v1" for r in rows)


def test_write_diff_parquet_and_jsonl_agree(tmp_path):
    new = {t: shifted(rows) for t, rows in OLD.items()}
    new["people"] = new["people"][:1]
    new["events"][0]["people"] = ["Shinzo Abe"]
    result = diff.diff_versions(DOC, "v1", "v2", OLD, new)
    parquet_path, json_path = diff.write_diff(tmp_path, result)
    assert parquet_path == tmp_path / "diffs" / "parquet" / "doc__v1__v2.parquet"
    assert json_path == tmp_path / "diffs" / "json" / "doc__v1__v2.jsonl"
    table = pq.read_table(parquet_path)
    assert table.schema.equals(arrow_schema("diffs"), check_metadata=False)
    jsonl = [json.loads(line) for line in json_path.read_text(encoding="utf-8").splitlines()]
    assert table.to_pylist() == jsonl and len(jsonl) == 2
    assert sorted(f.name for f in (tmp_path / "diffs").rglob("*")) == ["doc__v1__v2.jsonl", "doc__v1__v2.parquet",
                                                                          "json", "parquet"]
    # a second pair, and every pair read as one table
    diff.write_diff(tmp_path, diff.diff_versions(DOC, "v2", "v3", new, new))
    frame = pd.read_parquet(tmp_path / "diffs" / "parquet")
    assert len(frame) == 2 and set(frame["to_version"]) == {"v2"}


def test_text_and_markdown_reports():
    new = {t: shifted(rows) for t, rows in OLD.items()}
    new["dates"][1]["precision"] = "decade"
    new["events"] = new["events"][:1]
    result = diff.diff_versions(DOC, "v1", "v2", OLD, new)
    text = diff.render_text(result)
    assert text.splitlines()[0] == "doc: v1 -> v2"
    assert "  events  0 added, 1 removed, 0 changed" in text
    assert "  dates   0 added, 0 removed, 1 changed" in text
    assert "  - ev-2  PROTEST  2014-03-03  China  JPN,PRK  \"Japan protested.\"" in text
    assert '      precision: "year" -> "decade"' in text
    markdown = diff.render_markdown(result)
    assert "| events | 0 | 1 | 0 |" in markdown and "### dates" in markdown
    assert '`precision`: `"year"` → `"decade"`' in markdown
    assert diff.render_text(diff.diff_versions(DOC, "v1", "v2", OLD, OLD)) == \
        "doc: v1 -> v2: no differences in events, dates, people, places\n"


# --- the command on hand-made built tables (no spaCy) ---------------------------------------------

TEXT_V1 = "Talks\nOn March 3, 2014, Japan and North Korea held talks in Shenyang.\nIn 2016 North Korea tested.\n"
TEXT_V2 = "Talks\nOn March 3, 2014 Japan and North Korea held talks in Shenyang.\nIn 2017 North Korea tested.\n"


def _tables_for(version, text, raw_name, doc=DOC):
    """Tables of one version as a build would write them, with offsets into `text`."""
    def span(phrase):
        start = text.index(phrase)
        return {"start_char": start, "end_char": start + len(phrase)}

    key = {"doc_id": doc, "version": version}
    year = re.search(r"In (\d{4})", text).group(1)
    dates = [
        {**date_row("2014-03-03", "March 3, 2014", None, mention_id=f"m-{version}-1"), **key, **span("March 3, 2014")},
        {**date_row(f"{year}-01-01", year, None, mention_id=f"m-{version}-2", precision="year",
                    value_end=f"{year}-12-31"), **key, **span(year)},
    ]
    for row in dates:
        del row["sentence"]
    return {
        "documents": [{**key, "title": "Talks", "source": f"{doc}/{raw_name}.txt", "source_url": None,
                       "sha256": hashlib.sha256(text.encode()).hexdigest(), "encoding": "utf-8",
                       "n_chars": len(text), "published": None, "anchor_date": None, "language": "en"}],
        "mentions": [], "dates": dates,
        "events": [{**event("ev-1"), **key, **span("Japan and North Korea held talks")}],
        "people": [], "places": [{**place("JPN", "Japan"), **key}],
    }


@pytest.fixture
def small_built(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / DOC).mkdir(parents=True)
    (raw / DOC / "v1.txt").write_text(TEXT_V1, encoding="utf-8")
    (raw / DOC / "v2.txt").write_text(TEXT_V2, encoding="utf-8")
    write_tables(out, [_tables_for("v1", TEXT_V1, "v1"), _tables_for("v2", TEXT_V2, "v2")], [])
    return raw, out


def run_cli(capsys, *argv):
    code = main(["diff", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_json_on_built_tables(small_built, capsys):
    raw, out = small_built
    code, stdout, _ = run_cli(capsys, DOC, "--raw", raw, "--out", out, "--format", "json")
    assert code == 0
    data = json.loads(stdout)
    assert (data["from"], data["to"]) == ("v1", "v2")  # the two newest by name
    # the comma removed before "Japan" moves every offset below it: nothing but 2016 -> 2017 shows
    dates = data["tables"]["dates"]
    assert [r["text"] for r in dates["added"]] == ["2017"] and [r["text"] for r in dates["removed"]] == ["2016"]
    assert dates["changed"] == []
    assert all(data["tables"][t] == {"added": [], "removed": [], "changed": []} for t in ("events", "people", "places"))
    assert (out / "diffs" / "parquet" / "doc__v1__v2.parquet").exists()
    assert len((out / "diffs" / "json" / "doc__v1__v2.jsonl").read_text().splitlines()) == 2


def test_cli_exit_code_and_errors(small_built, capsys, caplog):
    raw, out = small_built
    assert run_cli(capsys, DOC, "--raw", raw, "--out", out, "--exit-code")[0] == 1
    code, stdout, _ = run_cli(capsys, DOC, "v1", "v1", "--raw", raw, "--out", out)
    assert code == 2 and stdout == ""
    assert run_cli(capsys, DOC, "v1", "v9", "--raw", raw, "--out", out)[0] == 2
    assert "version 'v9' of doc not found; versions: v1, v2" in caplog.text
    assert run_cli(capsys, "nodoc", "--raw", raw, "--out", out)[0] == 2
    assert "document 'nodoc' is neither in" in caplog.text
    assert run_cli(capsys, DOC, "v1", "--raw", raw, "--out", out)[0] == 2
    assert run_cli(capsys, "--raw", raw, "--out", out)[0] == 2
    # identical versions: exit 0 even with --exit-code
    shutil.copyfile(raw / DOC / "v2.txt", raw / DOC / "v3.txt")
    write_tables(out, [_tables_for(v, t, v) for v, t in (("v1", TEXT_V1), ("v2", TEXT_V2), ("v3", TEXT_V2))], [])
    code, stdout, _ = run_cli(capsys, DOC, "--raw", raw, "--out", out, "--exit-code")
    assert code == 0 and stdout == "doc: v2 -> v3: no differences in events, dates, people, places\n"


def _without_doc_id(tables):
    return {t: {change: [{k: v for k, v in r.items() if k != "doc_id"} for r in rows] for change, rows in d.items()}
            for t, d in tables.items()}


def test_cli_all_pairs(small_built, capsys):
    raw, out = small_built
    shutil.copyfile(raw / DOC / "v2.txt", raw / DOC / "v3.txt")
    shutil.copytree(raw / DOC, raw / "a-doc")  # sorts before doc: its rows come first in every table
    (raw / "a-doc" / "v3.txt").unlink()
    write_tables(out, [_tables_for(v, t, v, d) for d, versions in (("a-doc", ("v1", "v2")), (DOC, ("v1", "v2", "v3")))
                       for v, t in (("v1", TEXT_V1), ("v2", TEXT_V2), ("v3", TEXT_V2)) if v in versions], [])
    code, stdout, _ = run_cli(capsys, "--all", "--raw", raw, "--out", out, "--format", "json")
    assert code == 0
    data = json.loads(stdout)
    assert [(d["doc_id"], d["from"], d["to"]) for d in data] == [
        ("a-doc", "v1", "v2"), (DOC, "v1", "v2"), (DOC, "v2", "v3")]
    assert _without_doc_id(data[0]["tables"]) == _without_doc_id(data[1]["tables"])  # same texts, same diff
    assert [r["text"] for r in data[0]["tables"]["dates"]["added"]] == ["2017"]
    assert sorted(p.name for p in (out / "diffs" / "parquet").iterdir()) == [
        "a-doc__v1__v2.parquet", "doc__v1__v2.parquet", "doc__v2__v3.parquet"]
    code, stdout, _ = run_cli(capsys, "--all", DOC, "--raw", raw, "--out", out, "--format", "json")
    assert [(d["doc_id"], d["from"], d["to"]) for d in json.loads(stdout)] == [(DOC, "v1", "v2"), (DOC, "v2", "v3")]
    code, stdout, _ = run_cli(capsys, "--all", "--raw", raw, "--out", out, "--format", "markdown")
    assert stdout.count("## doc:") == 2 and "No differences in events, dates, people, places." in stdout


def test_cli_without_raw_text_matches_dates_by_mention_id(small_built, capsys):
    _, out = small_built
    code, stdout, _ = run_cli(capsys, DOC, "--raw", out / "no-raw", "--out", out)
    assert code == 0 and "dates were matched by mention_id" in stdout


# --- end to end: two versions of the seed page, built by the real pipeline -------------------------
#
# The older version is made from the seed by three text edits (each must apply exactly once):
#   1. items (10) and (11), with their bullets, are cut off (they end the page);
#   2. the four sentences about the 2021-2022 launches (Security Issues) become one sentence
#      about 2016;
#   3. the comma after "In September 2002" is removed. That sentence holds a date and an event,
#      so the edit shifts every offset below it, changes the date's mention_id and the event's
#      summary by a comma: the diff must still show nothing for it, nor for items (1) to (9).
#
# Worked out by hand, from the older version (FROM) to the seed (TO):
#   dates   added: 2021; the beginning of 2022; February 27, March 5, March 24 (2022, from the
#           context); February 9, 2018 twice (item 10's heading and bullet); September 26, 2018
#           twice (item 11); removed: 2016. Nothing else: the other dates' sentences are the same.
#   people  added: Kim Yong-nam and Moon Jae-in (item 10), Kono and Ri Yong Ho (item 11).
#           Shinzo Abe is NOT added: item (9) names "Prime Minister Shinzo Abe" in both versions;
#           item (10)'s "Prime Minister Abe" only adds the surface form "Abe", so he may show as
#           changed in `mentions`/`titles`, nothing else. Kishida and Ri Su-Yong (item 9) do not show.
#   places  added: Pyeongchang (item 10; the model finds it: asserted); other places found only
#           in items 10-11 or the launch sentences may be added too (the UN headquarters is a
#           facility the gazetteer may or may not know): checked by where they are named.
#           Removed: none (the 2016 sentence names only North Korea). Japan may change `mentions`
#           ("Japan’s" is written only in the launch sentences and item 10).
#   events  which events the rules find is the events stage's business, so the test does not
#           list them by hand; it asserts that the added events are exactly the newer version's
#           events whose evidence lies in the edited text (launch sentences, items 10-11), the
#           removed ones exactly the older version's events in the 2016 sentence, none changed,
#           and that the meetings of items 10 and 11 (2018-02-09, 2018-09-26) are among the added.

SEED_DOC = "japan-north-korea-relations"
OLD_V, NEW_V = "2016-06-01", "2022-04-01"
LAUNCHES_START = "In 2021, North Korea conducted four launches"
LAUNCHES_END = "about 150 kilometers off the Japanese mainland."
SENTENCE_2016 = "In 2016, North Korea conducted two nuclear tests and launched more than 20 ballistic missiles."
ITEMS_10_11 = "- (10) February 9, 2018:"
COMMA = ("In September 2002, North Korea admitted", "In September 2002 North Korea admitted")


def _once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the seed changed: {old!r} is not in it exactly once"
    return text.replace(old, new)


def older_version(seed: str) -> str:
    text = seed[: seed.index(ITEMS_10_11)]
    start, end = text.index(LAUNCHES_START), text.index(LAUNCHES_END) + len(LAUNCHES_END)
    text = text[:start] + SENTENCE_2016 + text[end:]
    return _once(text, *COMMA)


def edited_regions(seed: str, old: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the edited text: in the seed (new) and in the older version."""
    new_regions = [(seed.index(LAUNCHES_START), seed.index(LAUNCHES_END) + len(LAUNCHES_END)),
                   (seed.index(ITEMS_10_11), len(seed))]
    start = old.index(SENTENCE_2016)
    return new_regions, [(start, start + len(SENTENCE_2016))]


def _inside(regions, start, end) -> bool:
    return any(s <= start and end <= e for s, e in regions)


@pytest.fixture(scope="module")
def seed_pair(tmp_path_factory, nlp, seed_path):
    """Both versions in a raw folder, diffed by the command (which builds them first)."""
    import contextlib
    import io

    root = tmp_path_factory.mktemp("diff-seed")
    raw, out = root / "raw", root / "out"
    (raw / SEED_DOC).mkdir(parents=True)
    seed = seed_path.read_text(encoding="utf-8")
    old = older_version(seed)
    (raw / SEED_DOC / f"{NEW_V}.txt").write_text(seed, encoding="utf-8")
    (raw / SEED_DOC / f"{OLD_V}.txt").write_text(old, encoding="utf-8")
    outputs = {}
    for fmt in ("json", "text", "markdown"):  # the first run builds both versions, the others reuse them
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            code = main(["diff", SEED_DOC, "--raw", str(raw), "--out", str(out), "--format", fmt])
        assert code == 0
        outputs[fmt] = buffer.getvalue()
    return {"raw": raw, "out": out, "seed": seed, "old": old, "json": json.loads(outputs["json"]),
            "text": outputs["text"], "markdown": outputs["markdown"]}


def _built_rows(out, table, version):
    return [r for r in pq.read_table(out / "parquet" / f"{table}.parquet").to_pylist()
            if r["doc_id"] == SEED_DOC and r["version"] == version]


def test_seed_the_edits_really_shift_offsets_and_touch_a_dated_sentence(seed_pair):
    out = seed_pair["out"]
    old_dates = {r["text"]: r for r in _built_rows(out, "dates", OLD_V)}
    new_dates = {r["text"]: r for r in _built_rows(out, "dates", NEW_V)}
    assert old_dates["September 2002"]["mention_id"] != new_dates["September 2002"]["mention_id"]
    assert old_dates["May 2004"]["start_char"] == new_dates["May 2004"]["start_char"] - 1  # the comma
    assert old_dates["May 2014"]["start_char"] < new_dates["May 2014"]["start_char"] - 1  # and the launches


def test_seed_diff_is_the_two_newest_versions(seed_pair):
    data = seed_pair["json"]
    assert (data["doc_id"], data["from"], data["to"]) == (SEED_DOC, OLD_V, NEW_V)
    assert list(data["tables"]) == ["events", "dates", "people", "places"]


def test_seed_dates_added_and_removed_exactly(seed_pair):
    dates = seed_pair["json"]["tables"]["dates"]
    added = [(r["value_start"], r["value_end"], r["text"]) for r in dates["added"]]
    beginning = [a for a in added if a[0] == "2022-01-01"]
    assert len(beginning) == 1 and "2022" in beginning[0][2]  # its end is the dates stage's choice
    assert sorted(a for a in added if a not in beginning) == sorted([
        ("2021-01-01", "2021-12-31", "2021"),
        ("2022-02-27", "2022-02-27", "February 27"),
        ("2022-03-05", "2022-03-05", "March 5"),
        ("2022-03-24", "2022-03-24", "March 24"),
        ("2018-02-09", "2018-02-09", "February 9, 2018"),
        ("2018-02-09", "2018-02-09", "February 9, 2018"),
        ("2018-09-26", "2018-09-26", "September 26, 2018"),
        ("2018-09-26", "2018-09-26", "September 26, 2018"),
    ])
    assert [(r["value_start"], r["value_end"], r["text"]) for r in dates["removed"]] == [
        ("2016-01-01", "2016-12-31", "2016")]
    assert dates["changed"] == []


def test_seed_people_added_exactly_and_abe_at_most_changed(seed_pair):
    people = seed_pair["json"]["tables"]["people"]
    names = sorted(r["name"] for r in people["added"])
    kono = [n for n in names if n == "Kono" or n.endswith(" Kono")]  # "Foreign Minister Kono": no first name
    assert len(kono) == 1
    assert sorted(n for n in names if n not in kono) == ["Kim Yong-nam", "Moon Jae-in", "Ri Yong Ho"]
    assert people["removed"] == []
    reported = json.dumps(people)
    assert "Kishida" not in reported and "Ri Su-Yong" not in reported
    for change in people["changed"]:
        assert change["id"] == people_id(seed_pair, "Shinzo Abe")
        # his mention in the added items is dated inside his term: the gazetteer now gives his country
        assert set(change["columns"]) <= {"mentions", "titles", "country_iso3", "country_source"}


def people_id(seed_pair, name):
    return next(r["person_id"] for r in _built_rows(seed_pair["out"], "people", NEW_V) if r["name"] == name)


def test_seed_places_only_where_the_text_was_edited(seed_pair):
    places = seed_pair["json"]["tables"]["places"]
    seed, old = seed_pair["seed"], seed_pair["old"]
    new_regions, _ = edited_regions(seed, old)
    edited_new = "\n".join(seed[s:e] for s, e in new_regions)
    unchanged_old = old.replace(SENTENCE_2016, "")
    assert "Pyeongchang" in [r["name"] for r in places["added"]]
    for row in places["added"]:  # named only in the edited text
        assert all(form in edited_new and form not in unchanged_old for form in row["mentions"]), row
    assert places["removed"] == []
    for change in places["changed"]:
        assert set(change["columns"]) == {"mentions"}
        old_forms, new_forms = change["columns"]["mentions"]
        assert set(old_forms) <= set(new_forms)  # nothing was taken from the seed but 2016's sentence
        assert all(form in edited_new for form in set(new_forms) - set(old_forms))


def test_seed_events_only_where_the_text_was_edited(seed_pair):
    events, out = seed_pair["json"]["tables"]["events"], seed_pair["out"]
    new_regions, old_regions = edited_regions(seed_pair["seed"], seed_pair["old"])
    expected_added = {r["event_id"] for r in _built_rows(out, "events", NEW_V)
                      if _inside(new_regions, r["start_char"], r["end_char"])}
    expected_removed = {r["event_id"] for r in _built_rows(out, "events", OLD_V)
                        if _inside(old_regions, r["start_char"], r["end_char"])}
    assert expected_added and expected_removed
    assert sorted(r["event_id"] for r in events["added"]) == sorted(expected_added)
    assert sorted(r["event_id"] for r in events["removed"]) == sorted(expected_removed)
    assert events["changed"] == []
    assert {"2018-02-09", "2018-09-26"} <= {r["date_start"] for r in events["added"]}
    assert {r["date_start"] for r in events["removed"]} == {"2016-01-01"}
    # the event of the sentence that lost its comma is in both versions, its summary differs by the comma
    old_summaries = {r["event_id"]: r["summary"] for r in _built_rows(out, "events", OLD_V)}
    new_summaries = {r["event_id"]: r["summary"] for r in _built_rows(out, "events", NEW_V)}
    touched = [i for i in old_summaries if i in new_summaries and old_summaries[i] != new_summaries[i]]
    assert touched and all("September 2002" in new_summaries[i] for i in touched)


def test_seed_text_report(seed_pair):
    text, data = seed_pair["text"], seed_pair["json"]
    lines = text.splitlines()
    assert lines[0] == f"{SEED_DOC}: {OLD_V} -> {NEW_V}"
    for table, d in data["tables"].items():
        counts = f"{len(d['added'])} added, {len(d['removed'])} removed, {len(d['changed'])} changed"
        assert f"{table}: {counts}" in lines
    assert sum(line.startswith("  + ") for line in lines) == sum(len(d["added"]) for d in data["tables"].values())
    assert sum(line.startswith("  - ") for line in lines) == sum(len(d["removed"]) for d in data["tables"].values())
    assert any(line.startswith("  + ") and "Kim Yong-nam" in line for line in lines)
    assert any(line.startswith("  - ") and '"2016"' in line for line in lines)
    # nothing from items (1) to (9) or the top of the page
    for word in (r"\b2014\b", r"\b2015\b", r"\b2002\b", "Kishida", "Ri Su-Yong", "Shenyang", "Stockholm",
                 "Beijing", "Kuala Lumpur", "1945"):
        assert not re.search(word, text), word
    markdown = seed_pair["markdown"]
    assert markdown.startswith(f"## {SEED_DOC}: `{OLD_V}` → `{NEW_V}`")
    assert "| dates | 9 | 1 | 0 |" in markdown


def test_seed_diffs_table_written(seed_pair):
    out, data = seed_pair["out"], seed_pair["json"]
    frame = pd.read_parquet(out / "diffs" / "parquet" / f"{SEED_DOC}__{OLD_V}__{NEW_V}.parquet")
    expected = sum(len(d["added"]) + len(d["removed"]) + sum(len(c["columns"]) for c in d["changed"])
                   for d in data["tables"].values())
    assert len(frame) == expected
    assert set(frame["from_version"]) == {OLD_V} and set(frame["to_version"]) == {NEW_V}
    added_people = frame[(frame["table"] == "people") & (frame["change"] == "added")]
    assert "Moon Jae-in" in {json.loads(v)["name"] for v in added_people["new"]}
    jsonl = (out / "diffs" / "json" / f"{SEED_DOC}__{OLD_V}__{NEW_V}.jsonl").read_text(encoding="utf-8")
    assert len(jsonl.splitlines()) == expected


def test_seed_reverse_direction_and_exit_code(seed_pair, capsys):
    raw, out = seed_pair["raw"], seed_pair["out"]
    code, stdout, _ = run_cli(capsys, SEED_DOC, NEW_V, OLD_V, "--raw", raw, "--out", out,
                              "--format", "json", "--exit-code")
    assert code == 1
    back, forth = json.loads(stdout)["tables"], seed_pair["json"]["tables"]
    for table in diff.DIFF_TABLES:
        assert back[table]["added"] == forth[table]["removed"] and back[table]["removed"] == forth[table]["added"]
        assert [c["id"] for c in back[table]["changed"]] == [c["id"] for c in forth[table]["changed"]]


def test_seed_notebook_dataframes_give_the_same_diff(seed_pair):
    """In a notebook: diff_table over DataFrames from pipeline.load (dates as datetime64, categories)."""
    from pipeline import load

    out, data = seed_pair["out"], seed_pair["json"]
    for table in ("events", "people", "places"):  # dates need their sentences, found by the command
        old = load(out, tables=table, doc_id=SEED_DOC, version=OLD_V)[table]
        new = load(out, tables=table, doc_id=SEED_DOC, version=NEW_V)[table]
        result = diff.diff_table(table, old, new)
        assert [diff.contract_row(table, e.row) for e in result.added] == data["tables"][table]["added"]
        assert [diff.contract_row(table, e.row) for e in result.removed] == data["tables"][table]["removed"]
        assert [c.entity_id for c in result.changed] == [c["id"] for c in data["tables"][table]["changed"]]


def test_cli_builds_first_when_a_version_is_missing_or_changed(small_built, capsys, monkeypatch):
    import pipeline.build

    raw, out = small_built
    calls = []
    text_v3 = TEXT_V2.replace("2017", "2018")

    def fake_build(raw_dir, out_dir, settings=None, **kw):  # what build would write, without spaCy
        calls.append((raw_dir, out_dir))
        write_tables(out_dir, [_tables_for("v1", TEXT_V1, "v1"), _tables_for("v2", TEXT_V2, "v2"),
                               _tables_for("v3", text_v3, "v3")], [])
        return pipeline.build.BuildReport()

    monkeypatch.setattr(pipeline.build, "build", fake_build)
    assert run_cli(capsys, DOC, "--raw", raw, "--out", out)[0] == 0 and calls == []  # all built already
    (raw / DOC / "v3.txt").write_text(text_v3, encoding="utf-8")  # a new version: built first
    code, stdout, _ = run_cli(capsys, DOC, "--raw", raw, "--out", out, "--format", "json")
    assert code == 0 and calls == [(raw, out)]
    assert [r["text"] for r in json.loads(stdout)["tables"]["dates"]["added"]] == ["2018"]
    (raw / DOC / "v3.txt").write_text(text_v3 + "More.\n", encoding="utf-8")  # changed since built
    assert run_cli(capsys, DOC, "--raw", raw, "--out", out)[0] == 0 and len(calls) == 2

