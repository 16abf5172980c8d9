"""All candidate events of one document, the rules applied in their order:

1. index the subjects for the anaphora rules (``anaphora``) and a transcript's speakers for
   "I" (``speaker``);
2. read every chronology item's heading and bullets (``chronology.item_context``) before any
   clause;
3. in text order, skipping titles and headings (headlines repeat the lede; section titles are
   not events): an item's bullets give prose events (``clauses``) and the item its own event,
   which absorbs the bullets that tell the same meeting; any other block gives prose events;
4. section partners of chronology entries (``chronology``);
5. for every candidate, the other side: office holders, venue host, frame partner
   (``partners``);
6. a readout's heading that names a meeting, right above its dated header line ("Japan-China
   Summit Meeting / September 5, 2016"), is that meeting on that day (``heading_event``);
7. a visit with the visitor's country only, to no place abroad, is dropped (``domestic_visit``);
8. a trip to several countries is one visit per country (``split_trips``): "will travel to
   Jerusalem, Hanoi and Manila" gives Israel's, Vietnam's and the Philippines' visits, each
   joined later to the meeting the story tells there.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict

from ..structure import Block
from . import anaphora, chronology, offices, partners, speaker
from .clauses import clause_events
from .context import Context
from .demands import demand_events
from .records import Candidate, Parties
from .verdicts import verdict_events


def _bullets_of(blocks) -> dict[int, list[Block]]:
    """Item block index -> its bullets."""
    bullets_of: dict[int, list[Block]] = defaultdict(list)
    for b in blocks:
        if _item_bullet(b, blocks):
            bullets_of[b.parent].append(b)
    return bullets_of


def _item_bullet(b: Block, blocks) -> bool:
    return b.kind == "bullet" and b.parent is not None and blocks[b.parent].kind == "item"


def _item_candidates(ctx: Context, b: Block, info: dict, bullets: list[Block]) -> Candidate | None:
    """The bullets' prose events, then the item's own event (which may absorb some of them)."""
    before = len(ctx.cands)
    for bullet in bullets:
        for u in ctx.units_of_block(bullet):
            clause_events(ctx, u, bullet, info)
    ev = chronology.item_event(ctx, info, ctx.cands[before:])
    if ev is not None:
        ctx.cands.append(ev)
    return ev


def find_candidates(ctx: Context) -> list[Candidate]:
    """Candidate events of the document in ctx (see the module docstring)."""
    anaphora.index_subjects(ctx, offices.office_country)
    speaker.index_speakers(ctx)
    blocks = ctx.blocks
    bullets_of = _bullets_of(blocks)
    infos = {b.index: chronology.item_context(ctx, b, bullets_of.get(b.index, []))
             for b in blocks if b.kind == "item"}
    item_events: list[tuple[Block, Candidate]] = []
    for b in blocks:
        if b.kind in ("title", "heading") or _item_bullet(b, blocks):
            continue  # headlines repeat the lede; section titles are not events; bullets go with their item
        if b.kind == "item":
            ev = _item_candidates(ctx, b, infos[b.index], bullets_of.get(b.index, []))
            if ev is not None:
                item_events.append((b, ev))
            continue
        for u in ctx.units_of_block(b):
            clause_events(ctx, u, b, None)
            demand_events(ctx, u, b, None)
            verdict_events(ctx, u, b, None)
    chronology.section_partners(ctx, item_events)
    heading = heading_event(ctx)
    if heading is not None:
        ctx.cands.append(heading)
    for c in ctx.cands:
        partners.street_protest(ctx, c)
        partners.office_holders(ctx, c)
        partners.venue_host(c)
        partners.frame_partner(ctx, c)
        partners.pair_only(ctx, c)
        partners.country_antecedent(ctx, c)
        partners.story_partner(ctx, c)
    partners.readout_interlocutor(ctx, ctx.cands)
    if heading is not None:
        heading.date = _told_day(ctx, heading)
    return [part for c in ctx.cands if not domestic_visit(c) for part in split_trips(ctx, c)]


def domestic_visit(c: Candidate) -> bool:
    """Rule 'visits abroad': a visit whose only country is the visitor's, to no place abroad
    ("Mr. Abe's December visit to a controversial war shrine"), is no diplomatic event."""
    actors = c.parties.actors()
    if c.type != "CONSULT" or c.mode != "visit" or len(actors) != 1 or c.parties.source != actors:
        return False  # the one country is the host ("to visit Seoul"): the visitor is only unnamed
    place_country = getattr(c.place, "country_iso3", None) if c.place is not None else None
    return place_country is None or place_country in actors


def split_trips(ctx: Context, c: Candidate) -> list[Candidate]:
    """Rule 'one visit per country': a trip by one country's people to two or more others
    ("Kerry will travel to Jerusalem, Hanoi and Manila", not "Hayashi met Wang Yi during his
    visit to Jakarta") is one candidate per host, with the place when it lies in that host."""
    visitors, hosts = c.parties.source, c.parties.target - c.parties.source
    if c.type != "CONSULT" or c.mode != "visit" or len(visitors) != 1 or len(hosts) < 2 or c.parties.other \
            or not _only_travellers(ctx, c, visitors):
        return [c]  # someone met there: one meeting, not a trip
    parts = []
    for host in sorted(hosts):
        parties = c.parties.copy()
        parties.target = {host}
        place = c.place if getattr(c.place, "country_iso3", None) == host else None
        parts.append(dataclasses.replace(c, parties=parties, place=place, own_place=place is not None))
    return parts


def _only_travellers(ctx: Context, c: Candidate, visitors: set[str]) -> bool:
    """The clause names only the travellers: everyone of the visitor's country, or a single
    person whose country is not known (a host met there is a second person)."""
    people = c.parties.people
    known = {p: ctx.person_country.get(p) for p in people}
    return all(country in visitors for country in known.values()) or \
        (len(people) == 1 and None in known.values())


def heading_event(ctx: Context) -> Candidate | None:
    """Rule 'the readout's meeting': the title or heading right above the header's date line,
    when it names a meeting or an agreement (a trigger noun), is that event on that day, between
    two or more countries named after its noun ("Statement by U.S. Ambassador ... Welcoming
    Agreement by Japan and the Republic of Korea": Japan's and Korea's), else those the heading
    names, else the document's frame."""
    day = ctx.header_day
    if day is None:
        return None
    date_block = ctx.block_at(day.start_char)
    if date_block is None or date_block.index == 0:
        return None
    b = ctx.blocks[date_block.index - 1]
    if b.kind not in ("title", "heading"):
        return None
    for u in ctx.units_of_block(b):
        for tok in ctx.units[u][1]:
            rows = [r for r in ctx.lex.lookup(tok, "NOUN") if r.type in ("CONSULT", "AGREE") and not r.requires]
            if rows:
                text = ctx.text[b.start_char:b.end_char]
                countries = _heading_parties(ctx, u, tok, b.end_char) or set(ctx.countries(text)) or set(ctx.frame)
                return Candidate(type=rows[0].type, mode=None, trigger=tok.text, start_char=b.start_char,
                                 end_char=b.end_char, summary=text, date=day, place=None,
                                 parties=Parties(source=countries), block=b.index, order=b.start_char,
                                 own_date=True)
    return None


HEADING_DAYS_BEFORE = 7  # how long before its release a readout's meeting may have been held


def _told_day(ctx: Context, heading: Candidate):
    """Rule 'the meeting the body tells': a readout released the day after the talk ("Telephone
    Talk between Japanese and Iranian Foreign Ministers / January 22, 2015 / On January 21st ...
    had a telephone talk with ...") has its heading's meeting on the day the body gives it: the
    first event of the same type between the same countries dated to one day in the week up to
    the header's date; else the header's date."""
    day, countries = heading.date, heading.parties.actors()
    for c in ctx.cands:
        d = c.date
        if c is not heading and c.type == heading.type and d is not None and d.precision == "day" \
                and countries <= c.parties.actors() and 0 <= (day.value_start - d.value_start).days <= HEADING_DAYS_BEFORE:
            return d
    return day


def _heading_parties(ctx: Context, unit: int, tok, end: int) -> set[str]:
    """Two or more countries named after the heading's noun ("... Welcoming Agreement by Japan and
    the Republic of Korea"; headings parse poorly, so read the words, not the tree)."""
    after = set(ctx.countries(ctx.text[ctx.units[unit][0] + tok.idx + len(tok.text):end]))
    return after if len(after) >= 2 else set()
