"""Value functions: one per pattern, turning a match into the days it covers."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from .accept import PREV_MONTH_DAY
from .context import (
    anaphor_value,
    deictic_point,
    governing_date,
    month_no,
    number_of,
    shift,
    unit_of,
    with_year,
    year_less,
)
from .days import (
    add_months,
    day_interval,
    make_value,
    month_end,
    month_interval,
    quarter_interval,
    season_interval,
    year_interval,
)
from .lexicon import LEX, ORDINALS, WEEKDAYS, WORD_DECADES
from .model import Ref, Value


def v_day(m: re.Match, ref: Ref) -> Value | None:
    mo, d = month_no(m.group("m")), int(m.group("d"))
    return with_year(m, ref, lambda y: day_interval(y, mo, d), "day")


def v_iso(m: re.Match, ref: Ref) -> Value | None:
    return make_value(day_interval(int(m.group("y")), int(m.group("mo")), int(m.group("dd"))), "day")


def v_month(m: re.Match, ref: Ref) -> Value | None:
    mo = month_no(m.group("m"))
    return with_year(m, ref, lambda y: month_interval(y, mo), "month")


def v_bare_month(m: re.Match, ref: Ref) -> Value | None:
    """'in May' by the year rules; 'last/this/next May' around the speech time; 'that May'
    = May of the governing date's year (the newest earlier date of year precision or finer,
    its start year), else as a year-less month ('that' after 'said' or before 'would' is not
    a date: 'said that May would resign')."""
    mo = month_no(m.group("m"))
    rel = (m.group("rel") or "").lower().split()
    if not rel:
        return year_less(lambda y: month_interval(y, mo), "month", ref)
    if rel == ["that"]:
        gov = governing_date(ref, "year")
        if gov is None:
            return year_less(lambda y: month_interval(y, mo), "month", ref)
        return make_value(month_interval(gov.start.year, mo), "month", "context")
    found = deictic_point(ref, "month")
    if found is None:
        return None
    point, res = found
    here = point.year * 12 + point.month - 1
    target = point.year * 12 + mo - 1
    if rel[-1] == "last" or rel == ["this", "past"]:
        target -= 12 if target >= here else 0
    elif rel[-1] in ("next", "coming"):
        target += 12 if target <= here else 0
    return make_value(month_interval(target // 12, target % 12 + 1), "month", res)


def v_year(m: re.Match, ref: Ref) -> Value | None:
    return make_value(year_interval(int(m.group("y"))), "year")


def _range(left: tuple[date, date] | None, right: tuple[date, date] | None, precision: str) -> Value | None:
    if left is None or right is None or left[0] > right[1]:
        return None
    return Value(left[0], right[1], precision)


def sep_ok(m: re.Match) -> bool:
    """'and' joins a range only after 'between'."""
    return m.group("sep").strip().lower() != "and" or (m.group("fb") or "").lower() == "between"


def v_range_days(m: re.Match, ref: Ref) -> Value | None:
    """'March 19-20, 2014', '19-20 March', 'March 30 to April 2, 2014' (shared month/year)."""
    g = m.groupdict()
    m2 = month_no(g["m2"]) if g.get("m2") else month_no(g["m1"])
    m1 = month_no(g["m1"]) if g.get("m1") else m2
    d1, d2 = int(g["d1"]), int(g["d2"])
    y1 = g.get("y1")
    y2 = g.get("y2") or g.get("y")
    if y2:
        y2 = int(y2)
        y1 = int(y1) if y1 else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        return _range(day_interval(y1, m1, d1), day_interval(y2, m2, d2), "day")
    if y1:
        return None
    wrap = (m1, d1) > (m2, d2)

    def make(y: int):
        left, right = day_interval(y, m1, d1), day_interval(y + wrap, m2, d2)
        return None if left is None or right is None else (left[0], right[1])

    return year_less(make, "day", ref)


def v_range_months(m: re.Match, ref: Ref) -> Value | None:
    m1, m2 = month_no(m.group("m1")), month_no(m.group("m2"))
    y1, y2 = m.group("y1"), m.group("y2")
    if y2:
        y2 = int(y2)
        y1 = int(y1) if y1 else (y2 if m1 <= m2 else y2 - 1)
        return _range(month_interval(y1, m1), month_interval(y2, m2), "month")
    if y1:
        return None
    wrap = m1 > m2
    return year_less(lambda y: (date(y, m1, 1), month_end(y + wrap, m2)), "month", ref)


def v_range_years(m: re.Match, ref: Ref) -> Value | None:
    y1 = int(m.group("y1"))
    if m.group("y2"):
        y2 = int(m.group("y2"))
    else:
        y2 = y1 // 100 * 100 + int(m.group("yy"))
    return _range(year_interval(y1), year_interval(y2), "year") if y1 < y2 else None


def v_decade(m: re.Match, ref: Ref) -> Value | None:
    if m.group("dec"):
        y = int(m.group("dec"))
        if y % 100 == 0 and y < 2000:  # 'the 1900s' is read as the century
            return Value(date(y, 1, 1), date(y + 99, 12, 31), "century")
    elif m.group("dec2"):
        two = int(m.group("dec2"))
        y = (2000 if two < 20 else 1900) + two
    else:
        y = WORD_DECADES[m.group("decw").lower()]
    return Value(date(y, 1, 1), date(y + 9, 12, 31), "decade")


def v_century(m: re.Match, ref: Ref) -> Value | None:
    n = int(m.group("c")) if m.group("c") else ORDINALS[m.group("cw").lower()]
    if not 1 <= n <= 22:
        return None
    first = (n - 1) * 100
    return Value(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century")


def v_season(m: re.Match, ref: Ref) -> Value | None:
    name = m.group("s").lower()
    make = partial(season_interval, name)
    rel = (m.groupdict().get("rel") or "").lower().split()
    if not rel:
        return with_year(m, ref, make, "season")
    found = deictic_point(ref, "season")
    if found is None:
        return None
    point, res = found
    ivs = [make(y) for y in range(point.year - 1, point.year + 3)]
    if rel[-1] == "last" or rel == ["this", "past"]:
        pick = [iv for iv in ivs if iv[1] < point][-1:]
    elif rel[-1] in ("next", "coming"):
        pick = [iv for iv in ivs if iv[0] > point][:1]
    else:
        pick = [_this_season(ivs, point, ref.future)]
    return make_value(pick[0] if pick else None, "season", res)


def _this_season(ivs: list, point: date, future: bool):
    """'this summer': the season containing the point, else the next one in the future tense,
    else the nearest (in October, 'this summer's war' is the summer just past)."""
    containing = [iv for iv in ivs if iv[0] <= point <= iv[1]]
    if containing:
        return containing[0]
    if future:
        return next(iv for iv in ivs if iv[0] > point)
    return min(ivs, key=lambda iv: max((iv[0] - point).days, (point - iv[1]).days))


def v_quarter(m: re.Match, ref: Ref) -> Value | None:
    word = m.group("q")
    q = int(word[0]) if word[0].isdigit() else ORDINALS[word.lower()]
    return with_year(m, ref, partial(quarter_interval, q), "quarter")


def v_half(m: re.Match, ref: Ref) -> Value | None:
    """'the first half of 2022' = Jan-Jun with mod start; the second half = Jul-Dec, mod end."""
    word = (m.group("h") or m.group("hn")).lower()
    first = word in ("first", "1st", "1")
    v = with_year(m, ref, lambda y: (date(y, 1, 1), date(y, 6, 30)) if first
                   else (date(y, 7, 1), date(y, 12, 31)), "year")
    return None if v is None else replace(v, mod="start" if first else "end")


def v_weekday(m: re.Match, ref: Ref) -> Value | None:
    """'on Thursday' = latest Thursday on/before the point (on/after it with a future cue,
    the nearer of the two without a tense);
    'last'/'next' = strictly before/after; 'this' = the same Monday-Sunday week."""
    found = deictic_point(ref, "day")
    if found is None:
        return None
    point, res = found
    wd = WEEKDAYS[m.group("w").lower()]
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


def v_deictic_day(m: re.Match, ref: Ref) -> Value | None:
    found = deictic_point(ref, "day")
    if found is None:
        return None
    point, res = found
    words = " ".join(m.group(0).lower().split())
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1, "the day before yesterday": -2,
              "the day after tomorrow": 2}.get(words, 0)
    x = point + timedelta(days=offset)
    return Value(x, x, "day", resolution=res)


