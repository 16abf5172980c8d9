"""Dates placed relative to another time: after/before clauses in news (the measure before the
mark and the shift it makes), and since-phrases (a bound, not the act's own date).

"The launch came two days after Pyongyang accused ...": the clause marked by *after* or
*before* (:func:`relative_mark`), the measure before the mark (:func:`duration`: "two days", "a
week", "hours"), the number of units it counts (:func:`count_units`) and the main clause's date
moved by it (:func:`shifted`). ``dating.relative_date`` puts them together.
"""
from __future__ import annotations

from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Token

from ..textrules import NUMBER_WORDS
from .syntax import has_own_subject, head, is_verb

UNITS = ("hour", "minute", "day", "week", "month", "year")


def relative_mark(t: Token) -> tuple[Token | None, Token]:
    """The after/before mark of t's clause (climbing subjectless conjuncts) and that clause."""
    clause, mark = t, None
    for _ in range(6):
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is not None or clause.dep_ != "conj" or has_own_subject(clause) or not is_verb(head(clause)):
            break
        clause = head(clause)
    return mark, clause


def duration(clause: Token, mark: Token, main: Token) -> Token | None:
    """The measure before the mark: "two days (after)", "a week (before)"; also one the parser
    hung on the main clause's object ("told of the decision a day after ...")."""
    dur = next((c for c in clause.children if c.dep_ == "npadvmod" and c.i < mark.i), None)
    if dur is None and mark.i > 0:
        prev = mark.doc[mark.i - 1]
        if prev.dep_ == "npadvmod" and any(a.i == main.i for a in islice(prev.ancestors, 3)):
            dur = prev
    return dur


def count_units(dur: Token, unit_word: str) -> int | None:
    """The number of units a duration counts; "hours after ..." counts none (the same day)."""
    count = None
    for c in dur.children:
        if c.dep_ in ("nummod", "det", "quantmod"):
            word = c.lower_
            count = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
    if count is None and unit_word in ("hour", "minute"):
        count = 0
    return count


def shifted(base, unit_word: str, count: int, sign: int):
    """(start, end, precision) of base moved by count units, or None where base is too coarse."""
    if unit_word in ("hour", "minute", "day", "week"):
        if base.precision != "day" or base.value_start != base.value_end:
            return None
        days = 0 if unit_word in ("hour", "minute") else count * (7 if unit_word == "week" else 1)
        day = base.value_start + timedelta(days=sign * days)
        return day, day, "day"
    if unit_word == "month":
        y, m = divmod(base.value_start.year * 12 + base.value_start.month - 1 + sign * count, 12)
        first = date(y, m + 1, 1)
        last = date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - timedelta(days=1)
        return first, last, "month"
    y = base.value_start.year + sign * count
    return date(y, 1, 1), date(y, 12, 31), "year"


def since_bound(top: Token) -> bool:
    """Rule 'a since-phrase is a bound': a date in it ("for the first time since the meeting in
    London in May") dates the act it recalls, not the narrative after it."""
    t = top
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ == "since":
            return True
        t = t.head
    return False


def first_since(top: Token) -> bool:
    """Rule 'the first since': a date right after "since" on a noun marked first, last or a
    superlative ("the first visit by a Secretary of State since 1955", "the highest-level visit
    since 2020") is when the one before happened: it dates nothing here."""
    prep = top if top.lower_ == "since" else top.head if top.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "since" or not prep.head.tag_.startswith("NN"):
        return False
    return any(c.dep_ == "amod" and (c.lower_ in ("first", "last") or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
               for c in prep.head.children)
