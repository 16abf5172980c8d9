"""Well-known officials (``data/officials.json``): completing a surname after an office title
(``Prime Minister Kishida`` -> ``Fumio Kishida``) and the years a full name held office.

Used by ``pipeline.people`` (completion) and ``pipeline.person_country`` (terms)."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .gazetteer import fold, get_gazetteer

OFFICIALS_PATH = Path(__file__).resolve().parent / "data" / "officials.json"

Index = dict[tuple[str, str, str], set[str]]


def _office_key(title: str, synonyms: dict[str, str]) -> str:
    title = " ".join(title.split()).casefold()
    return synonyms.get(title, title)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@lru_cache(maxsize=4)
def officials_index(path: Path = OFFICIALS_PATH) -> tuple[dict[str, str], Index]:
    """(office synonym -> office, (surname, ISO3, office) -> full names) of an officials file."""
    data = _read(path)
    synonyms: dict[str, str] = {}
    for office, others in data.get("office_synonyms", {}).items():
        for t in [office, *others]:
            synonyms[" ".join(t.split()).casefold()] = office.casefold()
    index: Index = defaultdict(set)
    for entry in data.get("officials", []):
        surnames = entry.get("surnames") or [entry["name"].split()[-1]]
        for office in entry.get("offices", []):
            for surname in surnames:
                index[(surname.casefold(), entry["country"], _office_key(office["title"], synonyms))].add(entry["name"])
    return synonyms, dict(index)


def name_key(name: str) -> str:
    """A full name folded for comparison: ``Kim Jong-un`` -> ``kimjongun``."""
    return re.sub(r"[^0-9a-z]", "", fold(name).casefold())


@lru_cache(maxsize=4)
def official_terms(path: Path = OFFICIALS_PATH) -> dict[str, list[tuple[str, int, int]]]:
    """folded full name -> [(ISO3, from year, to year)] of an officials file."""
    terms: dict[str, list[tuple[str, int, int]]] = {}
    for entry in _read(path).get("officials", []):
        for office in entry.get("offices", []):
            start, end = office.get("from") or 0, office.get("to") or 9999
            terms.setdefault(name_key(entry["name"]), []).append((entry["country"], start, end))
    return terms


def _title_country(title: str) -> tuple[str, str] | None:
    """``Secretary of State of the United States`` -> (``Secretary of State``, USA): the last
    ``of`` before a country."""
    gaz = get_gazetteer()
    for m in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", title))):
        place = gaz.lookup(title[m.end():], alternates=False, fuzzy=False)
        if place and place[0].kind == "country":
            return title[: m.start()], place[0].place_id
    return None


def complete_from_officials(surname: str, titles: list[str]) -> str | None:
    """``Kishida`` with the title ``Prime Minister of Japan`` -> ``Fumio Kishida``: the one
    official in data/officials.json with that surname who held that office in that country.
    A title without a country (``Prime Minister Kishida``) must fit one official of any country;
    a surname shared by two holders of the office (``Kono``, ``Lee``) completes nothing."""
    synonyms, index = officials_index()
    if not index:
        return None
    found: set[str] = set()
    sur = surname.casefold()
    for title in titles:
        country = _title_country(title)
        if country:
            found |= index.get((sur, country[1], _office_key(country[0], synonyms)), set())
        else:  # no country: the office must fit one official of any country
            office = _office_key(title, synonyms)
            found |= {n for (s2, _iso, o), names in index.items() if s2 == sur and o == office for n in names}
    return found.pop() if len(found) == 1 else None
