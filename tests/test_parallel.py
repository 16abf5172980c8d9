"""Parallel and distributed builds give the same bytes as the plain build; chunking does not
depend on the number of workers; a rebuild with nothing changed rewrites no table."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from pipeline import build as build_mod
from pipeline.__main__ import make_parser
from pipeline.config import Settings

ROOT = Path(__file__).resolve().parent.parent
# small tasks, so that even this small corpus is spread over several workers
SMALL_CHUNKS = 3_000


def _generator():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_path) -> Path:
    """The seed plus a few generated documents of every shape (chronology, prose, news)."""
    raw = tmp_path_factory.mktemp("parallel") / "raw"
    _generator().generate(5, raw, seed=11)
    (raw / "seed").mkdir()
    shutil.copyfile(seed_path, raw / "seed" / "2022-04-01.txt")
    return raw


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for folder in ("json", "parquet") for p in sorted((out / folder).iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("serial") / "out"
    report = build_mod.build(corpus, out, Settings(jobs=1, chunk_chars=SMALL_CHUNKS))
    assert report.ok, [str(e) for e in report.failed]
    return out, report


def test_generated_corpus_is_deterministic(tmp_path):
    gen = _generator()
    gen.generate(6, tmp_path / "a", seed=3)
    gen.generate(4, tmp_path / "b", seed=3)
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.txt")}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.txt")}
    assert b and all(a[k] == v for k, v in b.items())  # a smaller corpus is a prefix of a larger one
    texts = list(a.values())
    assert len(set(texts)) == len(texts)


def test_chunks_do_not_depend_on_the_workers(corpus):
    report = build_mod.BuildReport()
    _, todo = build_mod.scan(corpus, corpus.parent / "nothing", Settings(), "code", report)
    chunks = build_mod.plan_chunks(todo, SMALL_CHUNKS)
    assert len(chunks) > 2
    assert [p.raw.source for c in chunks for p in c] == [p.raw.source for p in todo]
    assert all(not p.raw.text for p in todo)  # texts are read again per chunk, not kept


def test_two_jobs_give_the_same_bytes_as_one(corpus, serial, tmp_path):
    out, first = serial
    report = build_mod.build(corpus, tmp_path / "out", Settings(jobs=2, chunk_chars=SMALL_CHUNKS))
    assert report.ok and report.built == first.built
    assert outputs(tmp_path / "out") == outputs(out)
    assert report.timings["spacy"] > 0 and report.timings["normalise"] > 0


def test_dask_local_cluster_gives_the_same_bytes(corpus, serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, first = serial
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        settings = Settings(executor="dask", scheduler=cluster.scheduler_address, chunk_chars=SMALL_CHUNKS)
        report = build_mod.build(corpus, tmp_path / "out", settings)
    assert report.ok and report.built == first.built
    assert outputs(tmp_path / "out") == outputs(out)


def test_unchanged_rebuild_rewrites_no_table(corpus, serial, tmp_path, monkeypatch):
    # a fixed code fingerprint: the test is about the export, not about code edited meanwhile
    monkeypatch.setattr(build_mod.run, "code_fingerprint", lambda: "fixed")
    out = tmp_path / "out"
    assert build_mod.build(corpus, out, Settings(jobs=1)).exported
    before = outputs(out)
    assert before == outputs(serial[0])
    report = build_mod.build(corpus, out, Settings(jobs=1))
    assert (report.built, report.exported) == (0, False)
    assert report.rows == serial[1].rows and outputs(out) == before
    # a table removed or changed by hand is written again
    (out / "json" / "events.jsonl").unlink()
    (out / "parquet" / "people.parquet").write_bytes(b"damaged")
    report = build_mod.build(corpus, out, Settings(jobs=1))
    assert report.exported and outputs(out) == before


def test_cli_options():
    args = make_parser().parse_args(["build", "--jobs", "3", "--executor", "dask", "--scheduler", "tcp://h:8786"])
    assert (args.jobs, args.executor, args.scheduler) == (3, "dask", "tcp://h:8786")
    args = make_parser().parse_args(["build"])
    assert (args.jobs, args.executor, args.scheduler) == (None, "local", None)  # None: $PIPELINE_JOBS or the CPUs


def test_streamed_tables_equal_export_write_tables(serial, tmp_path, monkeypatch):
    """The build writes tables document by document; the result is export.write_tables's."""
    import json

    import pyarrow.parquet as pq

    from pipeline import export

    out, _ = serial
    manifest = json.loads((out / "interim" / "manifest.json").read_text(encoding="utf-8"))

    def documents():
        for doc_id, version in manifest["documents"]:
            path = build_mod.interim_path(out, "normalise", doc_id, version)
            yield json.loads(path.read_bytes())["tables"]

    export.write_tables(tmp_path / "ref", documents(), manifest["errors"])
    reference = outputs(tmp_path / "ref")
    assert outputs(out) == reference
    # many small row groups: the same rows, JSONL still byte for byte
    monkeypatch.setattr(export, "ROW_GROUP_ROWS", 40)
    monkeypatch.setattr(export, "_PIECE_ROWS", 16)
    rows = export.write_tables_streaming(tmp_path / "small", documents, manifest["errors"])
    assert rows == serial[1].rows
    small = outputs(tmp_path / "small")
    for name, data in reference.items():
        if name.endswith(".jsonl"):
            assert small[name] == data
        else:
            assert pq.read_table(tmp_path / "small" / name).equals(pq.read_table(tmp_path / "ref" / name))
    assert pq.ParquetFile(tmp_path / "small" / "parquet" / "mentions.parquet").num_row_groups > 1
