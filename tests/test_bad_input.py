"""Bad input: each kind of broken document gets its own clear message and an errors row,
while the good documents beside it still build."""
from __future__ import annotations

import codecs
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import build as build_mod
from pipeline import rawio
from pipeline.config import Settings
from pipeline.errors import DocumentError

GOOD = "Talks\nJapan and North Korea held talks in Beijing on March 3, 2014.\n"
ROOT = Path(__file__).resolve().parent.parent


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def load_one(tmp_path, name: str, data: bytes | str, meta: str | None = None) -> rawio.RawDocument:
    raw = tmp_path / "raw"
    write(raw / "doc" / f"{name}.txt", data)
    if meta is not None:
        write(raw / "doc" / f"{name}.meta.json", meta)
    (found,), problems = rawio.discover(raw)
    assert problems == []
    return rawio.load(found, raw)


# --- encodings -------------------------------------------------------------------------

@pytest.mark.parametrize("data, encoding", [
    ("Café talks ’quoted’".encode(), "utf-8"),
    (codecs.BOM_UTF8 + "Café talks ’quoted’".encode(), "utf-8-sig"),
    ("Café talks ’quoted’".encode("utf-16"), "utf-16"),  # Python writes a BOM
    ("Café talks ’quoted’".encode("cp1252"), "cp1252"),
])
def test_encodings_decode_without_mangling(tmp_path, data, encoding):
    doc = load_one(tmp_path, "v1", data)
    assert doc.text == "Café talks ’quoted’"
    assert doc.encoding == encoding


def test_cp1252_decoding_warns_with_the_path(tmp_path):
    doc = load_one(tmp_path, "v1", "Café ’".encode("cp1252"))
    assert len(doc.warnings) == 1
    assert "doc/v1.txt" in doc.warnings[0] and "Windows-1252" in doc.warnings[0]


def test_windows_line_endings_keep_offsets(tmp_path):
    doc = load_one(tmp_path, "v1", "Title\r\nJapan met Korea.\r\n")
    assert doc.text == "Title\r\nJapan met Korea.\r\n"


# --- unusable files: (bytes, error class, words the message must contain) --------------

BAD_FILES = [
    (b"", "empty", "empty"),
    (b"   \n\t\n", "empty", "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary", "PDF"),
    (b"<!DOCTYPE html><html><body><p>Talks</p></body></html>", "html", "HTML"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50, "binary", "control characters"),
    (b"\x81\x8d\x8f\x90\x9d" * 4, "encoding", "UTF-8"),
]


@pytest.mark.parametrize("data, error, words", BAD_FILES)
def test_unusable_files_are_refused_with_a_reason(tmp_path, data, error, words):
    with pytest.raises(DocumentError) as info:
        load_one(tmp_path, "v1", data)
    assert info.value.error == error
    assert words in info.value.message
    assert str(info.value).startswith("doc/v1.txt: ")


@pytest.mark.parametrize("meta, error, words", [
    ("{not json", "metadata", "not valid JSON"),
    ('{"published": "last Tuesday"}', "metadata", "YYYY-MM-DD"),
    ('{"published": "2022-02-30"}', "metadata", "not a date"),
    ('["a list"]', "metadata", "JSON object"),
])
def test_bad_sidecars(tmp_path, meta, error, words):
    with pytest.raises(DocumentError) as info:
        load_one(tmp_path, "v1", GOOD, meta)
    assert (info.value.error, info.value.path) == (error, "doc/v1.meta.json")
    assert words in info.value.message


def test_unknown_sidecar_keys_are_a_warning(tmp_path):
    doc = load_one(tmp_path, "v1", GOOD, '{"published": "2022-03-24", "author": "x"}')
    assert doc.published.isoformat() == "2022-03-24"
    assert any("author" in w for w in doc.warnings)


# --- layout mistakes -------------------------------------------------------------------

