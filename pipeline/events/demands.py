"""Rule 'a demand told by a modal': what a speaker says another party should or must do is a
request of the speaker to that party ("The Secretary made clear that Russia should release
American citizens Paul Whelan and Trevor Reed"; "the Prime Minister and the President agreed
that Hamas must now accept the terms of the deal"), dated as the speech. What the speakers say
they themselves should do is no demand ("agreed that we should seek a similar partnership":
an agreement, told by its own verb).

The speech verb is one of ``demand_speech_verbs`` whose that-clause has an obligation modal
(``obligation_modals``) and a subject of known country that is none of the speaker's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..structure import Block
from .actors import np_parties
from .clauses import Hit, emit
from .lexicon import Trigger
from .records import Candidate, Parties
from .status import verb_status
from .syntax import is_verb, subject_tokens

if TYPE_CHECKING:
    from .context import Context

DEMAND = "REQUEST"


def demanded_clause(ctx: Context, modal: Token) -> tuple[Token, Token] | None:
    """(speech verb, subject of the demanded clause) when ``modal`` ("should", "must") marks the
    that-clause of a speech verb; else None."""
    g = ctx.lex.grammar
    if modal.tag_ != "MD" or modal.lower_ not in g.obligation_modals or modal.dep_ != "aux":
        return None
    clause = modal.head
    speech = clause.head
    if clause.dep_ != "ccomp" or not is_verb(speech) or speech.lemma_.lower() not in g.demand_speech_verbs:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None else (speech, subject)


def demand_events(ctx: Context, unit: int, block: Block, item: dict | None) -> None:
    """Candidates of every demand told by a modal in one parsed unit (see the module docstring)."""
    offset, sdoc = ctx.units[unit]
    for tok in sdoc:
        found = demanded_clause(ctx, tok) if tok.tag_ == "MD" else None
        if found is None or ctx.in_dateline(offset + tok.idx):
            continue
        speech, subject = found
        addressed = np_parties(ctx, unit, subject, "target", item, offset + speech.idx)
        speaking = speakers(ctx, unit, speech, item)
        if not addressed.actors() or not speaking.source or addressed.actors() & speaking.source:
            continue
        today, status = verb_status(ctx, unit, speech, DEMAND)
        if status is None:
            continue
        for c in emit_speech_act(ctx, unit, block, item, speech, DEMAND, today, status):
            # the speakers ask the addressee, no one else named in the clause
            c.parties.source, c.parties.target, c.parties.other = set(speaking.source), set(addressed.actors()), set()
            c.parties.people = speaking.people | addressed.people  # not "release ... Paul Whelan"


def emit_speech_act(ctx: Context, unit: int, block: Block, item: dict | None, speech: Token, etype: str,
                    today: bool, status: str) -> list[Candidate]:
    """The candidates of the act (``etype``) a speech verb tells, for the caller to give their
    parties; the speech verb's own agreement gives way to it: what the speakers agree another
    party must do, or did wrong, is their demand or accusation, not an agreement of theirs
    ("agreed that Hamas must now accept the terms"): no AGREE of the same verb."""
    before = len(ctx.cands)
    row = Trigger(lemma=speech.lemma_.lower(), pos="VERB", type=etype)
    emit(ctx, Hit(unit, block, row, etype, None, speech, speech, None, item, today=today, status=status))
    added = ctx.cands[before:]
    at = ctx.units[unit][0] + speech.idx
    ctx.cands[:] = [c for c in ctx.cands if not (c.type == "AGREE" and c.order == at)]
    return added


def speakers(ctx: Context, unit: int, speech: Token, item: dict | None) -> Parties:
    """The parties of the speech verb's subject ("The Secretary", "the Prime Minister and the
    President")."""
    at_char = ctx.units[unit][0] + speech.idx
    out = Parties()
    for tok, role in subject_tokens(speech, support_verbs=ctx.lex.support_verbs):
        if role == "source":
            out.update(np_parties(ctx, unit, tok, "source", item, at_char))
    return out
