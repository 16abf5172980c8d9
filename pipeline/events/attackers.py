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
    if row is None or row.type != "ACCUSE" or not _attack_noun(ctx, obj):
        return []
    doers = [c for c in obj.children if c.dep_ == "poss"
             or c.dep_ in ("amod", "compound") and ctx.countries(c.text)]
    doers += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    owner = set_off_owner(obj)
    return doers + ([owner] if owner is not None else [])


def _attack_noun(ctx: Context, t: Token) -> bool:
    return t.tag_.startswith("NN") and any(r.type in ATTACK_TYPES for r in ctx.lex.lookup(t, "NOUN"))
