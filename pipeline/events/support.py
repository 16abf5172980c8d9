"""Nouns made to happen: the verb that makes an event noun an event that took place (rule
'nouns made to happen', see ``clauses``).

* a support verb with the noun as object ("held talks", "lodged a protest") or passive
  subject, an occurrence verb with it as subject ("the talks took place", "talks get underway
  in Geneva"), the support verb of the first of coordinated nouns;
* a stance verb for a stance noun ("reiterated the UK's support": ``grammar.stance_verbs``);
* the time-unit misparse ("held a phone call hours after", parsed "call hours");
* the occasion of a realis clause ("In a video call on Monday, X and Y agreed");
* the verb of a relative clause on the noun ("the drills that ... launched", "talks that X
  also had this weekend");
* a light noun's verb ("announced the beginning of a normalization process");
* an amount given ("provided $10 million in assistance").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import lemma_in
from .matching import row_applies
from .plover import ATTITUDES
from .syntax import into_effect, is_verb

if TYPE_CHECKING:
    from .context import Context

OCCASION_PREPS = ("in", "during", "at")  # "In a phone call, X and Y agreed": the call is the occasion


def noun_is_the_event(ctx: Context, v: Token) -> bool:
    """"offered an apology", "launched an attack": a support verb's object noun is the event;
    so is a stance noun after a stance verb ("pledged its support": SUPPORT, no AGREE)."""
    stance = lemma_in(v, ctx.lex.grammar.stance_verbs)
    if not stance and not lemma_in(v, ctx.lex.support_verbs):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.tag_.startswith("NN")
               and any(row_applies(ctx.lex, r, c, v, c) and (not stance or r.type in ATTITUDES)
                       for r in ctx.lex.lookup(c, "NOUN"))
               for c in v.children)

def _governing_support(ctx: Context, n: Token) -> Token | None:
    """A support verb with the noun as object ("held talks"), an occurrence verb with it as
    subject ("talks took place"), or the support verb of the first of coordinated nouns."""
    lex, h = ctx.lex, n.head
    if n.dep_ in ("dobj", "nsubjpass", "attr") and lemma_in(h, lex.support_verbs) and is_verb(h):
        return h
    if n.dep_ == "nsubj" and is_verb(h) and _occurs(h, lex):
        return h  # "the talks took place", "talks get underway in Geneva"
    if n.dep_ == "conj":  # "held talks and consultations"
        first = n
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first.dep_ in ("dobj", "nsubjpass") and lemma_in(first.head, lex.support_verbs):
            return first.head
    return None


def _occurs(h: Token, lex) -> bool:
    """An occurrence verb ("took place", "opened", "get underway", "got under way"); "take" only with "place"
    (not "... German occupation of Denmark, Iceland took control")."""
    if into_effect(h, lex.grammar):
        return True
    if h.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in h.children):
        return False
    return lemma_in(h, lex.occurrence_verbs) or any(
        c.dep_ in ("advmod", "acomp") and c.lower_ in lex.occurrence_verbs for c in h.children) or any(
        c.dep_ == "prep" and c.lower_ == "under" and any(w.lower_ == "way" for w in c.children) for c in h.children)


def _time_unit_support(ctx: Context, n: Token) -> Token | None:
    """"held a phone call hours after the launch", parsed as "call hours"."""
    unit = n.head
    if n.dep_ == "compound" and unit.lemma_.lower() in ctx.lex.grammar.time_units \
            and unit.dep_ in ("dobj", "nsubjpass") and lemma_in(unit.head, ctx.lex.support_verbs) \
            and is_verb(unit.head):
        return unit.head
    return None


def _occasion_support(n: Token, rows) -> Token | None:
    """"In a video call on Monday, X and Y agreed ...", "confirmed by X and Y at their talks in
    Z": a meeting that is the occasion of a realis clause happened; its parties and time are
    the clause's."""
    if n.dep_ == "pobj" and n.head.lower_ in OCCASION_PREPS and is_verb(n.head.head) \
            and any(r.type == "CONSULT" for r in rows):
        return n.head.head
    return None


def _relative_support(ctx: Context, n: Token) -> Token | None:
    """"the drills that the United States and South Korea launched on Monday": a relative
    clause whose support verb has the noun (its relative pronoun) as object; also when the
    parser read the pronoun as a mark and the object slot holds only a time ("talks that
    Simon McDonald also had this weekend in Saudi Arabia with King Salman")."""
    for c in n.children:
        if c.dep_ == "relcl" and is_verb(c) and lemma_in(c, ctx.lex.support_verbs) and _noun_as_object(c):
            return c
    return None


def _noun_as_object(c: Token) -> bool:
    """The relative clause's object is its pronoun, or the pronoun was read as a mark and the
    object slot holds only a time ("that X also had this weekend")."""
    if any(x.dep_ in ("dobj", "nsubjpass") and x.tag_ in ("WDT", "WP") for x in c.children):
        return True
    return any(x.dep_ == "mark" and x.lower_ in ("that", "which") for x in c.children) and all(
        x.ent_type_ in ("DATE", "TIME") for x in c.children if x.dep_ == "dobj")