def v_deictic_unit(m: re.Match, ref: Ref) -> Value | None:
    """'last week', 'this month', 'next year', 'earlier this month', 'later this year', and
    'the year' of 'the end of the year' (the current one, as news use it)."""
    unit = unit_of(m.group("unit"))
    weekend = m.group("unit").lower() == "weekend"
    found = deictic_point(ref, unit)
    if found is None:
        return None
    point, res = found
    rel = (m.group("rel") or "this").lower().split()
    n = -1 if rel[-1] == "last" or rel == ["this", "past"] else 1 if rel[-1] in ("next", "coming") else 0
    start, end = shift(unit, point, n)
    if weekend:
        return _weekend(start, point, ref, this=n == 0, res=res)
    el = (m.groupdict().get("el") or "").lower()
    if el == "earlier":
        end = max(start, point)
    elif el == "later":
        start = min(end, point)
    return Value(start, end, unit, resolution=res)


def _weekend(week_start: date, point: date, ref: Ref, this: bool, res: str) -> Value:
    """Saturday and Sunday of the week starting ``week_start`` (precision day: two days); for
    'this weekend' or 'the weekend' without a future cue, the one before when that one is still
    to come ('talks he also had this weekend' in a Monday story: the last two days)."""
    start = week_start + timedelta(days=5)
    if this and not ref.future and start > point:
        start -= timedelta(weeks=1)
    return Value(start, start + timedelta(days=1), "day", resolution=res)


