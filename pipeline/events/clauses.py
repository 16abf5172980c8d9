"""Prose events: every trigger verb or trigger noun of a clause that the rules let through
becomes a candidate event, its arguments read from the dependency parse.

* **Verbs** (``met``, ``urged``, ``launched`` ...): a realis clause (``modality``), or, in news,
  a plan stated as such or a statement of the day. A support verb whose object is itself an
  applicable event noun ("offered an apology") leaves the event to the noun; in news, a verb
  coordinated under one of the same type ("met ... and discussed ...") is the same meeting.
* **Nouns** made to happen (``support_verb``): by a support verb (``held talks``, ``lodged a
  protest``, ``conducted four launches``), by an occurrence verb (``talks took place``), as
  the occasion of a realis clause (``In a phone call, X and Y agreed``: a CONSULT with the
  clause's parties and date), or by the verb of a relative clause on them ("the drills that
  ... launched"). A noun with none must carry its own date (``the Summit Meeting in May
  2004``); a plan modifier makes it a plan in news ("the upcoming January visit"), other
  future modifiers ("the proposed visit") and, in news, a ranking ("its first missile test of
  the year": a description of the event just told) no event; "no talks" is none; an event noun
  in the of-phrase of an event noun of its type is that one ("the signing of a treaty").
* **Emitting** a candidate: its parties (``actors``; a joint drill of two or more sources is
  COOPERATE; a host row swaps the roles; a bullet person of unknown country acting alone is the
  item's other party), its dates (``dating``, one candidate per date) and places (``placing``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.lexicon import load_common_words
from ..structure import Block
from .acts import act_of
from .dating import event_dates, own_dates
from .lexicon import Trigger, lemma_in
from .matching import row_applies, row_type, verb_types
from .modality import describes_process, over_years
from .placing import place_of, places_per_date
from .plover import (
    ATTACK_TYPES,
    BILATERAL_CLASSES,
    BILATERAL_MODES,
    CONFRONTATION_TYPES,
    CONTENT_TYPES,
    DIRECTED_TYPES,
    DYADIC_TYPES,
)
from .records import Candidate, Parties, short
from .roles import clause_parties
from .status import bare_noun_status, sequence_support, state_of, supported_status, verb_status
from .support import OCCASION_PREPS, noun_is_the_event, support_verb
from .syntax import (
    aux,
    clause_text,
    clause_tokens,
    content_lemmas,
    has_det,
    has_own_subject,
    head,
    is_verb,
    trigger_text,
)

if TYPE_CHECKING:
    from .context import Context

@dataclass
class Hit:
    """A trigger that passed its rules: what ``emit`` turns into candidates."""

    unit: int
    block: Block
    row: Trigger
    etype: str
    mode: str | None
    tok: Token  # the trigger token
    v: Token | None  # the clause's verb (the trigger verb or the noun's support verb)
    n: Token | None  # the event noun
    item: dict | None  # the chronology item of a bullet
    visit_object: Token | None = None
    own_heads: list[Token] | None = None  # where a bare noun's own dates hang
    today: bool = False
    status: str = "occurred"


def clause_events(ctx: Context, unit: int, block: Block, item: dict | None) -> None:
    """Candidates from every trigger verb and noun of one parsed unit."""
    offset, sdoc = ctx.units[unit]
    for tok in sdoc:
        if tok.is_punct or tok.is_space or ctx.in_dateline(offset + tok.idx):
            continue
        if tok.tag_.startswith("VB") and not _gerund_subject(tok):
            rows = ctx.lex.lookup(tok, "VERB")
            if rows:
                verb_event(ctx, unit, block, tok, rows, item)
        elif tok.tag_.startswith("NN") or _gerund_subject(tok):
            rows = ctx.lex.lookup(tok, "NOUN")
            if rows:
                noun_event(ctx, unit, block, tok, rows, item)


def _gerund_subject(tok: Token) -> bool:
    """"Fighting between Russia and Georgia erupted on August 7": a gerund with no subject of
    its own that is a clause's subject reads as the noun (the tagger calls it a verb)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children)


