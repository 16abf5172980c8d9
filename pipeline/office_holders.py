"""Gazetteer of office-holders: heads of state, heads of government and foreign ministers
with their terms, from ``data/office_holders.json`` (documented in ``data/README.md``).

Read by the people stage (``holder_names.py``, ``person_country.py``) beside
``data/officials.json``. Two pure functions and a cached loader:

* ``validate(data)`` checks the file's content and returns its entries; a bad entry raises
  ``OfficeHoldersError`` naming it (``#12 Fumio Kishida (JPN head_of_government)``).
* ``holders(surname_or_name, on_date, office=None, country=None, entries=None)`` lists the
  entries whose name, a variant or the surname matches and whose term covers the date:
  ``start <= d`` and (``end`` is null or ``d <= end``). Both ends are inclusive, so on a
  handover day (one term's ``end`` is the next one's ``start``) both holders are returned.

Names are compared after folding case and diacritics and treating hyphens, dots, commas and
apostrophes as spaces or nothing: ``Ri Son-gwon`` = ``Ri Son Gwon`` = ``RI SON GWON``,
``Erdogan`` = ``Erdoğan``, ``George W Bush`` = ``George W. Bush``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

OFFICE_HOLDERS_PATH = Path(__file__).resolve().parent / "data" / "office_holders.json"
OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
REQUIRED_KEYS = ("name", "variants", "surname", "country_iso3", "office", "title", "start", "end", "source")
OPTIONAL_KEYS = ("date_note", "note", "track")
DEFAULT_TRACK = "main"


class OfficeHoldersError(ValueError):
    """A bad entry in office_holders.json; the message names the entry."""


def name_key(name: str) -> str:
    """Comparison form of a name: no diacritics, case-folded, hyphens as spaces, dots and
    apostrophes dropped, single spaces. ``Ri Son-gwon`` -> ``ri son gwon``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d").replace("Đ", "D")
    text = re.sub(r"[\u2010-\u2015\-_/]", " ", text)
    text = re.sub(r"[.,'\u2019\u2018`\"()]", "", text)
    return " ".join(text.casefold().split())


