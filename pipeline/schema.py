"""The one definition of every table: JSON Schemas in ``schemas/``, read here for the writer,
the validator and the tests."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import fastjsonschema
import pyarrow as pa

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
TABLES = ("documents", "mentions", "dates", "people", "places", "events")  # one set of rows per document
CORPUS_TABLES = ("timeline",)  # made from the tables above across documents
ALL_TABLES = TABLES + ("errors",) + CORPUS_TABLES


@cache
def json_schema(table: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{table}.schema.json").read_text(encoding="utf-8"))


def columns(table: str) -> list[str]:
    return list(json_schema(table)["properties"])


def sort_key(table: str) -> list[str]:
    return json_schema(table)["x-sort-key"]


def _item_type(items: dict) -> pa.DataType:
    if items["type"] == "object":
        return pa.struct([pa.field(k, _arrow_type(v)[0], nullable=k not in items.get("required", ()))
                          for k, v in items["properties"].items()])
    if items["type"] == "array":
        return pa.list_(_item_type(items["items"]))
    if items["type"] == "integer":
        return pa.int64()
    return pa.string()


def _arrow_type(prop: dict) -> tuple[pa.DataType, bool]:
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    nullable = "null" in types
    base = next(t for t in types if t != "null")
    if base == "string":
        return (pa.date32() if prop.get("format") == "date" else pa.string()), nullable
    if base == "array":
        return pa.list_(_item_type(prop["items"])), nullable
    return {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}[base], nullable


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema, with each column's description as field metadata."""
    schema = json_schema(table)
    fields = []
    for name, prop in schema["properties"].items():
        dtype, nullable = _arrow_type(prop)
        fields.append(pa.field(name, dtype, nullable=nullable, metadata={"description": prop["description"]}))
    return pa.schema(fields, metadata={"table": table, "description": schema["description"]})


def date_columns(table: str) -> list[str]:
    return [n for n, p in json_schema(table)["properties"].items() if p.get("format") == "date"]


@cache
def validator(table: str):
    """A compiled validator: fastjsonschema checks a row about 25 times faster than jsonschema,
    which matters because every row of every document is checked."""
    return fastjsonschema.compile(json_schema(table))


def validate_rows(table: str, rows: list[dict]) -> None:
    """Raise ValueError naming the first row that breaks the table's schema (rows in JSON form)."""
    check = validator(table)
    for row in rows:
        try:
            check(row)
        except fastjsonschema.JsonSchemaValueException as error:
            column = error.name.removeprefix("data.").removeprefix("data") or "(row)"
            raise ValueError(f"{table}: column {column}: {error.message} in row {row}") from None