# ------------------------------------------------------------------ verbs
def _decision_of_an_act(ctx: Context, v: Token) -> bool:
    """"The Government of Japan decided to extend Emergency Grant Aid": a decision verb
    (``decision_verbs``) whose infinitive is a one-sided act (not a meeting, an agreement or
    joint work: "both sides decided to continue consultations" is their agreement) tells that
    act, no agreement."""
    if not lemma_in(v, ctx.lex.grammar.decision_verbs):
        return False
    for c in (c for c in v.children if c.dep_ == "xcomp"):
        nouns = [o for o in c.children if o.dep_ == "dobj"] if lemma_in(c, ctx.lex.support_verbs) else []
        types = {r.type for t in nouns for r in ctx.lex.lookup(t, "NOUN")} or \
            {r.type for r in ctx.lex.lookup(c, "VERB")}
        if types and not types & DYADIC_TYPES:
            return True
    return False


def verb_event(ctx: Context, unit: int, block: Block, v: Token, rows, item) -> None:
    """Rule 'trigger verbs' (see the module docstring)."""
    if noun_is_the_event(ctx, v) or _decision_of_an_act(ctx, v) \
            or describes_process(v, ctx.lex.grammar):
        return
    row = next((r for r in rows if row_applies(ctx.lex, r, v, v, None)), None)
    if row is None:
        return
    etype, mode = row_type(ctx.lex, row, v, v)
    if _described_not_done(v, etype, ctx.lex.grammar) or _visit_to_a_gathering(ctx, row, v) or _carried(row, v) \
            or _alleged(ctx, v):
        return
    today, status = verb_status(ctx, unit, v, etype, mode)
    if status is None or _told_by_first_verb(ctx, unit, v, etype) or _ranked_description(ctx, v):
        return
    emit(ctx, Hit(unit, block, row, etype, mode, v, v, None, item, _visit_object(row, v), today=today, status=status))


def _alleged(ctx: Context, v: Token) -> bool:
    """Rule 'an act alleged': a gerund after "of" or "for" on an accusing verb is what the
    accuser says, not an event the text tells ("accused Ukraine of attacking a power plant",
    "blamed the rebels for violating the truce"); the accusation is the event."""
    if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ not in ("of", "for"):
        return False
    return any(r.type == "ACCUSE" for r in ctx.lex.lookup(v.head.head, "VERB"))


def _carried(row, v: Token) -> bool:
    """Rule 'carried, not travelling': a travel verb that needs its destination ("flew to",
    ``with: ["to"]``) with a direct object moves someone else ("flew him to Costa Rica",
    "flew the hostages to Doha"): no visit by its subject."""
    return row.mode == "visit" and bool(row.with_) and any(c.dep_ == "dobj" and _someone(c) for c in v.children)


def _someone(t: Token) -> bool:
    """A pronoun, a person or a common noun; not a day or a place parsed as an object ("leaves
    Wednesday", "heads Beijing")."""
    return t.ent_type_ == "PERSON" or t.pos_ in ("PRON", "NOUN") and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")


def _visit_object(row, v: Token) -> Token | None:
    """The direct object of a visit verb whose row names no host ("visited Japan")."""
    if row.mode == "visit" and not row.host:
        return next((c for c in v.children if c.dep_ == "dobj"), None)
    return None


def _ranked_description(ctx: Context, v: Token) -> bool:
    """Rule 'ranked descriptions': a relative clause on a ranked noun describes the event just
    told ("the first such pact the United States has signed with an Asian country"), in news."""
    if not ctx.news or v.dep_ != "relcl":
        return False
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ctx.lex.grammar.ranking)
               for c in v.head.children)


