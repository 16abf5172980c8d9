"""Modifiers around a span: ``early``/``mid``/``late``, ``the end of``, ``around``, ``before``,
``since``; the interval cut to its first, middle or last third."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .days import add_months, month_end
from .lexicon import SPACE
from .model import Value

# ---------------------------------------------------------------- modifiers before a span
_PREFIX = {
    "approx": r"(?<![A-Za-z])(?:around|about|circa|c\.|ca\.|approximately|roughly)",
    "relation": r"(?<![A-Za-z])(?:before|after|prior{S}to|no{S}later{S}than|since|until|till|by)",
    "mod": (r"(?<![A-Za-z])(?:(?:the{S})?(?:very{S})?(?P<pos>beginning|start|middle|end|close){S}of"
            r"|(?:the{S})?(?P<pos2>early|mid|middle|late)(?:{S}part{S}of)?|(?P<pos3>end)(?=-))"),
}
PREFIX_END = {k: re.compile(v.replace("{S}", SPACE) + rf"(?:{SPACE}|-)$", re.IGNORECASE) for k, v in _PREFIX.items()}
_PREFIX_START = {k: re.compile(v.replace("{S}", SPACE) + rf"(?:{SPACE}|-)", re.IGNORECASE) for k, v in _PREFIX.items()}
_POSITION = {"beginning": "start", "start": "start", "early": "start", "middle": "mid",
             "mid": "mid", "end": "end", "close": "end", "late": "end"}


@dataclass(frozen=True)
class Prefix:
    approximate: bool = False
    relation: str | None = None
    position: str | None = None


def _read_prefix(found: re.Match, kind: str, prefix: Prefix) -> Prefix:
    if kind == "approx":
        return replace(prefix, approximate=True)
    if kind == "relation":
        word = found.group(0).lower()
        return replace(prefix, relation="after" if word.startswith(("after", "since")) else "before")
    pos = found.group("pos") or found.group("pos2") or found.group("pos3")
    return replace(prefix, position=_POSITION[pos.lower()])


def prefix_before(text: str, start: int, floor: int, relation: bool = True) -> tuple[int, Prefix]:
    """Extend start over modifiers (each kind at most once, innermost first)."""
    prefix = Prefix()
    kinds = ["mod", "relation", "approx"] if relation else ["mod", "approx"]
    progress = True
    while progress:
        progress = False
        for kind in kinds:
            found = PREFIX_END[kind].search(text, max(floor, start - 32), start)
            if found:
                start, prefix = found.start(), _read_prefix(found, kind, prefix)
                kinds.remove(kind)
                progress = True
                break
    return start, prefix


def prefix_after(text: str) -> tuple[int, Prefix]:
    """Length and meaning of the modifiers that open an expression string."""
    prefix, offset = Prefix(), 0
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


def narrow_value(v: Value, position: str) -> Value:
    """Cut the interval to its first/middle/last third (module docstring gives the units)."""
    s, e = v.start, v.end
    i = ("start", "mid", "end").index(position)
    if v.precision in ("decade", "century"):
        cuts = (0, 4, 7, 10) if v.precision == "decade" else (0, 34, 67, 100)  # the first third the longer, as a decade's
        return replace(v, start=date(s.year + cuts[i], 1, 1), end=date(s.year + cuts[i + 1] - 1, 12, 31))
    if v.precision in ("day", "week") or s.day != 1 or e != month_end(e.year, e.month):
        return v
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if months == 1:
        first, last = (1, 10, 20, e.day)[i : i + 2]
        return replace(v, start=s.replace(day=first + (i > 0)), end=s.replace(day=last))
    if months < 3:
        return v
    cuts = (0, round(months / 3), round(2 * months / 3), months)
    a = add_months(s.year, s.month, cuts[i])
    b = add_months(s.year, s.month, cuts[i + 1] - 1)
    return replace(v, start=date(a[0], a[1], 1), end=month_end(*b))


def apply_prefix(v: Value, prefix: Prefix) -> Value:
    if prefix.position and v.mod != prefix.position:  # not already cut by _year_less
        v = replace(narrow_value(v, prefix.position), mod=prefix.position)
    if prefix.relation:
        v = replace(v, mod=prefix.relation)
    return replace(v, approximate=True) if prefix.approximate else v