def _parse_date(value: Any, what: str, label: str) -> dt.date:
    if not isinstance(value, str):
        raise OfficeHoldersError(f"{label}: {what} must be a date 'YYYY-MM-DD', not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise OfficeHoldersError(f"{label}: {what} {value!r} is not a date 'YYYY-MM-DD'") from None


def _label(i: int, entry: Any) -> str:
    if not isinstance(entry, dict):
        return f"entry #{i}"
    return f"entry #{i} {entry.get('name')!s} ({entry.get('country_iso3')!s} {entry.get('office')!s})"


def _check_keys(label: str, entry: Any) -> None:
    if not isinstance(entry, dict):
        raise OfficeHoldersError(f"{label}: not an object")
    missing = [k for k in REQUIRED_KEYS if k not in entry]
    if missing:
        raise OfficeHoldersError(f"{label}: missing key(s) {', '.join(missing)}")
    unknown = sorted(set(entry) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise OfficeHoldersError(f"{label}: unknown key(s) {', '.join(unknown)}")


def _nonempty(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_strings(label: str, entry: dict) -> None:
    for key in ("name", "surname", "title", "source"):
        if not _nonempty(entry[key]):
            raise OfficeHoldersError(f"{label}: {key} must be a non-empty string")
    if not isinstance(entry["variants"], list) or not all(_nonempty(v) for v in entry["variants"]):
        raise OfficeHoldersError(f"{label}: variants must be a list of non-empty strings")
    for key in OPTIONAL_KEYS:
        if key in entry and not _nonempty(entry[key]):
            raise OfficeHoldersError(f"{label}: {key} must be a non-empty string when given")


def _check_office_and_term(label: str, entry: dict) -> None:
    iso3 = entry["country_iso3"]
    if not isinstance(iso3, str) or len(iso3) != 3 or not iso3.isupper() or pycountry.countries.get(alpha_3=iso3) is None:
        raise OfficeHoldersError(f"{label}: country_iso3 {iso3!r} is not an ISO 3166 alpha-3 code")
    if entry["office"] not in OFFICES:
        raise OfficeHoldersError(f"{label}: office {entry['office']!r} is not one of {', '.join(OFFICES)}")
    start = _parse_date(entry["start"], "start", label)
    if entry["end"] is not None:
        end = _parse_date(entry["end"], "end", label)
        if end < start:
            raise OfficeHoldersError(f"{label}: end {entry['end']} is before start {entry['start']}")


def _check_entry(i: int, entry: Any) -> None:
    label = _label(i, entry)
    _check_keys(label, entry)
    _check_strings(label, entry)
    _check_office_and_term(label, entry)


def validate(data: Any) -> list[dict]:
    """The entries of a parsed office_holders.json (``{"entries": [...]}`` or a bare list),
    checked: keys, non-empty names, real ISO3 codes, offices, dates, start <= end, and no two
    terms of one country, office and track overlapping by more than a handover day."""
    entries = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise OfficeHoldersError("office_holders.json: expected an object with an 'entries' list")
    for i, entry in enumerate(entries):
        _check_entry(i, entry)
    groups: dict[tuple[str, str, str], list[tuple[dt.date, dt.date, int]]] = {}
    for i, e in enumerate(entries):
        end = dt.date.fromisoformat(e["end"]) if e["end"] else dt.date.max
        key = (e["country_iso3"], e["office"], e.get("track", DEFAULT_TRACK))
        groups.setdefault(key, []).append((dt.date.fromisoformat(e["start"]), end, i))
    for key, terms in groups.items():
        terms.sort()
        for (_, e1, i1), (s2, _, i2) in zip(terms, terms[1:]):
            if s2 < e1:  # touching (s2 == e1) is the handover day
                raise OfficeHoldersError(
                    f"{_label(i2, entries[i2])}: term from {entries[i2]['start']} overlaps "
                    f"{_label(i1, entries[i1])} (to {entries[i1]['end'] or 'today'}) in track {key[2]!r}")
    return entries


def load(path: str | Path = OFFICE_HOLDERS_PATH) -> list[dict]:
    """Read and validate an office-holders file; raises OfficeHoldersError on a bad entry."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise OfficeHoldersError(f"{path}: not valid JSON ({exc})") from None
    return validate(data)


@lru_cache(maxsize=1)
def default_entries() -> tuple[dict, ...]:
    """The validated entries of data/office_holders.json, read once per process."""
    return tuple(load())


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[dict, ...]]:
    """The default entries by each comparison key they answer to (``names_of``), in file order."""
    index: dict[str, list[dict]] = {}
    for entry in default_entries():
        for key in sorted(names_of(entry)):
            index.setdefault(key, []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


def _as_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def in_term(entry: dict, on_date: dt.date | str) -> bool:
    """start <= d and (end is null or d <= end)."""
    d = _as_date(on_date)
    if d < dt.date.fromisoformat(entry["start"]):
        return False
    return entry["end"] is None or d <= dt.date.fromisoformat(entry["end"])


def names_of(entry: dict) -> set[str]:
    """The comparison keys an entry answers to: its name, variants and surname."""
    return {name_key(n) for n in (entry["name"], *entry["variants"], entry["surname"])}


def holders(surname_or_name: str, on_date: dt.date | str, office: str | None = None,
            country: str | None = None, entries: Iterable[dict] | None = None) -> list[dict]:
    """Entries whose name, a variant or the surname is ``surname_or_name`` (compared with
    ``name_key``) and whose term covers ``on_date``; optionally only one office (one of
    OFFICES) and one country (ISO3). In file order. ``entries`` defaults to the validated
    data/office_holders.json."""
    if office is not None and office not in OFFICES:
        raise ValueError(f"office {office!r} is not one of {', '.join(OFFICES)}")
    key = name_key(surname_or_name)
    if not key:
        return []
    pool = _by_name().get(key, ()) if entries is None else [e for e in entries if key in names_of(e)]
    return [e for e in pool
            if (office is None or e["office"] == office)
            and (country is None or e["country_iso3"] == country)
            and in_term(e, on_date)]