def _told_by_first_verb(ctx: Context, unit: int, v: Token, etype: str) -> bool:
    """"met ... and discussed ...": in a news story one meeting, told by its first verb (unless
    the second verb has a date of its own)."""
    return ctx.news and v.dep_ == "conj" and not has_own_subject(v) and etype in verb_types(ctx.lex, head(v)) \
        and not _own_later_date(ctx, unit, v)


def _described_not_done(v: Token, etype: str, g) -> bool:
    """Support described ("the role they play in supporting ..."), an act valued ("the
    importance of ... cooperating") or a programme of aid: no act."""
    return etype == "SUPPORT" and _backing_described(v, g) or _valued_act(v, g) \
        or etype == "AID" and _aid_programme(v)


def _aid_programme(v: Token) -> bool:
    """Rule 'a programme of aid': aid told in the perfect progressive ("Japan has been providing
    medical equipment and other support to Panama") has gone on for some time, a programme and
    no one dated act."""
    auxes = {a.lower_ for a in aux(v)}
    return v.tag_ == "VBG" and "been" in auxes and bool(auxes & {"has", "have", "had", "'s", "'ve"})


def _valued_act(v: Token, g) -> bool:
    """Rule 'an act valued, not done': a gerund after "the importance of", "the need for"
    (``opinion_nouns``) is what someone wants, no act ("make clear the importance of Saudi
    Arabia cooperating with Turkey"), also through the phrases it hangs in ("the importance of
    standing united in condemning the Russian government's actions", "of remaining firm in
    condemning")."""
    t = v
    for _ in range(4):
        if (t.i == v.i and t.tag_ != "VBG") or t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep":
            return False
        prep, gov = t.head, t.head.head
        if prep.lower_ in ("of", "for") and gov.lemma_.lower() in g.opinion_nouns:
            return True
        t = gov
    return False


def _backing_described(v: Token, g) -> bool:
    """Rule 'support described, not given': a gerund of support is an act only as the means of
    another ("began by praising") or in a progressive ("are supporting"); "the role they play in
    supporting the people of Ukraine", "focused on supporting our values", "deployed troops
    supporting Coalition operations" describe a policy."""
    if v.tag_ != "VBG" or any(a.lower_ in g.progressive_aux | g.present_aux for a in v.children if a.dep_ == "aux"):
        return False
    return not (v.dep_ == "pcomp" and v.head.lower_ == "by")


