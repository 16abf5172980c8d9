"""Cache keys and cache entries: one file per document version in ``OUT/interim/normalise``,
keyed by a hash of everything its rows depend on (raw bytes, metadata, code, model and the
versions of the packages that shape the output)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .. import export, rawio
from ..config import Settings

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _fingerprinted(path: Path, root: Path) -> bool:
    """Code (.py), schemas (.json) and every file of pipeline/data/ (whatever its kind)."""
    if "__pycache__" in path.parts or not path.is_file():
        return False
    return path.suffix in {".py", ".json", ".tsv"} or path.relative_to(root).parts[0] == "data"


def code_fingerprint(package_dir: Path | None = None) -> str:
    """Hash of the package's code, data and table schemas: a change invalidates cached results."""
    package_dir = package_dir or PACKAGE_DIR
    digest = hashlib.sha256()
    for root in (package_dir, package_dir.parent / "schemas"):
        for path in sorted(p for p in root.rglob("*") if _fingerprinted(p, root)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(raw: rawio.RawDocument, settings: Settings, code: str) -> str:
    payload = {"sha256": raw.sha256, "meta": raw.meta, "settings": settings.fingerprint(), "code": code}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def interim_path(out_dir: Path, stage: str, doc_id: str, version: str, suffix: str = ".json") -> Path:
    return Path(out_dir) / "interim" / stage / doc_id / f"{version}{suffix}"


def cache_bytes(key: str | None, tables: dict, jsonl: dict[str, str] | None = None) -> bytes:
    """The content of a document's normalise cache file: the key it was made for, the rows of
    every table and, when given, each table's JSONL lines for this document (the rows being
    then in the export's order), which the export writes as they are."""
    data = {"key": key, "tables": tables}
    if jsonl is not None:
        data["jsonl"] = jsonl
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def export_ready(tables: dict[str, list[dict]]) -> tuple[dict, dict[str, str]]:
    """A document's rows sorted as the export sorts them, and their JSONL lines: work done
    once per document, in the workers, instead of at every export."""
    tables = {table: export.sort_rows(table, rows) for table, rows in tables.items()}
    return tables, {table: export.jsonl_bytes(table, rows).decode("utf-8") for table, rows in tables.items()}


def read_cache_entry(path: Path, key: str) -> dict | None:
    """The cache file's content if it is whole and was made from the same inputs, else None."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("tables"), dict):
        return None
    return data


def read_cached(path: Path, key: str) -> dict | None:
    """The cached tables if the file is whole and was made from the same inputs, else None."""
    data = read_cache_entry(path, key)
    return None if data is None else data["tables"]
