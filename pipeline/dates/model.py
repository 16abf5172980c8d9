"""The values the dates stage works with: a found mention, a value, the context a value is resolved in."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


@dataclass(frozen=True)
class DateMention:
    """One temporal expression: ``text == doc.text[start_char:end_char]``; value_start and
    value_end are the first and last calendar days it covers; ``resolution`` says how the value
    was found (explicit: from the words alone, context: an earlier date, anchor: published)."""

    text: str
    start_char: int
    end_char: int
    value_start: date
    value_end: date
    precision: str
    approximate: bool
    mod: str | None
    resolution: str


@dataclass(frozen=True)
class Value:
    """A normalised interval; ``resolution`` says whether it needed context or the anchor."""

    start: date
    end: date
    precision: str
    approximate: bool = False
    mod: str | None = None
    resolution: str = "explicit"


@dataclass(frozen=True)
class Ref:
    """What a relative or year-less expression may lean on."""

    local: tuple[Value, ...] = ()  # earlier dates in the block, then a bullet's item date; newest first
    last: tuple[Value, ...] = ()  # dates earlier in the document, newest first
    anchor: date | None = None  # the document's published date
    future: bool = False  # a future-tense cue precedes the expression in its clause
    partner: Value | None = None  # the date after 'and/or' in 'Feb. 27 and March 5, 2022'
    sentence: tuple[Value, ...] = ()  # earlier dates in the same sentence, newest first
    now: date | None = None  # no published date: latest explicit date so far, else in the document
    position: str | None = None  # 'early/mid/late' before the expression: the year is chosen for that part
    nearest: bool = False  # no tense (a dateline, 'leaves Wednesday', 'beginning Monday'): nearest the anchor
    since: bool = False  # 'since' opens its phrase ('since their talks in Paris in March'): before its reference
