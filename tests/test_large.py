"""Large documents (issue 18 item 11): one document's spaCy work spread over every worker in
block ranges, joined in order and normalised once, giving the bytes of a one-job build."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import build as build_mod
from pipeline.build import large
from pipeline.config import LARGE_DOC_CHARS, Settings
from pipeline.extract import block_ranges, block_units, text_units
from pipeline.parse import parse_text

ROOT = Path(__file__).resolve().parent.parent
# small limits, so that a document of a few seed copies is "large" and cut into many ranges
SMALL = {"large_doc_chars": 10_000, "block_range_chars": 3_000}


def repeated(seed_text: str, copies: int) -> str:
    """The seed's title line, then its body ``copies`` times (as bench/bench_large.py does)."""
    title, body = seed_text.split("\n", 1)
    return title + "\n" + (body if body.endswith("\n") else body + "\n") * copies


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for folder in ("json", "parquet") for p in sorted((out / folder).iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text) -> Path:
    """One large document (four seed bodies) and the seed itself."""
    raw = tmp_path_factory.mktemp("large") / "raw"
    (raw / "big").mkdir(parents=True)
    (raw / "big" / "v1.txt").write_text(repeated(seed_text, 4), encoding="utf-8")
    (raw / "seed").mkdir()
    (raw / "seed" / "v1.txt").write_text(seed_text, encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def one_job(corpus, tmp_path_factory, nlp) -> Path:
    out = tmp_path_factory.mktemp("one") / "out"
    report = build_mod.build(corpus, out, Settings(jobs=1, **SMALL))
    assert report.ok and report.built == 2, [str(e) for e in report.failed]
    return out


def test_ranges_are_whole_blocks_in_order(seed_text):
    doc = parse_text(repeated(seed_text, 3))
    ranges = block_ranges(doc, 3_000)
    assert len(ranges) > 5
    assert [u for r in ranges for u in r] == text_units(doc)
    starts = {units[0] for units in block_units(doc) if units}
    assert all(r[0] in starts for r in ranges)  # every range opens a block
    assert all(sum(e - s for s, e in r) <= 3_000 for r in ranges if len(r) > 1)  # (the seed's blocks are one unit each)
    assert block_ranges(doc, 3_000) == ranges  # a fixed rule


def test_a_large_document_becomes_range_tasks(corpus, seed_text):
    from pipeline import rawio

    found, _ = rawio.discover(corpus)
    payload = [(rawio.load(raw, corpus), "key") for raw in found]
    stream = large.TaskStream([payload], Settings(**SMALL))
    tasks = list(stream)
    assert isinstance(tasks[0], list) and [raw.doc_id for raw, _ in tasks[0]] == ["seed"]
    ranges = tasks[1:]
    assert len(ranges) > 5 and [t.index for t in ranges] == list(range(len(ranges)))
    assert all(t.doc_id == "big" for t in ranges)
    text = repeated(seed_text, 4)
    units = [(offset, offset + len(piece)) for t in ranges for offset, piece in t.units]
    assert units == text_units(parse_text(text))
    assert all(text[offset:offset + len(piece)] == piece for t in ranges for offset, piece in t.units)


def test_four_jobs_give_the_bytes_of_one(corpus, one_job, tmp_path):
    report = build_mod.build(corpus, tmp_path / "out", Settings(jobs=4, **SMALL))
    assert report.ok and report.built == 2
    assert outputs(tmp_path / "out") == outputs(one_job)
    assert report.timings["spacy"] > 0 and report.timings["normalise"] > 0


def test_splitting_changes_no_row(corpus, one_job, tmp_path):
    """The same document as one task (the limit above its size) gives the same tables."""
    report = build_mod.build(corpus, tmp_path / "out", Settings(jobs=1, large_doc_chars=10**9))
    assert report.ok
    assert outputs(tmp_path / "out") == outputs(one_job)


def test_dask_gives_the_same_bytes(corpus, one_job, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        settings = Settings(executor="dask", scheduler=cluster.scheduler_address, **SMALL)
        report = build_mod.build(corpus, tmp_path / "out", settings)
    assert report.ok and report.built == 2
    assert outputs(tmp_path / "out") == outputs(one_job)


def test_progress_per_range_on_stderr(corpus, tmp_path, capsys):
    report = build_mod.build(corpus, tmp_path / "out", Settings(jobs=1, **SMALL), progress=True)
    assert report.ok
    err = capsys.readouterr().err
    assert "big/v1" in err and "range" in err
    build_mod.build(corpus, tmp_path / "quiet", Settings(jobs=1, **SMALL), progress=False)
    assert "big/v1" not in capsys.readouterr().err


def test_command_line_one_and_four_jobs_same_tables(seed_text, tmp_path):
    """A document just over LARGE_DOC_CHARS, built by the command line."""
    copies = LARGE_DOC_CHARS // len(seed_text) + 1
    raw = tmp_path / "raw"
    (raw / "big").mkdir(parents=True)
    (raw / "big" / "v1.txt").write_text(repeated(seed_text, copies), encoding="utf-8")
    assert (raw / "big" / "v1.txt").stat().st_size > LARGE_DOC_CHARS
    tables = []
    for jobs in ("1", "4"):
        out = tmp_path / f"out{jobs}"
        result = subprocess.run([sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out),
                                 "--jobs", jobs, "--quiet"], cwd=ROOT, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # --quiet: no progress
        tables.append({p.name: p.read_bytes() for p in sorted((out / "json").glob("*.jsonl"))})
    assert tables[0] == tables[1] and tables[0]["events.jsonl"]
