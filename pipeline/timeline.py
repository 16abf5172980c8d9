"""One timeline across documents: events that different sources report of one real-world
event become one row of the ``timeline`` table.

Only the latest version of each document takes part. Two events are the same real-world
event when (each rule is one function below):

- ``same_kind``: they have the same PLOVER type (a CONSULT and the AGREE reached at it stay
  two rows, as PLOVER codes them);
- ``dates_overlap``: both are dated and their intervals overlap (a day inside a month
  matches that month; an undated event never merges, since nothing says when it happened);
- ``parties_agree``: their country parties overlap and one side's parties are all among the
  other's ("Japan met" and "Japan and Mongolia met" agree; "Japan and Mongolia" and "Japan
  and China" contradict each other);
- ``people_agree``: the people named share someone, or one side names nobody (two statements
  of support on one day by two different officials are two events);
- ``places_agree``: the places are the same, or one is missing, or one is a country and the
  other lies in it;
- ``other_document``: they come from different documents (a document's own repeated
  mentions are merged by the events stage already).

Events are taken most precise first (by the length of their date interval), so that a
month-precise report joins the day it matches. An event that would match two different
timeline rows (a month-only report of a month with two meetings of the same parties) is
ambiguous and stays a row of its own. The result depends only on the set of events, not on
the order documents were added or built, and ``timeline_id`` is derived from the member
events' ids, so it is the same on every rebuild.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date


@dataclass
class _Row:
    """A timeline row being built: its member events, the interval they all share, its place."""
    members: list[dict] = field(default_factory=list)
    start: date | None = None
    end: date | None = None

    @property
    def documents(self) -> set[str]:
        return {m["doc_id"] for m in self.members}


def latest_versions(documents: Iterable[dict]) -> set[tuple[str, str]]:
    """(doc_id, version) of the newest version of each document (versions sort by name)."""
    newest: dict[str, str] = {}
    for d in documents:
        if d["doc_id"] not in newest or d["version"] > newest[d["doc_id"]]:
            newest[d["doc_id"]] = d["version"]
    return set(newest.items())


def _interval(event: dict) -> tuple[date, date] | None:
    if not event.get("date_start") or not event.get("date_end"):
        return None
    return date.fromisoformat(event["date_start"]), date.fromisoformat(event["date_end"])


def same_kind(a: dict, b: dict) -> bool:
    return a["event_type"] == b["event_type"]


def dates_overlap(interval: tuple[date, date], row: _Row) -> bool:
    return row.start is not None and interval[0] <= row.end and row.start <= interval[1]


def parties_agree(a: dict, b: dict) -> bool:
    x, y = set(a["actors_iso3"]), set(b["actors_iso3"])
    return bool(x & y) and (x <= y or y <= x)


def people_agree(a: dict, b: dict) -> bool:
    x, y = set(a["people"]), set(b["people"])
    return not x or not y or bool(x & y)


def places_agree(a: dict, b: dict, place_country: dict[str, str | None]) -> bool:
    pa_, pb = a.get("place_id"), b.get("place_id")
    if not pa_ or not pb or pa_ == pb:
        return True
    # a country's place_id is its ISO3 code: a place inside it agrees with it
    return place_country.get(pa_) == pb or place_country.get(pb) == pa_


def other_document(event: dict, row: _Row) -> bool:
    return event["doc_id"] not in row.documents


def _matches(event: dict, interval, row: _Row, place_country) -> bool:
    lead = row.members[0]
    return (other_document(event, row) and same_kind(event, lead) and dates_overlap(interval, row)
            and all(parties_agree(event, m) and people_agree(event, m) and places_agree(event, m, place_country)
                    for m in row.members))


def _order(event: dict) -> tuple:
    interval = _interval(event)
    span = (interval[1] - interval[0]).days if interval else 10**9
    return (span, event.get("date_start") or "", event["doc_id"], event["version"], event["event_id"])


def _months(start: date, end: date) -> list[tuple[int, int]]:
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    return [divmod(m, 12) for m in range(first, last + 1)]


def cluster(events: list[dict], place_country: dict[str, str | None]) -> list[_Row]:
    """Group events into timeline rows (see the module's rules). Rows are indexed by type and
    by every month their interval touches, so an event is compared only with rows it could
    overlap."""
    rows: list[_Row] = []
    index: dict[tuple, list[_Row]] = defaultdict(list)
    for event in sorted(events, key=_order):
        interval = _interval(event)
        candidates = [] if interval is None else list({
            id(r): r for month in _months(*interval) for r in index[(event["event_type"], month)]
            if _matches(event, interval, r, place_country)}.values())
        if len(candidates) == 1:
            row = candidates[0]
            row.members.append(event)
            row.start, row.end = max(row.start, interval[0]), min(row.end, interval[1])
            continue
        row = _Row([event], *(interval or (None, None)))
        rows.append(row)
        for month in _months(*interval) if interval else ():
            index[(event["event_type"], month)].append(row)
    return rows


def _source_rank(event: dict, published: dict[tuple[str, str], str | None]) -> tuple:
    return (published.get((event["doc_id"], event["version"])) or "", event["version"], event["doc_id"])


def _date_conflicts(members: list[dict]) -> list[str]:
    """Sources of the same precision that give different dates disagree (a day and the month
    that holds it do not)."""
    out = set()
    for column in ("date_start", "date_end"):
        by_precision = defaultdict(set)
        for m in members:
            if m.get(column):
                by_precision[m.get("date_precision")].add(m[column])
        if any(len(values) > 1 for values in by_precision.values()):
            out.add(column)
    return sorted(out)


def _nested(sets: list[set]) -> bool:
    return all(a <= b or b <= a for a in sets for b in sets)


def _conflicts(members: list[dict]) -> list[str]:
    """Columns on which the sources disagree: dates of one precision, people lists of which
    neither holds the other, statuses. (Places and parties that disagree are never merged.)"""
    out = _date_conflicts(members)
    if not _nested([set(m["people"]) for m in members if m.get("people")]):
        out.append("people")
    if len({m.get("status") for m in members} - {None}) > 1:
        out.append("status")
    return out


def most_specific_place(place_ids: list[str], place_country: dict[str, str | None]) -> str | None:
    """A city or facility before the country it lies in; among equals, the first by id."""
    if not place_ids:
        return None
    return min(place_ids, key=lambda p: (place_country.get(p) == p, p))


def _row(row: _Row, published, place_names: dict[str, str], place_country) -> dict:
    members = row.members
    precise = members[0]  # most precise first
    latest = max(members, key=lambda e: _source_rank(e, published))
    place_id = most_specific_place([m["place_id"] for m in members if m.get("place_id")], place_country)
    ids = sorted(m["event_id"] for m in members)
    return {
        "timeline_id": "tl-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16],
        "event_type": precise["event_type"],
        "date_start": row.start.isoformat() if row.start else None,
        "date_end": row.end.isoformat() if row.end else None,
        "date_precision": precise.get("date_precision"),
        "place_id": place_id,
        "place_name": place_names.get(place_id) if place_id else None,
        "actors_iso3": sorted({c for m in members for c in m["actors_iso3"]}),
        "people": sorted({p for m in members for p in m["people"]}),
        "status": latest.get("status"),
        "n_sources": len(members),
        "sources": [{"doc_id": m["doc_id"], "version": m["version"], "event_id": m["event_id"]}
                    for m in sorted(members, key=lambda e: (e["doc_id"], e["version"], e["event_id"]))],
        "conflicts": _conflicts(members),
    }


def build_timeline(events: Iterable[dict], documents: Iterable[dict], places: Iterable[dict]) -> list[dict]:
    """The timeline rows for the latest version of every document."""
    documents = list(documents)
    latest = latest_versions(documents)
    published = {(d["doc_id"], d["version"]): d.get("published") for d in documents}
    events = [e for e in events if (e["doc_id"], e["version"]) in latest]
    place_country, place_names = {}, {}
    for p in places:
        if (p["doc_id"], p["version"]) in latest:
            place_country[p["place_id"]] = p.get("country_iso3")
            place_names[p["place_id"]] = p["name"]
    for e in events:
        if e.get("place_id"):
            place_names.setdefault(e["place_id"], e.get("place_name"))
    return [_row(r, published, place_names, place_country) for r in cluster(events, place_country)]
