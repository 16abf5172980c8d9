"""The status of a trigger verb's clause: whether it tells an event that occurred, one that
is planned or going on, or no event at all (``verb_status``), and whether it is a statement of
the story's day. The grammar of tense and mood is in ``modality``; the rules here read it with
the story's dates and frame: 'dated present', 'there for an occasion', 'a visit told in the
lead' and 'a reported speech act'.
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
    statement_today,
)
from .news import lead_block
from .syntax import aux

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
