"""Calendar intervals: the first and last day of a day, week, month, season, quarter, year."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from .lexicon import SEASONS
from .model import Value

# ---------------------------------------------------------------- calendar helpers


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def day_interval(y: int, m: int, d: int) -> tuple[date, date] | None:
    try:
        x = date(y, m, d)
    except ValueError:
        return None
    return x, x


def month_interval(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), month_end(y, m)


def year_interval(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def week_interval(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def season_interval(name: str, y: int) -> tuple[date, date]:
    first = SEASONS[name]
    if first == 12:
        return date(y - 1, 12, 1), month_end(y, 2)
    return date(y, first, 1), month_end(y, first + 2)


def quarter_interval(q: int, y: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), month_end(y, 3 * q)


def make_value(iv: tuple[date, date] | None, precision: str, resolution: str = "explicit") -> Value | None:
    return None if iv is None else Value(iv[0], iv[1], precision, resolution=resolution)
