"""Stage 4, export: gather every document's rows, sort them, and write each table as Parquet
and JSONL. Files are written beside their target and renamed into place, so a build killed
at any moment leaves the previous datasets whole."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import ALL_TABLES, arrow_schema, columns, date_columns, sort_key


def _sortable(value):
    # None sorts first, then values of one type; lists compare element-wise.
    return (value is not None, value if value is not None else "")


def sort_rows(table: str, rows: list[dict]) -> list[dict]:
    keys = sort_key(table)
    return sorted(rows, key=lambda r: tuple(_sortable(r.get(k)) for k in keys)
                  + (json.dumps(r, sort_keys=True, ensure_ascii=False),))


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    schema = arrow_schema(table)
    data = {name: [row.get(name) for row in rows] for name in columns(table)}
    for name in date_columns(table):
        data[name] = [date.fromisoformat(v) if v else None for v in data[name]]
    return pa.Table.from_pydict(data, schema=schema)


def jsonl_bytes(table: str, rows: list[dict]) -> bytes:
    names = columns(table)
    return b"".join(
        (json.dumps({n: row.get(n) for n in names}, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        for row in rows
    )


def _replace_atomically(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files left by a build that was killed mid-write are never read; remove them."""
    for folder in (out_dir / "parquet", out_dir / "json"):
        for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
            tmp.unlink(missing_ok=True)


def write_table(out_dir: Path, table: str, rows: list[dict]) -> None:
    rows = sort_rows(table, rows)
    arrow_table = to_arrow(table, rows)
    _replace_atomically(out_dir / "parquet" / f"{table}.parquet",
                        lambda tmp: pq.write_table(arrow_table, tmp, compression="zstd"))
    payload = jsonl_bytes(table, rows)
    _replace_atomically(out_dir / "json" / f"{table}.jsonl", lambda tmp: tmp.write_bytes(payload))


def write_tables(out_dir: Path, per_document: Iterable[dict[str, list[dict]]], errors: list[dict]) -> dict[str, int]:
    """Write all tables (and the errors table); return the row count of each."""
    gathered: dict[str, list[dict]] = {table: [] for table in ALL_TABLES}
    for tables in per_document:
        for table, rows in tables.items():
            gathered[table].extend(rows)
    gathered["errors"] = list(errors)
    remove_stale_temporaries(Path(out_dir))
    for table, rows in gathered.items():
        write_table(Path(out_dir), table, rows)
    return {table: len(rows) for table, rows in gathered.items()}