def test_layout_mistakes_are_reported_and_skipped(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "good" / "v1.txt", GOOD)
    write(raw / "stray.txt", GOOD)                      # not in a document folder
    write(raw / "good" / "v2.meta.json", "{}")          # sidecar without its text
    write(raw / "has space" / "v1.txt", GOOD)           # bad folder name
    write(raw / "good" / "v 3.txt", GOOD)               # bad version name
    write(raw / "naïve" / "v1.txt", GOOD)                # non-ASCII folder
    write(raw / "dup" / "V1.txt", GOOD)                 # same version apart from case
    write(raw / "dup" / "v1.txt", GOOD)
    found, problems = rawio.discover(raw)
    assert [(d.doc_id, d.version) for d in found] == [("dup", "V1"), ("good", "v1")]
    by_path = {p.path: p for p in problems}
    assert set(by_path) == {"stray.txt", "good/v2.meta.json", "has space", "good/v 3.txt", "naïve", "dup/v1.txt"}
    assert all(p.error == "layout" for p in problems)
    assert "move it to" in by_path["stray.txt"].message
    assert "without its text" in by_path["good/v2.meta.json"].message


def test_originals_beside_a_version_are_ignored_but_other_files_are_not(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "doc" / "2022-01-01.txt", GOOD)
    write(raw / "doc" / "2022-01-01.orig.html", "<html><body>the saved page</body></html>")
    write(raw / "doc" / "2022-01-01.orig.pdf", b"%PDF-1.4 the saved statement")
    write(raw / "doc" / "notes.html", "<html></html>")
    found, problems = rawio.discover(raw)
    assert [(d.doc_id, d.version) for d in found] == [("doc", "2022-01-01")]
    assert [(p.path, p.error) for p in problems] == [("doc/notes.html", "layout")]


def test_missing_raw_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        rawio.discover(tmp_path / "nowhere")


# --- a build with good and bad documents side by side --------------------------------

def test_bad_documents_do_not_stop_the_good_ones(tmp_path, nlp):
    raw = tmp_path / "raw"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    write(raw / "empty" / "2022-01-01.txt", "")
    write(raw / "pdf" / "2022-01-01.txt", b"%PDF-1.4 binary")
    write(raw / "badmeta" / "2022-01-01.txt", GOOD)
    write(raw / "badmeta" / "2022-01-01.meta.json", '{"published": "soon"}')
    report = build_mod.build(raw, tmp_path / "out", Settings())
    assert not report.ok
    assert sorted((e.doc_id, e.error) for e in report.failed) == [
        ("badmeta", "metadata"), ("empty", "empty"), ("pdf", "binary")]
    documents = pq.read_table(tmp_path / "out" / "parquet" / "documents.parquet").to_pylist()
    assert [d["doc_id"] for d in documents] == ["good"]
    errors = pq.read_table(tmp_path / "out" / "parquet" / "errors.parquet").to_pylist()
    assert [(e["doc_id"], e["stage"], e["path"]) for e in errors] == [
        ("badmeta", "read", "badmeta/2022-01-01.meta.json"),
        ("empty", "read", "empty/2022-01-01.txt"),
        ("pdf", "read", "pdf/2022-01-01.txt"),
    ]


def test_strict_stops_and_leaves_previous_datasets(tmp_path, nlp):
    raw = tmp_path / "raw"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    out = tmp_path / "out"
    assert build_mod.build(raw, out, Settings()).ok
    before = (out / "json" / "documents.jsonl").read_bytes()
    write(raw / "zzz" / "2022-01-01.txt", "")
    write(raw / "good" / "2022-02-01.txt", GOOD.replace("2014", "2015"))
    report = build_mod.build(raw, out, Settings(), strict=True)
    assert [e.doc_id for e in report.failed] == ["zzz"]
    assert (out / "json" / "documents.jsonl").read_bytes() == before


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=300)


