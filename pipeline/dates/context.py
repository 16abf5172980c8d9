"""Context and anchor rules: the value of a year-less or relative expression from the dates
before it (the governing date), the published date, or the page's own 'now'."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from .days import add_months, make_value, month_interval, week_interval, year_interval
from .lexicon import MONTHS, NUMBERS
from .model import RANK, Ref, Value
from .modifiers import narrow_value

# ---------------------------------------------------------------- reference rules


def _closest(make: Callable[[int], tuple[date, date] | None], ref: Value) -> tuple[date, date] | None:
    """The year whose interval lies nearest the reference interval, a gap before it counting
    double because chronologies and stories run forward (overlap = 0; ties: earlier)."""
    best = None
    for y in range(ref.start.year - 1, ref.end.year + 2):
        iv = make(y)
        if iv is None:
            continue
        gap = max((iv[0] - ref.end).days, 2 * (ref.start - iv[1]).days, 0)
        if best is None or gap < best[0]:
            best = (gap, iv)
    return None if best is None else best[1]


def _by_tense(make: Callable[[int], tuple[date, date] | None], anchor: date, future: bool,
              nearest: bool = False):
    """Past by default: the latest interval starting on/before the anchor (rule 'time zones':
    or up to ``TIME_ZONE_GRACE`` after it, "On September 20, commencing at 2:07 a.m. (September
    19, 1:07 p.m. local time)" in a readout dated September 19 is that September); with a future
    cue the earliest one ending on/after it; without a tense the one nearest it."""
    ivs = [iv for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (iv := make(y))]
    if nearest and ivs:
        return min(ivs, key=lambda iv: max((iv[0] - anchor).days, (anchor - iv[1]).days, 0))
    if future:
        later = [iv for iv in ivs if iv[1] >= anchor]
        return min(later) if later else None
    earlier = [iv for iv in ivs if iv[0] <= anchor + TIME_ZONE_GRACE]
    return max(earlier) if earlier else None


def governing_date(ref: Ref, unit: str) -> Value | None:
    """The newest earlier date at least as fine as unit: in the block first, then anywhere."""
    for g in ref.local + ref.last:
        if RANK[g.precision] <= RANK[unit]:
            return g
    return None


_RECENT = timedelta(days=183)  # an earlier sentence's date this close to published still governs
# a past day this close after the published date is that year's: a page is dated in its
# publisher's time zone, the act in the place's ("September 20" Tokyo time, published September 19)
TIME_ZONE_GRACE = timedelta(days=1)


def year_less(make, precision: str, ref: Ref) -> Value | None:
    """Year-less date: the latest year not after its partner date; else nearest the newest
    earlier date of its own sentence if that names one year, or a finer date in it ('in late
    2017, ... on Nov. 29'; not an attributive year as in 'a 2018 accord', a span of years as
    'from 1910 to 1945', or a relative one as 'last year'); else nearest the block's
    newest date if that is finer than a year and, when there is a published date, is a day
    (a narrated timeline: 'on April 27, 2018 ... on May 26') or ends within ~6 months before
    published or later (news: 'in May' of a 2023 story is May 2023 even after 'took office in
    January 2021' one sentence back); else by tense from the anchor; else nearest the newest
    date of year precision or finer. A part ('late spring') is chosen as the part itself: the
    year is the one whose late spring is nearest, in the story's tense."""
    if ref.position and precision not in ("day", "week"):
        make = _narrowed(make, precision, ref.position)
    v = _year_less_whole(make, precision, ref)
    return v if v is None or not ref.position or precision in ("day", "week") else replace(v, mod=ref.position)


def _narrowed(make, precision: str, position: str):
    def part(y: int) -> tuple[date, date] | None:
        iv = make(y)
        if iv is None:
            return None
        v = narrow_value(Value(iv[0], iv[1], precision), position)
        return v.start, v.end
    return part


def _named_single_year(ref: Ref) -> bool:
    """The sentence's newest earlier date is explicit and within one year."""
    named = ref.sentence[0] if ref.sentence else None
    return (named is not None and named.resolution == "explicit" and RANK[named.precision] <= RANK["year"]
            and named.start.year == named.end.year)


def _local_finer_than_year(ref: Ref) -> bool:
    """The block's newest date is finer than a year and, with a published date, a day, in the
    same sentence, or recent (about six months before published)."""
    return bool(ref.local) and RANK[ref.local[0].precision] < RANK["year"] and (
        ref.anchor is None or ref.local[0].precision == "day" or bool(ref.sentence)
        or ref.local[0].end >= ref.anchor - _RECENT)


def _year_less_whole(make, precision: str, ref: Ref) -> Value | None:
    try:
        if ref.partner is not None:
            return make_value(_by_tense(make, ref.partner.start, False), precision, "context")
        if ref.since and ref.anchor is not None:  # before the sentence's day ('today'), else published
            day = next((v for v in ref.sentence if v.precision == "day"), None)
            point = day.start if day is not None else ref.anchor
            return make_value(_by_tense(make, point, False), precision, "anchor" if day is None else "context")
        if _named_single_year(ref):
            return make_value(_closest(make, ref.sentence[0]), precision, "context")
        if _local_finer_than_year(ref):
            return make_value(_closest(make, ref.local[0]), precision, "context")
        if ref.anchor is not None:
            return make_value(_by_tense(make, ref.anchor, ref.future, ref.nearest), precision, "anchor")
        g = governing_date(ref, "year")
        return None if g is None else make_value(_closest(make, g), precision, "context")
    except (ValueError, OverflowError):
        return None


def deictic_point(ref: Ref, unit: str) -> tuple[date, str] | None:
    """Speech-time point: the published date; else, for month and coarser units ('last
    year', 'this month', 'November last year'), the page's own 'now' (``_Ref.now``): the
    latest explicit date mentioned so far (the latest, not the nearest: 'signed in August
    1978 ... November last year' on a page dated July 2023 is 2022; a chronology item's date
    is the 'now' of its bullets), else the document's latest explicit date; else the
    governing date. Days and weeks ('on Thursday', 'yesterday') keep the governing date."""
    if ref.anchor is not None:
        return ref.anchor, "anchor"
    if ref.now is not None and RANK[unit] >= RANK["month"]:
        return ref.now, "context"
    g = governing_date(ref, unit)
    return None if g is None else (g.start, "context")


def anaphor_value(ref: Ref, unit: str) -> tuple[Value, str] | None:
    """Story-time interval: the governing date, else the published date."""
    g = governing_date(ref, unit)
    if g is not None:
        return g, "context"
    if ref.anchor is not None:
        return Value(ref.anchor, ref.anchor, "day"), "anchor"
    return None


def shift(unit: str, point: date, n: int) -> tuple[date, date]:
    """The unit-sized interval n units away from point."""
    if unit == "day":
        x = point + timedelta(days=n)
        return x, x
    if unit == "week":
        return week_interval(point + timedelta(weeks=n))
    if unit == "month":
        return month_interval(*add_months(point.year, point.month, n))
    return year_interval(point.year + n)


def unit_of(word: str) -> str:
    word = word.lower().rstrip("s")
    return {"morning": "day", "afternoon": "day", "evening": "day", "night": "day", "date": "day",
            "weekend": "week"}.get(word, word)


def number_of(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS[word]


def _rel_year(phrase: str, ref: Ref) -> tuple[int, str] | None:
    """'last year' is deictic; 'that/the same/the following/the previous year' anaphoric."""
    words = phrase.lower().split()
    if words[0] in ("last", "this", "next"):
        found = deictic_point(ref, "year")
        if found is None:
            return None
        return found[0].year + {"last": -1, "this": 0, "next": 1}[words[0]], found[1]
    found = anaphor_value(ref, "year")
    if found is None:
        return None
    g, res = found
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(words[-2], 0)
    return (g.end.year if step > 0 else g.start.year) + step, res


def with_year(m: re.Match, ref: Ref, make, precision: str) -> Value | None:
    """Value for a form whose year is a group 'y', a relative-year group 'ry', or missing."""
    g = m.groupdict()
    if g.get("y") or g.get("y2"):
        return make_value(make(int(g.get("y") or g["y2"])), precision)
    if g.get("ry"):
        found = _rel_year(g["ry"], ref)
        return None if found is None else make_value(make(found[0]), precision, found[1])
    return year_less(make, precision, ref)


# ---------------------------------------------------------------- value functions, one per form


def month_no(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]
