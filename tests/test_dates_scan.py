"""The dates stage's scan (pipeline/dates/scan.py) runs each row of the pattern table only
where it can match: anchored rows at the words before a month name, weekday or number, rows
with ``needs`` on the lines holding one. It must find exactly what running every row's regex
over the whole text found (``finditer`` after the text's ``needs`` check): nothing dropped,
nothing added.

The table below was worked out by hand from the rows' regular expressions: for each text, every
match the named row gives (before any context check), in text order.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.dates.lexicon import MONTHS, WEEKDAYS
from pipeline.dates.patterns import LEAD_WORDS, PATTERNS
from pipeline.dates.scan import _FOLDS_TO_ASCII, TextScan, may_match

ROOT = Path(__file__).resolve().parents[1]
ROWS = {p.name: p for p in PATTERNS}
MONTH_ROWS = [p.name for p in PATTERNS if p.anchor == "month"]


def _reference(pattern, text: str) -> list[tuple[int, int]]:
    """What the finder did before the scan: the row's finditer over the whole text."""
    return [m.span() for m in pattern.regex.finditer(text)] if may_match(pattern, text.lower()) else []


def _assert_same(text: str) -> None:
    scan = TextScan(text)
    for pattern in PATTERNS:
        assert [m.span() for m in scan.matches(pattern)] == _reference(pattern, text), (pattern.name, text)


# ---------------------------------------------------------------- each month row still fires
FIRES = [
    ("Talks ran from March 3 to 5, 2019.", "range_md_d", ["from March 3 to 5, 2019"]),
    ("They met Tuesday, Dec 3-4 in Hanoi.", "range_md_d", ["Tuesday, Dec 3-4"]),
    ("5from March 3 to 4", "range_md_d", ["from March 3 to 4"]),  # a lead word just after a digit
    ("the Oct. 30 to Nov. 2 visit", "range_md_md", ["Oct. 30 to Nov. 2"]),
    ("BETWEEN Sept. 29, 2001 and Jan. 3, 2002", "range_md_md", ["BETWEEN Sept. 29, 2001 and Jan. 3, 2002"]),
    ("held between 3 and 5 May 2001", "range_d_dm", ["between 3 and 5 May 2001"]),
    ("from 1 - 3 of June", "range_d_dm", ["from 1 - 3 of June"]),
    ("between\n3 and 5 May", "range_d_dm", ["3 and 5 May"]),  # 'between' is on the line before
    ("from 30 March to 2 April 2014", "range_dm_dm", ["from 30 March to 2 April 2014"]),
    ("from MARCH to MAY 2014", "range_months", ["from MARCH to MAY 2014"]),
    ("March to May 2014", "range_months", ["March to May 2014"]),
    ("on Sept. 19, 2018", "month_day", ["Sept. 19, 2018"]),
    ("SEPT. 5 and Dec 25", "month_day", ["SEPT. 5", "Dec 25"]),
    ("from  Monday,\tMarch 3", "month_day", ["Monday,\tMarch 3"]),
    ("Thursday, March 6, 2014", "month_day", ["Thursday, March 6, 2014"]),
    ("the 3rd of Dec 2014", "day_month", ["the 3rd of Dec 2014"]),
    ("Friday, 13 March", "day_month", ["Friday, 13 March"]),
    ("in May of 2014", "month_year", ["May of 2014"]),
    ("MARCH 2014 and Feb. 2024", "month_year", ["MARCH 2014", "Feb. 2024"]),
    ("May I ask about last December?", "bare_month", ["May", "last December"]),
    ("said that May would resign", "bare_month", ["that May"]),
    ("this coming September", "bare_month", ["this coming September"]),
]
NO_MONTH = [
    "North Korea may launch another satellite, officials said.",  # 'may' the verb: lower case
    "The Mayor of Seoul decided.",  # 'May' inside a word
    "The xMay 2014 accord.",  # a name glued to a letter
    "Marching orders came in june.",  # lower-case 'june' is no month for the rows
    "mar 3, dec 5",
]


@pytest.mark.parametrize("text, row, expected", FIRES)
def test_month_row_fires(text, row, expected):
    found = [m.group() for m in TextScan(text).matches(ROWS[row])]
    assert found == expected
    _assert_same(text)


@pytest.mark.parametrize("text", NO_MONTH)
def test_no_month_row_fires(text):
    scan = TextScan(text)
    assert all(list(scan.matches(ROWS[row])) == [] for row in MONTH_ROWS)
    _assert_same(text)


def test_every_month_row_is_in_the_table():
    assert {row for _, row, _ in FIRES} >= set(MONTH_ROWS)


# ---------------------------------------------------------------- the same as the whole-text scan
def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "tests/data/dates_gold.jsonl").read_text().splitlines()]
    for folder in ("raw", "tests/data/heldout/raw", "tests/data/news/raw", "eval/corpus/raw"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).rglob("*.txt"))]
    return texts


def test_same_matches_on_the_corpora():
    for text in _texts():
        _assert_same(text)


def test_same_matches_on_the_benchmark_documents():
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_dates import synthesise

    for text, _ in synthesise(150, seed=3):
        _assert_same(text)


# The words an anchored row's regex spells (names aside), in every pair before a short match of
# the row: a row that allows a word before its anchor that LEAD_WORDS lacks fails here.
_NAME_WORDS = {n.lower() for n in [*MONTHS, *WEEKDAYS]}
_MONTH_EXAMPLES = ["May 5, 2014", "5 May", "May 2014", "May", "May 3-4", "May 3 to June 4", "May to June 2014",
                   "3 to 5 May", "3 - 5 of May", "of May 2014"]
