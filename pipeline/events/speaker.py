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

Rule 'a quote's speaker': inside quotation marks "I" and "we" speak for whoever the text says
speaks the quote, when that names one country (a person of known country, a country or its
organ): before the quote ending in a colon (`Minister for Africa, Henry Bellingham said: "I
condemn ..."`, also from the paragraph before when the quote opens its own), or after it in
its sentence with a ``quote_verbs`` verb (`"We call on both sides ...," the Foreign Secretary
said`; '," he said': the nearest subject before the quote). Otherwise "I" inside quotes is
someone unnamed, and in a story by a news service (no publisher country) a reporter or
someone quoted: nobody.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .. import office_holders
from . import anaphora

if TYPE_CHECKING:
    from .context import Context

# "SECRETARY BLINKEN:  Good morning", "FOREIGN MINISTER SHOUKRY: Well, ..." (capitals, then a colon)
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’ -]{2,60}[A-Z.]):\s")
_QUOTES = re.compile(r"[\"“”]")
_HE_SHE = re.compile(r"\b(?:he|she)\b")


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


def _quote_opens_block(ctx: Context, char: int) -> bool:
    """A paragraph that opens with a quotation mark and never closes it: a quote running on
    over paragraphs (the convention of leaving the closing mark to the last one)."""
    block = ctx.block_at(char)
    if block is None or not _QUOTES.match(ctx.text, block.start_char):
        return False
    return len(_QUOTES.findall(ctx.text, block.start_char, block.end_char)) == 1


def _quoted(ctx: Context, char: int) -> bool:
    """Whether char lies inside quotation marks opened earlier in its block."""
    block = ctx.block_at(char)
    start = block.start_char if block is not None else 0
    return len(_QUOTES.findall(ctx.text, start, char)) % 2 == 1


def _speaker_countries(ctx: Context, start: int, end: int) -> frozenset[str]:
    """The one country of who text[start:end] names as speaking: its people's, else its own."""
    people = {ctx.person_country.get(m.entity_id) for m in ctx.persons_in(start, end)}
    found = frozenset(c for c in people if c) or ctx.countries(ctx.text[start:end])
    return found if len(found) == 1 else frozenset()


def _intro_before(ctx: Context, open_at: int) -> tuple[int, int] | None:
    """The sentence that ends in a colon just before the quote opening at open_at (in its
    paragraph, else ending the paragraph before), as (start, end)."""
    block = ctx.block_at(open_at)
    start = block.start_char if block is not None else 0
    if not ctx.text[start:open_at].strip() and block is not None and block.index > 0:
        before = ctx.blocks[block.index - 1]
        start, open_at = before.start_char, before.end_char
    head = ctx.text[start:open_at].rstrip()
    if not head.endswith(":"):
        return None
    s = ctx.sentence_span(start + len(head) - 1)[0]
    return max(s, start), start + len(head) - 1


def _attribution_after(ctx: Context, char: int) -> tuple[int, int] | None:
    """After the quote holding char closes, the rest of its sentence when a ``quote_verbs``
    verb is in it ('," the Foreign Secretary said.'), as (start, end)."""
    block = ctx.block_at(char)
    if block is None:
        return None
    close = _QUOTES.search(ctx.text, char, block.end_char)
    if close is None:
        return None
    end = ctx.sentence_span(close.start())[1]
    nxt = _QUOTES.search(ctx.text, close.end(), end)
    end = nxt.start() if nxt is not None else end
    words = set(re.findall(r"[a-z]+", ctx.text[close.end():end]))
    return (close.end(), end) if words & ctx.lex.grammar.quote_verbs else None


def quote_speaker(ctx: Context, char: int) -> frozenset[str]:
    """Rule 'a quote's speaker' (see the module docstring)."""
    block = ctx.block_at(char)
    start = block.start_char if block is not None else 0
    opens = [m.start() for m in _QUOTES.finditer(ctx.text, start, char)]
    open_at = opens[-1] if opens else start
    for span in (_intro_before(ctx, open_at), _attribution_after(ctx, char)):
        if span is not None:
            found = _speaker_countries(ctx, *span)
            if not found and _HE_SHE.search(ctx.text, *span):  # '," he said': who "he" is
                found = anaphora.antecedent(ctx, open_at, singular=True)
            if found:
                return found
    return frozenset()


def first_person(ctx: Context, char: int) -> frozenset[str]:
    """Rule 'first person' (see the module docstring): the countries "I" at char speaks for."""
    if _quoted(ctx, char) or _quote_opens_block(ctx, char):
        return quote_speaker(ctx, char)
    i = bisect.bisect_right(ctx.speaker_starts, char) - 1
    if i >= 0:
        return ctx.speakers[i][1]
    return frozenset({ctx.publisher}) if ctx.publisher else frozenset()
