"""Stage 3, dates: find temporal expressions and normalise each to the calendar days it covers.

The finder is a table of compiled regular expressions over the raw text (no tokens, no model);
each row has a pure value function that turns its match into a ``Value``. Candidates from all
rows are kept longest-first and non-overlapping; a modifier just before a kept span
(``around``, ``before``, ``early``, ``the end of`` ...) is then taken into it. ``extract_dates``
resolves the candidates in text order; ``normalise_expression`` gives one string's value.

Conventions (``extract_dates`` documents the reference rules):

* Spans leave out prepositions (``in``, ``on``, ``since``, ``during``...) but keep what changes
  the value: ``the`` of ``the 1970's``/``the following year``, ``from``/``between`` of a
  range, modifiers. ``before 2014`` keeps the value 2014 and says ``mod="before"``.
* ``early``/``the beginning of`` = first third (``mod="start"``), ``mid``/``the middle of`` =
  second, ``late``/``the end of`` = last: months 1-4/5-8/9-12 of a year (any interval of whole
  months is cut by thirds of its months), days 1-10/11-20/21-end of a month, years 0-3/4-6/7-9
  of a decade, 0-32/33-65/66-99 of a century. Days and weeks are not narrowed.
* Seasons are meteorological, northern hemisphere: spring = Mar-May, summer = Jun-Aug,
  autumn = Sep-Nov, winter YYYY = Dec YYYY-1 .. Feb YYYY. Centuries: "the 20th century" =
  1900-1999; "the 1900s" = that century, "the 2000s" = 2000-2009. Weeks run Monday-Sunday.
* A two-digit decade (``the '90s``) is 19x0 for 20-90 and 20x0 for 00 and 10.
* Open-ended periods keep the named period as the value and say the open side in ``mod``:
  ``since 2013``, ``from 2013 onward``, ``2013~``, ``after 2013`` = 2013, ``mod="after"`` (the
  schema's ``after`` stands for "on or after": the named period is included); ``until 2016``,
  ``by the end of the year``, ``before 2016`` = ``mod="before"``. The word is in the span.
* Two found expressions joined by a range word after ``from``/``between`` (or two weekdays)
  are one range at the finer precision: ``from 2003 through October 2008`` (month), ``from
  last Tuesday to Thursday`` (the second weekday is the first such day on/after the first).
* The n-th week of a month is days 7n-6..7n (``the last week`` = its last seven days),
  precision week; halves of a month are days 1-15 / 16-end, precision month, mod start/end.
* Holidays come from ``pipeline/data/dates.json`` (fixed days, Easter-based, n-th weekday,
  per-country, lunar tables 2000-2030), read as year-less days.
"""
from __future__ import annotations

import bisect
import calendar
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from .structure import ParsedDocument
from .textrules import NUMBER_WORDS, date_opens_dateline

PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


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
class _Ref:
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


# ---------------------------------------------------------------- lexicons (general knowledge)
LEXICON_PATH = Path(__file__).resolve().parent / "data" / "dates.json"


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(f"{LEXICON_PATH}: {what}")


def _valid_md(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]  # 2000: a leap year


def _check_holidays(h: dict) -> None:
    """Every holiday row has names and a valid date rule; lunar tables cover 2000-2030."""
    for row in h["fixed"]:
        _check(_valid_md(row["month"], row["day"]), f"bad fixed holiday {row}")
    for row in h["easter"]:
        _check(isinstance(row["offset"], int) and abs(row["offset"]) < 60, f"bad easter offset {row}")
    for row in h["nth_weekday"]:
        _check(1 <= row["month"] <= 12 and 0 <= row["weekday"] <= 6 and row["n"] in (1, 2, 3, 4, -1), f"bad rule {row}")
    for row in h["by_country"]:
        for md in row["dates"].values():
            _check(len(md) == 5 and _valid_md(int(md[:2]), int(md[3:])), f"bad date {md} in {row['names']}")
    for row in h["lunar"]:
        years = sorted(int(y) for y in row["dates"])
        _check(years == list(range(2000, 2031)), f"lunar table {row['names']} must cover 2000-2030")
        for y, iso in row["dates"].items():
            _check(date.fromisoformat(iso).year == int(y), f"{row['names']}: {iso} is not in {y}")
    for kind in ("fixed", "easter", "nth_weekday", "by_country", "lunar"):
        for row in h[kind]:
            _check(bool(row["names"]) and all(isinstance(n, str) and n[:1].isupper() for n in row["names"]),
                   f"holiday names must be capitalised strings: {row['names']}")


def _load_lexicon() -> dict:
    """pipeline/data/dates.json, checked: ordinals 1-31 in order, season first months, holidays."""
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    for key in ("ordinals", "last_ordinals", "seasons", "named_day_words", "holidays", "countries"):
        _check(key in data, f"missing key {key!r}")
    _check(list(data["ordinals"].values()) == list(range(1, 32)), "ordinals must be first..thirty-first")
    _check(all(1 <= m <= 12 for m in data["seasons"].values()), "season first months are 1-12")
    _check(set(data["seasons"].values()) <= {3, 6, 9, 12}, "seasons are meteorological (first month 3/6/9/12)")
    _check_holidays(data["holidays"])
    return data


_LEX = _load_lexicon()

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_FULL_MONTHS = [name for name in _MONTHS if len(name) > 4 or name in ("may", "june", "july")]
_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_NUMBERS = NUMBER_WORDS
_ORDINALS = dict(_LEX["ordinals"], final=4)  # 'the final quarter'
_SEASONS = _LEX["seasons"]  # first month
_WORD_DECADES = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
                 "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990}
# Words that make a preceding 4-digit number a count or a measure, not a year.
_UNIT_WORDS = {
    "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "meters",
    "metres", "m", "feet", "ft", "people", "persons", "troops", "soldiers", "men", "women",
    "tons", "tonnes", "won", "yen", "dollars", "usd", "percent", "times", "units", "members",
    "children", "households", "hectares", "kg", "kilograms", "nautical", "years", "months",
    "weeks", "days", "hours", "minutes", "seconds", "decades",
}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
_NOT_PLURAL = {"onwards", "as", "is", "was", "has", "his", "its", "this", "thus", "us", "yes", "whereas"}
_YEAR_CUES_STRONG = {"in", "since", "until", "till", "during", "before", "after", "throughout",
                     "early", "mid", "late", "year", "circa", "c.", "ca."}
_YEAR_CUES_WEAK = {"of", "from", "between", "by", "about", "around", "approximately", "roughly", "through"}
_MONTH_CUES = {"upcoming", "forthcoming", "in", "since", "by", "until", "till", "during", "from", "through", "throughout",
               "before", "after", "of", "early", "mid", "late", "around", "between"}
_SEASON_CUES = _MONTH_CUES | {"over"}


def _alt(names: Iterable[str]) -> str:
    """Title-case and upper-case alternatives, longest first: 'may' the verb never matches."""
    return "|".join(f"{name.capitalize()}|{name.upper()}" for name in sorted(set(names), key=len, reverse=True))


# ---------------------------------------------------------------- regex building blocks
_S = r"[^\S\r\n]+"  # spaces, never a line break: a date does not run across lines
_SO = r"[^\S\r\n]*"
_MONTH_ALT = _alt(_MONTHS)
_MONTH_FULL_ALT = _alt(_FULL_MONTHS)
_WEEKDAY_ALT = _alt(_WEEKDAYS)
_NUM_ALT = r"\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_CENTURY_ALT = "|".join(sorted((w for w in _ORDINALS if w != "final"), key=len, reverse=True))


def _m(g: str) -> str:
    return rf"(?P<{g}>{_MONTH_ALT})(?![A-Za-z])\.?"


def _d(g: str) -> str:
    return rf"(?P<{g}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"


def _y(g: str) -> str:
    return rf"(?P<{g}>1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?![0-9])"


_FB = rf"(?:(?P<fb>[Ff]rom|[Bb]etween|FROM|BETWEEN){_S})?"
_SEP = rf"(?P<sep>{_SO}[-–—‒~〜]{_SO}|{_S}(?i:to|through|thru|until|till|and){_S})"
_WD = rf"(?:(?P<wd>{_WEEKDAY_ALT}),?{_S})?"
_RELYEAR = (rf"(?P<ry>(?i:that|the{_S}same|the{_S}following|the{_S}next|the{_S}previous|"
            rf"the{_S}preceding|last|this|next){_S}(?i:year))")
_YEAR_OR_REL = rf"(?:{_y('y')}|{_RELYEAR})"
_THE = rf"(?:(?i:the){_S})?"

