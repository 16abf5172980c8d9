"""Rows and their keys, and the comparison of one table between two versions."""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from ..schema import columns, json_schema, sort_key

DIFF_TABLES = ("events", "dates", "people", "places")
KEYS: dict[str, tuple[str, ...]] = {
    "events": ("event_id",),
    "dates": ("value_start", "value_end", "sentence"),  # sentence: not a column, found from the raw text
    "people": ("person_id",),
    "places": ("place_id",),
}
IGNORED: dict[str, tuple[str, ...]] = {
    "events": ("doc_id", "version", "start_char", "end_char", "evidence"),
    "dates": ("doc_id", "version", "start_char", "end_char", "mention_id"),
    "people": ("doc_id", "version", "n_mentions"),
    "places": ("doc_id", "version", "n_mentions"),
}
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {"events": ("trigger", "summary"), "dates": ("text",)}
DIFFS_TABLE = "diffs"
FORMATS = ("text", "markdown", "json")


def compared_columns(table: str) -> list[str]:
    """The columns whose values are compared for rows matched by key."""
    return [c for c in columns(table) if c not in KEYS[table] and c not in IGNORED[table]]


# --- rows ---------------------------------------------------------------------------------

def _plain(value):
    """A value in JSON form: None for NaN/NA, YYYY-MM-DD for dates, lists for arrays and tuples."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, datetime):  # also pandas.Timestamp
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return _plain(value.tolist())
    return value


def conform(table: str, row: dict) -> dict:
    """A row in the output contract's columns and JSON types (from Parquet, JSONL or a DataFrame).

    A ``sentence`` entry (the text of the sentence a date sits in) is kept for dates."""
    out = {}
    for name, prop in json_schema(table)["properties"].items():
        value = _plain(row.get(name))
        types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
        if value is not None:
            if "integer" in types and isinstance(value, float) and value.is_integer():
                value = int(value)
            elif "number" in types and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            elif "boolean" in types and not isinstance(value, bool):
                value = bool(value)
        out[name] = value
    if table == "dates" and row.get("sentence") is not None:
        out["sentence"] = row["sentence"]
    return out


def rows_of(table: str, data) -> list[dict]:
    """Rows from a list of dicts or a pandas DataFrame, conformed to the table's contract."""
    if hasattr(data, "to_dict"):
        data = data.to_dict("records")
    return [conform(table, dict(row)) for row in data]


def contract_row(table: str, row: dict) -> dict:
    return {name: row.get(name) for name in columns(table)}


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


def sentence_hash(sentence: str) -> str:
    return "s-" + hashlib.sha1(_words(sentence).encode("utf-8")).hexdigest()[:12]


def _base_key(table: str, row: dict) -> tuple:
    if table == "dates":
        sentence = row.get("sentence")
        anchor = sentence_hash(sentence) if sentence is not None else row.get("mention_id")
        return (row.get("value_start"), row.get("value_end"), anchor)
    return tuple(row.get(k) for k in KEYS[table])


def _entity(table: str, row: dict, occurrence: int) -> tuple[str, dict]:
    """(entity_id, key object) of a row that is the occurrence-th with its key in its version."""
    base = _base_key(table, row)
    if table == "dates":
        entity_id = f"{base[0]}..{base[1]} in {base[2]}"
        key = {"value_start": base[0], "value_end": base[1], "sentence": row.get("sentence")}
        if row.get("sentence") is None:
            key["mention_id"] = row.get("mention_id")
    else:
        entity_id = "|".join(str(v) for v in base)
        key = dict(zip(KEYS[table], base))
    if occurrence > 1:
        entity_id += f"#{occurrence}"
        key["occurrence"] = occurrence
    return entity_id, key


def _canonical(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)


