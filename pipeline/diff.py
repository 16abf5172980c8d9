"""``python -m pipeline diff``: what changed in the extracted data between two versions of a
document (issue 6).

Rows of the events, dates, people and places tables are matched between the two versions by
stable keys, never by offsets, and their other columns compared:

=======  ===================================================  ==========================================
table    key                                                  not compared (offsets, ids, counts)
=======  ===================================================  ==========================================
events   event_id                                             doc_id, version, start_char, end_char
dates    value_start, value_end, the sentence the date sits   doc_id, version, start_char, end_char,
         in (its words: punctuation and spacing ignored)      mention_id
people   person_id                                            doc_id, version, n_mentions
places   place_id                                             doc_id, version, n_mentions
=======  ===================================================  ==========================================

Every other column of the table's schema is compared (``compared_columns(table)``), so a column
added to a schema later is compared without a change here. Free-text columns (events.trigger,
events.summary, dates.text) are compared on their words: a comma removed from an event's sentence
is not a change in the extracted data. ``n_mentions`` grows and shrinks with every sentence that
names a country, so it is left out; the distinct surface forms (``mentions``) are compared.

A change in a compared column is a ``changed`` row naming the column; a change in the key is a
removal plus an addition. Rows with the same key within one version (the same date twice in a
sentence) are paired in the order they appear in the text. A date's sentence is found by parsing
the raw text again (cheap, no spaCy) when the raw file is at hand with the hash the build saw;
when it is not, dates are matched by mention_id instead (which also hashes the sentence's text)
and a note says so.

The comparison is a keyed join over plain Python rows rather than pandas or daff: the tables
have list-valued and nullable columns (which pandas compares awkwardly: NaN != NaN, lists are
not hashable), a document has at most a few hundred rows, and the keys are ours, not guessed.

Output: a report on stdout (text, ``--format markdown`` or ``--format json``) and, for
notebooks, the diffs table (``schemas/diffs.schema.json``) for each compared pair in
``OUT/diffs/parquet/<doc_id>__<from>__<to>.parquet`` and ``OUT/diffs/json/<...>.jsonl``;
``pandas.read_parquet("OUT/diffs/parquet")`` reads every pair as one table.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import logging
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import export, rawio
from .atomic import write_bytes_atomically
from .cli import positive_int
from .config import DEFAULT_BATCH_SIZE, Settings
from .errors import DocumentError, PipelineError
from .parse import parse_text
from .schema import columns, json_schema, sort_key

log = logging.getLogger("pipeline")

DIFF_TABLES = ("events", "dates", "people", "places")
KEYS: dict[str, tuple[str, ...]] = {
    "events": ("event_id",),
    "dates": ("value_start", "value_end", "sentence"),  # sentence: not a column, found from the raw text
    "people": ("person_id",),
    "places": ("place_id",),
}
IGNORED: dict[str, tuple[str, ...]] = {
    "events": ("doc_id", "version", "start_char", "end_char"),
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


# --- reading the built datasets ---------------------------------------------------------------

class Built:
    """The built tables of some documents (Arrow, as read), with each version's rows on demand."""

    def __init__(self, out_dir: Path, doc_id: str | None = None):
        self.out_dir = Path(out_dir)
        documents = self._read("documents", doc_id, ["doc_id", "version", "source", "sha256"])
        self.documents: dict[tuple[str, str], dict] = {
            (row["doc_id"], row["version"]): row for row in (documents.to_pylist() if documents else [])}
        errors = self._read("errors", doc_id)
        self.errors: list[dict] = errors.to_pylist() if errors else []
        self._tables: dict[str, pa.Table] = {}
        self._slices: dict[str, dict[tuple[str, str], tuple[int, int]]] = {}
        for table in DIFF_TABLES:
            data = self._read(table, doc_id)
            if data is None or data.num_rows == 0:
                self._slices[table] = {}
                continue
            # sorted by document and version, each version's rows are one slice: found once, so
            # --all over a large corpus neither filters the tables per pair nor holds them as dicts
            data = data.sort_by([("doc_id", "ascending"), ("version", "ascending")])
            keys = data.select(["doc_id", "version"]).append_column("row", pa.array(range(data.num_rows), pa.int64()))
            groups = keys.group_by(["doc_id", "version"]).aggregate([("row", "min"), ("row", "count")])
            self._tables[table] = data
            self._slices[table] = {
                (d, v): (start, count) for d, v, start, count in zip(
                    *(groups.column(c).to_pylist() for c in ("doc_id", "version", "row_min", "row_count")))}

    def _read(self, table: str, doc_id: str | None, cols: list[str] | None = None) -> pa.Table | None:
        path = self.out_dir / "parquet" / f"{table}.parquet"
        if not path.exists():
            return None
        filters = [("doc_id", "==", doc_id)] if doc_id is not None else None
        return pq.read_table(path, columns=cols, filters=filters)

    def rows(self, table: str, doc_id: str, version: str) -> list[dict]:
        """One version's rows of a table, in the output contract's JSON form."""
        where = self._slices[table].get((doc_id, version))
        if where is None:
            return []
        return [conform(table, row) for row in self._tables[table].slice(*where).to_pylist()]

    def versions(self, doc_id: str) -> set[str]:
        return {v for d, v in self.documents if d == doc_id}

    def doc_ids(self) -> set[str]:
        return {d for d, _ in self.documents}

    def error_for(self, doc_id: str, version: str) -> str | None:
        for row in self.errors:
            if row.get("doc_id") == doc_id and row.get("version") == version:
                return f"{row['path']}: {row['message']}"
        return None