# ------------------------------------------------------------------ nouns
def _noun_own_heads(n: Token, light_nouns: frozenset[str]) -> list[Token]:
    """Where a noun's own dates hang: the noun, the noun its phrase depends on ("commitment at
    the Summit Meeting in May 2004"), a light noun above it ("the April 15 opening of ... border
    talks"), its participles ("the talks held in May") and relative clauses (``_relative_verbs``)."""
    own_heads = [n]
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("NOUN", "PROPN"):
        own_heads.append(n.head.head)
    own_heads.extend(_light_nouns_above(n, light_nouns))
    # (the tagger sometimes says VBD for such a participle)
    own_heads.extend(c for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
    own_heads.extend(_relative_verbs(n))
    return own_heads


def _light_nouns_above(n: Token, light_nouns: frozenset[str]) -> list[Token]:
    """"the April 15 opening of the first stage of substantive border talks": the light noun
    (``light_nouns``, through of-phrases) whose date is the event's."""
    out, t = [], n
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.pos_ != "NOUN":
            break
        t = t.head.head
        if t.lemma_.lower() in light_nouns:
            out.append(t)
            break
    return out


def _relative_verbs(n: Token) -> list[Token]:
    """Relative clauses on the noun or its of-object, which date it: "the treaty that was signed
    in 1965", "launches of ballistic missiles that landed in Japan's zone today"."""
    nouns = [n] + [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]
    return [c for x in nouns for c in x.children if c.dep_ == "relcl" and is_verb(c)]


def _own_later_date(ctx: Context, unit: int, v: Token) -> bool:
    """A conjunct verb with a date of its own that its first verb lacks ("imposed an embargo in
    1960 and broke diplomatic relations in 1961"): a second event, not the first told again."""
    mine = {(d.start_char, d.end_char) for d in own_dates(ctx, unit, [v])}
    return bool(mine - {(d.start_char, d.end_char) for d in own_dates(ctx, unit, [head(v)])})


def noun_event(ctx: Context, unit: int, block: Block, n: Token, rows, item) -> None:
    """Rule 'trigger nouns' (see the module docstring)."""
    support = support_verb(ctx, n, rows)
    if _no_noun_event(ctx, n, rows):
        return
    own_heads = _noun_own_heads(n, ctx.lex.grammar.light_nouns)
    today = False
    state = state_of(ctx, n) if support is None else None
    if state is not None:
        support, status = state
    elif support is not None:
        today, status = supported_status(ctx, unit, support, n, rows)
    else:
        status = bare_noun_status(ctx, unit, n, own_heads)
        after = sequence_support(ctx, unit, n, own_heads) if status is None else None
        if after is not None:  # dated by the clause it precedes, its parties its own
            status, own_heads = "occurred", [after] + own_heads
    if status is None:
        return
    row = next((r for r in rows if row_applies(ctx.lex, r, n, support, n)), None)
    if row is None:
        return
    if _visit_to_a_gathering(ctx, row, n):
        return
    etype, mode = row_type(ctx.lex, row, n, support)
    emit(ctx, Hit(unit, block, row, etype, mode, n, support, n, item, None,
                  own_heads=own_heads if support is None else None, today=today, status=status))


def _no_noun_event(ctx: Context, n: Token, rows) -> bool:
    """"no summit", acts over years, habitual acts, a noun inside the event noun that tells it."""
    g = ctx.lex.grammar
    return has_det(n, "no") or over_years(n, g) or _habitual_noun(n, g) or _inside_its_event(ctx, n, rows)


def _inside_its_event(ctx: Context, n: Token, rows) -> bool:
    """Rule 'the event of a thing': an event noun in the of-phrase of a noun that is an event of
    the same type ("the signing of a treaty": the signing; "the launch of a missile") is that
    event, told once by the outer noun."""
    outer = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else None
    if outer is None or outer.pos_ != "NOUN":
        return False
    types = {r.type for r in rows}
    return any(r.type in types for r in ctx.lex.lookup(outer, "NOUN"))


def _habitual_noun(n: Token, g) -> bool:
    """Rule 'many acts': an event noun described as habitual (``habitual_adjectives``: "have had
    regular interactions and visits", "frequent consultations"), or a conjunct of one, is a
    pattern of acts, no one event."""
    nouns = [n, n.head] if n.dep_ == "conj" else [n]
    return any(c.dep_ == "amod" and c.lower_ in g.habitual_adjectives for x in nouns for c in x.children)


# ------------------------------------------------------------------ candidates
def _adjusted(hit: Hit, parties: Parties) -> tuple[str, str | None]:
    """The joint drill, host and bullet-person rules on the clause's parties: (type, mode)."""
    etype, mode = hit.etype, hit.mode
    joint = dict(hit.row.cue_type).get("joint")
    if joint and etype != joint and len(parties.source) >= 2:
        etype, mode = joint, None  # "South Korean and U.S. jets conducted a drill": a joint drill
    if hit.row.host:  # "Moon hosted Kishida": the object visits, the subject hosts
        parties.source, parties.target = parties.target, parties.source
    # a person acting for an unnamed country in a bullet: the item's other party
    if hit.item is not None and not parties.source and parties.subject_people_unknown:
        rest = set(hit.item["actors"]) - parties.target - parties.other
        if len(rest) == 1:
            parties.source |= rest
    return etype, mode


def _place(ctx: Context, hit: Hit, heads: list[Token], dates: list, own_date: bool):
    """(place, whether the clause says it): the clause's place, else the item's, unless the
    clause dates itself outside the item ("Following the consultations held in May" in an
    item of September tells an earlier event, not one at the item's place)."""
    place = place_of(ctx, hit.unit, heads, hit.visit_object, launch=hit.row.requires == "weapon",
                     attack=hit.etype in ATTACK_TYPES)
    if place is not None:
        return place, True
    if hit.item is None or own_date and not _within_item(dates, hit.item.get("date")):
        return None, False
    return hit.item["place"], False


def _said_bilateral(ctx: Context, v: Token | None, n: Token | None) -> bool:
    """Rule 'said to be bilateral': "signed a bilateral agreement", "bilateral talks" (a
    ``grammar.bilateral_words`` modifier of the event noun or the verb's object) is an act
    between two states, so the document's other frame country is its other side."""
    nouns = [n] if n is not None else []
    if v is not None:
        nouns += [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.lex.grammar.bilateral_words
               for x in nouns for c in x.children)


def _organisation_party(ctx: Context, heads: list[Token]) -> bool:
    """Whether the clause names an international organisation (``grammar.international_organisations``:
    "the UN Security Council", "the European Union"): a party the countries column leaves out by
    convention, so a directed act with one country is complete."""
    starts = {t.i for h in heads for t in clause_tokens(h)}
    return _names_organisation(ctx, heads[0].doc, starts) or _regional_group(ctx, heads[0].doc, starts)


def _regional_group(ctx: Context, doc, starts: set[int]) -> bool:
    """Rule 'a region's group': a region's adjective naming no country (a NORP, or a
    capitalised adjective, opening a sentence only if it is no common word) before a group of
    states or their leaders (``regional_group_heads``: "West African leaders are imposing an arms
    embargo", "European governments", "Nordic countries") is a body of no one country, as an
    international organisation is. Read on the clause's tokens (``starts``) only."""
    heads = ctx.lex.grammar.regional_group_heads
    names = [ent for ent in doc.ents if ent.label_ == "NORP" and ent.start in starts]
    names += [doc[i:i + 1] for i in sorted(starts) if doc[i].pos_ == "ADJ" and doc[i].is_title
              and not doc[i].ent_type_ and (i != doc[i].sent.start or doc[i].lower_ not in load_common_words())]
    return any(not ctx.countries(name.text) and name.root.head.lower_ in heads
               and name.root.dep_ in ("amod", "compound") for name in names)


def _names_organisation(ctx: Context, doc, starts: set[int]) -> bool:
    """Whether an entity starting at one of the token indices ``starts`` is an international
    organisation or names one ("the United Nations (UN) General Assembly")."""
    names = ctx.lex.grammar.international_organisations
    for ent in doc.ents:
        if ent.start in starts and ent.label_ in ("ORG", "NORP", "GPE"):
            text = ent.text.lower().removeprefix("the ")
            if text in names or set(text.split()) & names or _holds_name(text, names):
                return True
    return False


def _holds_name(text: str, names: frozenset[str]) -> bool:
    """A name of several words opening the entity ("Pacific Islands Forum Foreign Ministers
    Meeting"; not "National Security Council")."""
    return any(" " in n and (text + " ").startswith(n + " ") for n in names)


def _visit_to_a_gathering(ctx: Context, row, trigger: Token) -> bool:
    """Rule 'a visit to attend a gathering': a visit made to attend a meeting of an
    international organisation ("who is visiting New York to attend the UN General Assembly",
    "his visit to Brussels to participate in the NATO summit") is a trip to the organisation,
    not to the country that hosts it: no visit to that country."""
    if row.mode != "visit":
        return False
    verbs = ctx.lex.grammar.attendance_verbs
    for c in trigger.children:
        if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in verbs:
            if _names_organisation(ctx, trigger.doc, {t.i for t in c.subtree}):
                return True
    return False


def _named_event(n: Token | None) -> bool:
    """The trigger noun heads a proper name ("the ASEAN Summit Meeting", "the Sustainable Blue
    Economy Conference"): a multilateral meeting named for itself, whose parties the text gives
    or does not; the document's frame does not supply them."""
    if n is None or not n.text[:1].isupper():
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in n.children)