def _index(table: str, rows: list[dict]) -> dict[tuple, tuple[str, dict, dict]]:
    """{(key, occurrence): (entity_id, key object, row)}; equal keys are numbered in text order."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[_base_key(table, row)].append(row)
    out = {}
    for base, group in groups.items():
        group.sort(key=lambda r: (r.get("start_char") is not None, r.get("start_char") or 0, _canonical(r)))
        for occurrence, row in enumerate(group, 1):
            entity_id, key = _entity(table, row, occurrence)
            out[(base, occurrence)] = (entity_id, key, row)
    return out


def _same(table: str, column: str, old, new) -> bool:
    if column in TEXT_COLUMNS.get(table, ()) and isinstance(old, str) and isinstance(new, str):
        return _words(old) == _words(new)
    if isinstance(old, float) and isinstance(new, float):
        return math.isclose(old, new, rel_tol=0.0, abs_tol=1e-9)
    return old == new


def _text_order(table: str, row: dict, entity_id: str) -> tuple:
    """The table's own sort order (document order for events and dates), then the entity id."""
    return tuple((row.get(k) is not None, row.get(k) if row.get(k) is not None else "")
                 for k in sort_key(table)) + (entity_id,)


# --- the comparison -------------------------------------------------------------------------

@dataclass
class Entry:
    """An added or removed row."""
    entity_id: str
    key: dict
    row: dict


@dataclass
class Change:
    """A row in both versions with different values in some compared columns."""
    entity_id: str
    key: dict
    columns: dict[str, tuple]  # column -> (old, new)
    old: dict
    new: dict


@dataclass
class TableDiff:
    table: str
    added: list[Entry] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed)}


def diff_table(table: str, old, new) -> TableDiff:
    """Compare one table's rows of two versions (lists of dicts or DataFrames)."""
    old_index = _index(table, rows_of(table, old))
    new_index = _index(table, rows_of(table, new))
    result = TableDiff(table)
    compared = compared_columns(table)
    for k, (entity_id, key, row) in new_index.items():
        if k not in old_index:
            result.added.append(Entry(entity_id, key, row))
    for k, (entity_id, key, row) in old_index.items():
        if k not in new_index:
            result.removed.append(Entry(entity_id, key, row))
            continue
        new_row = new_index[k][2]
        cells = {c: (row.get(c), new_row.get(c)) for c in compared
                 if not _same(table, c, row.get(c), new_row.get(c))}
        if cells:
            result.changed.append(Change(entity_id, key, cells, row, new_row))
    result.added.sort(key=lambda e: _text_order(table, e.row, e.entity_id))
    result.removed.sort(key=lambda e: _text_order(table, e.row, e.entity_id))
    result.changed.sort(key=lambda c: _text_order(table, c.new, c.entity_id))
    return result


@dataclass
class PairDiff:
    """Every table's differences between two versions of one document."""
    doc_id: str
    from_version: str
    to_version: str
    tables: dict[str, TableDiff]
    notes: list[str] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return any(t.differs for t in self.tables.values())

    def to_json(self) -> dict:
        tables = {}
        for name, t in self.tables.items():
            tables[name] = {
                "added": [contract_row(name, e.row) for e in t.added],
                "removed": [contract_row(name, e.row) for e in t.removed],
                "changed": [{"id": c.entity_id, "key": c.key,
                             "columns": {col: list(pair) for col, pair in c.columns.items()}}
                            for c in t.changed],
            }
        return {"doc_id": self.doc_id, "from": self.from_version, "to": self.to_version, "tables": tables}

    def rows(self) -> list[dict]:
        """Rows of the diffs table."""
        base = {"doc_id": self.doc_id, "version": self.to_version,
                "from_version": self.from_version, "to_version": self.to_version}

        def encode(value) -> str:
            return json.dumps(value, ensure_ascii=False)

        out = []
        for name, t in self.tables.items():
            for change, entries in (("added", t.added), ("removed", t.removed)):
                for e in entries:
                    whole = encode(contract_row(name, e.row))
                    out.append({**base, "table": name, "change": change, "entity_id": e.entity_id,
                                "key": encode(e.key), "column": None,
                                "old": whole if change == "removed" else None,
                                "new": whole if change == "added" else None})
            for c in t.changed:
                for column, (old, new) in c.columns.items():
                    out.append({**base, "table": name, "change": "changed", "entity_id": c.entity_id,
                                "key": encode(c.key), "column": column, "old": encode(old), "new": encode(new)})
        return out


def diff_versions(doc_id: str, from_version: str, to_version: str,
                  old_tables: dict[str, object], new_tables: dict[str, object]) -> PairDiff:
    """Compare two versions given each table's rows ({table: rows or DataFrame}; missing = empty)."""
    tables = {t: diff_table(t, old_tables.get(t, []), new_tables.get(t, [])) for t in DIFF_TABLES}
    return PairDiff(doc_id, from_version, to_version, tables)