def _parsed_raw(raw_dir: Path | None, document: dict):
    """The raw text the build saw with its sentences (parsed as the build parses it, no spaCy),
    or None if it is not at hand (missing, or edited since)."""
    if raw_dir is None:
        return None
    path = Path(raw_dir) / document["source"]
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != document["sha256"]:
        return None
    meta = path.with_name(f"{document['version']}.meta.json")
    raw = rawio.RawDocument(document["doc_id"], document["version"], path, document["source"],
                            meta if meta.is_file() else None)
    try:
        raw = rawio.load(raw, Path(raw_dir))
    except DocumentError:
        return None
    return parse_text(raw.text, doc_id=raw.doc_id, version=raw.version)


def _with_sentences(rows: list[dict], parsed) -> list[dict] | None:
    """Date rows with the text of the sentence each starts in, or None if the text does not match."""
    if parsed is None:
        return None
    starts = [s.start_char for s in parsed.sentences]
    out = []
    for row in rows:
        start, end = row.get("start_char"), row.get("end_char")
        if start is None or end is None or parsed.text[start:end] != row.get("text") or not starts:
            return None
        sentence = parsed.sentences[max(0, bisect.bisect_right(starts, start) - 1)]
        out.append({**row, "sentence": parsed.text[sentence.start_char:sentence.end_char]})
    return out


def compare(built: Built, raw_dir: Path | None, doc_id: str, from_version: str, to_version: str) -> PairDiff:
    """Diff two built versions of a document."""
    sides = []
    for version in (from_version, to_version):
        sides.append({t: built.rows(t, doc_id, version) for t in DIFF_TABLES})
    notes = []
    dated = [_with_sentences(side["dates"], _parsed_raw(raw_dir, built.documents[(doc_id, v)]))
             for side, v in zip(sides, (from_version, to_version))]
    if all(d is not None for d in dated):
        for side, rows in zip(sides, dated):
            side["dates"] = rows
    else:
        notes.append(f"the raw text of {doc_id} {from_version} or {to_version} is not in the raw folder as built, "
                     "so dates were matched by mention_id: a date whose sentence changed shows as removed and added")
    result = diff_versions(doc_id, from_version, to_version, sides[0], sides[1])
    result.notes = notes
    return result


# --- choosing the versions, building what is missing ---------------------------------------------

def _raw_versions(raw_dir: Path | None) -> dict[str, dict[str, rawio.RawDocument]]:
    if raw_dir is None or not Path(raw_dir).is_dir():
        return {}
    found, _ = rawio.discover(Path(raw_dir))
    out: dict[str, dict[str, rawio.RawDocument]] = defaultdict(dict)
    for raw in found:
        out[raw.doc_id][raw.version] = raw
    return out


def _stale(built: Built, raws: dict[str, dict[str, rawio.RawDocument]], doc_id: str, version: str) -> bool:
    """Whether the version is not built, or its raw file changed since it was."""
    document = built.documents.get((doc_id, version))
    if document is None:
        return True
    raw = raws.get(doc_id, {}).get(version)
    if raw is None:
        return False
    try:
        return hashlib.sha256(raw.path.read_bytes()).hexdigest() != document["sha256"]
    except OSError:
        return False


