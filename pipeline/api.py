"""Reading the built datasets back as pandas DataFrames with proper dtypes.

    from pipeline import load
    data = load("processed")                      # every table
    data["events"], data.events                   # the same DataFrame
    load("processed", tables="events", doc_id="japan-north-korea-relations", version="2022-04-01")

Dtypes come from ``schemas/<table>.schema.json`` (see :func:`dtypes`):

* ``format: date`` columns: ``datetime64[ms]`` (``NaT`` for null), so ``df[df.date_start >= "2014"]`` works;
* ``enum`` columns (label, precision, kind, event_type, mod, resolution, ...): ``category`` with the
  schema's values as categories, in schema order (so unused values still count as categories);
  the precision columns are *ordered* (``day < week < month < ... < century``);
  ``events.mode`` has no enum in its schema (the trigger lexicon, which users extend, defines
  the modes): it gets every PLOVER mode of ``pipeline/data/event_triggers.json`` (values
  outside them are added, never dropped);
* arrays: Python lists (object dtype);
* integers and booleans: ``int64`` / ``bool``, or ``Int64`` / ``boolean`` where the schema allows null;
* numbers: ``float64`` (``NaN`` for null);
* other strings: ``string`` (``pd.NA`` for null).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schema import ALL_TABLES, columns, json_schema

__all__ = ["Tables", "dtypes", "load", "load_table", "parquet_path"]

_LEXICON = Path(__file__).resolve().parent / "data" / "event_triggers.json"


def _plover_modes() -> tuple[str, ...]:
    """Every PLOVER mode of the trigger lexicon (``modes``: type -> modes), first occurrence first."""
    try:
        modes = json.loads(_LEXICON.read_text(encoding="utf-8"))["modes"]
    except (OSError, ValueError, KeyError):
        return ("visit", "third-party", "multilateral", "phone")
    return tuple(dict.fromkeys(m for values in modes.values() for m in values))


# Columns that are categorical but whose schema has no enum: categories used for them.
_EXTRA_CATEGORIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("events", "mode"): _plover_modes(),
}
_ORDERED = {("dates", "precision"), ("events", "date_precision"), ("timeline", "date_precision")}
DATE_DTYPE = "datetime64[ms]"


class Tables(dict):
    """Table name -> DataFrame; tables are also attributes (``data.events``)."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no table {name!r} loaded; loaded: {', '.join(self) or 'none'}") from None

    def __dir__(self):
        return [*super().__dir__(), *self]


def _categories(table: str, name: str, prop: dict) -> tuple[str, ...] | None:
    if "enum" in prop:
        return tuple(v for v in prop["enum"] if v is not None)
    return _EXTRA_CATEGORIES.get((table, name))


def dtypes(table: str) -> dict[str, object]:
    """The pandas dtype of each column of ``table``, derived from its JSON Schema."""
    out: dict[str, object] = {}
    for name, prop in json_schema(table)["properties"].items():
        types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
        nullable = "null" in types
        base = next(t for t in types if t != "null")
        cats = _categories(table, name, prop)
        if cats is not None:
            out[name] = pd.CategoricalDtype(list(cats), ordered=(table, name) in _ORDERED)
        elif base == "string" and prop.get("format") == "date":
            out[name] = pd.api.types.pandas_dtype(DATE_DTYPE)
        elif base == "string":
            out[name] = pd.StringDtype()
        elif base == "array":
            out[name] = pd.api.types.pandas_dtype(object)
        elif base == "integer":
            out[name] = pd.Int64Dtype() if nullable else pd.api.types.pandas_dtype("int64")
        elif base == "boolean":
            out[name] = pd.BooleanDtype() if nullable else pd.api.types.pandas_dtype("bool")
        elif base == "number":
            out[name] = pd.api.types.pandas_dtype("float64")
        else:  # pragma: no cover - the schemas use only the types above
            raise ValueError(f"{table}.{name}: unsupported schema type {base!r}")
    return out


def parquet_path(out: str | Path, table: str) -> Path:
    return Path(out) / "parquet" / f"{table}.parquet"


