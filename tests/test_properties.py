"""Property-based tests across the stages: arbitrary text never crashes the pipeline, every
offset round-trips, every date interval is ordered."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import run_nlp, text_units
from pipeline.normalise import normalise_document
from pipeline.parse import parse_text
from pipeline.rawio import decode

# Text that looks a little like the documents: words, dates, list markers, names, newlines.
FRAGMENTS = st.sampled_from([
    "- (3) ", "- ", "March 19-20, 2014", "May", "in Beijing", "North Korea", "Japan’s", "the 1970’s",
    "Foreign Minister Fumio Kishida", "Ri Su-Yong", "around 1945", "on Thursday", "(in Shenyang)",
    ":", ".", ", ", "\n", "\r\n", " ", "U.S.", "launched", "met", "agreed", "17", "2022",
])
DOCUMENT_TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join))


@given(DOCUMENT_TEXT)
@settings(max_examples=200, deadline=None)
def test_parse_offsets_round_trip(text):
    doc = parse_text(text)
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start_char < block.end_char <= len(text)
        assert doc.block_text(block) == doc.block_text(block).strip()
        previous_end = block.end_char
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        assert block.start_char <= sentence.start_char < sentence.end_char <= block.end_char
    for start, end in text_units(doc):
        assert 0 <= start < end <= len(text)


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_utf8_decoding_round_trips(text):
    try:
        decoded, encoding, _ = decode(text.encode("utf-8"), "x.txt")
    except Exception as exc:  # binary-looking text (NULs, magic bytes) may be refused, clearly
        assert exc.__class__.__name__ == "DocumentError"
        return
    assert decoded == text and encoding == "utf-8"


@given(DOCUMENT_TEXT, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_pipeline_never_crashes_and_offsets_round_trip(nlp, text, published):
    doc = parse_text(text, published=published)
    ((parsed, block_docs),) = list(run_nlp([doc], nlp))
    tables = normalise_document(parsed, block_docs)
    for row in tables["mentions"] + tables["dates"]:
        assert text[row["start_char"]:row["end_char"]] == row["text"]
    for row in tables["dates"]:
        assert row["value_start"] <= row["value_end"]
    for row in tables["events"]:
        assert 0 <= row["start_char"] < row["end_char"] <= len(text)
