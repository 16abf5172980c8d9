"""People of a document for its events: which mention stands for whom, and of which country.

- Bare surnames: a surname the people module left unresolved because several people of the
  document share it ("Kim") is the first of them the document introduced.
- Person countries: the one country a person's titles ("President of South Korea") or the
  noun phrases of the person's mentions ("Foreign Minister Ri Su-Yong of North Korea",
  "Japanese Prime Minister") name (a dateline before the name is no part of its phrase); else
  the people stage's reading; else, for an unqualified titled official in a story from a
  national news agency ("Foreign Minister Park Jin" in a Yonhap story), the agency's country.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..person_country import country_of_title
from .syntax import np_tokens, runs, without_brief

if TYPE_CHECKING:
    from .context import Context


def _by_word(person_name: dict[str, str]) -> dict[str, list[str]]:
    by_word: dict[str, list[str]] = defaultdict(list)
    for pid, name in person_name.items():
        for w in set(name.lower().split()):
            by_word[w].append(pid)
    return by_word


def with_surnames(pms, person_mentions, person_name: dict[str, str]):
    """Rule 'bare surnames': a bare surname the people module left unresolved because several
    people of the document share it ("Kim" beside Kim Jong Un, Kim Yo Jong and Kim Yong Chol)
    stands for the first of them the document introduced: news style gives the bare surname to
    the story's principal and full names to the others. A linear pass over the mentions."""
    first_seen: dict[str, int] = {}
    for m in pms:
        first_seen.setdefault(m.entity_id, m.start_char)
    by_word = _by_word(person_name)
    extra = []
    for m in person_mentions:
        if m.entity_id:
            continue
        word = re.sub(r"['’]s$", "", m.text.strip()).lower()
        if not word or " " in word:
            continue
        cands = [pid for pid in by_word.get(word, ()) if first_seen.get(pid, m.start_char) < m.start_char]
        if cands:
            extra.append(dataclasses.replace(m, entity_id=min(cands, key=lambda pid: first_seen[pid])))
    if not extra:
        return pms
    return sorted(pms + extra, key=lambda m: (m.start_char, m.end_char))


def organisation_people(people, organisations: frozenset[str]) -> set[str]:
    """Rule 'an organisation's official': the ids of people of no country whose title is an
    international organisation's ("UN Special Envoy for Yemen", "NATO Secretary General",
    "Secretary-General of the United Nations", "United Nations Secretary-General"): they act
    for it, no unknown country's side."""
    def of_organisation(title: str) -> bool:
        low = " ".join(title.lower().split())
        return any(low.startswith(o + " ") or low.endswith(" of the " + o) or low.endswith(" of " + o)
                   for o in organisations)
    return {p.person_id for p in people if not getattr(p, "country_iso3", None)
            and any(of_organisation(t) for t in getattr(p, "titles", None) or ())}


def _title_countries(ctx: Context, people) -> tuple[dict[str, set[str]], set[str]]:
    """person id -> the countries their titles make them act for (``person_country.country_of_title``:
    not a country they are sent to or whose affairs are their brief); the ids of titled people."""
    by_title: dict[str, set[str]] = defaultdict(set)
    titled: set[str] = set()
    for p in people:
        for title in getattr(p, "titles", None) or ():
            country = country_of_title(title)
            by_title[p.person_id] |= {country} if country else set()
            titled.add(p.person_id)
    return by_title, titled


def _mention_countries(ctx: Context, m) -> set[str]:
    """Countries named in the noun phrase of a person mention, outside the dateline."""
    located = ctx.span_of(m.start_char, m.end_char)
    if located is None:
        return set()
    _, offset, span = located
    head = span.root
    while head.dep_ in ("compound", "flat", "appos") and head.head != head \
            and not ctx.in_dateline(offset + head.head.idx):
        head = head.head
    tokens = [t for t in without_brief(np_tokens(head, ctx.lex.grammar, conj=False)) if not ctx.in_dateline(offset + t.idx)]
    countries = set()
    for s, e in runs(tokens, offset):
        countries |= ctx.countries(ctx.text[s:e])
    return countries


def person_countries(ctx: Context, people) -> dict[str, str]:
    """Rule 'person countries' (see the module docstring): person id -> ISO3."""
    out: dict[str, str] = {}
    by_title, titled = _title_countries(ctx, people)
    found: dict[str, set[str]] = defaultdict(set)
    for m in ctx.pms:
        found[m.entity_id] |= _mention_countries(ctx, m)
    for pid in set(found) | set(by_title):
        for countries in (by_title.get(pid, ()), found.get(pid, ())):
            if len(countries) == 1:  # titles first: they are the people module's reading
                out[pid] = next(iter(countries))
                break
    for p in people:  # the people stage's reading (pipeline/person_country.py) where it has one
        country = getattr(p, "country_iso3", None)
        if country and p.person_id not in out:
            out[p.person_id] = country
    if ctx.agency_country:
        for pid in titled:
            if pid not in out and not by_title.get(pid) and not found.get(pid):
                out[pid] = ctx.agency_country
    return out
