"""The build's outputs besides the cache: every table from the cached rows (skipped when the
tables on disk were written from the same results), written into a staging folder and moved
into place once all are whole, and the manifest of what the last run saw."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from .. import export
from ..atomic import write_json_atomically
from ..errors import PipelineError
from .cache import interim_path, read_cache_entry
from .report import BuildReport

EXPORT_STATE = "export.json"
MANIFEST = "manifest.json"


def _export_signature(documents: list[tuple[str, str, str]], errors: list[dict], code: str) -> str:
    payload = {"documents": documents, "errors": errors, "code": code}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def output_files(out_dir: Path) -> list[Path]:
    return sorted(p for folder in ("parquet", "json") if (out_dir / folder).is_dir()
                  for p in (out_dir / folder).iterdir() if p.is_file() and not p.name.startswith("."))


def _file_state(out_dir: Path) -> dict[str, list[int]]:
    return {p.relative_to(out_dir).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns] for p in output_files(out_dir)}


def _tables_up_to_date(out_dir: Path, signature: str) -> dict | None:
    """The recorded row counts if the last export was made from exactly these cached results
    and its files are still there, unchanged (size and modification time), else None."""
    try:
        state = json.loads((out_dir / "interim" / EXPORT_STATE).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("signature") != signature or not state.get("files"):
        return None
    try:
        if _file_state(out_dir) != state["files"]:
            return None
    except OSError:
        return None
    return state.get("rows")


def export_tables(out_dir: Path, documents: list[tuple[str, str, str]], errors: list[dict], code: str,
                  report: BuildReport) -> None:
    """Write every table from the cached rows of documents [(doc_id, version, key)], sorted.

    Skipped when the tables on disk were written from the same cached results, errors and
    code. Otherwise the tables are written into OUT/interim/export-staging first and moved
    into place once all are whole, so a build killed while exporting leaves every previous
    table as it was."""
    signature = _export_signature(documents, errors, code)
    rows = _tables_up_to_date(out_dir, signature)
    if rows is not None:
        report.rows = rows
        return
    state_path = out_dir / "interim" / EXPORT_STATE
    state_path.unlink(missing_ok=True)

    def entries() -> Iterator[tuple[dict, dict | None]]:
        for doc_id, version, key in documents:
            path = interim_path(out_dir, "normalise", doc_id, version)
            entry = read_cache_entry(path, key)
            if entry is None:
                raise PipelineError(f"{path} changed during the build; run the build again")
            jsonl = entry.get("jsonl")
            yield entry["tables"], jsonl if isinstance(jsonl, dict) else None

    def tables() -> Iterator[dict]:
        return (tables for tables, _ in entries())

    report.rows = write_staged(out_dir, lambda staging: export.write_tables_streaming(staging, tables, errors, entries))
    report.exported = True
    write_json_atomically(state_path, {"signature": signature, "rows": report.rows, "files": _file_state(out_dir)})


def write_staged(out_dir: Path, write: Callable[[Path], dict[str, int]]) -> dict[str, int]:
    """Have write(staging) write every table into OUT/interim/export-staging, then move them
    into place once all are whole: an error (disk full) or a kill while writing leaves every
    previous table as it was. Returns what write returned."""
    staging = out_dir / "interim" / "export-staging"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        rows = write(staging)
        export.remove_stale_temporaries(out_dir)
        for path in output_files(staging):
            target = out_dir / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return rows


def write_manifest(out_dir: Path, documents: list, errors: list[dict], raw_dir: Path | None = None) -> None:
    """Which document versions the last parse or build saw, and from which raw folder: the
    export stage reads these, and diff checks the raw folder."""
    data = {"documents": [list(d) for d in documents], "errors": errors}
    if raw_dir is not None:
        data["raw"] = str(Path(raw_dir).resolve())
    write_json_atomically(Path(out_dir) / "interim" / MANIFEST, data)


def read_manifest(out_dir: Path) -> dict:
    path = Path(out_dir) / "interim" / MANIFEST
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run the parse stage first")
    return json.loads(path.read_text(encoding="utf-8"))