def test_cli_reports_one_line_per_bad_document_and_exits_1(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    write(raw / "empty" / "2022-01-01.txt", " \n")
    result = run_cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == ["error: empty/2022-01-01.txt: the file is empty or holds only whitespace; "
                     "add the document's text or remove the file"]
    assert "Traceback" not in result.stderr


def test_cli_names_a_missing_model(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    result = run_cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--model", "no_such_model")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "'no_such_model'" in line and "pip install" in line


# --- killed mid-write ------------------------------------------------------------------

SLOW_EXPORT = """
import sys, time
from pathlib import Path
import pipeline.export as export
real = export.replace_atomically
def slow(path, write, durable=False):
    def half_then_hang(tmp):
        tmp.write_bytes(b"PAR1 half a file")
        Path(sys.argv[3]).touch()
        time.sleep(600)
    if path.name == "events.parquet":
        return real(path, half_then_hang, durable)
    return real(path, write, durable)
export.replace_atomically = slow
from pipeline.build import build
build(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_build_killed_during_export_leaves_previous_datasets(tmp_path, nlp):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    assert build_mod.build(raw, out, Settings()).ok
    before = {p.relative_to(out): p.read_bytes() for p in (out / "parquet").iterdir()}
    write(raw / "good" / "2022-02-01.txt", GOOD.replace("2014", "2015"))
    marker = tmp_path / "writing"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_EXPORT, str(raw), str(out), str(marker)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert proc.poll() is None, "the build ended before export"
            assert time.monotonic() < deadline, "export never started"
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    after = {p.relative_to(out): p.read_bytes() for p in (out / "parquet").iterdir() if not p.name.startswith(".")}
    assert after == before
    for path in (out / "parquet").glob("*.parquet"):
        pq.read_table(path)  # whole and readable
    report = build_mod.build(raw, out, Settings())
    assert report.ok and report.reused == 2 - report.built
    assert not list((out / "parquet").glob(".*.tmp"))
    versions = {d["version"] for d in pq.read_table(out / "parquet" / "documents.parquet").to_pylist()}
    assert versions == {"2022-01-01", "2022-02-01"}


def test_truncated_cache_is_not_trusted(tmp_path, nlp):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    assert build_mod.build(raw, out, Settings()).ok
    cache = build_mod.interim_path(out, "normalise", "good", "2022-01-01")
    cache.write_bytes(cache.read_bytes()[:40])
    report = build_mod.build(raw, out, Settings())
    assert (report.built, report.reused) == (1, 0)


def test_very_large_document_and_long_lines_are_cut_into_bounded_units():
    from pipeline.extract import MAX_UNIT_CHARS, text_units
    from pipeline.parse import parse_text

    paragraph = "Japan and North Korea held talks in Beijing on March 3, 2014. " * 40 + "\n"
    big = paragraph * (10_000_000 // len(paragraph) + 1)  # just over 10 MB of text
    one_line = "talks " * 200_000  # a 1.2 MB line without a sentence end
    for text in (big, one_line):
        units = text_units(parse_text(text))
        assert all(0 < end - start <= MAX_UNIT_CHARS for start, end in units)
        # nothing dropped but the whitespace between units (line ends, and the spaces where a
        # long line is cut into paragraphs)
        bounds = [0, *(x for unit in sorted(units) for x in unit), len(text)]
        assert all(not text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2]))


def test_a_few_control_characters_are_kept_and_offsets_hold(tmp_path, nlp):
    text = "Talks\nJapan\x0b and North Korea met in Beijing\x07 on March 3, 2014.\n"
    raw = tmp_path / "raw"
    write(raw / "ctl" / "2022-01-01.txt", text)
    assert build_mod.build(raw, tmp_path / "out", Settings()).ok
    dates = pq.read_table(tmp_path / "out" / "parquet" / "dates.parquet").to_pylist()
    assert [(d["text"], str(d["value_start"])) for d in dates] == [("March 3, 2014", "2014-03-03")]
    assert text[dates[0]["start_char"]:dates[0]["end_char"]] == "March 3, 2014"