def v_the_weekend(m: re.Match, ref: Ref) -> Value | None:
    """'over the weekend', 'at the weekend': the weekend of the published week, the one before
    it in the past tense when that one is still to come (a story of Wednesday: last Saturday
    and Sunday; with a future cue: the coming ones)."""
    found = deictic_point(ref, "week")
    if found is None:
        return None
    point, res = found
    return _weekend(shift("week", point, 0)[0], point, ref, this=True, res=res)


def v_ago(m: re.Match, ref: Ref) -> Value | None:
    unit = unit_of(m.group("unit"))
    found = deictic_point(ref, unit)
    if found is None:
        return None
    start, end = shift(unit, found[0], -number_of(m.group("n")))
    return Value(start, end, unit, resolution=found[1])


def v_anaphor(m: re.Match, ref: Ref) -> Value | None:
    """'two days later', 'the following year', 'that day', 'the same month', 'earlier that
    year': counted from the governing date (from its end going forward)."""
    g = m.groupdict()
    unit = unit_of(g["unit"])
    found = anaphor_value(ref, unit)
    if found is None:
        return None
    gov, res = found
    rel = (g.get("rel") or "").lower().split() or ["same"]
    if g.get("n"):
        n = number_of(g["n"]) * (1 if g["dir"].lower() == "later" else -1)
    else:
        n = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel[-1], 0)
    point = gov.end if n > 0 else gov.start
    start, end = shift(unit, point, n)
    el = (g.get("el") or g.get("el2") or "").lower()
    if el == "earlier":
        end = max(start, gov.start)
    elif el == "later":
        start = min(end, gov.end)
    return Value(start, end, unit, resolution=res)


def v_since_then(m: re.Match, ref: Ref) -> Value | None:
    """'since then', 'since that time': from the governing date on (mod after), at its own
    precision."""
    g = governing_date(ref, "year")
    if g is None:
        return None
    return Value(g.start, g.end, g.precision, g.approximate, "after", "context")


