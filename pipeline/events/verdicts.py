"""Rule 'an act called unacceptable': what a speaker says is unacceptable is an accusation of
the speaker against whoever did it ("Japan also emphasizes that a military takeover of power is
not acceptable"; "agreed that Russia's invasion was unacceptable"), dated as the speech.

The speech verb is one of ``demand_speech_verbs`` whose that-clause is a copula with a
condemning adjective (``condemning_adjectives``: "unacceptable", "deplorable" ...) or "not"
with an approving one (``approving_adjectives``: "acceptable", "justified" ...). The accused are
the countries the clause's subject names, with the accused-attacker rule (``attackers``:
"Russia's invasion of Ukraine" accuses Russia); when it names none, the frame and story rules find them.
The speech verb's own agreement ("agreed that ...") gives way to the accusation.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..structure import Block
from .actors import accused_parties
from .demands import emit_speech_act, speakers
from .modality import statement_today
from .records import Parties
from .speaker import first_person
from .status import verb_status
from .syntax import is_verb

if TYPE_CHECKING:
    from .context import Context

ACCUSATION = "ACCUSE"


def condemned_clause(ctx: Context, adj: Token) -> tuple[Token, Token] | None:
    """(speech verb, subject of the clause) when ``adj`` calls the subject of a that-clause of
    a speech verb unacceptable; else None."""
    g = ctx.lex.grammar
    clause = _predicate_clause(adj)
    if clause is None:
        return None
    low = adj.lower_
    negated = any(c.dep_ == "neg" for c in (*adj.children, *clause.children))
    if not (low in g.condemning_adjectives and not negated or low in g.approving_adjectives and negated):
        return None
    that = _extraposed(clause, adj)
    if that is not None:  # "It is unacceptable that X has ...": the copula is the speech
        speech, clause = clause, that
    else:
        speech = clause.head
        if clause.dep_ != "ccomp" or not is_verb(speech) or speech.lemma_.lower() not in g.demand_speech_verbs:
            return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None or subject.pos_ == "PRON" else (speech, subject)


def _extraposed(copula: Token, adj: Token) -> Token | None:
    """Rule 'an act called unacceptable in one's own voice': "It is utterly unacceptable that
    the regime has recognised ...": a present main-clause copula whose subject is "it" and
    whose that-clause (on the copula or its adjective) is the act; the text's own voice (whom "we" speaks for there) says it.
    The that-clause, or None."""
    if copula.dep_ != "ROOT" or copula.tag_ not in ("VBZ", "VBP") \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in (*copula.children, *adj.children) if c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _predicate_clause(adj: Token) -> Token | None:
    """The clause whose predicate adj is: the copula of "was unacceptable", or the passive
    participle itself ("was not justified")."""
    if adj.dep_ == "acomp" and adj.head.lemma_ == "be":
        return adj.head
    if adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):
        return adj
    return None


def verdict_events(ctx: Context, unit: int, block: Block, item: dict | None) -> None:
    """Candidates of every act called unacceptable in one parsed unit (module docstring)."""
    offset, sdoc = ctx.units[unit]
    for tok in sdoc:
        found = condemned_clause(ctx, tok) if tok.pos_ == "ADJ" or tok.tag_ == "VBN" else None
        if found is None or ctx.in_dateline(offset + tok.idx):
            continue
        speech, subject = found
        accused = accused_parties(ctx, unit, subject, item, offset + speech.idx)
        speaking = speakers(ctx, unit, speech, item) if speech.lemma_ != "be" \
            else Parties(source=set(first_person(ctx, offset + speech.idx)))
        if not (speaking.source or speaking.unknown) or accused.actors() & speaking.source:
            continue
        today, status = _speech_status(ctx, unit, speech)
        if status is None:
            continue
        for c in emit_speech_act(ctx, unit, block, item, speech, ACCUSATION, today, status):
            # the speakers accuse the doer, no one else the clause names; speakers of unknown
            # country stay so: the office-holder rule comes later
            c.parties = speaking.copy()
            c.parties.target, c.parties.other = set(accused.actors()), set()
            c.parties.people |= accused.people


def _speech_status(ctx: Context, unit: int, speech: Token) -> tuple[bool, str | None]:
    """The speech's (statement of the day, status); a present speech verb that calls an act
    unacceptable is a statement of the day, whatever the verb ("Japan emphasizes that ...")."""
    if speech.lemma_ == "be":  # rule 'an act called unacceptable in one's own voice'
        return (True, "occurred") if ctx.day_at(ctx.units[unit][0] + speech.idx) is not None else (False, None)
    today, status = verb_status(ctx, unit, speech, ACCUSATION)
    if status is None and ctx.day_at(ctx.units[unit][0] + speech.idx) is not None \
            and statement_today(speech, False, ctx.lex.grammar, nouns=True):
        return True, "occurred"
    return today, status
