"""Chronology items: ``- (3) March 30-31, 2014: Japan-North Korea Consultations (in Beijing)``.

The item heading's trigger word (the first lexicon word after the date; one that ``requires``
a class only when the heading has a word of it) gives one event with the item's date, its
``(in X)`` place (else the place a bullet's main clause names, else a non-country place named
in the title: ``G20 Osaka Summit``) and the participants named in the heading and in the
bullets below it (subjects, objects and ``with``/``to``/``against``/``on`` arguments of the
bullets' main clauses; not conditional ones). A bullet whose clause is an event of the
heading's type, on the item's date and at its place (a bullet's "in France" is the item's
"(in Dinard)" unless the host country itself takes part), is the same meeting and is merged
into the item event; a bullet with a distinct act (``Japan lodged a strong protest against
North Korea``) is a further event, dated and placed by the item unless the bullet says
otherwise (``clauses``).

Section partners: a chronology entry naming one country (``Meeting with the North Korean
Minister``) is with the counterpart of that country in the other entries of the same section,
when one counterpart dominates there (``thresholds`` in the lexicon: at least 3 entries and
two thirds of them).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .. import gazetteer
from ..structure import Block
from .placing import place_of
from .records import Candidate, Parties, short
from .roles import clause_parties
from .syntax import is_verb, main_clause

if TYPE_CHECKING:
    from .context import Context

_IN_PLACE = re.compile(r"\(\s*(?:in|at)\s+([^()]+?)\s*\)")
_LEADING_PUNCT = re.compile(r"[\s:;,.\-–—]+")


# ------------------------------------------------------------------ the item's heading
def _heading(ctx: Context, item: Block):
    """(date, start of the text after it, that text) of an item heading."""
    dates = ctx.dates_in(item.start_char, item.end_char)
    date_ = dates[0] if dates else None
    rest_start = item.start_char
    if date_ is not None and date_.start_char - item.start_char <= 3:
        rest_start = date_.end_char
        m = _LEADING_PUNCT.match(ctx.text, rest_start, item.end_char)
        if m:
            rest_start = m.end()
    return date_, rest_start, ctx.text[rest_start:item.end_char]


def _in_place(ctx: Context, rest: str, rest_start: int):
    """(place, heading text without it, match) of the heading's "(in X)"."""
    pm = _IN_PLACE.search(rest)
    if not pm:
        return None, rest, None
    place = ctx.place_in(rest_start + pm.start(1), rest_start + pm.end(1))
    if place is None:
        place = gazetteer.resolve_place(pm.group(1))
    return place, rest[: pm.start()] + rest[pm.end():], pm


def _heading_people(ctx: Context, start: int, end: int, countries: set[str]) -> tuple[set[str], bool]:
    """(people named in the heading, whether one's country is unknown); their countries join."""
    people = set()
    unknown = False
    for m in ctx.persons_in(start, end):
        name = ctx.person_name.get(m.entity_id)
        if name:
            people.add(name)
        if m.entity_id in ctx.person_country:
            countries.add(ctx.person_country[m.entity_id])
        else:
            unknown = True
    return people, unknown


def _row_fits(ctx: Context, row, words: set[str]) -> bool:
    return not row.requires or row.requires == "actor_object" or bool(words & ctx.lex.classes[row.requires])


def _heading_trigger(ctx: Context, item: Block, rest: str, rest_start: int, pm):
    """(row, token) of the first lexicon word after the date (before any "(in X)"), or None."""
    unit = ctx.unit_of(item.start_char)
    if unit is None:
        return None
    offset, sdoc = ctx.units[unit]
    words = set(re.findall(r"[a-z]+", rest.lower()))
    for t in sdoc:
        if offset + t.idx < rest_start or t.is_punct:
            continue
        if pm and offset + t.idx >= rest_start + pm.start():
            break
        row = next((r for r in ctx.lex.lookup(t) if _row_fits(ctx, r, words)), None)
        if row is not None:
            return row, t
    return None


def _bullet_clauses(ctx: Context, bullets: list[Block]):
    """(unit, verb) of the bullets' main clauses (not conditional ones)."""
    hypothetical = ctx.lex.grammar.hypothetical_marks
    for b in bullets:
        for u in ctx.units_of_block(b):
            for t in ctx.units[u][1]:
                if not is_verb(t) or t.dep_ not in ("ROOT", "conj", "advcl"):
                    continue
                if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in hypothetical for c in t.children):
                    continue
                if t.dep_ == "conj" and not main_clause(t):
                    continue
                yield u, t