def v_day_of_month(m: re.Match, ref: Ref) -> Value | None:
    """'on the 27th': that day of the governing date's month; counted from the published date,
    in the story's tense (on a 13th, 'voted on the 14th' is last month's, 'will vote on the
    12th' next month's)."""
    found = anaphor_value(ref, "month")
    if found is None:
        return None
    gov, res = found
    y, mo, d = gov.start.year, gov.start.month, int(m.group("d"))
    if res == "anchor" and (ref.future and d < gov.start.day or not ref.future and d > gov.start.day):
        y, mo = add_months(y, mo, 1 if ref.future else -1)
    return make_value(day_interval(y, mo, d), "day", res)


def v_day_before(m: re.Match, ref: Ref) -> Value | None:
    """'the day before/after': one day from the governing date."""
    found = anaphor_value(ref, "day")
    if found is None:
        return None
    gov, res = found
    x = gov.end + timedelta(days=1) if m.group("dir").lower() == "after" else gov.start - timedelta(days=1)
    return Value(x, x, "day", resolution=res)


def v_coord_day(m: re.Match, ref: Ref) -> Value | None:
    """A day listed after a month-day takes that month: '28' of 'Dec. 27 and 28'."""
    before = PREV_MONTH_DAY.search(m.string, max(0, m.start() - 40), m.start())
    if before is None:
        return None
    mo, d = month_no(before.group("m")), int(m.group("d"))
    return with_year(m, ref, lambda y: day_interval(y, mo, d), "day")


def _rel_month(m: re.Match, ref: Ref) -> tuple[int, int, str] | None:
    """(year, month, resolution) of a named month (year rules) or 'this/next/last month'
    (deictic), 'that/the same/the following/the previous month' (anaphoric)."""
    g = m.groupdict()
    if g.get("m"):
        v = v_month(m, ref)
        return None if v is None else (v.start.year, v.start.month, v.resolution)
    words = g["rm"].lower().split()
    if words[0] in ("this", "next", "last"):
        found = deictic_point(ref, "month")
        if found is None:
            return None
        y, mo = add_months(found[0].year, found[0].month, {"last": -1, "this": 0, "next": 1}[words[0]])
        return y, mo, found[1]
    gov = anaphor_value(ref, "month")
    if gov is None:
        return None
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(words[-1], 0)
    point = gov[0].end if step > 0 else gov[0].start
    y, mo = add_months(point.year, point.month, step)
    return y, mo, gov[1]


def _ordinal(word: str) -> int | None:
    word = word.lower()
    if word[0].isdigit():
        return int(word[:-2])
    return -1 if word in LEX["last_ordinals"] else LEX["ordinals"].get(word)


def v_day_of_rel_month(m: re.Match, ref: Ref) -> Value | None:
    """'the 3rd of this month', 'the 12th of next month', 'the fifth of that month'."""
    found = _rel_month(m, ref)
    if found is None:
        return None
    d = int(m.group("d")) if m.group("d") else _ordinal(m.group("dw"))
    return make_value(day_interval(found[0], found[1], d), "day", found[2])


def v_week_of_month(m: re.Match, ref: Ref) -> Value | None:
    """'the third week of October' = days 15-21; the n-th week is days 7n-6..7n, the last
    (final) week the month's last seven days; precision week."""
    found = _rel_month(m, ref)
    n = _ordinal(m.group("wn"))
    if found is None or n is None or n > 5:
        return None
    y, mo, res = found
    end = month_end(y, mo)
    if n == -1:
        return Value(end - timedelta(days=6), end, "week", resolution=res)
    if 7 * n - 6 > end.day:
        return None
    return Value(date(y, mo, 7 * n - 6), date(y, mo, min(7 * n, end.day)), "week", resolution=res)


def v_half_month(m: re.Match, ref: Ref) -> Value | None:
    """'the first half of next month' = days 1-15 (mod start); the second half 16-end (mod end)."""
    found = _rel_month(m, ref)
    if found is None:
        return None
    y, mo, res = found
    if m.group("h").lower() in ("first", "1st"):
        return Value(date(y, mo, 1), date(y, mo, 15), "month", mod="start", resolution=res)
    return Value(date(y, mo, 16), month_end(y, mo), "month", mod="end", resolution=res)
