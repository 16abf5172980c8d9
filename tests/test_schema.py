"""The schemas in schemas/ are the one definition of every table: the validator and the
Parquet types both come from them."""
from __future__ import annotations

import pyarrow as pa
import pytest

from pipeline.schema import ALL_TABLES, arrow_schema, columns, json_schema, validate_rows

DATE_ROW = {
    "doc_id": "d", "version": "v", "mention_id": "m-1", "text": "March 3, 2014", "start_char": 0,
    "end_char": 13, "value_start": "2014-03-03", "value_end": "2014-03-03", "precision": "day",
    "approximate": False, "mod": None, "resolution": "explicit",
}


def test_a_good_row_passes():
    validate_rows("dates", [DATE_ROW])


@pytest.mark.parametrize("column, value, words", [
    ("precision", "fortnight", "must be one of"),
    ("value_start", "2014-13-45", "must be date"),
    ("start_char", "0", "must be integer"),
    ("approximate", None, "must be boolean"),
    ("mod", "early", "must be one of"),
])
def test_bad_values_are_named_by_column(column, value, words):
    with pytest.raises(ValueError) as info:
        validate_rows("dates", [{**DATE_ROW, column: value}])
    assert f"dates: column {column}: " in str(info.value) and words in str(info.value)


def test_missing_and_unknown_columns_are_refused():
    with pytest.raises(ValueError, match="must contain"):
        validate_rows("dates", [{k: v for k, v in DATE_ROW.items() if k != "precision"}])
    with pytest.raises(ValueError, match="must not contain"):
        validate_rows("dates", [{**DATE_ROW, "extra": 1}])


@pytest.mark.parametrize("table", ALL_TABLES)
def test_every_column_is_described_and_typed(table):
    schema = json_schema(table)
    assert set(schema["required"]) == set(columns(table))
    assert set(schema["x-sort-key"]) <= set(columns(table))
    fields = arrow_schema(table)
    assert fields.names == columns(table)
    for field in fields:
        assert field.metadata[b"description"]


def test_arrow_types_follow_the_json_types():
    fields = arrow_schema("dates")
    assert fields.field("value_start").type == pa.date32()
    assert fields.field("start_char").type == pa.int64()
    assert fields.field("approximate").type == pa.bool_()
    assert fields.field("mod").nullable and not fields.field("text").nullable
    assert arrow_schema("people").field("titles").type == pa.list_(pa.string())
    assert arrow_schema("places").field("latitude").type == pa.float64()