def _selection(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _column(table: str, name: str, col: pa.ChunkedArray, dtype) -> pd.Series:
    if isinstance(dtype, pd.CategoricalDtype):
        values = col.to_pylist()
        unknown = sorted({v for v in values if v is not None} - set(dtype.categories))
        if unknown:
            if (table, name) not in _EXTRA_CATEGORIES:
                raise ValueError(f"{table}.{name}: values {unknown} are not in the schema's enum; rebuild the datasets")
            dtype = pd.CategoricalDtype([*dtype.categories, *unknown], ordered=dtype.ordered)
        return pd.Series(pd.Categorical(values, dtype=dtype), name=name)
    if dtype == object:  # noqa: E721 - a NumPy dtype compares equal to object
        return pd.Series([list(v) if v is not None else None for v in col.to_pylist()], dtype=object, name=name)
    if pa.types.is_date(col.type):
        return pd.Series(col.cast(pa.timestamp("ms")).to_pandas(), name=name).astype(dtype)
    if isinstance(dtype, (pd.StringDtype, pd.Int64Dtype, pd.BooleanDtype)):
        return pd.Series(pd.array(col.to_pylist(), dtype=dtype), name=name)
    return pd.Series(col.to_numpy(), name=name).astype(dtype)


def _check_selection(out: str | Path, doc_id, version) -> None:
    """Raise LookupError for a doc_id or version that no built document (or errors row) has:
    a typo would otherwise give empty tables without a word."""
    if doc_id is None and version is None:
        return
    known: set[tuple[str, str]] = set()
    for table in ("documents", "errors"):
        path = parquet_path(out, table)
        if path.is_file():
            rows = pq.read_table(path, columns=["doc_id", "version"]).to_pylist()
            known |= {(r["doc_id"], r["version"]) for r in rows if r["doc_id"] is not None}
    for column, wanted, have in (("doc_id", _selection(doc_id), {d for d, _ in known}),
                                 ("version", _selection(version), {v for _, v in known})):
        missing = sorted(set(wanted or ()) - have)
        if missing:
            listed = ", ".join(sorted(have)[:10]) + (", ..." if len(have) > 10 else "")
            raise LookupError(f"no {column} {', '.join(map(repr, missing))} in {out}; the built ones: {listed or 'none'}")


def load_table(name: str, out: str | Path = "processed", doc_id: str | Iterable[str] | None = None,
               version: str | Iterable[str] | None = None) -> pd.DataFrame:
    """One table as a DataFrame with the schema's dtypes, optionally only some documents/versions.

    ``doc_id`` and ``version`` are a value or a list of values; rows are filtered while reading
    (pyarrow filters), and keep the file's deterministic order with a fresh RangeIndex. A
    doc_id or version that was never built raises LookupError."""
    _check_table(name, out)
    _check_selection(out, doc_id, version)
    return _read_table(name, out, doc_id, version)


def _check_table(name: str, out: str | Path) -> None:
    if name not in ALL_TABLES:
        raise ValueError(f"unknown table {name!r}; tables: {', '.join(ALL_TABLES)}")
    path = parquet_path(out, name)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: build the datasets first "
                                f"(python -m pipeline build --raw raw --out {out})")


def _read_table(name: str, out: str | Path, doc_id, version) -> pd.DataFrame:
    path = parquet_path(out, name)
    names = columns(name)
    found = pq.read_schema(path).names
    if found != names:
        raise ValueError(f"{path} has columns {found}, the schema has {names}: it was written by another "
                         f"version of the pipeline; rebuild the datasets")
    filters = []
    for column, value in (("doc_id", _selection(doc_id)), ("version", _selection(version))):
        if value is not None and column in names:
            filters.append((column, "in", value))
    arrow = pq.read_table(path, filters=filters or None)
    types = dtypes(name)
    frame = pd.DataFrame({n: _column(name, n, arrow.column(n), types[n]) for n in names})
    if "sources" in names and (doc_id is not None or version is not None):
        frame = frame[[_cites(s, _selection(doc_id), _selection(version)) for s in frame["sources"]]]
    frame.index = pd.RangeIndex(len(frame))
    return frame


def _cites(sources: list[dict], doc_ids: list[str] | None, versions: list[str] | None) -> bool:
    """Whether a timeline row has a source among the selected documents and versions."""
    return any((doc_ids is None or s["doc_id"] in doc_ids) and (versions is None or s["version"] in versions)
               for s in sources)


def load(out: str | Path = "processed", tables: str | Iterable[str] | None = None,
         doc_id: str | Iterable[str] | None = None, version: str | Iterable[str] | None = None) -> Tables:
    """The built tables in ``out`` as DataFrames: a dict (``Tables``) of table name -> DataFrame,
    also reachable as attributes (``load().events``).

    ``tables``: a name or list of names (default: documents, mentions, dates, people, places,
    events, errors). ``doc_id`` / ``version``: keep only those documents / versions."""
    names = list(ALL_TABLES) if tables is None else _selection(tables)
    for name in names:
        _check_table(name, out)
    _check_selection(out, doc_id, version)
    return Tables((n, _read_table(n, out, doc_id, version)) for n in names)