def _names_occasion(ctx: Context, heads: list[Token]) -> bool:
    """Whether the clause names the meeting it is for: "meeting in person at the upcoming G20
    Summit" (a plan with an occasion is an event even with no date; see ``rows``)."""
    return any(t.dep_ == "pobj" and t.head.lower_ in OCCASION_PREPS and t not in heads
               and any(r.type == "CONSULT" for r in ctx.lex.lookup(t, "NOUN"))
               for h in heads for t in clause_tokens(h))


def _within_item(dates: list, item_date) -> bool:
    """Whether every date lies inside the item's date (true when the item has none)."""
    if item_date is None:
        return True
    return all(d is not None and item_date.value_start <= d.value_start and d.value_end <= item_date.value_end
               for d in dates)


def _unowned_attack(ctx: Context, etype: str, v: Token | None) -> bool:
    """The verb condemns an attack that no possessor or by-phrase gives a doer ("strongly
    condemn such heinous attacks against innocent people", "condemned the terrorist attack in
    Hilla"): the country where it happened is no party to the condemnation."""
    if v is None or etype != "ACCUSE":
        return False
    for obj in (c for c in v.children if c.dep_ == "dobj"):
        if any(r.type == "ASSAULT" for r in ctx.lex.lookup(obj, "NOUN")) and not any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in obj.children):
            return True
    return False