def plan(built: Built, raws: dict, doc_id: str | None, versions: list[str], all_pairs: bool) -> list[tuple[str, str, str]]:
    """The (doc_id, from, to) pairs to compare; raise PipelineError if the request cannot be met."""
    known = sorted(built.doc_ids() | set(raws))
    if doc_id is not None and doc_id not in known:
        hint = ", ".join(known[:20]) + (" ..." if len(known) > 20 else "") if known else "none"
        raise PipelineError(f"document {doc_id!r} is neither in {built.out_dir} nor in the raw folder; "
                            f"known documents: {hint}")
    pairs = []
    for doc in ([doc_id] if doc_id is not None else known):
        available = sorted(built.versions(doc) | set(raws.get(doc, {})))
        if all_pairs:
            pairs.extend((doc, a, b) for a, b in zip(available, available[1:]))
        elif versions:
            for v in versions:
                if v not in available:
                    raise PipelineError(f"version {v!r} of {doc} not found; versions: {', '.join(available)}")
            if versions[0] == versions[1]:
                raise PipelineError(f"FROM_VERSION and TO_VERSION are both {versions[0]!r}; give two versions")
            pairs.append((doc, versions[0], versions[1]))
        else:
            if len(available) < 2:
                raise PipelineError(f"{doc} has only one version ({', '.join(available)}); nothing to compare")
            pairs.append((doc, available[-2], available[-1]))
    return pairs


def _check_same_raw(out_dir: Path, raw_dir: Path | None) -> None:
    """Refuse a raw folder other than the one OUT was built from: building OUT from it would
    replace its tables and drop the documents of the first."""
    try:
        recorded = json.loads((Path(out_dir) / "interim" / "manifest.json").read_text(encoding="utf-8")).get("raw")
    except (OSError, ValueError, AttributeError):
        return
    if raw_dir is not None and recorded and Path(raw_dir).resolve() != Path(recorded):
        raise PipelineError(f"{out_dir} was built from {recorded}, not {raw_dir}: give --raw {recorded}, "
                            f"or --out another folder to build {raw_dir} there")


def ensure_built(out_dir: Path, raw_dir: Path | None, doc_id: str | None, versions: list[str],
                 all_pairs: bool, settings: Settings) -> tuple[Built, list[tuple[str, str, str]]]:
    """Read the built tables, building first if a version to compare is missing or out of date."""
    from .build import build

    _check_same_raw(out_dir, raw_dir)
    raws = _raw_versions(raw_dir)
    built = Built(out_dir, None if all_pairs and doc_id is None else doc_id)
    pairs = plan(built, raws, doc_id, versions, all_pairs)
    needed = sorted({(d, v) for d, a, b in pairs for v in (a, b)})
    stale = [(d, v) for d, v in needed if _stale(built, raws, d, v)]
    if stale:  # only versions found in the raw folder can be missing or stale
        log.info("building %s from %s first: %d version(s) to compare are not built or changed since",
                 out_dir, raw_dir, len(stale))
        report = build(Path(raw_dir), Path(out_dir), settings)
        if report.failed:
            log.warning("warning: %d document(s) could not be built; see %s", len(report.failed),
                        Path(out_dir) / "json" / "errors.jsonl")
        built = Built(out_dir, None if all_pairs and doc_id is None else doc_id)
        for d, v in needed:
            if (d, v) not in built.documents:
                reason = built.error_for(d, v) or "see the errors table"
                raise PipelineError(f"{d} {v} could not be built: {reason}")
    return built, pairs


# --- writing and showing ------------------------------------------------------------------------

def diff_paths(out_dir: Path, doc_id: str, from_version: str, to_version: str) -> tuple[Path, Path]:
    stem = f"{doc_id}__{from_version}__{to_version}"
    base = Path(out_dir) / "diffs"
    return base / "parquet" / f"{stem}.parquet", base / "json" / f"{stem}.jsonl"


def write_diff(out_dir: Path, pair: PairDiff) -> tuple[Path, Path]:
    """Write the pair's rows of the diffs table as Parquet and JSONL (atomically, as export does)."""
    rows = export.sort_rows(DIFFS_TABLE, pair.rows())
    arrow_table = export.to_arrow(DIFFS_TABLE, rows)
    payload = export.jsonl_bytes(DIFFS_TABLE, rows)
    parquet_path, json_path = diff_paths(out_dir, pair.doc_id, pair.from_version, pair.to_version)
    export.write_parquet(parquet_path, arrow_table)
    write_bytes_atomically(json_path, payload, durable=True)
    return parquet_path, json_path


