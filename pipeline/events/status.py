"""The status of a trigger verb's clause or of a trigger noun: whether it tells an event that
occurred, one that is planned or going on, or no event at all, and whether it is a statement of
the story's day. The grammar of tense and mood is in ``modality``; the rules here read it with
the story's dates and frame.

* a verb (``verb_status``): 'dated present', 'there for an occasion', 'a visit told in the
  lead', 'a reported speech act' and 'aid pledged';
* a noun: made to happen by a support verb (``supported_status``), a state it is in ('in
  talks', ``state_of``), a date of its own ('dated nouns', ``bare_noun_status``) or the clause
  it comes before ('events in sequence', ``sequence_support``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .dating import own_dates
from .modality import (
    is_ongoing,
    is_planned,
    is_realis,
    negated_or_conditional,
    over_recent_years,
    pledged,
    reported_speech_act,
    spoken_today,
    statement_today,
)
from .news import lead_block
from .syntax import aux, is_verb

if TYPE_CHECKING:
    from .context import Context


def present_status(ctx: Context, unit: int, v: Token) -> str | None:
    """Rule 'dated present': in news, a present-tense verb whose own dates all lie after the
    story's day is a plan ("Kerry leaves Wednesday for Seoul", "the summit opens on Monday"),
    and one dated the story's day itself is going on ("talks get underway in Geneva
    Wednesday" in Wednesday's story); None otherwise."""
    if v.tag_ not in ("VBZ", "VBP") or aux(v) or negated_or_conditional(v, ctx.lex.grammar):
        return None
    today = ctx.day_at(ctx.units[unit][0] + v.idx)
    day = today.value_end if today is not None else ctx.published
    dates = own_dates(ctx, unit, [v])
    if day is None or not dates:
        return None
    if all(d.value_start > day for d in dates):
        return "planned"
    return "ongoing" if all(d.value_start == d.value_end == day for d in dates) else None


def _there_for(ctx: Context, v: Token, mode: str | None) -> bool:
    """Rule 'there for an occasion' in news: "are in Managua for the inauguration" (present
    tense, no auxiliary) is a visit going on the story's day."""
    return ctx.news and mode == "visit" and v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP") and not aux(v)


def _lead_visit(ctx: Context, unit: int, v: Token, mode: str | None) -> bool:
    """Rule 'a visit told in the lead': in a news story, a visit a named person makes, told in
    the present tense by the lead's main verb, with no date of its own ("UK Minister for Europe,
    Leo Docherty visits Armenia, Georgia and Azerbaijan to underline ...") is going on the
    story's day; not what a country or a group does ("Poland hosts a U.S. aviation detachment",
    "Each year approximately 80 Mongolians travel to the United States")."""
    if not ctx.news or mode != "visit" or v.dep_ != "ROOT" or v.tag_ not in ("VBZ", "VBP") or aux(v) \
            or negated_or_conditional(v, ctx.lex.grammar) or own_dates(ctx, unit, [v]):
        return False
    if not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in v.children):
        return False
    lead = lead_block(ctx)
    return lead is not None and lead.start_char <= ctx.units[unit][0] + v.idx < lead.end_char


def verb_status(ctx: Context, unit: int, v: Token, etype: str, mode: str | None = None) -> tuple[bool, str | None]:
    """(statement of the day, status) of a verb's clause; status None: no event."""
    g = ctx.lex.grammar
    if over_recent_years(v, g):
        return False, None
    today = ctx.day_at(ctx.units[unit][0] + v.idx) is not None and statement_today(v, etype == "THREATEN", g)
    status = "ongoing" if is_ongoing(v, g) else "occurred"
    if not today and not is_realis(v, g):
        if _lead_visit(ctx, unit, v, mode) or _there_for(ctx, v, mode):
            return False, "ongoing"
        if reported_speech_act(v, g, ctx.lex.reporting_verbs):
            return False, "occurred"
        if etype == "AID" and pledged(v, g, ctx.lex.reporting_verbs):
            return ctx.day_at(ctx.units[unit][0] + v.idx) is not None, "occurred"  # pledged on the day it was said
        present = present_status(ctx, unit, v) if ctx.news else None
        if present:
            return today, present
        if not ctx.news or not is_planned(v, g):
            return today, None
        status = "planned"
    return today, status