def _content(etype: str, v: Token | None, n: Token | None) -> frozenset[str]:
    """What a demand asks (``CONTENT_TYPES``; merge rule 'different content'), else nothing."""
    return content_lemmas(v, n) if etype in CONTENT_TYPES else frozenset()


def emit(ctx: Context, hit: Hit) -> None:
    """Candidates of one trigger: one per date, with the clause's parties and places."""
    offset = ctx.units[hit.unit][0]
    v, n = hit.v, hit.n
    parties = clause_parties(ctx, hit.unit, v, n, hit.row, hit.item)
    etype, mode = _adjusted(hit, parties)
    at = offset + hit.tok.idx
    heads = hit.own_heads or [h for h in (v, n) if h is not None]
    dates, own_date = event_dates(ctx, hit.unit, hit.block, heads, v, n, at, hit.item, hit.today, hit.status)
    place, own_place = _place(ctx, hit, heads, dates, own_date)
    s, e = ctx.sentence_span(at)
    summary = short(clause_text(ctx.text, offset, v if v is not None else hit.tok) or ctx.text[s:e])
    trigger = trigger_text(hit.tok, v, n)
    places = places_per_date(ctx, hit.unit, heads, dates, place) if own_date else [place] * len(dates)
    content = _content(etype, v, n)
    for d, where in zip(dates, places):
        ctx.cands.append(Candidate(
            type=etype, mode=mode, trigger=trigger, start_char=s, end_char=e, summary=summary, date=d,
            place=where, parties=parties.copy(), block=hit.block.index, order=at, own_date=own_date,
            own_place=own_place, min_actors=hit.row.min_actors, status=hit.status, occasion=_names_occasion(ctx, heads),
            anaphoric=n is not None and has_det(n, "the") and not parties.actors() and not parties.people,
            org_party=(etype in DIRECTED_TYPES or etype in CONFRONTATION_TYPES) and _organisation_party(ctx, heads),
            bilateral=hit.row.requires in BILATERAL_CLASSES or hit.mode in BILATERAL_MODES
            or _said_bilateral(ctx, v, n), act=act_of(ctx, hit.row, hit.etype, v, n),
            named_event=_named_event(n), content=content,
            unowned_attack=_unowned_attack(ctx, etype, v)))
