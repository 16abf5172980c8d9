"""The command line as users run it (issue 18): `python -m pipeline ...` in a subprocess.

Each bad document gets one line naming its path and the problem, the good documents beside it
still build, previous tables are never lost, and Parquet and JSON Lines hold the same rows."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Talks\nJapan and North Korea held talks in Beijing on March 3, 2014.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run_cli(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout, check=False)


def build(raw: Path, out: Path, *extra, env=None) -> subprocess.CompletedProcess:
    return run_cli("build", "--raw", raw, "--out", out, "--jobs", "1", *extra, env=env)


def lines(stream: str, prefix: str) -> list[str]:
    return [line for line in stream.splitlines() if line.startswith(prefix)]


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def table(out: Path, name: str) -> list[dict]:
    """The table's rows, after checking that its Parquet and JSON Lines files hold the same rows."""
    from_json = [json.loads(line) for line in (out / "json" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    from_parquet = [{k: _plain(v) for k, v in row.items()}
                    for row in pq.read_table(out / "parquet" / f"{name}.parquet").to_pylist()]
    assert from_parquet == from_json, f"{name}: Parquet and JSON Lines differ"
    return from_json


def built_versions(out: Path) -> list[tuple[str, str]]:
    return [(row["doc_id"], row["version"]) for row in table(out, "documents")]


# --- item 1: a build with no flags keeps going past bad documents ------------------------------

def test_build_without_flags_builds_the_good_documents_and_lists_the_bad_ones(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    write(raw / "empty" / "2022-01-01.txt", "")
    write(raw / "png" / "2022-01-01.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(raw / "stray.txt", GOOD)
    result = run_cli("build", "--raw", raw, "--out", out)  # no flags at all, as `make all` runs it
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = lines(result.stderr, "error: ")
    assert len(errors) == 3
    assert errors[0].startswith("error: empty/2022-01-01.txt: the file is empty")
    assert errors[1].startswith("error: png/2022-01-01.txt: binary file")
    assert errors[2].startswith("error: stray.txt: file directly in the raw folder; move it to")
    assert built_versions(out) == [("good", "2022-01-01")]
    assert sorted((e["path"], e["error"]) for e in table(out, "errors")) == [
        ("empty/2022-01-01.txt", "empty"), ("png/2022-01-01.txt", "binary"), ("stray.txt", "layout")]
    assert [e["trigger"] for e in table(out, "events")] == ["held talks"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files without permission")
def test_an_unreadable_sidecar_fails_only_its_document(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    write(raw / "locked" / "2022-01-01.txt", GOOD)
    sidecar = write(raw / "locked" / "2022-01-01.meta.json", "{}")
    sidecar.chmod(0)
    result = build(raw, out)
    assert result.returncode == 1
    assert lines(result.stderr, "error: ") == [
        "error: locked/2022-01-01.meta.json: cannot read the metadata sidecar (Permission denied); "
        "make it a readable file (chmod a+r) or remove it"]
    assert built_versions(out) == [("good", "2022-01-01")]

