"""What an act is about, where one day holds several acts of one type between the same
countries that are told apart (``Candidate.act``, part of the row's identity and of the rule
'one event told twice' in ``merge``): a diplomatic mission opened, raised or closed; a state or
government recognised; diplomatic relations established; an accord signed (a document, told
apart from what leaders agree in words on the same day); or none of these.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import Trigger
from .matching import clause_words
from .plover import MISSION_CLASSES

if TYPE_CHECKING:
    from .context import Context


def act_of(ctx: Context, row: Trigger, etype: str, v: Token | None, n: Token | None) -> str | None:
    """What the act is about where a history page tells acts of one day apart: a diplomatic
    mission ("The American Legation in La Paz opened"), a recognition (``recognition_triggers``:
    "recognized Belarus's independence"), ties founded (``founding_triggers`` with
    ``relations_words``: "established diplomatic relations"), an accord signed, or none of these."""
    g = ctx.lex.grammar
    if row.requires in MISSION_CLASSES:
        words = clause_words(v, n)
        own = _own_words(v, n)
        if row.lemma in g.founding_triggers and own & g.relations_words and not own & ctx.lex.classes["embassy"]:
            return "relations"  # "Diplomatic relations were established ..., when the consulate was raised"
        if words & ctx.lex.classes["embassy"]:
            return "mission"
        if row.lemma in g.founding_triggers and words & g.relations_words:
            return "relations"
    if row.lemma in g.recognition_triggers:
        return "recognition"
    return "accord" if etype == "AGREE" and _signs_accord(ctx, row, v, n) else None


def _own_words(v: Token | None, n: Token | None) -> set[str]:
    """Lower-case words of the verb's own subjects and objects and of the event noun's phrase
    (not of clauses hung on them)."""
    heads = [c for c in (v.children if v is not None else ()) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    heads += [n] if n is not None else []
    return {t.lower_ for h in heads for t in h.subtree if t.dep_ not in ("relcl", "acl", "advcl")}


def _signs_accord(ctx: Context, row: Trigger, v: Token | None, n: Token | None) -> bool:
    """Rule 'an accord signed': an agreement whose trigger is an accord word or needs one
    ("signed a partnership", "witnessed the signing of nine agreements", "the treaty"): a
    document, told apart from what leaders agree in words on the same day ("The leaders agreed
    that ..." and "the leaders witnessed the signing of the first security partnership")."""
    if row.requires == "accord" or row.lemma in ctx.lex.classes["accord"]:
        return True
    return any(cls == "accord" for cls, _type in row.cue_type) and bool(clause_words(v, n) & ctx.lex.classes["accord"])