# ---------------------------------------------------------------- calendar helpers


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _day(y: int, m: int, d: int) -> tuple[date, date] | None:
    try:
        x = date(y, m, d)
    except ValueError:
        return None
    return x, x


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), _month_end(y, m)


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _week(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _season(name: str, y: int) -> tuple[date, date]:
    first = _SEASONS[name]
    if first == 12:
        return date(y - 1, 12, 1), _month_end(y, 2)
    return date(y, first, 1), _month_end(y, first + 2)


def _quarter(q: int, y: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)


def _val(iv: tuple[date, date] | None, precision: str, resolution: str = "explicit") -> Value | None:
    return None if iv is None else Value(iv[0], iv[1], precision, resolution=resolution)


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
    """Past by default: the latest interval starting on/before the anchor; with a future cue
    the earliest one ending on/after it; without a tense the one nearest it."""
    ivs = [iv for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (iv := make(y))]
    if nearest and ivs:
        return min(ivs, key=lambda iv: max((iv[0] - anchor).days, (anchor - iv[1]).days, 0))
    if future:
        later = [iv for iv in ivs if iv[1] >= anchor]
        return min(later) if later else None
    earlier = [iv for iv in ivs if iv[0] <= anchor]
    return max(earlier) if earlier else None


def _governing(ref: _Ref, unit: str) -> Value | None:
    """The newest earlier date at least as fine as unit: in the block first, then anywhere."""
    for g in ref.local + ref.last:
        if _RANK[g.precision] <= _RANK[unit]:
            return g
    return None


_RECENT = timedelta(days=183)  # an earlier sentence's date this close to published still governs


def _year_less(make, precision: str, ref: _Ref) -> Value | None:
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
        v = _narrow(Value(iv[0], iv[1], precision), position)
        return v.start, v.end
    return part


def _year_less_whole(make, precision: str, ref: _Ref) -> Value | None:
    try:
        if ref.partner is not None:
            return _val(_by_tense(make, ref.partner.start, False), precision, "context")
        named = ref.sentence[0] if ref.sentence else None
        if (named is not None and named.resolution == "explicit" and _RANK[named.precision] <= _RANK["year"]
                and named.start.year == named.end.year):
            return _val(_closest(make, ref.sentence[0]), precision, "context")
        if ref.local and _RANK[ref.local[0].precision] < _RANK["year"] and (
                ref.anchor is None or ref.local[0].precision == "day" or ref.sentence
                or ref.local[0].end >= ref.anchor - _RECENT):
            return _val(_closest(make, ref.local[0]), precision, "context")
        if ref.anchor is not None:
            return _val(_by_tense(make, ref.anchor, ref.future, ref.nearest), precision, "anchor")
        g = _governing(ref, "year")
        return None if g is None else _val(_closest(make, g), precision, "context")
    except (ValueError, OverflowError):
        return None


def _deictic(ref: _Ref, unit: str) -> tuple[date, str] | None:
    """Speech-time point: the published date; else, for month and coarser units ('last
    year', 'this month', 'November last year'), the page's own 'now' (``_Ref.now``): the
    latest explicit date mentioned so far (the latest, not the nearest: 'signed in August
    1978 ... November last year' on a page dated July 2023 is 2022; a chronology item's date
    is the 'now' of its bullets), else the document's latest explicit date; else the
    governing date. Days and weeks ('on Thursday', 'yesterday') keep the governing date."""
    if ref.anchor is not None:
        return ref.anchor, "anchor"
    if ref.now is not None and _RANK[unit] >= _RANK["month"]:
        return ref.now, "context"
    g = _governing(ref, unit)
    return None if g is None else (g.start, "context")


def _anaphor(ref: _Ref, unit: str) -> tuple[Value, str] | None:
    """Story-time interval: the governing date, else the published date."""
    g = _governing(ref, unit)
    if g is not None:
        return g, "context"
    if ref.anchor is not None:
        return Value(ref.anchor, ref.anchor, "day"), "anchor"
    return None


def _shift(unit: str, point: date, n: int) -> tuple[date, date]:
    """The unit-sized interval n units away from point."""
    if unit == "day":
        x = point + timedelta(days=n)
        return x, x
    if unit == "week":
        return _week(point + timedelta(weeks=n))
    if unit == "month":
        return _month(*_add_months(point.year, point.month, n))
    return _year(point.year + n)


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return {"morning": "day", "afternoon": "day", "evening": "day", "night": "day",
            "weekend": "week"}.get(word, word)


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


def _rel_year(phrase: str, ref: _Ref) -> tuple[int, str] | None:
    """'last year' is deictic; 'that/the same/the following/the previous year' anaphoric."""
    words = phrase.lower().split()
    if words[0] in ("last", "this", "next"):
        found = _deictic(ref, "year")
        if found is None:
            return None
        return found[0].year + {"last": -1, "this": 0, "next": 1}[words[0]], found[1]
    found = _anaphor(ref, "year")
    if found is None:
        return None
    g, res = found
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(words[-2], 0)
    return (g.end.year if step > 0 else g.start.year) + step, res


def _with_year(m: re.Match, ref: _Ref, make, precision: str) -> Value | None:
    """Value for a form whose year is a group 'y', a relative-year group 'ry', or missing."""
    g = m.groupdict()
    if g.get("y") or g.get("y2"):
        return _val(make(int(g.get("y") or g["y2"])), precision)
    if g.get("ry"):
        found = _rel_year(g["ry"], ref)
        return None if found is None else _val(make(found[0]), precision, found[1])
    return _year_less(make, precision, ref)


# ---------------------------------------------------------------- value functions, one per form


def _month_no(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _v_day(m: re.Match, ref: _Ref) -> Value | None:
    mo, d = _month_no(m.group("m")), int(m.group("d"))
    return _with_year(m, ref, lambda y: _day(y, mo, d), "day")


def _v_iso(m: re.Match, ref: _Ref) -> Value | None:
    return _val(_day(int(m.group("y")), int(m.group("mo")), int(m.group("dd"))), "day")


def _v_month(m: re.Match, ref: _Ref) -> Value | None:
    mo = _month_no(m.group("m"))
    return _with_year(m, ref, lambda y: _month(y, mo), "month")


def _v_bare_month(m: re.Match, ref: _Ref) -> Value | None:
    """'in May' by the year rules; 'last/this/next May' around the speech time; 'that May'
    = May of the governing date's year (the newest earlier date of year precision or finer,
    its start year), else as a year-less month ('that' after 'said' or before 'would' is not
    a date: 'said that May would resign')."""
    mo = _month_no(m.group("m"))
    rel = (m.group("rel") or "").lower().split()
    if not rel:
        return _year_less(lambda y: _month(y, mo), "month", ref)
    if rel == ["that"]:
        gov = _governing(ref, "year")
        if gov is None:
            return _year_less(lambda y: _month(y, mo), "month", ref)
        return _val(_month(gov.start.year, mo), "month", "context")
    found = _deictic(ref, "month")
    if found is None:
        return None
    point, res = found
    here = point.year * 12 + point.month - 1
    target = point.year * 12 + mo - 1
    if rel[-1] == "last" or rel == ["this", "past"]:
        target -= 12 if target >= here else 0
    elif rel[-1] in ("next", "coming"):
        target += 12 if target <= here else 0
    return _val(_month(target // 12, target % 12 + 1), "month", res)


def _v_year(m: re.Match, ref: _Ref) -> Value | None:
    return _val(_year(int(m.group("y"))), "year")


def _range(left: tuple[date, date] | None, right: tuple[date, date] | None, precision: str) -> Value | None:
    if left is None or right is None or left[0] > right[1]:
        return None
    return Value(left[0], right[1], precision)


def _sep_ok(m: re.Match) -> bool:
    """'and' joins a range only after 'between'."""
    return m.group("sep").strip().lower() != "and" or (m.group("fb") or "").lower() == "between"


def _v_range_days(m: re.Match, ref: _Ref) -> Value | None:
    """'March 19-20, 2014', '19-20 March', 'March 30 to April 2, 2014' (shared month/year)."""
    g = m.groupdict()
    m2 = _month_no(g["m2"]) if g.get("m2") else _month_no(g["m1"])
    m1 = _month_no(g["m1"]) if g.get("m1") else m2
    d1, d2 = int(g["d1"]), int(g["d2"])
    y1 = g.get("y1")
    y2 = g.get("y2") or g.get("y")
    if y2:
        y2 = int(y2)
        y1 = int(y1) if y1 else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        return _range(_day(y1, m1, d1), _day(y2, m2, d2), "day")
    if y1:
        return None
    wrap = (m1, d1) > (m2, d2)

    def make(y: int):
        left, right = _day(y, m1, d1), _day(y + wrap, m2, d2)
        return None if left is None or right is None else (left[0], right[1])

    return _year_less(make, "day", ref)


def _v_range_months(m: re.Match, ref: _Ref) -> Value | None:
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    y1, y2 = m.group("y1"), m.group("y2")
    if y2:
        y2 = int(y2)
        y1 = int(y1) if y1 else (y2 if m1 <= m2 else y2 - 1)
        return _range(_month(y1, m1), _month(y2, m2), "month")
    if y1:
        return None
    wrap = m1 > m2
    return _year_less(lambda y: (date(y, m1, 1), _month_end(y + wrap, m2)), "month", ref)


def _v_range_years(m: re.Match, ref: _Ref) -> Value | None:
    y1 = int(m.group("y1"))
    if m.group("y2"):
        y2 = int(m.group("y2"))
    else:
        y2 = y1 // 100 * 100 + int(m.group("yy"))
    return _range(_year(y1), _year(y2), "year") if y1 < y2 else None


def _v_decade(m: re.Match, ref: _Ref) -> Value | None:
    if m.group("dec"):
        y = int(m.group("dec"))
        if y % 100 == 0 and y < 2000:  # 'the 1900s' is read as the century
            return Value(date(y, 1, 1), date(y + 99, 12, 31), "century")
    elif m.group("dec2"):
        two = int(m.group("dec2"))
        y = (2000 if two < 20 else 1900) + two
    else:
        y = _WORD_DECADES[m.group("decw").lower()]
    return Value(date(y, 1, 1), date(y + 9, 12, 31), "decade")


def _v_century(m: re.Match, ref: _Ref) -> Value | None:
    n = int(m.group("c")) if m.group("c") else _ORDINALS[m.group("cw").lower()]
    if not 1 <= n <= 22:
        return None
    first = (n - 1) * 100
    return Value(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century")


def _v_season(m: re.Match, ref: _Ref) -> Value | None:
    name = m.group("s").lower()
    make = partial(_season, name)
    rel = (m.groupdict().get("rel") or "").lower().split()
    if not rel:
        return _with_year(m, ref, make, "season")
    found = _deictic(ref, "season")
    if found is None:
        return None
    point, res = found
    ivs = [make(y) for y in range(point.year - 1, point.year + 3)]
    if rel[-1] == "last" or rel == ["this", "past"]:
        pick = [iv for iv in ivs if iv[1] < point][-1:]
    elif rel[-1] in ("next", "coming"):
        pick = [iv for iv in ivs if iv[0] > point][:1]
    else:  # this: the season containing the point, else the next one
        pick = [iv for iv in ivs if iv[1] >= point][:1]
    return _val(pick[0] if pick else None, "season", res)


def _v_quarter(m: re.Match, ref: _Ref) -> Value | None:
    word = m.group("q")
    q = int(word[0]) if word[0].isdigit() else _ORDINALS[word.lower()]
    return _with_year(m, ref, partial(_quarter, q), "quarter")


def _v_half(m: re.Match, ref: _Ref) -> Value | None:
    """'the first half of 2022' = Jan-Jun with mod start; the second half = Jul-Dec, mod end."""
    word = (m.group("h") or m.group("hn")).lower()
    first = word in ("first", "1st", "1")
    v = _with_year(m, ref, lambda y: (date(y, 1, 1), date(y, 6, 30)) if first
                   else (date(y, 7, 1), date(y, 12, 31)), "year")
    return None if v is None else replace(v, mod="start" if first else "end")


def _v_weekday(m: re.Match, ref: _Ref) -> Value | None:
    """'on Thursday' = latest Thursday on/before the point (on/after it with a future cue,
    the nearer of the two without a tense);
    'last'/'next' = strictly before/after; 'this' = the same Monday-Sunday week."""
    found = _deictic(ref, "day")
    if found is None:
        return None
    point, res = found
    wd = _WEEKDAYS[m.group("w").lower()]
    rel = (m.group("rel") or "").lower().split()
    back = (point.weekday() - wd) % 7
    ahead = (wd - point.weekday()) % 7
    if rel == ["this"]:
        x = point + timedelta(days=wd - point.weekday())
    elif rel and (rel[-1] == "last" or rel == ["this", "past"]):
        x = point - timedelta(days=back or 7)
    elif rel and rel[-1] in ("next", "coming"):
        x = point + timedelta(days=ahead or 7)
    elif ref.future or (ref.nearest and ahead < back):
        x = point + timedelta(days=ahead)
    else:
        x = point - timedelta(days=back)
    return Value(x, x, "day", resolution=res)


def _v_deictic_day(m: re.Match, ref: _Ref) -> Value | None:
    found = _deictic(ref, "day")
    if found is None:
        return None
    point, res = found
    words = " ".join(m.group(0).lower().split())
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1, "the day before yesterday": -2,
              "the day after tomorrow": 2}.get(words, 0)
    x = point + timedelta(days=offset)
    return Value(x, x, "day", resolution=res)


def _v_deictic_unit(m: re.Match, ref: _Ref) -> Value | None:
    """'last week', 'this month', 'next year', 'earlier this month', 'later this year', and
    'the year' of 'the end of the year' (the current one, as news use it)."""
    unit = _unit(m.group("unit"))
    weekend = m.group("unit").lower() == "weekend"
    found = _deictic(ref, unit)
    if found is None:
        return None
    point, res = found
    rel = (m.group("rel") or "this").lower().split()
    n = -1 if rel[-1] == "last" or rel == ["this", "past"] else 1 if rel[-1] in ("next", "coming") else 0
    start, end = _shift(unit, point, n)
    if weekend:
        start = start + timedelta(days=5)
    el = (m.groupdict().get("el") or "").lower()
    if el == "earlier":
        end = max(start, point)
    elif el == "later":
        start = min(end, point)
    return Value(start, end, unit, resolution=res)


def _v_ago(m: re.Match, ref: _Ref) -> Value | None:
    unit = _unit(m.group("unit"))
    found = _deictic(ref, unit)
    if found is None:
        return None
    start, end = _shift(unit, found[0], -_number(m.group("n")))
    return Value(start, end, unit, resolution=found[1])


def _v_anaphor(m: re.Match, ref: _Ref) -> Value | None:
    """'two days later', 'the following year', 'that day', 'the same month', 'earlier that
    year': counted from the governing date (from its end going forward)."""
    g = m.groupdict()
    unit = _unit(g["unit"])
    found = _anaphor(ref, unit)
    if found is None:
        return None
    gov, res = found
    rel = (g.get("rel") or "").lower().split() or ["same"]
    if g.get("n"):
        n = _number(g["n"]) * (1 if g["dir"].lower() == "later" else -1)
    else:
        n = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel[-1], 0)
    point = gov.end if n > 0 else gov.start
    start, end = _shift(unit, point, n)
    el = (g.get("el") or g.get("el2") or "").lower()
    if el == "earlier":
        end = max(start, gov.start)
    elif el == "later":
        start = min(end, gov.end)
    return Value(start, end, unit, resolution=res)


def _v_day_of_month(m: re.Match, ref: _Ref) -> Value | None:
    """'on the 27th': that day of the governing date's month."""
    found = _anaphor(ref, "month")
    if found is None:
        return None
    gov, res = found
    return _val(_day(gov.start.year, gov.start.month, int(m.group("d"))), "day", res)


def _v_day_before(m: re.Match, ref: _Ref) -> Value | None:
    """'the day before/after': one day from the governing date."""
    found = _anaphor(ref, "day")
    if found is None:
        return None
    gov, res = found
    x = gov.end + timedelta(days=1) if m.group("dir").lower() == "after" else gov.start - timedelta(days=1)
    return Value(x, x, "day", resolution=res)


def _v_coord_day(m: re.Match, ref: _Ref) -> Value | None:
    """A day listed after a month-day takes that month: '28' of 'Dec. 27 and 28'."""
    before = _PREV_MONTH_DAY.search(m.string, max(0, m.start() - 40), m.start())
    if before is None:
        return None
    mo, d = _month_no(before.group("m")), int(m.group("d"))
    return _with_year(m, ref, lambda y: _day(y, mo, d), "day")


def _rel_month(m: re.Match, ref: _Ref) -> tuple[int, int, str] | None:
    """(year, month, resolution) of a named month (year rules) or 'this/next/last month'
    (deictic), 'that/the same/the following/the previous month' (anaphoric)."""
    g = m.groupdict()
    if g.get("m"):
        v = _v_month(m, ref)
        return None if v is None else (v.start.year, v.start.month, v.resolution)
    words = g["rm"].lower().split()
    if words[0] in ("this", "next", "last"):
        found = _deictic(ref, "month")
        if found is None:
            return None
        y, mo = _add_months(found[0].year, found[0].month, {"last": -1, "this": 0, "next": 1}[words[0]])
        return y, mo, found[1]
    gov = _anaphor(ref, "month")
    if gov is None:
        return None
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(words[-1], 0)
    point = gov[0].end if step > 0 else gov[0].start
    y, mo = _add_months(point.year, point.month, step)
    return y, mo, gov[1]


def _ordinal(word: str) -> int | None:
    word = word.lower()
    if word[0].isdigit():
        return int(word[:-2])
    return -1 if word in _LEX["last_ordinals"] else _LEX["ordinals"].get(word)


def _v_day_of_rel_month(m: re.Match, ref: _Ref) -> Value | None:
    """'the 3rd of this month', 'the 12th of next month', 'the fifth of that month'."""
    found = _rel_month(m, ref)
    if found is None:
        return None
    d = int(m.group("d")) if m.group("d") else _ordinal(m.group("dw"))
    return _val(_day(found[0], found[1], d), "day", found[2])


def _v_week_of_month(m: re.Match, ref: _Ref) -> Value | None:
    """'the third week of October' = days 15-21; the n-th week is days 7n-6..7n, the last
    (final) week the month's last seven days; precision week."""
    found = _rel_month(m, ref)
    n = _ordinal(m.group("wn"))
    if found is None or n is None or n > 5:
        return None
    y, mo, res = found
    end = _month_end(y, mo)
    if n == -1:
        return Value(end - timedelta(days=6), end, "week", resolution=res)
    if 7 * n - 6 > end.day:
        return None
    return Value(date(y, mo, 7 * n - 6), date(y, mo, min(7 * n, end.day)), "week", resolution=res)


def _v_half_month(m: re.Match, ref: _Ref) -> Value | None:
    """'the first half of next month' = days 1-15 (mod start); the second half 16-end (mod end)."""
    found = _rel_month(m, ref)
    if found is None:
        return None
    y, mo, res = found
    if m.group("h").lower() in ("first", "1st"):
        return Value(date(y, mo, 1), date(y, mo, 15), "month", mod="start", resolution=res)
    return Value(date(y, mo, 16), _month_end(y, mo), "month", mod="end", resolution=res)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * mm + 114, 31)
    return date(y, month, day + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    if n == -1:
        last = _month_end(y, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(y, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _holiday_country(text: str, start: int, countries: dict) -> str | None:
    """The country a country-dated holiday belongs to: the nearest country named before it on
    its line, else the country named most often in the text (names from dates.json)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    best = None
    for iso, names in countries.items():
        for name in names:
            for hit in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", line):
                if best is None or hit.end() > best[0]:
                    best = (hit.end(), iso)
    if best is not None:
        return best[1]
    counts = {iso: sum(len(re.findall(rf"(?<![\w.]){re.escape(n)}(?![\w])", text)) for n in names)
              for iso, names in countries.items()}
    top = max(counts.values(), default=0)
    leaders = [iso for iso, k in counts.items() if k == top]
    return leaders[0] if top and len(leaders) == 1 else None


def _holiday_maker(name: str, text: str, start: int) -> Callable[[int], tuple[date, date] | None] | None:
    """The function year -> that holiday's day, from the tables in dates.json."""
    h = _LEX["holidays"]
    for row in h["fixed"]:
        if name in row["names"]:
            return lambda y, r=row: _day(y, r["month"], r["day"])
    for row in h["easter"]:
        if name in row["names"]:
            return lambda y, r=row: (lambda x: (x, x))(_easter(y) + timedelta(days=r["offset"]))
    for row in h["nth_weekday"]:
        if name in row["names"]:
            return lambda y, r=row: (lambda x: (x, x))(_nth_weekday(y, r["month"], r["weekday"], r["n"]))
    for row in h["lunar"]:
        if name in row["names"]:
            return lambda y, r=row: (lambda x: None if x is None else (date.fromisoformat(x),) * 2)(
                r["dates"].get(str(y)))
    for row in h["by_country"]:
        if name in row["names"]:
            iso = _holiday_country(text, start, {k: _LEX["countries"].get(k, []) for k in row["dates"]})
            md = row["dates"].get(iso) if iso else None
            return None if md is None else (lambda y: _day(y, int(md[:2]), int(md[3:])))
    return None


def _v_holiday(m: re.Match, ref: _Ref) -> Value | None:
    """'New Year's Day', 'Lunar New Year', 'Independence Day' (the country named before it on
    its line, else the one the text names most), 'Easter', 'Thanksgiving': by the year rules
    of a year-less date, or 'last/this/next Christmas' around the speech time."""
    name = " ".join(m.group("hn").split())
    make = _holiday_maker(name, m.string, m.start())
    if make is None:
        return None
    rel = (m.group("hrel") or "").lower()
    if m.group("y") or not rel:
        return _with_year(m, ref, make, "day")
    found = _deictic(ref, "day")
    if found is None:
        return None
    point, res = found
    ivs = [iv for y in range(point.year - 1, point.year + 2) if (iv := make(y))]
    if rel == "last":
        ivs = [iv for iv in ivs if iv[1] < point][-1:]
    elif rel == "next":
        ivs = [iv for iv in ivs if iv[0] > point][:1]
    else:
        ivs = [iv for iv in ivs if iv[0].year == point.year]
    return _val(ivs[0] if ivs else None, "day", res)


# ---------------------------------------------------------------- context checks (finder only)
_PREV_WORD = re.compile(r"([A-Za-z]+\.?)[^\S\r\n]*-?[^\S\r\n]*$")
_NEXT_WORD = re.compile(r"[^\S\r\n]*(%|[A-Za-z]+)")
_LIST_SEP = r"(?:[^\S\r\n]*,|,?[^\S\r\n]+(?:and|or))[^\S\r\n]+"  # ', ' ' and ' ', or '
_PREV_YEAR_LIST = re.compile(rf"(?:1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?:['’]?s)?{_LIST_SEP}$")
_PREV_MONTH_DAY = re.compile(
    rf"{_m('m')}{_S}(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:{_LIST_SEP}(?:3[01]|[12][0-9]|0?[1-9])"
    rf"(?:st|nd|rd|th)?)*{_LIST_SEP}$")
_PREV_MONTH_LIST = re.compile(rf"(?:{_MONTH_FULL_ALT}){_LIST_SEP}$")


def _prev_word(text: str, start: int) -> str:
    found = _PREV_WORD.search(text, max(0, start - 24), start)
    return found.group(1).lower() if found else ""


def _next_word(text: str, end: int) -> str:
    found = _NEXT_WORD.match(text, end, min(len(text), end + 24))
    return found.group(1) if found else ""


def _line_start(text: str, start: int) -> bool:
    """Nothing but a list marker or spaces before start on its line."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return re.fullmatch(r"[^\S\r\n]*(?:[-*•][^\S\r\n]*)?(?:\(?\d{1,3}\)[^\S\r\n]*)?", line) is not None


def _accept_year(text: str, m: re.Match) -> bool:
    """A bare 4-digit number is a year after a temporal cue, in '(2017)', heading a line,
    as 'the/a/Moon's 2018 summit', or listed after another year; never before a unit or count noun."""
    s, e = m.span()
    nxt = _next_word(text, e)
    if nxt.lower() in _UNIT_WORDS:
        return False
    plural = nxt.islower() and nxt.endswith("s") and nxt not in _NOT_PLURAL
    prev = _prev_word(text, s)
    if s > 0 and text[s - 1] == "-" and prev not in ("mid", "early", "late", "end"):
        return False
    if prev in _YEAR_CUES_STRONG:
        return True
    if prev in _YEAR_CUES_WEAK or _PREV_YEAR_LIST.search(text, max(0, s - 24), s):
        return not plural
    if text[s - 1 : s] == "(" and text[e : e + 1] == ")" or text[e : e + 1] in ("~", "〜"):
        return True
    if _line_start(text, s) and re.match(r"[^\S\r\n]*(?:[:,.\r\n]|$)", text[e : e + 2]):
        return True
    determiner = prev in _DETERMINERS or re.search(r"\w['’]s[^\S\r\n]+$", text[max(0, s - 6) : s])
    return bool(determiner) and bool(nxt) and nxt[0].isalpha() and not plural


# 'that' is a complementizer, and a capitalised month a name ('said that May would resign'),
# after these words or before these.
_SAY_WORDS = {"said", "says", "say", "told", "tell", "believe", "believed", "think", "thought",
              "know", "knew", "noted", "added", "argued", "claimed", "stated", "warned", "hoped",
              "hope", "insisted", "announced", "reported", "confirmed", "so", "such", "fact", "clear"}
_SUBJECT_NEXT = {"would", "will", "could", "should", "can", "may", "might", "must", "had", "has",
                 "have", "was", "is", "did", "does", "said", "says", "told", "and"}


def _accept_bare_month(text: str, m: re.Match) -> bool:
    rel = (m.group("rel") or "").lower()
    if rel == "that":
        return (_prev_word(text, m.start()) not in _SAY_WORDS
                and _next_word(text, m.end()).lower() not in _SUBJECT_NEXT)
    if rel:
        return True
    s = m.start()
    return _prev_word(text, s) in _MONTH_CUES or bool(
        _PREV_MONTH_LIST.search(text, max(0, s - 24), s))


def _accept_bare_season(text: str, m: re.Match) -> bool:
    nxt = _next_word(text, m.end())
    if nxt[:1].isupper() or nxt.lower() in ("of", "season", "games", "olympics"):
        return False
    return _prev_word(text, m.start()) in _SEASON_CUES


_HOLIDAY_CUES = _MONTH_CUES | {"at", "over", "for", "on", "this", "last", "next", "until", "before", "after", "by"}


def _accept_holiday(text: str, m: re.Match) -> bool:
    """Not inside a longer name ('Good Friday Agreement', 'Christmas Island', 'Tet Offensive');
    a one-word name ('Christmas', 'Easter') only after a temporal cue ('at Christmas') or
    before 'holiday'/'festival'."""
    close = re.match(r"[)\"”’]*", text[m.end() : m.end() + 3]).end()  # '(Good Friday) Agreement'
    nxt = _next_word(text, m.end() + close)
    if nxt[:1].isupper():
        return False
    if " " in m.group("hn") or m.group("hrel") or m.group("y"):
        return True
    return _prev_word(text, m.start()) in _HOLIDAY_CUES or nxt.lower() in ("holiday", "holidays", "festival")


_NAMED_DAY = re.compile(rf"(?:{'|'.join(map(re.escape, _LEX['named_day_words']))})[^\S\r\n]+$")


def _accept_weekday(text: str, m: re.Match) -> bool:
    """A weekday named by a qualifier ('Good Friday', 'Black Monday') is a name, not a date."""
    return m.group("rel") is not None or not _NAMED_DAY.search(text, max(0, m.start() - 12), m.start())


def _accept_coord_day(text: str, m: re.Match) -> bool:
    """'29' in 'Dec. 28 and 29', not in 'May 5 and 6 people'."""
    if _next_word(text, m.end()).lower() in _UNIT_WORDS:
        return False
    return _PREV_MONTH_DAY.search(text, max(0, m.start() - 40), m.start()) is not None


def _accept_unit(text: str, m: re.Match) -> bool:
    """'the year' is a date only as in 'the end of the year'."""
    return _PREFIX_END["mod"].search(text, max(0, m.start() - 32), m.start()) is not None


def _accept_dmy(text: str, m: re.Match) -> bool:
    """Not right after a number or a separator: the '3' of '2014, 3 March' or 'No. 3 March'."""
    s = m.start()
    return not re.search(r"(?:[0-9.,/]|[0-9]:)$", text[max(0, s - 3) : s].rstrip())


# ---------------------------------------------------------------- the pattern table


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern
    value: Callable[[re.Match, _Ref], Value | None]
    accept: Callable[[str, re.Match], bool] | None = None
    needs: tuple[str, ...] = ()  # the pattern runs only if the lower-cased text has one of these


def _p(name, regex, value, accept=None, flags=0, needs=()) -> _Pattern:
    """Every expression starts a word; saying so first lets the engine skip most positions."""
    guarded = rf"(?<![A-Za-z])(?=[A-Za-z0-9‘'’])(?:{regex})"
    return _Pattern(name, re.compile(guarded, flags), value, accept, needs)


_HOLIDAY_NAMES = sorted({" ".join(n.split()) for kind in _LEX["holidays"].values() for row in kind
                         for n in row["names"]}, key=len, reverse=True)
_HOLIDAY_ALT = "|".join(re.escape(n).replace(r"\ ", r"[^\S\r\n]+") for n in _HOLIDAY_NAMES)
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_REL = rf"(?:this{_S}past|this{_S}coming|last|this|next)"
_SEASON = "(?:" + "|".join(sorted(_SEASONS, key=len, reverse=True)) + ")"
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night)"
_OPT_Y = rf"(?:,?{_S}{_y('y')})?"
_OPT_YR = rf"(?:,?{_S}{_y('y')}|,?{_S}(?:(?i:of){_S})?{_RELYEAR})?"  # 'June 2 of last year'
_ORD_ALT = "|".join(sorted(_LEX["ordinals"], key=len, reverse=True))
_REL_MONTH = rf"(?P<rm>(?i:this|next|last|that|the{_S}(?:same|following|next|previous|preceding))){_S}(?i:month)"
_MONTH_NAME = rf"(?P<m>{_MONTH_ALT})(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?(?![A-Za-z])"
_MONTH_OR_REL = rf"(?:{_MONTH_NAME}(?:,?{_S}(?:(?i:of){_S})?{_YEAR_OR_REL})?|{_REL_MONTH})(?![A-Za-z])"


def _days_ascend(t: str, m: re.Match) -> bool:
    return _sep_ok(m) and int(m.group("d1")) < int(m.group("d2"))


def _v_quarter_q(m: re.Match, ref: _Ref) -> Value | None:
    q, y = m.group("qn") or m.group("qn2"), m.group("y") or m.group("y2")
    return _val(_quarter(int(q), int(y)), "quarter")


# Rows: name, regex, value function, optional context check, regex flags, prefilter words.
_PATTERNS: tuple[_Pattern, ...] = (
    _p("range_md_d", rf"{_FB}{_WD}{_m('m1')}{_S}{_d('d1')}{_SEP}{_d('d2')}{_OPT_Y}",
       _v_range_days, _days_ascend, needs=_MONTH_STEMS),
    _p("range_md_md", rf"{_FB}{_m('m1')}{_S}{_d('d1')}(?:,?{_S}{_y('y1')})?{_SEP}"
                      rf"{_m('m2')}{_S}{_d('d2')}(?:,?{_S}{_y('y2')})?",
       _v_range_days, lambda t, m: _sep_ok(m), needs=_MONTH_STEMS),
    _p("range_d_dm", rf"(?<![\w.,]){_FB}{_d('d1')}{_SEP}{_d('d2')}{_S}(?:(?i:of){_S})?{_m('m2')}{_OPT_Y}",
       _v_range_days, _days_ascend, needs=_MONTH_STEMS),
    _p("range_dm_dm", rf"(?<![\w.,]){_FB}{_d('d1')}{_S}{_m('m1')}(?:,?{_S}{_y('y1')})?{_SEP}"
                      rf"{_d('d2')}{_S}{_m('m2')}(?:,?{_S}{_y('y2')})?",
       _v_range_days, lambda t, m: _sep_ok(m), needs=_MONTH_STEMS),
    _p("range_months", rf"{_FB}{_m('m1')}(?:,?{_S}{_y('y1')})?{_SEP}{_m('m2')}(?:,?{_S}{_y('y2')})?",
       _v_range_months, lambda t, m: _sep_ok(m) and bool(m.group("fb") or m.group("y2")),
       needs=_MONTH_STEMS),
    _p("range_years", rf"(?<![\w$€£¥#.,/-]){_FB}{_y('y1')}{_SEP}"
                      rf"(?:{_y('y2')}|(?P<yy>[0-9]{{2}})(?![0-9]|[-/.][0-9]))",
       _v_range_years,
       lambda t, m: _sep_ok(m) and (m.group("y2") is not None or m.group("sep").strip() in "-–—‒")
       and _next_word(t, m.end()).lower() not in _UNIT_WORDS),
    _p("iso", rf"(?<![0-9.]){_y('y')}(?P<s>[-/.])(?P<mo>1[0-2]|0?[1-9])(?P=s)(?P<dd>3[01]|[12][0-9]|0?[1-9])"
              rf"(?![0-9])", _v_iso),
    _p("month_day", rf"{_WD}{_m('m')}{_S}{_d('d')}{_OPT_YR}", _v_day, needs=_MONTH_STEMS),
    _p("day_month", rf"(?<![\w.,]){_WD}{_THE}{_d('d')}{_S}(?:(?i:of){_S})?{_m('m')}{_OPT_YR}",
       _v_day, _accept_dmy, needs=_MONTH_STEMS),
    _p("month_year", rf"{_m('m')},?{_S}(?:(?i:of){_S})?{_YEAR_OR_REL}", _v_month, needs=_MONTH_STEMS),
    _p("bare_month", rf"(?:(?P<rel>(?i:{_REL}|that)){_S})?(?P<m>{_MONTH_FULL_ALT})(?![A-Za-z])(?!{_SO}\.?{_SO}[0-9])",
       _v_bare_month, _accept_bare_month, needs=_MONTH_STEMS),
    _p("coord_day", rf"(?<![\w.,]){_d('d')}{_OPT_Y}", _v_coord_day, _accept_coord_day),
    _p("year", rf"(?<![\w$€£¥#.,/']){_y('y')}(?![\w'’%]|[.,][0-9])", _v_year, _accept_year),
    _p("decade", rf"{_THE}(?:(?<![0-9])(?P<dec>(?:1[0-9]|20|21)[0-9]0)['’]?s|[‘'’](?P<dec2>[0-9]0)s|"
                 rf"(?<=[Tt]he )(?:(?i:nineteen)[- ])?(?P<decw>(?i:{'|'.join(_WORD_DECADES)})))(?![A-Za-z0-9])",
       _v_decade, needs=("0s", "0’s", "0's", "ties")),
    _p("century", rf"{_THE}(?:(?P<c>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<cw>{_CENTURY_ALT}))[- ]century(?![A-Za-z])",
       _v_century, flags=re.IGNORECASE, needs=("century",)),
    _p("season_year", rf"{_THE}(?P<s>(?i:{_SEASON}))(?:{_S}(?i:of))?,?{_S}{_YEAR_OR_REL}",
       _v_season, needs=tuple(_SEASONS)),
    _p("season_rel", rf"(?P<rel>(?i:{_REL})){_S}(?P<s>(?i:{_SEASON}))(?![A-Za-z])",
       _v_season, needs=tuple(_SEASONS)),
    _p("season", rf"{_THE}(?P<s>{_SEASON})(?![A-Za-z])", _v_season, _accept_bare_season, needs=tuple(_SEASONS)),
    _p("quarter", rf"{_THE}(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[- ](?i:quarter)"
                  rf"(?:(?:{_S}(?i:of))?,?{_S}{_YEAR_OR_REL})?(?![A-Za-z])",
       _v_quarter, lambda t, m: bool(m.group("y") or m.group("ry") or m.group(0)[:3].lower() == "the"),
       needs=("quarter",)),
    _p("quarter_q", rf"(?<![A-Za-z0-9])(?:Q(?P<qn>[1-4]){_SO}(?:(?:of|,)?{_S})?{_y('y')}|"
                    rf"(?<![0-9]){_y('y2')}{_SO}Q(?P<qn2>[1-4]))(?![A-Za-z0-9])",
       _v_quarter_q, needs=("q1", "q2", "q3", "q4")),
    _p("half", rf"{_THE}(?:(?P<h>(?i:first|second|latter|1st|2nd)){_S}(?i:half){_S}(?i:of){_S}"
               rf"(?:(?i:the){_S})?{_YEAR_OR_REL}|H(?P<hn>[12]){_S}{_y('y2')})",
       _v_half, needs=("half", "h1", "h2")),
    _p("weekday", rf"(?:(?P<rel>(?i:{_REL}|coming)){_S})?(?P<w>{_WEEKDAY_ALT})(?![A-Za-z])"
                  rf"(?:{_S}(?i:{_TIME_OF_DAY})(?![A-Za-z]))?",
       _v_weekday, _accept_weekday, needs=("day",)),
    _p("day_of_rel_month", rf"{_THE}(?:{_d('d')}|(?P<dw>(?i:{_ORD_ALT})))(?:{_S}|-)(?i:of){_S}{_REL_MONTH}(?![\w-])",
       _v_day_of_rel_month, needs=tuple(f"of {w} month" for w in (
           "this", "next", "last", "that", "the same", "the following", "the next", "the previous", "the preceding"))),
    _p("week_of_month", rf"{_THE}(?P<wn>(?i:{_ORD_ALT}|last|final|1st|2nd|3rd|4th|5th))[- ](?i:week){_S}(?i:of){_S}"
                        rf"(?:(?i:the){_S})?{_MONTH_OR_REL}", _v_week_of_month, needs=("week of",)),
    _p("half_month", rf"{_THE}(?P<h>(?i:first|second|latter|1st|2nd)){_S}(?i:half){_S}(?i:of){_S}(?:(?i:the){_S})?"
                     rf"{_MONTH_OR_REL}", _v_half_month, needs=("half",)),
    _p("holiday", rf"(?:(?P<hrel>(?i:this|last|next)){_S})?(?P<hn>{_HOLIDAY_ALT})(?![\w’'-])(?:,?{_S}(?:(?i:of){_S})?{_y('y')})?",
       _v_holiday, _accept_holiday, needs=tuple(n.lower() for n in _HOLIDAY_NAMES)),
    _p("deictic_day", rf"\b(?:the{_S}day{_S}(?:before{_S}yesterday|after{_S}tomorrow)|today|yesterday|"
                      rf"tomorrow|tonight|this{_S}(?:morning|afternoon|evening)|last{_S}night)\b",
       _v_deictic_day, flags=re.IGNORECASE,
       needs=("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night")),
    _p("deictic_unit", rf"\b(?:(?P<el>earlier|later){_S}(?=this))?(?P<rel>{_REL}|the{_S}coming|coming){_S}"
                       rf"(?P<unit>week|weekend|month|year)(?![\w-])",
       _v_deictic_unit, flags=re.IGNORECASE, needs=("week", "month", "year")),
    _p("the_unit", rf"(?P<rel>the){_S}(?P<unit>week|month|year)(?![\w-])",
       _v_deictic_unit, _accept_unit, flags=re.IGNORECASE, needs=("week", "month", "year")),
    _p("ago", rf"\b(?P<n>{_NUM_ALT}){_S}{_UNIT}{_S}ago\b", _v_ago, flags=re.IGNORECASE, needs=("ago",)),
    _p("anaphor_count", rf"\b(?P<n>{_NUM_ALT}){_S}{_UNIT}{_S}(?P<dir>later|earlier)\b",
       _v_anaphor, flags=re.IGNORECASE, needs=("later", "earlier")),
    _p("anaphor", rf"\b(?:(?:(?P<el>earlier|later){_S}(?=that))?(?P<rel>that|the{_S}(?:same|following|next|previous|"
                  rf"preceding|prior))|(?P<el2>earlier|later){_S}in{_S}the){_S}(?P<unit>day|week|month|year|{_TIME_OF_DAY})(?![\w-])",
       _v_anaphor, flags=re.IGNORECASE, needs=("that", "same", "following", "next", "previous", "preceding", "prior", "in the")),
    _p("day_before", rf"\bthe{_S}day{_S}(?P<dir>before|after)(?={_SO}(?:[,.;)]|$))",
       _v_day_before, flags=re.IGNORECASE | re.MULTILINE, needs=("day",)),
    _p("day_of_month", rf"(?<=\b[Oo]n )(?i:the){_S}(?P<d>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)(?![A-Za-z0-9])",
       _v_day_of_month, needs=("on",)),
)


# ---------------------------------------------------------------- modifiers before a span
_PREFIX = {
    "approx": r"(?<![A-Za-z])(?:around|about|circa|c\.|ca\.|approximately|roughly)",
    "relation": r"(?<![A-Za-z])(?:before|after|prior{S}to|no{S}later{S}than|since|until|till|by)",
    "mod": (r"(?<![A-Za-z])(?:(?:the{S})?(?:very{S})?(?P<pos>beginning|start|middle|end|close){S}of"
            r"|(?:the{S})?(?P<pos2>early|mid|middle|late)(?:{S}part{S}of)?|(?P<pos3>end)(?=-))"),
}
_PREFIX_END = {k: re.compile(v.replace("{S}", _S) + rf"(?:{_S}|-)$", re.IGNORECASE) for k, v in _PREFIX.items()}
_PREFIX_START = {k: re.compile(v.replace("{S}", _S) + rf"(?:{_S}|-)", re.IGNORECASE) for k, v in _PREFIX.items()}
_POSITION = {"beginning": "start", "start": "start", "early": "start", "middle": "mid",
             "mid": "mid", "end": "end", "close": "end", "late": "end"}


@dataclass(frozen=True)
class _Prefix:
    approximate: bool = False
    relation: str | None = None
    position: str | None = None


def _read_prefix(found: re.Match, kind: str, prefix: _Prefix) -> _Prefix:
    if kind == "approx":
        return replace(prefix, approximate=True)
    if kind == "relation":
        word = found.group(0).lower()
        return replace(prefix, relation="after" if word.startswith(("after", "since")) else "before")
    pos = found.group("pos") or found.group("pos2") or found.group("pos3")
    return replace(prefix, position=_POSITION[pos.lower()])


def _prefix_before(text: str, start: int, floor: int, relation: bool = True) -> tuple[int, _Prefix]:
    """Extend start over modifiers (each kind at most once, innermost first)."""
    prefix = _Prefix()
    kinds = ["mod", "relation", "approx"] if relation else ["mod", "approx"]
    progress = True
    while progress:
        progress = False
        for kind in kinds:
            found = _PREFIX_END[kind].search(text, max(floor, start - 32), start)
            if found:
                start, prefix = found.start(), _read_prefix(found, kind, prefix)
                kinds.remove(kind)
                progress = True
                break
    return start, prefix


def _prefix_after(text: str) -> tuple[int, _Prefix]:
    """Length and meaning of the modifiers that open an expression string."""
    prefix, offset = _Prefix(), 0
    kinds = ["approx", "relation", "mod"]
    progress = True
    while progress:
        progress = False
        for kind in kinds:
            found = _PREFIX_START[kind].match(text, offset)
            if found and found.end() < len(text):
                offset, prefix = found.end(), _read_prefix(found, kind, prefix)
                kinds.remove(kind)
                progress = True
                break
    return offset, prefix


def _narrow(v: Value, position: str) -> Value:
    """Cut the interval to its first/middle/last third (module docstring gives the units)."""
    s, e = v.start, v.end
    i = ("start", "mid", "end").index(position)
    if v.precision in ("decade", "century"):
        cuts = (0, 4, 7, 10) if v.precision == "decade" else (0, 33, 66, 100)
        return replace(v, start=date(s.year + cuts[i], 1, 1), end=date(s.year + cuts[i + 1] - 1, 12, 31))
    if v.precision in ("day", "week") or s.day != 1 or e != _month_end(e.year, e.month):
        return v
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if months == 1:
        first, last = (1, 10, 20, e.day)[i : i + 2]
        return replace(v, start=s.replace(day=first + (i > 0)), end=s.replace(day=last))
    if months < 3:
        return v
    cuts = (0, round(months / 3), round(2 * months / 3), months)
    a = _add_months(s.year, s.month, cuts[i])
    b = _add_months(s.year, s.month, cuts[i + 1] - 1)
    return replace(v, start=date(a[0], a[1], 1), end=_month_end(*b))


def _apply_prefix(v: Value, prefix: _Prefix) -> Value:
    if prefix.position and v.mod != prefix.position:  # not already cut by _year_less
        v = replace(_narrow(v, prefix.position), mod=prefix.position)
    if prefix.relation:
        v = replace(v, mod=prefix.relation)
    return replace(v, approximate=True) if prefix.approximate else v


# ---------------------------------------------------------------- finder


@dataclass
class _Cand:
    start: int
    end: int
    value: Callable[[_Ref], Value | None]
    prefix: _Prefix = _Prefix()
    kind: str = ""  # the table row's name
    core: int = -1  # start before modifiers were taken in (-1: same as start)


_NEEDS = [re.compile("|".join(map(re.escape, p.needs))) if p.needs else None for p in _PATTERNS]


def _find(text: str) -> list[_Cand]:
    """All accepted pattern matches, longest first, without overlaps, in text order."""
    found = []
    lowered = text.lower()
    for rank, pattern in enumerate(_PATTERNS):
        if pattern.needs and not _NEEDS[rank].search(lowered):
            continue
        for m in pattern.regex.finditer(text):
            if pattern.accept is None or pattern.accept(text, m):
                found.append((m.start() - m.end(), m.start(), rank, m, pattern))
    found.sort(key=lambda f: f[:3])
    starts: list[int] = []
    ends: list[int] = []
    kept = []
    for _, start, _, m, pattern in found:
        end = m.end()
        i = bisect.bisect_left(starts, start)
        if (i < len(starts) and starts[i] < end) or (i > 0 and ends[i - 1] > start):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.insert(i, _Cand(start, end, partial(pattern.value, m), kind=pattern.name, core=start))
    floor, opened = 0, False
    for cand in kept:
        # after 'from X', an 'until'/'till' joins a range: it is not an open-ended prefix
        ranged = opened and not text[floor : cand.start].strip(" \t").lower().startswith("and")
        cand.start, cand.prefix = _prefix_before(text, cand.start, floor, relation=not ranged)
        opened = _JOIN_FB.search(text, max(0, cand.start - 10), cand.start) is not None
        floor = cand.end
    for cand in kept:
        _onward(text, cand)
    return _join_ranges(text, kept)


_ONWARD = re.compile(rf"(?:{_S}(?i:onwards?|forward|and{_S}(?:beyond|after|later))|{_SO}[~〜](?![0-9]))(?![A-Za-z])")
_FROM_ON = re.compile(rf"{_S}(?i:on)(?={_SO}(?:[,.;:)]|$))", re.MULTILINE)


def _onward(text: str, cand: _Cand) -> None:
    """'from 2013 onward', '2013 and beyond', '2013~', 'from 2013 on,': open after (mod
    ``after``), the span taking the suffix and a 'from' just before."""
    if cand.prefix.relation:
        return
    fb = _JOIN_FB.search(text, max(0, cand.start - 10), cand.start)
    found = _ONWARD.match(text, cand.end)
    if found is None and fb is not None and fb.group("fb").lower() == "from":
        found = _FROM_ON.match(text, cand.end)
    if found is None:
        return
    if fb is not None and fb.group("fb").lower() == "from":
        cand.start = fb.start()
    cand.end = found.end()
    cand.prefix = replace(cand.prefix, relation="after")


_JOIN_SEP = re.compile(_SEP)
_JOIN_FB = re.compile(rf"(?P<fb>[Ff]rom|[Bb]etween|FROM|BETWEEN){_S}$")
_DAY_KINDS = ("weekday", "deictic_day")


def _joinable(text: str, a: _Cand, b: _Cand) -> re.Match | None:
    """Two found expressions joined by a range word make one range: after 'from/between'
    ('from 2003 through October 2008', 'between 2003 and May 2005'), or two weekdays
    ('Tuesday through Thursday'); 'and' only after 'between'; never an open-ended one."""
    sep = _JOIN_SEP.fullmatch(text, a.end, b.start)
    if sep is None or a.prefix.relation or b.prefix.relation:
        return None
    fb = _JOIN_FB.search(text, max(0, a.start - 10), a.start)
    word = sep.group("sep").strip().lower()
    if word == "and":
        return fb if fb is not None and fb.group("fb").lower() == "between" else None
    if fb is not None or (a.kind in _DAY_KINDS and b.kind == "weekday"):
        return fb or sep
    return None


def _join_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and _APPOSED.fullmatch(text, a.end, b.start) and text[b.end : b.end + 1] == ")":
            out.append(_Cand(a.start, b.end + 1, partial(_v_apposed, a, b), kind="apposed", core=a.start))
            i += 2
            continue
        found = None if b is None else _joinable(text, a, b)
        if found is None:
            out.append(a)
            i += 1
            continue
        start = found.start() if found.re is _JOIN_FB else a.start
        out.append(_Cand(start, b.end, partial(_v_join, a, b), kind="join", core=start))
        i += 2
    return out


_APPOSED = re.compile(r"[^\S\r\n]*\(")


def _v_apposed(a: _Cand, b: _Cand, ref: _Ref) -> Value | None:
    """'today (21 June)', 'on Tuesday (March 3)': one expression, the bracketed date's value
    (it names the day; the first one only says how far it is), else the first's."""
    vb = b.value(ref)
    if vb is not None:
        return _apply_prefix(vb, b.prefix)
    va = a.value(ref)
    return None if va is None else _apply_prefix(va, a.prefix)


def _v_join(a: _Cand, b: _Cand, ref: _Ref) -> Value | None:
    """The range from a's first day to b's last, at the finer precision of the two; b leans
    on a (a weekday is the first such day on/after a: 'from last Tuesday to Thursday')."""
    va = a.value(ref)
    if va is None:
        return None
    va = _apply_prefix(va, a.prefix)
    ref_b = replace(ref, local=(va, *ref.local), sentence=(va, *ref.sentence), partner=None)
    if b.kind == "weekday":
        ref_b = replace(ref_b, anchor=va.start if ref.anchor else None, future=True)
    vb = b.value(ref_b)
    if vb is None or vb.end < va.start:
        return va
    vb = _apply_prefix(vb, b.prefix)
    finer = min(va.precision, vb.precision, key=_RANK.__getitem__)
    explicit = va.resolution == vb.resolution == "explicit"
    return Value(va.start, vb.end, finer, va.approximate or vb.approximate, None,
                 "explicit" if explicit else (vb.resolution if va.resolution == "explicit" else va.resolution))


def _match_expression(text: str) -> tuple[re.Match, _Pattern, _Prefix] | None:
    """The first table row matching all of text after its modifiers (no context checks)."""
    offset, prefix = _prefix_after(text)
    for pattern in _PATTERNS:
        m = pattern.regex.fullmatch(text, offset)
        if m:
            return m, pattern, prefix
    return None


def normalise_expression(text: str, published: date | None = None,
                         context: Value | None = None, future: bool = False) -> Value | None:
    """Value of one expression string (a whole date expression, no surrounding text), relative
    to an optional published date and governing date. Pure; used by tests and extra spans."""
    found = _match_expression(text)
    if found is None:
        return None
    m, pattern, prefix = found
    chain = () if context is None else (context,)
    try:
        v = pattern.value(m, _Ref(local=chain, last=chain, anchor=published, future=future,
                                  position=prefix.position))
    except (ValueError, OverflowError):
        return None
    return None if v is None else _apply_prefix(v, prefix)


_TRIM_LEFT = re.compile(r"^(?:[\s\-*•(\[\"“:;,.]|\d{1,3}\)|(?i:on|in|at|since|by|during|until|of)\s)+")
_TRIM_RIGHT = re.compile(r"[\s\])\"'”’:;,.!?]+$")
_HAS_YEAR = re.compile(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = _TRIM_LEFT.match(piece)
    s = start + (left.end() if left else 0)
    right = _TRIM_RIGHT.search(text, s, end)
    return s, (right.start() if right else end)


def _dateparser_value(piece: str) -> Value | None:
    """Full dates in formats the table lacks; only when the piece names its year, and the
    relative base is that year, so nothing is ever taken from today."""
    year = _HAS_YEAR.search(piece)
    if year is None:
        return None
    import dateparser  # slow to import and to run: only for the caller's leftover spans

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "DATE_ORDER": "MDY", "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": datetime(int(year.group(1)), 1, 1)}
    parsed = dateparser.parse(piece, languages=["en"], settings=settings)
    if parsed is None or parsed.year != int(year.group(1)):
        return None
    return Value(parsed.date(), parsed.date(), "day")


_NAME_CHECKED = ("weekday", "holiday")


def _extra(text: str, spans: Iterable[tuple[int, int]], own: list[_Cand]) -> list[_Cand]:
    """Caller's spans that our finder missed and that we can still normalise."""
    taken = sorted((c.start, c.end) for c in own)
    out: list[_Cand] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        s, e = _trim(text, start, end)
        if s >= e or any(a < e and s < b for a, b in taken):
            continue
        piece = text[s:e]
        found = _match_expression(piece)
        if found is not None:
            m, pattern, prefix = found
            if pattern.name in _NAME_CHECKED:  # 'Friday' of '(Good Friday) Agreement' is a name
                whole = pattern.regex.fullmatch(text, e - (m.end() - m.start()), e)
                if whole is None or not pattern.accept(text, whole):
                    continue
            cand = _Cand(s, e, partial(pattern.value, m), prefix)
        else:
            v = _dateparser_value(piece)
            if v is None:
                continue
            cand = _Cand(s, e, lambda ref, v=v: v)
        out.append(cand)
        taken.append((s, e))
    return out


# ---------------------------------------------------------------- resolution in text order
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|slated|going)\s+to|"
    r"plans?\s+to|planned\s+for|scheduled\s+for|upcoming|forthcoming|"
    r"(?:agree[sd]?|decided?|promised?|pledged?|vowed?|hopes?|hoped|aims?|aimed|intends?|intended)\s+to"
    r"(?!\s+(?:the|a|an|this|that|its|their)\b))\b|'ll\b", re.IGNORECASE)
# Present tense with future meaning: 'the mandate expires on April 30', 'the drill runs through
# Thursday', 'the rule takes effect in May', 'the vote is scheduled for June'. Third-person
# verb forms only ('ended', 'ran', 'the end of' never match).
_FUTURE_PRESENT = re.compile(
    r"(?<!\bthe\s)\b(?:expires|expire|runs|starts|begins|ends|"
    r"takes?\s+effect|goes\s+into\s+effect|comes?\s+into\s+(?:force|effect)|"
    r"(?:is|are)\s+(?:scheduled|slated|due|set|planned|expected)\b|(?:is|are)\s+to\s+be|"
    r"plans|intends)\b", re.IGNORECASE)
# 'until/through/till <date>' after a present-tense be/remain: 'the ban is in place until May'.
_UNTIL = re.compile(r"\b(?:until|till|through|thru)\s*$", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|remains?|stays?|runs?|continues?|lasts?|holds?)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# No tense of its own: a participle ('beginning Wednesday') or a present of travel ('leaves
# Wednesday'): the day nearest the published date, before or after.
_NEAREST = re.compile(r"\b(?:beginning|starting|effective|leaves|departs|heads|travels|flies|arrives|returns)\b",
                      re.IGNORECASE)
# After a future cue, a past participle not after be/have ('will meet to advance the partnership
# announced by X in July') puts the date back in the past.
_PARTICIPLE = re.compile(r"\b([a-z]+ed|held|made|met|signed|won|taken|given|built|sent)\b")
_PARTICIPLE_NOT = {"be", "been", "being", "is", "are", "was", "were", "get", "got", "have", "has", "had",
                   "the", "a", "an", "its", "their", "his", "her", "this", "that"}
_FUTURE_VOCAB = {"scheduled", "planned", "expected", "slated", "need", "hundred", "red", "bed", "shed"}
_OPENER_FUTURE = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*((?:[\w'’-]+[^\S\r\n]+){0,3}?)(?:will|shall|'ll)\b", re.IGNORECASE)


def _future(text: str, clause: str, end: int) -> bool:
    """Future cue in the clause before the expression, not undone by a later past participle;
    or, when the expression opens its clause ('At least until January, there will be'), a
    future auxiliary within the next few words (not after a speech verb)."""
    cue = None
    for cue in _FUTURE.finditer(clause):
        pass
    if cue is not None:
        for p in _PARTICIPLE.finditer(clause, cue.end()):
            before = clause[: p.start()].split()[-1:]
            if p.group(1) not in _FUTURE_VOCAB and not p.group(1).endswith("eed") and \
                    (not before or before[0].lower() not in _PARTICIPLE_NOT):
                return False
        return True
    if _FUTURE_PRESENT.search(clause) or (_UNTIL.search(clause) and _PRESENT.search(clause)):
        return True
    if len(clause.split()) <= 3 and not _FUTURE_PRESENT.search(clause):
        after = _OPENER_FUTURE.match(text, end, min(len(text), end + 60))
        return after is not None and not set(after.group(1).lower().split()) & _SAY_WORDS
    return False


_HEADER_TAIL = re.compile(r"[^\S\r\n]*(?:[,|—–-]?[^\S\r\n]*[0-9]{1,2}[:.][0-9]{2}[^\S\r\n]*(?:[AaPp]\.?[Mm]\.?)?"
                          r"(?:[^\S\r\n]*[A-Z]{2,4})?)?[^\S\r\n]*\.?[^\S\r\n]*(?:\n|$)")


def _in_dateline(text: str, doc: ParsedDocument, block, cand: _Cand) -> bool:
    """A dateline ('SEOUL, March 26 (Yonhap) --') or a header line (title and headings before
    the first paragraph) that the date opens or that names it after a separator ('Press
    conference: 19 June'), ending the line but for a time: the date of the story itself,
    nearest the published date."""
    if block is None:
        return False
    if date_opens_dateline(text, block.start_char, cand.start, cand.end):
        return True
    if block.kind in ("title", "heading"):  # the date opens the line or follows a label's separator
        label = text[block.start_char : cand.start].rstrip()
        return (not label or label[-1] in ":,|—–-") and _HEADER_TAIL.match(text, cand.end) is not None and all(
            b.kind in ("title", "heading") for b in doc.blocks[: block.index])
    return False
_COORD = re.compile(r"[^\S\r\n]*(?:,|,?[^\S\r\n]+(?:and|or))[^\S\r\n]+$")
_ATTRIBUTIVE_YEAR = re.compile(r"[0-9]{4}")


def _attributive_year(text: str, start: int, end: int) -> bool:
    """A bare year between a determiner or possessive and a word: 'a 2018 accord', 'Moon's
    2018 visit' (not 'in 2018 Kim met Trump')."""
    if not _ATTRIBUTIVE_YEAR.fullmatch(text, start, end) or not text[end : end + 2][-1:].isalpha():
        return False
    return _prev_word(text, start) in _DETERMINERS or bool(
        re.search(r"\w['’]s[^\S\r\n]+$", text[max(0, start - 6) : start]))
_CHAIN = 8  # how many earlier dates a reference may look back over


def extract_dates(doc: ParsedDocument, extra_spans: Iterable[tuple[int, int]] = ()) -> list[DateMention]:
    """Every normalisable temporal expression in doc, sorted, non-overlapping.

    Reference rules. The *governing date* of an expression is the newest earlier date in its
    block that is fine enough for it (a day for 'the next day', a year for 'that year'); for
    a bullet, its parent item's first date comes after the bullet's own dates; then earlier
    dates anywhere in the document.

    * Year-less dates ('March 24', 'in May', 'the third quarter') followed by 'and/or' and
      another date take the latest year not after it ('Feb. 27 and March 5, 2022'). Others
      take the year putting them nearest an explicit single year (or finer date) named
      earlier in their own sentence ('in late 2017, ... on Nov. 29' = 2017-11-29; not 'a 2018
      accord', 'from 1910 to 1945', 'last year'); else nearest the block's newest date when
      that is finer than a year (a gap before it counts double: stories run forward) -- with
      ``published`` set, only if that date is a day (a narrated timeline) or ends no more
      than ~6 months before published (a background 'took office in January 2021' does not
      pull a 2023 story's 'in May' back to 2021); else the year making them the latest
      on/before ``published`` (earliest on/after it with a future cue in their clause); else
      the year nearest the governing date. ('July 1, 2014' then 'in May' = May 2014; 'the
      beginning of 2022' then 'March 24' = 2022-03-24.)
    * Future cues (clause before the expression): 'will', 'is set/due/scheduled to', 'plans
      to'...; present tense with future meaning: 'expires', 'runs', 'starts', 'begins',
      'ends', 'takes effect', 'comes into force', 'is scheduled/due/set/expected', 'plans';
      and 'until/till/through <date>' in a clause with present-tense 'is/are/remains/runs...'.
      Past forms ('expired', 'ran', 'the end of') are not cues: the past default holds.
    * Deictic words (today, on Thursday, last week, three years ago) count from ``published``.
      Without it, month/season/year ones ('last year', 'this month', 'November last year')
      count from the page's own 'now': the latest explicit date mentioned so far (a
      chronology item's date for its bullets), else the document's latest explicit date;
      day/week ones from the governing date. 'on Thursday' is the latest Thursday on/before
      the point unless a future cue precedes it in its clause.
    * Anaphoric ones (two days later, that year, the following month, the same day, later in
      the day, that October) count from the governing date, else from ``published``.

    ``extra_spans`` (the caller's spaCy DATE spans) are trimmed of list markers, prepositions
    and punctuation and used only where the finder found nothing overlapping: read by the same
    table, else by dateparser when they hold a full date with a year. Nothing is taken from
    today's date: what has no reference is dropped.
    """
    text = doc.text
    own = _find(text)
    cands = sorted(own + _extra(text, extra_spans, own), key=lambda c: c.start)
    published = doc.published.date() if isinstance(doc.published, datetime) else doc.published
    block_starts = [b.start_char for b in doc.blocks]
    sentence_starts = [s.start_char for s in doc.sentences]
    in_block: dict[int, list[Value]] = {}
    seen: list[Value] = []
    seen_at: list[int] = []
    doc_now = None if published is not None else _document_now(cands)
    fine_now: date | None = None  # latest explicit day/week/month date so far
    coarse_now: date | None = None  # latest explicit year-or-coarser date so far
    out: list[DateMention] = []
    for i, cand in enumerate(cands):
        block = _containing(doc.blocks, block_starts, cand.start)
        local = tuple(reversed(in_block.get(block.index, [])[-_CHAIN:])) if block else ()
        if block is not None and block.kind == "bullet" and in_block.get(block.parent):
            local += (in_block[block.parent][0],)
        sentence = _containing(doc.sentences, sentence_starts, cand.start)
        core = cand.core if cand.core >= 0 else cand.start
        head = text[sentence.start_char if sentence else max(0, core - 200) : core]
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(head)]
        clause = head[breaks[-1] if breaks else 0 :]
        future = _future(text, clause, cand.end)
        first = sentence.start_char if sentence else cand.start
        same = tuple(v for v, at in reversed(list(zip(seen, seen_at))[-_CHAIN:]) if at >= first)
        ref = _Ref(local, tuple(reversed(seen[-_CHAIN:])), published, future, sentence=same,
                   now=None if published is not None else fine_now or coarse_now or doc_now,
                   position=cand.prefix.position,
                   nearest=not future and (_NEAREST.search(clause) is not None
                                           or _in_dateline(text, doc, block, cand)))
        following = cands[i + 1] if i + 1 < len(cands) else None
        try:
            if following is not None and _COORD.match(text, cand.end, following.start):
                ref = replace(ref, partner=following.value(ref))
            v = cand.value(ref)
        except (ValueError, OverflowError):
            v = None
        if v is None:
            continue
        v = _apply_prefix(v, cand.prefix)
        out.append(DateMention(text[cand.start : cand.end], cand.start, cand.end, v.start, v.end,
                               v.precision, v.approximate, v.mod, v.resolution))
        seen.append(v)
        seen_at.append(cand.start)
        if v.resolution == "explicit" and v.mod not in ("before", "after"):
            if _RANK[v.precision] <= _RANK["month"]:
                fine_now = max(fine_now or v.end, v.end)
            else:
                coarse_now = max(coarse_now or v.end, v.end)
        if block is not None:
            in_block.setdefault(block.index, []).append(v)
        if _attributive_year(text, cand.start, cand.end):
            seen_at[-1] = -1  # 'a 2018 accord' names a thing, not the sentence's time
    return out


def _document_now(cands: list[_Cand]) -> date | None:
    """A page without a published date is read as written at its latest explicit date: the
    latest end of an explicit day/week/month date (reported events), else of an explicit year
    or coarser date; 'before/after' dates and modifiers' targets are left out."""
    fine: list[date] = []
    coarse: list[date] = []
    for cand in cands:
        if cand.prefix.relation:
            continue
        try:
            v = cand.value(_Ref())
        except (ValueError, OverflowError):
            continue
        if v is None or v.resolution != "explicit":
            continue
        (fine if _RANK[v.precision] <= _RANK["month"] else coarse).append(v.end)
    return max(fine or coarse) if fine or coarse else None


def _containing(items, starts: list[int], offset: int):
    """The block or sentence whose span holds offset, if any."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and items[i].start_char <= offset < items[i].end_char:
        return items[i]
    return None