# ------------------------------------------------------------------ event nouns
def state_of(ctx: Context, n: Token) -> tuple[Token, str] | None:
    """Rule 'in talks': an event noun after "in" on a copula tells a state its subject is in:
    present, going on that day ("mediators from both sides are in another round of talks in
    Vienna", news only); past, it happened ("Japan and China were in talks on Monday"); never
    with a modal or a negation. (verb, status) or None."""
    g, x = ctx.lex.grammar, n
    if x.head.lower_ == "of" and x.head.head.lemma_.lower() in g.round_nouns:
        x = x.head.head  # "a round of talks"
    copula = x.head.head if x.dep_ == "pobj" and x.head.lower_ == "in" else None
    if copula is None or copula.lemma_ != "be" or negated_or_conditional(copula, g) \
            or any(a.lower_ in g.modals for a in aux(copula)):
        return None
    if copula.tag_ in ("VBZ", "VBP") and ctx.news:
        return copula, "ongoing"
    return (copula, "occurred") if copula.tag_ == "VBD" else None


def supported_status(ctx: Context, unit: int, support: Token, noun: Token, rows) -> tuple[bool, str | None]:
    """(statement of the day, status) of a noun made to happen by support; status None: none."""
    g = ctx.lex.grammar
    if over_recent_years(support, g):
        return False, None
    if is_realis(support, g):
        return False, "ongoing" if is_ongoing(support, g) else "occurred"
    if any(r.type == "AID" for r in rows) and pledged(support, g, ctx.lex.reporting_verbs):
        # "conveyed Japan's intention to provide financial assistance": pledged on the day it was said
        return ctx.day_at(ctx.units[unit][0] + support.idx) is not None, "occurred"
    threat = any(r.type == "THREATEN" for r in rows)
    today = ctx.day_at(ctx.units[unit][0] + support.idx) is not None and (
        statement_today(support, threat, g) or spoken_today(support, noun, g))
    if today:
        return True, "occurred"
    present = present_status(ctx, unit, support) if ctx.news else None
    if present:
        return False, present
    return False, "planned" if ctx.news and is_planned(support, g) else None


def _this_year_only(ctx: Context, dates: list) -> bool:
    """"Our hosting of the 2018 Western Balkans Summit" in a story of March 2018: a noun dated
    only by a year that holds the story's day may be yet to come; no event is told."""
    day = ctx.published
    return day is not None and all(d is not None and d.precision in ("year", "decade", "century")
                                   and d.value_start <= day <= d.value_end for d in dates)


def bare_noun_status(ctx: Context, unit: int, n: Token, own_heads: list[Token]) -> str | None:
    """Rule 'dated nouns': a noun with no support verb is an event with a date of its own; a plan
    modifier makes it a plan (news), other future modifiers or a ranking (news) none."""
    dates = own_dates(ctx, unit, own_heads)
    if not dates or ctx.news and _this_year_only(ctx, dates):
        return None
    g = ctx.lex.grammar
    modifiers = {c.lower_ for c in n.children if c.dep_ in ("amod", "compound")}
    status = "occurred"
    if modifiers & g.future_modifiers:
        if not ctx.news or not modifiers & g.plan_modifiers:
            return None
        status = "planned"
    if ctx.news and any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in g.ranking)
                        for c in n.children):
        return None  # "its first missile test of the year": a description of the event just told
    return status


def _names_own_party(n: Token) -> bool:
    """The noun names who acted or on whom: a possessive noun (not "its"), a nationality or country word before
    it ("a Soviet invasion"), or an of/by/between phrase ("an invasion of Armenia by ...")."""
    for c in n.children:
        if (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "between") and any(g.dep_ == "pobj" for g in c.children):
            return True
    return False


def sequence_support(ctx: Context, unit: int, n: Token, own_heads: list[Token]) -> Token | None:
    """Rule 'events in sequence': "came to power following an invasion of Armenia by the Soviet
    Red Army": an event noun with no date of its own, object of a preposition of sequence
    (``sequence_preps``) on a verb of fact, happened; the verb's clause dates it. The noun must
    name a party of its own ("invaded Cambodia following border clashes" tells no one's act)."""
    verb = n.head.head
    if n.dep_ != "pobj" or n.head.lower_ not in ctx.lex.grammar.sequence_preps or not is_verb(verb):
        return None
    if not _names_own_party(n):
        return None
    if own_dates(ctx, unit, own_heads) or not is_realis(verb, ctx.lex.grammar):
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.lex.grammar.future_modifiers for c in n.children):
        return None
    return verb