def _value(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _interval(start, end) -> str:
    if start is None and end is None:
        return "no date"
    return str(start) if start == end else f"{start}..{end}"


def headline(table: str, row: dict, entity_id: str) -> str:
    """One line naming the row: its key and main values."""
    if table == "events":
        kind = row.get("event_type") or "?"
        if row.get("mode"):
            kind += f"/{row['mode']}"
        who = "; ".join(row.get("people") or []) or ",".join(row.get("actors_iso3") or []) or "-"
        return (f"{entity_id}  {kind}  {_interval(row.get('date_start'), row.get('date_end'))}  "
                f"{row.get('place_name') or 'no place'}  {who}  \"{_clip(row.get('summary'), 100)}\"")
    if table == "dates":
        extra = ", ".join(x for x in (row.get("precision"), "approximate" if row.get("approximate") else None,
                                      row.get("mod")) if x)
        where = (f"in \"{_clip(row['sentence'], 70)}\"" if row.get("sentence")
                 else f"({row.get('mention_id')})")
        return f"{_interval(row.get('value_start'), row.get('value_end'))} ({extra})  \"{row.get('text')}\"  {where}"
    if table == "people":
        titles = "; ".join(row.get("titles") or [])
        return f"{entity_id}  {row.get('name')}" + (f"  titles: {titles}" if titles else "")
    if table == "places":
        detail = ", ".join(x for x in (row.get("kind"), row.get("country_iso3")) if x)
        return f"{entity_id}  {row.get('name')}" + (f" ({detail})" if detail else "")
    return entity_id


def _counts(t: TableDiff) -> str:
    c = t.counts()
    return f"{c['added']} added, {c['removed']} removed, {c['changed']} changed"


def render_text(pair: PairDiff) -> str:
    title = f"{pair.doc_id}: {pair.from_version} -> {pair.to_version}"
    if not pair.differs:
        return f"{title}: no differences in {', '.join(pair.tables)}\n" + "".join(f"note: {n}\n" for n in pair.notes)
    lines = [title]
    width = max(len(n) for n in pair.tables)
    lines += [f"  {name:<{width}}  {_counts(t)}" for name, t in pair.tables.items()]
    for name, t in pair.tables.items():
        if not t.differs:
            continue
        lines += ["", f"{name}: {_counts(t)}"]
        lines += [f"  + {headline(name, e.row, e.entity_id)}" for e in t.added]
        lines += [f"  - {headline(name, e.row, e.entity_id)}" for e in t.removed]
        for c in t.changed:
            lines.append(f"  ~ {headline(name, c.new, c.entity_id)}")
            lines += [f"      {col}: {_value(old)} -> {_value(new)}" for col, (old, new) in c.columns.items()]
    lines += [f"note: {n}" for n in pair.notes]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)


def _code(text: str) -> str:
    """A Markdown code span holding text, whatever backticks it contains."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(pair: PairDiff) -> str:
    lines = [f"## {_md(pair.doc_id)}: {_code(pair.from_version)} → {_code(pair.to_version)}", ""]
    if not pair.differs:
        lines.append(f"No differences in {', '.join(pair.tables)}.")
    else:
        lines += ["| table | added | removed | changed |", "|---|--:|--:|--:|"]
        for name, t in pair.tables.items():
            c = t.counts()
            lines.append(f"| {name} | {c['added']} | {c['removed']} | {c['changed']} |")
        for name, t in pair.tables.items():
            if not t.differs:
                continue
            lines += ["", f"### {name}", ""]
            lines += [f"- **added** {_md(headline(name, e.row, e.entity_id))}" for e in t.added]
            lines += [f"- **removed** {_md(headline(name, e.row, e.entity_id))}" for e in t.removed]
            for c in t.changed:
                lines.append(f"- **changed** {_md(headline(name, c.new, c.entity_id))}")
                lines += [f"  - {_code(col)}: {_code(_value(old))} → {_code(_value(new))}"
                          for col, (old, new) in c.columns.items()]
    lines += [f"\n_Note: {_md(n)}_" for n in pair.notes]
    return "\n".join(lines) + "\n"


def render(pairs: list[PairDiff], fmt: str, many: bool) -> str:
    if fmt == "json":
        data = [p.to_json() for p in pairs] if many else pairs[0].to_json()
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if not pairs:
        return "no document has two versions to compare\n"
    draw = render_markdown if fmt == "markdown" else render_text
    return "\n".join(draw(p) for p in pairs)


# --- command line -----------------------------------------------------------------------------

DESCRIPTION = """\
Show what changed in the extracted events, dates, people and places between two versions of a
document. Rows are matched by stable keys, not offsets, so an edit that only shifts text shows no
changes:
  events  by event_id           people  by person_id           places  by place_id
  dates   by value_start, value_end and the words of the sentence they sit in
