"""Speakers: whom "I" and "we" speak for.

Rule 'first person': "I", "me", "my", "we", "us", "our" (the lexicon's
``grammar.pronouns_first``), outside quotation marks, speak for

* the speaker of a transcript's label that the paragraph falls under ("SECRETARY BLINKEN:
  Good morning ..." up to the next label): a country the label names, else the country of a
  person of the document or of an office-holder at the publication date whose surname is the
  label's last word; nobody when the label says neither;
* else, on a government's own page (``frame.publisher_country``), that government: "Last
  week, the Taoiseach and I spoke" on GOV.UK is the Prime Minister's, "We call on South
  Sudan's leaders" in a GOV.UK statement the United Kingdom's.

Inside quotation marks "I" is someone quoted, and in a story by a news service (no publisher
country) a reporter or someone quoted: nobody.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .. import office_holders

if TYPE_CHECKING:
    from .context import Context

# "SECRETARY BLINKEN:  Good morning", "FOREIGN MINISTER SHOUKRY: Well, ..." (capitals, then a colon)
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’ -]{2,60}[A-Z.]):\s")
_QUOTES = re.compile(r"[\"“”]")


def index_speakers(ctx: Context) -> None:
    """ctx.speakers: (start char, countries) of every transcript label, in text order."""
    ctx.speakers = []
    for b in ctx.blocks:
        m = _LABEL.match(ctx.text, b.start_char)
        if m is not None and m.end() <= b.end_char:
            ctx.speakers.append((b.start_char, _label_countries(ctx, m.group("label"))))
    ctx.speaker_starts = [s for s, _ in ctx.speakers]


def _label_countries(ctx: Context, label: str) -> frozenset[str]:
    """A label's country: one it names, else its last word's person (document, office-holders)."""
    named = ctx.countries(label.title())
    if named:
        return named
    surname = label.split()[-1].strip(".").lower()
    found = {c for p, c in ctx.person_country.items() if c and p.lower().split()[-1] == surname}
    if not found and ctx.published is not None:
        found = {e["country_iso3"] for e in office_holders.holders(surname.title(), ctx.published)}
    return frozenset(found) if len(found) == 1 else frozenset()


def _quoted(ctx: Context, char: int) -> bool:
    """Whether char lies inside quotation marks opened earlier in its block."""
    block = ctx.block_at(char)
    start = block.start_char if block is not None else 0
    return len(_QUOTES.findall(ctx.text, start, char)) % 2 == 1


def first_person(ctx: Context, char: int) -> frozenset[str]:
    """Rule 'first person' (see the module docstring): the countries "I" at char speaks for."""
    if _quoted(ctx, char):
        return frozenset()
    i = bisect.bisect_right(ctx.speaker_starts, char) - 1
    if i >= 0:
        return ctx.speakers[i][1]
    return frozenset({ctx.publisher}) if ctx.publisher else frozenset()