_EXAMPLES = {
    **{p.name: _MONTH_EXAMPLES for p in PATTERNS if p.anchor == "month"},
    **{p.name: ["5", "2014", "2001-03-04", "2001-2004", "2001 to 2004", "the 5th"] for p in PATTERNS
       if p.anchor == "number"},
    "weekday": ["Monday", "Monday morning"],
    "deictic_unit": ["week", "this week"], "the_unit": ["week", "month"],
    "season_year": ["spring 2014", "spring of last year"], "season_rel": ["spring"], "season": ["spring"],
    "deictic_day": ["yesterday", "before yesterday", "after tomorrow", "night", "morning"], "day_before": ["day before."],
    "anaphor_count": ["days later", "3 days later"], "anaphor": ["that day", "same day", "in the day", "the following day"],
    "quarter": ["quarter", "quarter of 2014", "first-quarter"], "quarter_q": ["Q1 2014", "2014 Q1"],
    "half": ["half of 2014", "H1 2014"], "half_month": ["half of May"],
}


@pytest.mark.parametrize("name", [p.name for p in PATTERNS if p.anchor])
def test_same_matches_after_any_two_words(name):
    pattern = ROWS[name]
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", pattern.regex.pattern)} - _NAME_WORDS
    before = [*sorted(words), "Monday", "May", "On", "3", "3rd", "2014", ","]
    for example in _EXAMPLES[name]:
        for first in before:
            for second in before:
                text = f"{first} {second} {example}"
                assert [m.span() for m in TextScan(text).matches(pattern)] == _reference(pattern, text), text


# Random text: every word the rows spell, names in their cases, lead words, numbers, separators,
# line breaks, and the characters that fold to ASCII letters under IGNORECASE.
_ROW_WORDS = sorted({w for p in PATTERNS for w in re.findall(r"[A-Za-z]{2,}", p.regex.pattern)})
_TOKENS = st.one_of(
    st.sampled_from([*LEAD_WORDS, *_ROW_WORDS, "in the", "On the", "since then", "ago", "later", "earlier"]),
    st.sampled_from([f(n) for n in [*MONTHS, *WEEKDAYS] for f in (str.capitalize, str.upper, str.lower)]
                    + ["Sept.", "Dec.", "New Year's Day", "Christmas"]),
    st.sampled_from(["3rd", "1st", "21", "5", "31", "2014", "1990s", "’90s", "Q3", "H1", "12-5", "2001-03-04"]),
    st.sampled_from(["x", "İ", "ı", "ſ", "K", "İN THE", "thıs week", "yeſterday"]),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", ", ", "-", " – ", "\n", "\t", ". ", "'", "’", "", "(", ")"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TOKENS, _SEPARATORS), max_size=30))
def test_same_matches_on_generated_text(pieces):
    _assert_same("".join(token + sep for token, sep in pieces))


@pytest.mark.parametrize("piece", ["5 ", "May 5 ", "the ", "3 to ", "that day ", "two days later "])
def test_a_long_line_takes_linear_time(piece):
    """An anchor's lead words are looked for back to the last anchor only: a line of 8,000
    numbers took 27 s when each number's were looked for back to the line's start."""
    text = piece * 20_000 + "May 5"
    began = time.perf_counter()
    scan = TextScan(text)
    for pattern in PATTERNS:
        for _ in scan.matches(pattern):
            pass
    assert time.perf_counter() - began < 5  # about 0.1 s; quadratic, hours


# ---------------------------------------------------------------- what the scan relies on
def _can_consume_newline(items) -> bool:
    """Whether a parsed regex (re._parser) can consume a line break, look-aheads included
    (a look-behind may look across a line: the scan keeps the text before a line)."""
    from re import _constants as c

    for op, av in items:
        if op is c.ANY or (op is c.LITERAL and av == 10) or (op is c.NOT_LITERAL and av != 10):
            return True
        if op is c.IN and re.compile(_class_pattern(av)).match("\n"):
            return True
        elif op is c.BRANCH and any(_can_consume_newline(b) for b in av[1]):
            return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and _can_consume_newline(av[2]):
            return True
        elif op is c.SUBPATTERN and _can_consume_newline(av[3]):
            return True
        elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] == 1 and _can_consume_newline(av[1]):
            return True
    return False


def _class_pattern(items) -> str:
    """A character class (re._parser items) back as a pattern."""
    from re import _constants as c

    parts, negate = [], False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY:
            parts.append({c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_DIGIT: r"\d",
                          c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}[av])
    return f"[{'^' if negate else ''}{''.join(parts)}]"


@pytest.mark.parametrize("name", [p.name for p in PATTERNS if p.needs])
def test_no_row_with_needs_matches_across_a_line(name):
    from re import _parser

    pattern = ROWS[name].regex
    assert not _can_consume_newline(_parser.parse(pattern.pattern, pattern.flags))


def test_the_folding_characters_are_all_listed():
    """Every character that IGNORECASE matches to an ASCII letter which lower() does not give."""
    letter = re.compile("(?i)[a-z]")
    odd = {chr(cp) for cp in range(128, sys.maxunicode + 1)
           if letter.match(chr(cp)) and not (len(chr(cp).lower()) == 1 and chr(cp).lower().isascii())}
    assert odd - {"İ"} == set(_FOLDS_TO_ASCII)  # İ lowers to two characters: the length check
