"""eval/validate.py on the fixture corpus (tests/data/eval_fixture, written for the tests) and on
broken copies of its gold files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eval import validate

FIXTURE = Path(__file__).resolve().parent / "data" / "eval_fixture"


def test_fixture_gold_is_valid():
    files = sorted((FIXTURE / "gold").glob("*.json"))
    assert len(files) == 3
    assert [p for f in files for p in validate.validate(f)] == []


@pytest.fixture
def broken(tmp_path):
    """A copy of the fixture corpus; returns (path of fx-news gold, its data, writer)."""
    shutil.copytree(FIXTURE / "raw", tmp_path / "raw")
    shutil.copytree(FIXTURE / "gold", tmp_path / "gold")
    path = tmp_path / "gold" / "fx-news.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    return path, gold, lambda g: path.write_text(json.dumps(g), encoding="utf-8")


def test_each_problem_is_one_line(broken):
    path, gold, write = broken
    gold["dates"][0]["start"] += 1                      # span no longer the text
    gold["dates"][1]["precision"] = "days"              # not an enum value
    gold["dates"][1]["value_end"] = "2024-03-25"        # before value_start
    gold["people"][0]["country_iso3"] = "JAP"           # not ISO3
    gold["places"][0]["latitude"] = None                # a city needs coordinates
    gold["places"][0]["longitude"] = None
    gold["events"][0]["event_type"] = "MEET"            # not PLOVER
    gold["events"][1]["target_iso3"] = ["KOR"]          # not among the actors
    gold["events"][2]["status"] = "done"
    del gold["source"]["licence"]
    write(gold)
    problems = validate.validate(path)
    assert all(p.startswith(f"{path}: ") for p in problems)
    text = "\n".join(problems)
    expected = [
        "source: missing 'licence'",
        "dates[0] 'March 26, 2024': text[8:21] is 'arch 26, 2024', not 'March 26, 2024' (text first occurs at 7:21)",
        "dates[1] 'Tuesday': value_start 2024-03-26 is after value_end 2024-03-25",
        "dates[1] 'Tuesday': precision 'days' not one of",
        "people[0] 'Fumio Kishida': country_iso3 'JAP' is not an ISO 3166-1 alpha-3 code",
        "places[0] 'Tokyo': a city needs latitude and longitude",
        "events[0] 'Fumio Kishida met the families of abduct': event_type 'MEET' is not one of the 16 PLOVER types",
        "events[1] 'Kishida urged North Korea to return the ': target_iso3 must be a list within actors_iso3 (extra: ['KOR'])",
        "events[2] 'North Korea launched a missile into the ': status 'done' not one of occurred, planned, ongoing",
    ]
    for e in expected:
        assert e in text, text
    assert len(problems) == len(expected)


def test_sidecar_and_files(broken, tmp_path):
    path, gold, write = broken
    meta = tmp_path / "raw" / "fx-news" / "2024-03-26.meta.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "published": "2024-03-25"}))
    assert validate.validate(path) == [
        f"{path}: 2024-03-26.meta.json: published '2024-03-25' differs from source.published '2024-03-26'"]
    gold["version"] = "2024-03-27"
    write(gold)
    assert f"{path}: no text file {tmp_path / 'raw' / 'fx-news' / '2024-03-27.txt'}" in validate.validate(path)


def test_main_exit_status(broken, capsys):
    path, gold, write = broken
    assert validate.main([str(path)]) == 0
    gold["split"] = "test"
    write(gold)
    assert validate.main([str(path)]) == 1
    assert capsys.readouterr().out == f"{path}: split 'test' is not 'dev' or 'blind-N'\n"


def test_sources_list(tmp_path, capsys):
    from eval import sources

    out = tmp_path / "SOURCES.md"
    assert sources.main(["--corpus", str(FIXTURE), "--out", str(out)]) == 0
    text = out.read_text()
    assert "3 documents. Licences:" in text
    assert "- 2 x Government of Japan Standard Terms of Use" in text
    assert ("| fx-chronology | Fixture: U.S.-Vietnam chronology | U.S. Department of State | "
            "https://example.org/fixture/chronology | Public domain (work of the U.S. federal government, "
            "17 U.S.C. 105) | 2026-01-15 | none | chronology | USA, VNM | dev |") in text
    assert text.count("\n| fx-") == 3


def test_sources_list_reports_what_is_missing(broken, tmp_path, capsys):
    from eval import sources

    path, gold, write = broken
    del gold["source"]["url"]
    write(gold)
    (tmp_path / "raw" / "new-doc").mkdir()
    assert sources.main(["--corpus", str(tmp_path), "--out", str(tmp_path / "S.md")]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path}/gold/fx-news.json: source has no url",
        f"{tmp_path / 'raw' / 'new-doc'}: no gold file, so no recorded source and licence"]
