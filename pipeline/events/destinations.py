"""Where an act goes, by the rules of one kind of event: where a journey goes, where troops are
sent or leave, where aid goes, where a weapon lands. Each returns or adds the other side's
tokens or countries; ``actors`` reads them as targets."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import Grammar, Trigger
from .records import Parties
from .syntax import is_verb

if TYPE_CHECKING:
    from .context import Context


def destinations(v: Token, row: Trigger | None) -> list[Token]:
    """Rule 'where a journey goes': the object of a travel verb's own preposition is the host
    ("leaves Wednesday for South Korea and China", "departed for Tokyo")."""
    if row is None or row.mode != "visit" or not row.with_:
        return []
    return [p for c in v.children if c.dep_ == "prep" and c.lower_ in row.with_
            for p in c.children if p.dep_ == "pobj"]


def troop_movement(v: Token, row: Trigger | None, g: Grammar) -> list[Token]:
    """Rule 'where troops go': the country troops are sent to ("sent troops into Somalia",
    ``deployment_preps``) or leave ("began withdrawing from Somalia", "pulling its forces out of
    Somalia", ``withdrawal_preps``) is the other side; of a noun too ("the pullout of its troops
    from Somalia")."""
    if row is None or row.mode not in ("troops", "withdraw"):
        return []
    preps = g.deployment_preps if row.mode == "troops" else g.withdrawal_preps
    out = []
    for c in v.children:
        if c.dep_ not in ("prep", "prt", "advmod") or c.lower_ not in preps:
            continue
        for p in c.children:  # "out of Somalia": the object hangs on "of"
            out.extend([p] if p.dep_ == "pobj" else [x for x in p.children if x.dep_ == "pobj"] if p.dep_ == "prep" else [])
    return out


def type_parties(ctx: Context, row: Trigger, heads: list[Token], parties: Parties) -> None:
    """Parties read by the rules of one kind of event: where a weapon lands, where aid goes."""
    if row.requires == "weapon":
        _landing_targets(ctx, heads, parties)
    if row.type == "AID" and not parties.target:
        _aid_recipients(ctx, heads, parties)


def _aid_recipients(ctx: Context, heads: list[Token], parties: Parties) -> None:
    """Rule 'where aid goes': aid with no recipient of its own goes to the country of a phrase
    opened by a ``grammar.aid_preps`` word on its verb or noun ("decided to extend Emergency
    Grant Aid ... in response to the Ebola outbreak in the Democratic Republic of the Congo");
    where the parser lost that phrase, the one other country named after the aid in its sentence."""
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ctx.lex.grammar.aid_preps):
            phrase = prep.doc[prep.i + 1 : prep.right_edge.i + 1].text
            parties.target |= set(ctx.countries(phrase)) - parties.source
    if not parties.target:  # the parser lost the phrase: the one other country named after the aid
        last = max(heads, key=lambda t: t.i)
        rest = set(ctx.countries(last.doc[last.i + 1 : last.sent.end].text)) - parties.source
        parties.target |= rest if len(rest) == 1 else set()


def _landing_targets(ctx: Context, heads: list[Token], parties: Parties) -> None:
    """Rule 'where a weapon lands': the country whose waters or land a launched missile falls in
    is its target ("launches of ballistic missiles that landed in Japan's exclusive economic
    zone", "fell into Japan's waters"): a ``grammar.landing_verbs`` verb with in/into/near."""
    verbs = [t for h in heads for t in h.subtree if t.lemma_.lower() in ctx.lex.grammar.landing_verbs and is_verb(t)]
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "near", "inside")):
            for p in (c for c in prep.children if c.dep_ == "pobj"):
                phrase = p.doc[p.left_edge.i : p.right_edge.i + 1].text
                parties.target |= set(ctx.countries(phrase)) - parties.source