def support_verb(ctx: Context, n: Token, rows) -> Token | None:
    """Rule 'nouns made to happen': the verb that makes the event noun happen, or None."""
    return _governing_support(ctx, n) or _stance_support(ctx, n, rows) or _unity_support(ctx, n, rows) \
        or _time_unit_support(ctx, n) or _joined_for(ctx, n) \
        or _occasion_support(n, rows) or _relative_support(ctx, n) or _light_noun_support(ctx, n) \
        or _amount_support(ctx, n) or _name_part_support(ctx, n) or _acting_gathering(ctx, n, rows)


def _acting_gathering(ctx: Context, n: Token, rows) -> Token | None:
    """Rule 'a meeting that acts': a meeting noun as the subject of a trigger verb ("Cambodian and
    Thai foreign ministers meeting in Phnom Penh agreed Monday to negotiate", parsed with
    "meeting" a noun; "The summit adopted a declaration") took place: the verb in the simple
    past, no copula and no meeting verb of its own (that verb tells the meeting); its clause
    dates it."""
    h = n.head
    if n.dep_ != "nsubj" or not is_verb(h) or h.tag_ != "VBD" or h.lemma_ == "be" \
            or not any(r.type == "CONSULT" for r in rows):
        return None
    verb_rows = ctx.lex.lookup(h, "VERB")
    return h if verb_rows and not any(r.type == "CONSULT" for r in verb_rows) else None


def _joined_for(ctx: Context, n: Token) -> Token | None:
    """Rule 'joined for the meeting': an event noun after "for" on a verb of joining others
    (``joining_verbs``: "Secretary Pompeo joined the five foreign ministers of Kazakhstan, ... for
    a minister-level meeting of the C5+1") is made to happen by that verb, with the ones joined."""
    if n.dep_ != "pobj" or n.head.lower_ != "for":
        return None
    h = next((a for a in n.head.ancestors if is_verb(a)), None)  # the parser may hang "for" on a place
    if h is None or not lemma_in(h, ctx.lex.grammar.joining_verbs):
        return None
    return h if any(c.dep_ == "dobj" for c in h.children) else None


def _name_part_support(ctx: Context, n: Token) -> Token | None:
    """"will hold the 2nd High-Level Dialogue and Cooperation Mechanism (HDCM) Meeting": a
    capitalised trigger noun inside the name a support verb takes as object, or in apposition
    to it, is made to happen by that verb; not when the name's head is itself an event noun
    (``The ASEAN Summit Meeting was held``: the meeting's own rules decide)."""
    h = n.head
    inside = n.dep_ in ("nmod", "compound") and n.i < h.i
    if not (inside or n.dep_ == "appos") or not n.text[:1].isupper() or not h.text[:1].isupper() \
            or ctx.lex.lookup(h, "NOUN"):
        return None
    return _governing_support(ctx, h)


def _unity_support(ctx: Context, n: Token, rows) -> Token | None:
    """Rule 'acting together': a stance noun after "in" on a verb of unity (``unity_verbs``: "They
    were united in condemnation of Russia's invasion", "stood united in their support for") is
    made to happen by that verb; its subject, passive too, takes the stance (``actors``)."""
    if n.dep_ != "pobj" or n.head.lower_ != "in" or not any(r.type in ATTITUDES for r in rows):
        return None
    v = n.head.head  # the verb, or the adjective of "stood united in condemnation"
    verbal = is_verb(v) or v.dep_ == "acomp" and is_verb(v.head)
    return v if verbal and lemma_in(v, ctx.lex.grammar.unity_verbs) else None


def _stance_support(ctx: Context, n: Token, rows) -> Token | None:
    """"reiterated the UK's iron-clad support", "renewed its condemnation": a stance verb
    (``grammar.stance_verbs``) makes a stance noun (support, condemnation ...) happen; not other
    nouns ("emphasized their commitment to deepening the partnership" is no agreement)."""
    h = n.head
    if n.dep_ == "dobj" and is_verb(h) and lemma_in(h, ctx.lex.grammar.stance_verbs) \
            and any(r.type in ATTITUDES for r in rows):
        return h
    return None


def _amount_support(ctx: Context, n: Token) -> Token | None:
    """"provided $1.18 billion in military assistance and $503 million in economic assistance":
    the support verb of the amount the noun is counted in."""
    if n.dep_ != "pobj" or n.head.lower_ != "in":
        return None
    head = n.head.head
    if is_verb(head):  # "provided 5 billion yen in grant aid", the phrase hung on the verb
        amounts = [c for c in head.children if c.dep_ == "dobj" and _amount(c)]
        return head if amounts and lemma_in(head, ctx.lex.support_verbs) else None
    if not _amount(head):
        return None
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return _governing_support(ctx, head)


def _amount(t: Token) -> bool:
    """A number or a sum of money ("$83.7 million", "5 billion yen")."""
    return t.tag_ == "CD" or any(c.tag_ == "$" or c.dep_ == "nummod" for c in t.children)


def _light_noun_support(ctx: Context, n: Token) -> Token | None:
    """"announced the beginning of a normalization process", "announced a range of sanctions":
    the support verb of a light noun (``light_nouns``) or a quantity noun (``quantity_nouns``)
    whose of-phrase names the event noun (directly or as a compound of it)."""
    t = n.head if n.dep_ == "compound" else n
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    light = t.head.head
    g = ctx.lex.grammar
    if light.lemma_.lower() not in g.light_nouns and light.lemma_.lower() not in g.quantity_nouns:
        return None
    return _governing_support(ctx, light)