Offsets, mention ids and n_mentions are not compared; events' summary and trigger and dates'
text are compared on their words (punctuation and spacing ignored).

Reads the tables built in OUT; a version that is not built yet, or whose raw file changed since,
is built first from RAW (incremental). Prints a report (changed cells as old -> new) and writes
the diffs table for each pair to OUT/diffs/parquet/<doc>__<from>__<to>.parquet and
OUT/diffs/json/<doc>__<from>__<to>.jsonl (columns: schemas/diffs.schema.json)."""

EPILOG = """\
examples:
  python -m pipeline diff japan-north-korea-relations            # the two newest versions
  python -m pipeline diff DOC 001_a 002_b --format markdown      # for a pull request
  python -m pipeline diff --all --format json                    # every consecutive pair
exit status: 0 whether or not the versions differ (1 with --exit-code when they do),
2 on errors (unknown document or version, build failure)."""


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "diff", help="what changed in the data between two versions of a document",
        usage="python -m pipeline diff DOC_ID [FROM_VERSION TO_VERSION] [options]\n"
              "       python -m pipeline diff --all [DOC_ID] [options]",
        description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("doc_id", nargs="?", metavar="DOC_ID", help="document id (folder name under RAW)")
    p.add_argument("versions", nargs="*", metavar="FROM_VERSION TO_VERSION",
                   help="versions to compare (default: the two newest; versions sort by name)")
    p.add_argument("--all", dest="all_pairs", action="store_true",
                   help="compare every pair of consecutive versions of every document (or of DOC_ID)")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="report format: text for the terminal (default), markdown for a PR, json for programs "
                        "(an object; a list of objects with --all)")
    p.add_argument("--exit-code", action="store_true", help="exit with status 1 when the versions differ")
    p.add_argument("--raw", type=Path, default=Path("raw"), help="raw folder, to build what is missing (default: raw)")
    p.add_argument("--out", type=Path, default=Path("processed"), help="built datasets (default: processed)")
    p.add_argument("--model", default=Settings().model, help="spaCy model, if a build is needed")
    p.add_argument("--batch-size", type=positive_int, default=DEFAULT_BATCH_SIZE, metavar="N",
                   help="texts per nlp.pipe batch, if a build is needed")
    p.add_argument("--quiet", action="store_true", help="print errors only (the report still goes to stdout)")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug messages")
    return p


def run(args: argparse.Namespace) -> int:
    """Run ``diff`` from parsed arguments; return the exit status. Raises PipelineError on bad requests."""
    versions = list(args.versions or [])
    if len(versions) not in (0, 2):
        raise PipelineError(f"give both FROM_VERSION and TO_VERSION, or neither (got {' '.join(versions)})")
    if args.all_pairs and versions:
        raise PipelineError("--all compares every consecutive pair; do not give versions with it")
    if not args.all_pairs and not args.doc_id:
        raise PipelineError("give a DOC_ID (e.g. make diff DOC=<doc_id>) or --all")
    settings = Settings(model=args.model, batch_size=args.batch_size)
    built, pairs = ensure_built(args.out, args.raw, args.doc_id, versions, args.all_pairs, settings)
    results = [compare(built, args.raw, d, a, b) for d, a, b in pairs]
    for pair in results:
        paths = write_diff(args.out, pair)
        log.debug("wrote %s and %s", *paths)
    sys.stdout.write(render(results, args.format, many=args.all_pairs))
    sys.stdout.flush()
    if results:
        log.info("diffs written to %s", Path(args.out) / "diffs")
    return 1 if args.exit_code and any(p.differs for p in results) else 0