def _bullet_participants(ctx: Context, info: dict, bullets: list[Block]) -> None:
    """Participants named in the bullets: arguments of their clauses; with no "(in X)", where a
    bullet says it happened ("at the UN headquarters")."""
    for u, t in _bullet_clauses(ctx, bullets):
        p = clause_parties(ctx, u, t, None, None, None)
        info["countries"] |= p.actors()
        info["people"] |= p.people
        info["people_unknown"] |= p.people_unknown
        if info["place"] is None and t.dep_ == "ROOT":
            info["place"] = place_of(ctx, u, [t], None)


def item_context(ctx: Context, item: Block, bullets: list[Block]) -> dict:
    """What an item says: its date, place, heading trigger and participants (see the module
    docstring)."""
    date_, rest_start, rest = _heading(ctx, item)
    place, participants_text, pm = _in_place(ctx, rest, rest_start)
    countries = set(ctx.countries(participants_text))
    people, unknown = _heading_people(ctx, rest_start, item.end_char, countries)
    info = {"block": item, "date": date_, "place": place, "rest": rest.strip(), "rest_start": rest_start,
            "trigger": _heading_trigger(ctx, item, rest, rest_start, pm), "countries": set(countries),
            "people": set(people), "actors": set(countries), "people_unknown": unknown}
    _bullet_participants(ctx, info, bullets)
    if info["place"] is None:  # "G20 Osaka Summit": a place (not a country) inside the event's name
        info["place"] = ctx.place_in(rest_start, item.end_char, lambda rec: getattr(rec, "kind", "") != "country")
    info["actors"] = set(info["countries"])
    return info


# ------------------------------------------------------------------ the item's event
def _same_meeting(c: Candidate, info: dict, etype: str) -> bool:
    """A bullet candidate that is the item's own event: same type, the item's date (or none of
    its own) and place (a bullet's "in France" is the item's "(in Dinard)"; but a bullet in
    which the host country itself takes part, such as a visit to it, is another event)."""
    item_date, item_place = info["date"], info["place"]
    same_date = not c.own_date or (item_date is not None and c.date is not None and
                                   (c.date.value_start, c.date.value_end) ==
                                   (item_date.value_start, item_date.value_end))
    host = getattr(item_place, "country_iso3", None)
    same_place = not c.own_place or item_place is None or \
        getattr(c.place, "place_id", None) == getattr(item_place, "place_id", None) or \
        getattr(c.place, "kind", "") == "country" and getattr(c.place, "place_id", None) == host \
        and host not in c.parties.actors() - set(info["countries"])
    return c.type == etype and same_date and same_place


def item_event(ctx: Context, info: dict, bullet_cands: list[Candidate]) -> Candidate | None:
    """The item heading's event, with the bullets that tell the same meeting merged into it."""
    if info["trigger"] is None:
        return None
    row, tok = info["trigger"]
    item: Block = info["block"]
    parties = Parties(source=set(info["countries"]), people=set(info["people"]),
                      people_unknown=info["people_unknown"])
    mode = row.mode
    # bullet_cands is the tail of ctx.cands, and no earlier candidate equals one of them (they
    # belong to other blocks): look for each from there, not from the start of the document
    tail = len(ctx.cands) - len(bullet_cands)
    for c in list(bullet_cands):
        if _same_meeting(c, info, row.type):
            parties.source |= c.parties.actors()
            parties.people |= c.parties.people
            mode = mode or c.mode
            del ctx.cands[ctx.cands.index(c, tail)]
    return Candidate(type=row.type, mode=mode, trigger=tok.text, start_char=item.start_char,
                     end_char=item.end_char, summary=short(info["rest"]), date=info["date"],
                     place=info["place"], parties=parties, block=item.index,
                     order=item.start_char, own_date=True, own_place=info["place"] is not None,
                     from_item=True)


def _section_partner(ctx: Context, ev: Candidate, events: list[Candidate]) -> str | None:
    country = next(iter(ev.parties.actors()))
    partners: Counter = Counter()
    with_country = 0
    for other in events:
        oa = other.parties.actors()
        if other is ev or country not in oa:
            continue
        with_country += 1
        partners.update(oa - {country})
    if not partners:
        return None
    partner, count = partners.most_common(1)[0]
    limits = ctx.lex.thresholds
    num, den = limits.section_partner_share
    return partner if with_country >= limits.section_partner_min_entries and count * den >= with_country * num \
        else None


def section_partners(ctx: Context, item_events: list[tuple[Block, Candidate]]) -> None:
    """Rule 'section partners' (see the module docstring)."""
    by_section: dict[int | None, list[Candidate]] = defaultdict(list)
    for block, ev in item_events:
        by_section[block.parent].append(ev)
    for events in by_section.values():
        for ev in events:
            if ev.type != "CONSULT" or len(ev.parties.actors()) != 1:
                continue
            partner = _section_partner(ctx, ev, events)
            if partner is not None:
                ev.parties.source.add(partner)
