"""Rule 'the accused attacker': the accusation of an attack with a doer of its own accuses that
doer only; the one attacked is no party of the accusation (as the corpus codes it)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import Trigger
from .plover import ATTACK_TYPES
from .syntax import set_off_owner

if TYPE_CHECKING:
    from .context import Context


def accused_attackers(ctx: Context, obj: Token, row: Trigger | None) -> list[Token]:
    """Rule 'the accused attacker': the object of an accusation that is an attack with a doer
    of its own (a possessor, a nationality word, a by-phrase: "condemned Russia's invasion of
    Ukraine", "the Iranian rocket attacks against Israeli forces") accuses that doer only; the
    one attacked is no party of the accusation (as the corpus codes it). The doer's tokens, or
    [] when the rule does not apply."""
    if row is None or row.type != "ACCUSE":
        return []
    doers = _doers(ctx, obj) if _attack_noun(ctx, obj) else []
    if not doers and _anaphoric(ctx, obj):
        return _antecedent_doers(ctx, obj)
    return doers


def _doers(ctx: Context, attack: Token) -> list[Token]:
    """An attack noun's own doers: a possessor, a nationality word, a by-phrase, a set-off owner."""
    doers = [c for c in attack.children if c.dep_ == "poss"
             or c.dep_ in ("amod", "compound") and ctx.countries(c.text)]
    doers += [p for c in attack.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    owner = set_off_owner(attack)
    return doers + ([owner] if owner is not None else [])


def _anaphoric(ctx: Context, obj: Token) -> bool:
    """"such escalation", "these acts": a determiner pointing back (``anaphoric_determiners``)
    and no country named in the noun phrase itself."""
    return any(c.dep_ in ("det", "amod", "predet") and c.lower_ in ctx.lex.grammar.anaphoric_determiners
               for c in obj.children) and not ctx.countries(" ".join(t.text for t in obj.subtree))


def _antecedent_doers(ctx: Context, obj: Token) -> list[Token]:
    """Rule 'the accused act named before': an anaphoric accused object ("Japan is deeply
    concerned about the attacks by Iran against Israel ... and strongly condemns such
    escalation") stands for the nearest attack with a doer of its own before it, in its
    sentence or the one before; that doer is accused. [] when there is none."""
    sent = obj.sent
    start = sent.start
    if start > 0:
        start = obj.doc[start - 1].sent.start
    for t in reversed(obj.doc[start:obj.i]):
        if _attack_noun(ctx, t):
            doers = _doers(ctx, t)
            if doers:
                return doers
    return []


def _attack_noun(ctx: Context, t: Token) -> bool:
    return t.tag_.startswith("NN") and any(r.type in ATTACK_TYPES for r in ctx.lex.lookup(t, "NOUN"))
