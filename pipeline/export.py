"""Stage 4, export: sort every document's rows and write each table as Parquet and JSONL,
document by document when the rows come in (doc_id, version) order. Files are written beside
their target and renamed into place, so a build killed at any moment leaves the previous
datasets whole."""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .atomic import replace_atomically, write_bytes_atomically
from .schema import ALL_TABLES, TABLES, arrow_schema, columns, date_columns, sort_key
from .timeline import build_timeline

log = logging.getLogger("pipeline")


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


def write_parquet(path: Path, arrow_table: pa.Table) -> None:
    """A table as zstd-compressed Parquet, flushed and renamed into place."""
    replace_atomically(path, lambda tmp: pq.write_table(arrow_table, tmp, compression="zstd"), durable=True)


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files left by a build that was killed mid-write are never read; remove them."""
    for folder in (out_dir / "parquet", out_dir / "json"):
        for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
            tmp.unlink(missing_ok=True)


def write_table(out_dir: Path, table: str, rows: list[dict]) -> None:
    rows = sort_rows(table, rows)
    arrow_table = to_arrow(table, rows)
    write_parquet(out_dir / "parquet" / f"{table}.parquet", arrow_table)
    write_bytes_atomically(out_dir / "json" / f"{table}.jsonl", jsonl_bytes(table, rows), durable=True)


def write_tables(out_dir: Path, per_document: Iterable[dict[str, list[dict]]], errors: list[dict]) -> dict[str, int]:
    """Write all tables (and the errors table); return the row count of each."""
    gathered: dict[str, list[dict]] = {table: [] for table in (*TABLES, "errors")}
    for tables in per_document:
        for table, rows in tables.items():
            gathered[table].extend(rows)
    gathered["errors"] = list(errors)
    remove_stale_temporaries(Path(out_dir))
    for table, rows in gathered.items():
        write_table(Path(out_dir), table, rows)
    counts = {table: len(rows) for table, rows in gathered.items()}
    counts["timeline"] = write_timeline(Path(out_dir))
    return {table: counts[table] for table in ALL_TABLES}


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def write_timeline(out_dir: Path) -> int:
    """The timeline table, from the events, documents and places tables just written in out_dir."""
    folder = out_dir / "json"
    rows = build_timeline(read_jsonl(folder / "events.jsonl"), read_jsonl(folder / "documents.jsonl"),
                          read_jsonl(folder / "places.jsonl"))
    write_table(out_dir, "timeline", rows)
    return len(rows)


ROW_GROUP_ROWS = 131_072  # Parquet row group: the most rows of a table held at once (as Arrow)
_PIECE_ROWS = 8_192  # rows of a table held as Python objects before they are made Arrow


class _StreamedTable:
    """One table written document by document: rows sorted within each document and appended,
    which is the table's sort order since every sort key starts with (doc_id, version) and the
    documents come in that order. JSONL goes straight to disk; Parquet is built in row groups
    of ROW_GROUP_ROWS rows. With fewer rows (one row group) the files are byte for byte those
    of write_table."""

    def __init__(self, out_dir: Path, table: str):
        self.out_dir, self.table = out_dir, table
        self.json_part = out_dir / "json" / f".{table}.jsonl.part"
        self.parquet_part = out_dir / "parquet" / f".{table}.parquet.part"
        self.json_part.parent.mkdir(parents=True, exist_ok=True)
        self.parquet_part.parent.mkdir(parents=True, exist_ok=True)
        self.json = open(self.json_part, "wb")  # noqa: SIM115 - closed in finish() or close()
        self.rows: list[dict] = []
        self.pieces: list = []
        self.piece_rows = 0
        self.writer = None
        self.count = 0
        self.last: tuple | None = None

    def add(self, rows: list[dict], jsonl: str | None = None) -> bool:
        """Append one document's rows (with jsonl, their JSONL lines: the rows are then in
        order already); False if they would break the table's order."""
        if not rows:
            return True
        ids = {(row.get("doc_id"), row.get("version")) for row in rows}
        if len(ids) != 1 or None in next(iter(ids)) or (self.last is not None and next(iter(ids)) <= self.last):
            return False
        self.last = next(iter(ids))
        if jsonl is None:
            rows = sort_rows(self.table, rows)
            self.json.write(jsonl_bytes(self.table, rows))
        else:
            self.json.write(jsonl.encode("utf-8"))
        self.rows.extend(rows)
        self.count += len(rows)
        if len(self.rows) >= _PIECE_ROWS:
            self._piece()
        return True

    def _piece(self) -> None:
        if self.rows:
            self.pieces.append(to_arrow(self.table, self.rows))
            self.piece_rows += len(self.rows)
            self.rows = []
        if self.piece_rows >= ROW_GROUP_ROWS:
            self._row_group()

    def _combined(self):
        if not self.pieces:
            return to_arrow(self.table, [])
        return pa.concat_tables(self.pieces).combine_chunks()

    def _row_group(self) -> None:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.parquet_part, arrow_schema(self.table), compression="zstd")
        self.writer.write_table(self._combined())
        self.pieces, self.piece_rows = [], 0

    def finish(self) -> int:
        self._piece()
        self.json.close()
        if self.writer is None:  # one row group: as write_table writes it
            arrow_table = self._combined()
            write_parquet(self.out_dir / "parquet" / f"{self.table}.parquet", arrow_table)
        else:
            if self.piece_rows:
                self._row_group()
            self.writer.close()
            replace_atomically(self.out_dir / "parquet" / f"{self.table}.parquet",
                               lambda tmp: os.replace(self.parquet_part, tmp), durable=True)
        replace_atomically(self.out_dir / "json" / f"{self.table}.jsonl",
                           lambda tmp: os.replace(self.json_part, tmp), durable=True)
        return self.count

    def close(self) -> None:
        self.json.close()
        if self.writer is not None:
            self.writer.close()
        self.json_part.unlink(missing_ok=True)
        self.parquet_part.unlink(missing_ok=True)


def write_tables_streaming(out_dir: Path, per_document: Callable[[], Iterator[dict[str, list[dict]]]],
                           errors: list[dict],
                           per_document_jsonl: Callable[[], Iterator[tuple[dict, dict | None]]] | None = None,
                           ) -> dict[str, int]:
    """write_tables for documents that come sorted by (doc_id, version), holding one
    document's rows and one Parquet row group per table at a time instead of every row.
    ``per_document()`` gives the documents' tables; it is called again to fall back on
    write_tables if the order does not hold (rows of another document in a cache).
    ``per_document_jsonl()``, if given, is used instead for the streamed writing: it gives
    (tables, JSONL lines per table or None) as made by export_ready."""
    if any(sort_key(table)[:2] != ["doc_id", "version"] for table in TABLES):
        return write_tables(out_dir, per_document(), errors)
    if per_document_jsonl is None:
        def per_document_jsonl():
            return ((tables, None) for tables in per_document())
    writers = {table: _StreamedTable(out_dir, table) for table in TABLES}
    try:
        in_order = all(writers[table].add(rows, (jsonl or {}).get(table))
                       for tables, jsonl in per_document_jsonl() for table, rows in tables.items())
        counts = {table: writers[table].finish() for table in TABLES} if in_order else None
    finally:
        for writer in writers.values():
            writer.close()
    if counts is None:
        log.debug("cached rows out of (doc_id, version) order; writing the tables from all rows at once")
        return write_tables(out_dir, per_document(), errors)
    write_table(out_dir, "errors", list(errors))
    counts["errors"] = len(errors)
    counts["timeline"] = write_timeline(Path(out_dir))
    return {table: counts[table] for table in ALL_TABLES}
