"""Match output rows to gold rows, area by area (the scoring section of eval/CONVENTIONS.md).

Matching is one to one and greedy: required gold rows first, each takes the first (or the
preferred) unused output row that fits. Output rows taken by optional gold rows are left out of
the counts: an optional row is neither required for recall nor a false positive.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

COORD_KM = {"city": 50.0, "facility": 50.0, "region": 300.0}  # countries, seas, other: not checked


@dataclass
class AreaResult:
    pairs: list[tuple[dict, dict]]  # (output, required gold)
    missed: list[dict]  # required gold rows not found
    spurious: list[dict]  # output rows counted and not matched
    extra: dict = field(default_factory=dict)  # area-specific shares: name -> (right, n) or None

    @property
    def counts(self) -> dict:
        tp = len(self.pairs)
        return {"tp": tp, "n_out": tp + len(self.spurious), "n_gold": tp + len(self.missed)}


def fold(name: str | None) -> str:
    """Case, hyphens and spaces folded: 'Ri Son-gwon' == 'ri son gwon'."""
    name = unicodedata.normalize("NFC", name or "")
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", name).strip().casefold()


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def match(outs: list[dict], golds: list[dict], ok: Callable, optional: Callable,
          prefer: Callable | None = None, first: Callable | None = None) -> AreaResult:
    """Greedy one-to-one matching, required golds first. With ``first``, a pass over pairs that
    also satisfy it comes before the pass over the rest (events: the same type first, so that
    two gold events of one date and one pair of countries take the output rows of their own
    types whatever the order of the gold)."""
    free = list(range(len(outs)))
    pairs, missed = [], []
    tests = ([lambda o, g: ok(o, g) and first(o, g)] if first else []) + [ok]
    for group in ([g for g in golds if not optional(g)], [g for g in golds if optional(g)]):  # required first
        for test in tests:
            left = []
            for g in group:
                cands = [j for j in free if test(outs[j], g)]
                if not cands:
                    left.append(g)
                    continue
                j = max(cands, key=lambda j: prefer(outs[j], g)) if prefer else cands[0]
                free.remove(j)
                if not optional(g):
                    pairs.append((outs[j], g))
            group = left
        missed += [g for g in group if not optional(g)]
    return AreaResult(pairs, missed, [outs[j] for j in free])


def share(pairs: list[tuple[dict, dict]], key: str, has_column: bool) -> tuple[int, int] | None:
    """(right, n) over matched pairs whose gold has a value for key; None (reported as n/a) when
    the output table has no such column."""
    if not has_column:
        return None
    scored = [(o, g) for o, g in pairs if g.get(key) is not None]
    return sum(o.get(key) == g[key] for o, g in scored), len(scored)


# ---------------------------------------------------------------------------- areas
DATE_VALUE = ("value_start", "value_end", "precision")


def date_ok(o: dict, g: dict) -> bool:
    if not overlaps(o["start_char"], o["end_char"], g["start"], g["end"]):
        return False
    return bool(g.get("optional")) or all(o[k] == g[k] for k in DATE_VALUE)


def score_dates(outs: list[dict], golds: list[dict], columns: set) -> AreaResult:
    return match(outs, golds, date_ok, lambda g: g.get("optional"))


def names(g: dict) -> set[str]:
    return {fold(n) for n in [g["name"], *(g.get("also") or [])]}


def score_people(outs: list[dict], golds: list[dict], columns: set) -> AreaResult:
    res = match(outs, golds, lambda o, g: fold(o["name"]) in names(g), lambda g: g.get("optional"))
    res.extra["country_iso3"] = share(res.pairs, "country_iso3", "country_iso3" in columns)
    return res


def coord_limit(g: dict) -> float | None:
    """The distance (km) within which a gold place's coordinates must be met, or None when they
    are not checked: countries, seas, other places, and world regions (a region in no one
    country, iso3 ``[]``: a continent or a group of countries, whose centre is ill-defined)."""
    if g.get("kind") == "region" and not g.get("iso3"):
        return None
    return COORD_KM.get(g.get("kind"))


def coords_ok(o: dict, g: dict) -> bool:
    limit = coord_limit(g)
    if limit is None or g.get("latitude") is None:
        return True
    if o.get("latitude") is None or o.get("longitude") is None:
        return False
    return km(o["latitude"], o["longitude"], g["latitude"], g["longitude"]) <= limit


def out_countries(o: dict) -> list[str]:
    """The countries an output place lies in: ``countries_iso3`` where the table has it (several
    for a place shared by several countries, whose ``country_iso3`` is null), else its one
    ``country_iso3``."""
    shared = o.get("countries_iso3")
    if shared and o.get("country_iso3") is None:
        return list(shared)
    return [o["country_iso3"]] if o.get("country_iso3") else []


def iso_ok(o: dict, g: dict) -> bool:
    """Every country of the output is one the gold accepts (a shared place's countries all of
    them); a gold ``[]`` (seas, world regions) wants none."""
    accepted = g.get("iso3") or []
    countries = out_countries(o)
    if not accepted:
        return not countries
    return bool(countries) and set(countries) <= set(accepted)


def place_ok(o: dict, g: dict) -> bool:
    return fold(o["name"]) in names(g) and iso_ok(o, g) and coords_ok(o, g)


def score_places(outs: list[dict], golds: list[dict], columns: set) -> AreaResult:
    return match(outs, golds, place_ok, lambda g: g.get("optional"))


def event_key(row: dict) -> tuple:
    return row.get("date_start"), row.get("date_end"), frozenset(row.get("actors_iso3") or [])


def score_events(outs: list[dict], golds: list[dict], columns: set) -> AreaResult:
    def prefer(o, g):  # among equal keys, the output row with the right type (then status)
        return o["event_type"] == g["event_type"], o.get("status") == g.get("status")

    res = match(outs, golds, lambda o, g: event_key(o) == event_key(g),
                lambda g: g.get("required") is False, prefer,
                first=lambda o, g: o["event_type"] == g["event_type"])
    res.extra["event_type"] = share(res.pairs, "event_type", True)
    res.extra["status"] = share(res.pairs, "status", "status" in columns)
    res.extra["actors_complete"] = actors_complete(outs, golds)
    return res


def actors_complete(outs: list[dict], golds: list[dict]) -> tuple[int, int]:
    """(right, n): of the required gold events some output row dates exactly, how many have an
    output row of that date with every country party right (issue: 'one side only')."""
    right = n = 0
    for g in golds:
        if g.get("required") is False:
            continue
        same_date = [o for o in outs if (o.get("date_start"), o.get("date_end")) == (g.get("date_start"), g.get("date_end"))]
        if same_date:
            n += 1
            right += any(frozenset(o.get("actors_iso3") or []) == frozenset(g.get("actors_iso3") or [])
                         for o in same_date)
    return right, n


SCORERS = {"dates": score_dates, "people": score_people, "places": score_places, "events": score_events}
