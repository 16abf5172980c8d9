"""Placing: where an event happened.

In order (``place_of``): a visit's object ("visited Seoul"); the object of an ``in``/``at``/
``inside`` phrase of the clause, not one inside a topic argument ("views on the situation in Ukraine"),
with a place inside the phrase counting ("at a resort on Singapore's Sentosa island", "in the
port city of Busan", "the Wonsan area"); for a launch (a row that ``requires: weapon``) its
site (``from``), else its target area (``into`` a sea); for an attack, its object ("shelled
the city of Kharkiv", "struck targets in Gaza"); else a non-country place in the
occasion ("During the reception of the Pyeongchang ... Ceremony"). ``in X in 2018 and in Y in
2019`` gives each date its place (``places_per_date``). A chronology item's place rules are in
``chronology``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .offices import titles
from .syntax import clause_tokens, in_topic, locative_tokens, np_tokens, runs

if TYPE_CHECKING:
    from .context import Context


def _not_a_country(place) -> bool:
    return getattr(place, "kind", "") != "country"


def place_cands(ctx: Context, heads: list[Token], preps: tuple[str, ...] = ("in", "at")) -> list[Token]:
    """Objects of the clause's locative prepositions, not those inside a topic argument
    ("exchanged views on ... the situation in Ukraine", "talks about security in Asia")."""
    topic = ctx.lex.topic_preps["default"]
    cands = []
    for h in heads:
        for t in clause_tokens(h):
            if (t.dep_ == "prep" or t.dep_ == "conj" and t.pos_ == "ADP") and t.lower_ in preps \
                    and not in_topic(t, h, topic) and not _post(t):  # "in X in June and in Y in May": the conjoined "in"
                cands.extend(p for p in t.children if p.dep_ == "pobj")
    return cands


def _post(prep: Token) -> bool:
    """Rule 'a post is no venue': "at" after a title ("the American Consul at Brazzaville ...
    presented his credentials") says where the envoy serves, not where the act took place."""
    return prep.lower_ == "at" and prep.head.lower_ in titles()


def _token_place(ctx: Context, offset: int, t: Token):
    return ctx.place_in(offset + t.idx, offset + t.idx + len(t.text))


def _place_among(ctx: Context, offset: int, cands: list[Token]):
    """A place the candidates name, else one inside their phrases."""
    for p in cands:
        place = _token_place(ctx, offset, p)
        if place is not None:
            return place
    for p in cands:  # "at a resort on Singapore's Sentosa island": a place inside the phrase
        for t in locative_tokens(p, ctx.lex.grammar):
            place = _token_place(ctx, offset, t)
            if place is not None:
                return place
    return None


def _occasion_place(ctx: Context, offset: int, heads: list[Token]):
    """The occasion: "During the reception of the Pyeongchang ... Ceremony" (not a country)."""
    for h in heads:
        for t in clause_tokens(h):
            if t.dep_ != "prep" or t.lower_ != "during":
                continue
            for p in (c for c in t.children if c.dep_ == "pobj"):
                for s, e in runs(np_tokens(p, ctx.lex.grammar), offset):
                    place = ctx.place_in(s, e, _not_a_country)
                    if place is not None:
                        return place
    return None


def place_of(ctx: Context, unit: int, heads: list[Token], visit_object: Token | None, launch: bool = False,
             attack: bool = False):
    """Rule 'places' (see the module docstring): the place of the clause of heads, or None."""
    offset = ctx.units[unit][0]
    groups = [place_cands(ctx, heads, ("in", "at", "inside"))]
    if attack:  # "shelled the city of Kharkiv", "struck targets in Gaza": what force is used on
        groups.append([c for h in heads for c in h.children if c.dep_ == "dobj"])
    if visit_object is not None:
        groups[0].insert(0, visit_object)
    if launch:  # a launch's place is its site ("from the X area"), else its target area ("into the sea")
        groups += [place_cands(ctx, heads, ("from",)), place_cands(ctx, heads, ("into",))]
    for cands in groups:
        place = _place_among(ctx, offset, cands)
        if place is not None:
            return place
    return _occasion_place(ctx, offset, heads)


def places_per_date(ctx: Context, unit: int, heads: list[Token], dates: list, place) -> list:
    """Rule 'each date its place': "met in X in June 2018 and in Y in February 2019": each date
    takes the place said between it and the previous date (else the clause's place)."""
    places = [place] * len(dates)
    if len(dates) < 2:
        return places
    offset = ctx.units[unit][0]
    located = []
    for p in place_cands(ctx, heads):
        rec = _token_place(ctx, offset, p)
        if rec is not None:
            located.append((offset + p.idx, rec))
    prev = -1
    for i, d in enumerate(dates):
        here = [rec for c, rec in located if prev < c < d.start_char]
        if here:
            places[i] = here[-1]
        prev = d.end_char
    return places
