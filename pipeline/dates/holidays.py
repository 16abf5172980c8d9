"""Holidays: fixed days, Easter-based, n-th weekday, per-country and lunar tables."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from .context import deictic_point, with_year
from .days import day_interval, make_value, month_end
from .lexicon import LEX
from .model import Ref, Value


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    mm = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * mm + 114, 31)
    return date(y, month, day + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    if n == -1:
        last = month_end(y, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(y, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# a nationality word or a possessive name right before the holiday's name: "Namibian ", "Kenya's "
_OWNER_BEFORE = re.compile(r"([A-Z][\w.-]*(?:an|ese|ish|i|ic|ch)|[A-Z][\w.-]*(?=['’]s))(?:['’]s)?[ \t]+$")


def _unknown_owner(line: str, countries: dict) -> bool:
    """A nationality word or possessive right before the holiday names a country not in the table."""
    owner = _OWNER_BEFORE.search(line)
    return bool(owner) and not any(owner.group(1) in names for names in countries.values())


def _holiday_country(text: str, start: int, countries: dict) -> str | None:
    """The country a country-dated holiday belongs to: the nearest country named before it on
    its line, else the country named most often in the text (names from dates.json); none when
    a capitalised word the table does not know stands right before it ("Namibian Independence
    Day" is not the United States' because the text names them most)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if _unknown_owner(line, countries):
        return None  # "Namibian Independence Day": a country the table does not date
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


def _on_month_day(y: int, md: str) -> tuple[date, date] | None:
    """The day "MM-DD" of year y."""
    return day_interval(y, int(md[:2]), int(md[3:]))


def _holiday_maker(name: str, text: str, start: int) -> Callable[[int], tuple[date, date] | None] | None:
    """The function year -> that holiday's day, from the tables in dates.json."""
    h = LEX["holidays"]
    for row in h["fixed"]:
        if name in row["names"]:
            return lambda y, r=row: day_interval(y, r["month"], r["day"])
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
            iso = _holiday_country(text, start, {k: LEX["countries"].get(k, []) for k in row["dates"]})
            md = row["dates"].get(iso) if iso else None
            return None if md is None else partial(_on_month_day, md=md)
    return None


def v_holiday(m: re.Match, ref: Ref) -> Value | None:
    """'New Year's Day', 'Lunar New Year', 'Independence Day' (the country named before it on
    its line, else the one the text names most), 'Easter', 'Thanksgiving': by the year rules
    of a year-less date, or 'last/this/next Christmas' around the speech time."""
    name = " ".join(m.group("hn").split())
    make = _holiday_maker(name, m.string, m.start())
    if make is None:
        return None
    rel = (m.group("hrel") or "").lower()
    if m.group("y") or not rel:
        return with_year(m, ref, make, "day")
    found = deictic_point(ref, "day")
    if found is None:
        return None
    point, res = found
    return make_value(_relative_holiday(make, rel, point), "day", res)


def _relative_holiday(make, rel: str, point: date) -> tuple[date, date] | None:
    """'last/next/this Christmas': the one before point, after it, or in its year."""
    ivs = [iv for y in range(point.year - 1, point.year + 2) if (iv := make(y))]
    if rel == "last":
        ivs = [iv for iv in ivs if iv[1] < point][-1:]
    elif rel == "next":
        ivs = [iv for iv in ivs if iv[0] > point][:1]
    else:
        ivs = [iv for iv in ivs if iv[0].year == point.year]
    return ivs[0] if ivs else None
