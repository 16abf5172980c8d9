"""A surname after an office title, completed from the office-holders gazetteer at a date
(``data/office_holders.json``, read through ``pipeline.office_holders``).

Rule (issue 15, class d): ``Foreign Minister Kono``, ``President Obama``, ``Secretary Kerry``
becomes the full name (and its country) when exactly one person in the gazetteer

* answers to that word (surname, name or variant, compared with ``office_holders.name_key``),
* held an office the title names, at one of the mention's dates (a term that overlaps the
  date's interval: ``in 2009`` covers a term that began on 2009-01-21), and
* is of the title's country when the title names one (``Prime Minister of Japan``).

A title names an office when it is the office's title or one of its synonyms
(``office_synonyms`` of ``data/officials.json``: ``Foreign Minister`` = ``Secretary of State``
= ``Minister for Foreign Affairs``), or when it is the first word of the holder's own title
(``Secretary`` of ``Secretary of State``, ``Chairman`` of ``Chairman of the National Defence
Commission``). ``Acting`` before a holder's title is ignored.

Dates are ``YYYY-MM-DD`` strings (one day) or ``(first day, last day)`` pairs.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .office_holders import default_entries, name_key, names_of
from .officials import _office_key, _title_country, officials_index


def interval(date) -> tuple[str, str]:
    """``"2014-03-25"`` -> (``"2014-03-25"``, ``"2014-03-25"``); a pair is returned as it is."""
    return (date, date) if isinstance(date, str) else (date[0], date[1])


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[dict, ...]]:
    """Comparison key of a name, variant or surname -> the entries answering to it."""
    index: dict[str, list[dict]] = defaultdict(list)
    for entry in default_entries():
        for key in names_of(entry):
            index[key].append(entry)
    return {k: tuple(v) for k, v in index.items()}


def _overlaps(entry: dict, first: str, last: str) -> bool:
    return entry["start"] <= last and (entry["end"] is None or entry["end"] >= first)


def holders_between(name: str, dates) -> list[dict]:
    """Entries answering to ``name`` whose term overlaps one of ``dates``."""
    spans = [interval(d) for d in dates if d]
    return [e for e in _by_key().get(name_key(name), ()) if any(_overlaps(e, a, b) for a, b in spans)]


def _holder_title(entry: dict) -> str:
    title = entry["title"]
    return title[len("Acting "):] if title.startswith("Acting ") else title


def title_fits(title: str, entry: dict) -> bool:
    """Whether a title as written (``Prime Minister of Japan``, ``Secretary``) names the
    entry's office (and country, when it names one)."""
    found = _title_country(title)
    office, country = (found[0], found[1]) if found else (title, None)
    if country is not None and country != entry["country_iso3"]:
        return False
    synonyms = officials_index()[0]
    written = _office_key(office, synonyms)
    own = _holder_title(entry)
    if written == _office_key(own, synonyms):
        return True
    return len(written.split()) == 1 and written == own.split()[0].casefold()


def holders_for(word: str, titles: list[str], dates) -> set[tuple[str, str]]:
    """(full name, ISO3) of every holder answering to ``word`` with an office one of ``titles``
    names, in office at one of ``dates``."""
    if not titles:
        return set()
    return {(e["name"], e["country_iso3"]) for e in holders_between(word, dates)
            if any(title_fits(t, e) for t in titles)}


def complete(word: str, titled_dates: list[tuple[list[str], list[list]]]) -> tuple[str, str] | None:
    """The one (full name, ISO3) that ``word`` is, over its mentions' (titles, date levels):
    the first level at which some holder fits decides (the sentence's dates, then the
    document's ``published``); None when none fits or two or more do."""
    found = fitting(word, titled_dates)
    return next(iter(found)) if len(found) == 1 else None


def fitting(word: str, titled_dates: list[tuple[list[str], list[list]]]) -> set[tuple[str, str]]:
    """The holders that fit at the first date level where any does (empty when none)."""
    depth = max((len(levels) for _titles, levels in titled_dates), default=0)
    for i in range(depth):
        found: set[tuple[str, str]] = set()
        for titles, levels in titled_dates:
            if i < len(levels):
                found |= holders_for(word, titles, levels[i])
        if found:
            return found
    return set()
