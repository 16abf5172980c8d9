"""Roles: the parties of an event's clause (``clause_parties``), by role (source, target,
other), from its subject (source; a passive subject is the target, its by-agent the source),
its objects and the objects of its party-marking prepositions (``with``/``to``/``against``/
``on``: targets, not inside a topic argument), the content of a reported clause, and, for an
event noun, its possessor and modifiers ("the North's launch", "Japan-DPRK talks"); each
argument noun phrase's parties are ``actors.np_parties``'s.

A verb coordinated under another without objects of its own takes its partner ("met Kim and
agreed ..."), unless a cooperative act follows a hostile one ("condemned the launch and agreed
..."). A stance's object naming the sides of a relation makes them targets ("welcomes the
breakthrough in relations between X and Y"). A meeting verb's "with X" that the parser hung
elsewhere is read from the words (``surface_partner``), unless it belongs to the relations a
topic verb has as its object ("discussed relations with China": ``_topic_relation``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .actors import add_persons, np_parties
from .attackers import accused_attackers
from .destinations import destinations, troop_movement, type_parties
from .lexicon import Grammar, Trigger, lemma_in
from .matching import verb_types
from .plover import ATTITUDES, COOPERATIVE, HOSTILE, PATIENT_TYPES
from .records import Parties
from .syntax import (
    between,
    head,
    is_verb,
    object_tokens,
    role_preps,
    runs,
    set_off_owner,
    subject_tokens,
    to_infinitive,
    without_brief,
)

if TYPE_CHECKING:
    from .context import Context


def surface_partner(ctx: Context, unit: int, v: Token, parties: Parties) -> None:
    """Rule 'surface partner': the "with X" right after a meeting verb or noun, read from the words
    when the parser hung it elsewhere ("spoke today with Prime Minister Modi of India to
    congratulate him", parsed with Modi as the subject of "congratulate"; "held his first
    trilateral meeting in his role with X and Y"): X runs to the next verb, "to", "in", "at" or
    comma."""
    sent, doc = v.sent, v.doc
    i = v.i + 1
    while i < sent.end and i - v.i <= 4 and doc[i].lower_ != "with":
        i += 1
    if i >= sent.end or doc[i].lower_ != "with" or doc[i].head.i == v.i:
        return  # no "with", or the parser attached it to the verb (read as usual)
    if _topic_relation(ctx, v, doc[i].head):
        return
    end = i + 1
    while end < sent.end and not (doc[end].tag_ in ("TO", ",", ".", ":") or is_verb(doc[end])
                                  or doc[end].lower_ in ("in", "at")):  # "... in Beijing": where, no partner
        end += 1
    offset = ctx.units[unit][0]
    start_char, end_char = offset + doc[i + 1].idx, offset + doc[end - 1].idx + len(doc[end - 1])
    if end_char <= start_char:
        return
    for s, e in runs(without_brief(list(doc[i + 1 : end])), offset):
        parties.target |= ctx.countries(ctx.text[s:e])
    add_persons(ctx, parties, start_char, end_char, "target")


def _topic_relation(ctx: Context, v: Token, owner: Token) -> bool:
    """Rule 'relations as a topic': the "with X" of the relations a topic verb has as its object
    ("The two leaders discussed relations with China", "reviewed the partnership with the EU")
    is what they talked about, not whom they talked with; the relations nouns are the lexicon's
    ``relations_words`` and its ``ties`` class."""
    g, obj = ctx.lex.grammar, owner
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head  # "discussed the situation in Syria and relations with Russia"
    if obj.dep_ != "dobj" or obj.head.i != v.i or not lemma_in(v, g.topic_object_verbs):
        return False
    word = owner.lemma_.lower()
    return word in g.relations_words or word in ctx.lex.classes.get("ties", frozenset())


# ------------------------------------------------------------------ a clause
def _inherits_partner(ctx: Context, v: Token, row: Trigger | None, objects: list, depth: int) -> bool:
    """Rule 'the partner carries over': "met Kim and agreed ..." (not "condemned the launch and
    agreed ...": the condemned is no party to the agreement)."""
    if v.dep_ != "conj" or objects or not is_verb(head(v)) or depth >= 4:
        return False
    if row is not None and row.type in COOPERATIVE:
        types = verb_types(ctx.lex, head(v))
        return not (types and types <= HOSTILE)
    return True


def _noun_names_whom(n: Token | None) -> bool:
    """The event noun says whom it is for or with ("reiterated their support for Ukraine")."""
    return n is not None and any(c.dep_ == "prep" and c.lower_ in ("for", "with", "to", "of")
                                 and any(p.dep_ == "pobj" for p in c.children) for c in n.children)


def _subject_parties(ctx: Context, unit: int, v: Token, item, at_char: int, parties: Parties) -> None:
    """The verb's subjects (a verb of unity's passive one acts) and the partners acting along with them."""
    for tok, role in subject_tokens(v, support_verbs=ctx.lex.support_verbs):
        role = "source" if lemma_in(v, ctx.lex.grammar.unity_verbs) else role  # "They were united in condemnation"
        parties.update(np_parties(ctx, unit, tok, role, item, at_char))
        parties.subject_found = True
        for partner in comitatives([v, tok], ctx.lex.grammar) if role == "source" else ():
            parties.update(np_parties(ctx, unit, partner, "source", item, at_char))


def _verb_parties(ctx: Context, unit: int, v: Token, n: Token | None, row: Trigger | None, item,
                  depth: int, topic: frozenset[str], parties: Parties) -> None:
    """Subjects, objects, role prepositions and reported content of the verb's clause."""
    at_char = ctx.units[unit][0] + v.idx
    _subject_parties(ctx, unit, v, item, at_char, parties)
    objects = _object_parties(ctx, v, n, row, topic)
    if _inherits_partner(ctx, v, row, objects, depth) and not _noun_names_whom(n):
        inherited = clause_parties(ctx, unit, head(v), None, row, item, depth + 1)
        parties.target |= inherited.target
        parties.people |= inherited.people
    for tok in objects:
        doers = accused_attackers(ctx, tok, row)
        if doers:  # "condemned Russia's invasion of Ukraine": Russia is accused, not Ukraine
            for d in doers:
                parties.update(np_parties(ctx, unit, d, "target", item, at_char))
            continue
        parties.update(np_parties(ctx, unit, tok, "target", item, at_char))
        if row is not None and row.type in ATTITUDES:
            # (not a row whose word class may make it another type: "signed" + an accord is AGREE)
            for x in between(tok) + ([] if row.cue_type else _stance_object_parts(tok, topic)):
                parties.update(np_parties(ctx, unit, x, "target", item, at_char))
    if row is not None:
        _type_partners(ctx, unit, v, row.type, bool(objects), item, at_char, parties)
    _reported_parties(ctx, unit, v, item, at_char, parties)


def _type_partners(ctx: Context, unit: int, v: Token, etype: str, has_objects: bool, item, at_char: int,
                   parties: Parties) -> None:
    """The partners one type's rules find beyond the clause's arguments: whom a meeting is with,
    whom a refusal turns down, whom support with no object is for."""
    if etype == "CONSULT":
        _meeting_partners(ctx, unit, v, has_objects, item, at_char, parties)
    elif etype == "REJECT":
        _refused_partners(ctx, unit, v, item, at_char, parties)
    elif etype == "SUPPORT" and not parties.target:
        _topic_beneficiary(ctx, unit, v, item, at_char, parties)


def _topic_beneficiary(ctx: Context, unit: int, v: Token, item, at_char: int, parties: Parties) -> None:
    """Rule 'support on the topic': support that names no one ("Discussing Argentina's economic
    reform programme, the Prime Minister pledged UK support") is for the country of the topic the
    clause opens with (a participle of ``topic_object_verbs``); for a conflict (``conflict_nouns``)
    the country it is waged in or on, not its doer ("Discussing Putin's illegal war in Ukraine,
    ... reiterated the UK's iron-clad support": Ukraine)."""
    for c in v.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or not lemma_in(c, ctx.lex.grammar.topic_object_verbs):
            continue
        for obj in object_tokens(c):
            if obj.lemma_.lower() in ctx.lex.grammar.conflict_nouns:  # the country it is waged in or on
                whom = [p for x in (*obj.children, *c.children) if x.dep_ == "prep"
                        and x.lower_ in ("in", "on", "against", "of") for p in x.children if p.dep_ == "pobj"]
            else:
                whom = [obj]
            found = {iso for t in whom for iso in np_parties(ctx, unit, t, "target", item, at_char).actors()}
            parties.target |= found - parties.source


def _object_parties(ctx: Context, v: Token, n: Token | None, row: Trigger | None, topic: frozenset[str]) -> list[Token]:
    """The verb's objects (not a topic verb's: "discussed Ukraine"), its party prepositions, where
    a journey or troops go, whom a restriction bears on ("lifted sanctions on Belarus") and where a
    recalled envoy was posted ("recalled his country's top diplomat in Colombia")."""
    g = ctx.lex.grammar
    own = object_tokens(v, exclude=n)
    objects = [o for o in own or _shared_objects(v, g) if not lemma_in(v, g.topic_object_verbs)]
    objects += _partner_preps(v, topic, g) + destinations(v, row) + troop_movement(v, row, g)
    if row is not None and (row.requires == "restriction" or row.type == "SANCTION"):
        objects += [p for o in own for x in [o] + _of_in_objects(o) for p in role_preps(x, topic, g)]
    if row is not None and row.requires == "envoy":
        objects += _posts(own + [v])
    if row is not None and row.requires == "assets":
        objects += _holders_place(v, own)
    return objects


def _holders_place(v: Token, own: list[Token]) -> list[Token]:
    """Rule 'whose assets are frozen': the country an in-phrase inside a freeze's object names
    ("freezing the U.S. assets of 128 people and 33 institutions in Zimbabwe"), or one the
    parser hung on the verb right after the object ("froze the assets of 12 officials in
    Russia"), is whom it bears on."""
    ends = {max(t.i for t in o.subtree) + 1 for o in own}
    preps = [t for o in own for t in o.subtree if t.dep_ == "prep" and t.lower_ == "in"]
    preps += [c for c in v.children if c.dep_ == "prep" and c.lower_ == "in" and c.i in ends]
    return [p for t in preps for p in t.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"]


def _of_in_objects(t: Token) -> list[Token]:
    """The objects of t's of- and in-phrases ("$22 million in non-humanitarian aid to Mauritania":
    the aid, whose to-phrase names who loses it)."""
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for p in c.children if p.dep_ == "pobj"]


def _posts(heads: list[Token]) -> list[Token]:
    """Where a recalled envoy was posted: the countries or cities of the in- and at-phrases of
    the verb and its objects ("recalled his country's top diplomat in Colombia")."""
    return [p for o in heads for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"]


def _shared_objects(v: Token, g: Grammar) -> list[Token]:
    """"Italy invaded and occupied Ethiopia": a verb with no object of its own shares the object
    of the verb coordinated after it (not a topic verb's: "met and discussed Ukraine"); a verb
    with a phrase of its own ("traveled to Pyongyang and held a summit") does not."""
    if any(c.dep_ in ("prep", "prt", "dative", "xcomp", "ccomp") for c in v.children):
        return []
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not lemma_in(c, g.topic_object_verbs):
            return object_tokens(c)
    return []


def _stance_object_parts(tok: Token, topic: frozenset[str]) -> list[Token]:
    """Rule 'what a stance is about': the countries inside the object of a stance ("welcomed the
    outcome of the referendum in Montenegro", "appreciates the role that Jordan is fulfilling")
    are its targets: the objects of its prepositions (not topic ones) and the subjects of its
    relative clauses, not what a clause inside it tells ("the renewal of a panel that has
    monitored sanctions on North Korea"); a past participle describing it is no such clause
    ("condemns the actions taken by the members of Burkina Faso's Armed Forces"). Where a
    condemned act happened is a party too: the victim ("condemns today's terrorist attack in
    Tunis", as the corpus's annotators code it)."""
    out = []
    for t in tok.subtree:
        governor = t.head if t.dep_ != "nsubj" else t.head.head
        if t.i == tok.i or not _within_clause(governor, tok, participles=True):
            continue  # what a clause inside the object tells
        if t.dep_ == "pobj" and t.head.lower_ not in topic:
            out.append(t)
        elif t.dep_ == "nsubj" and t.head.dep_ == "relcl" and t.head.head.i == tok.i:
            out.append(t)
    return out


def comitatives(heads: list[Token], g: Grammar) -> list[Token]:
    """Rule 'acting along with': "South Korea, along with China, protested ...", "together with
    Japan", "alongside France": the partner acts with the subject (``grammar.comitatives``)."""
    out = []
    for t in (c for h in heads for c in h.children if c.dep_ in ("prep", "advmod")):
        if t.lower_ in g.comitatives:
            out.extend(p for p in t.children if p.dep_ == "pobj")
        for w in (w for w in t.children if w.dep_ == "prep" and f"{t.lower_} {w.lower_}" in g.comitatives):
            out.extend(p for p in w.children if p.dep_ == "pobj")
    return out


def _reported_parties(ctx: Context, unit: int, v: Token, item, at_char: int, parties: Parties) -> None:
    """Rule 'reported content': the subject and object of a reported clause are targets
    ("admitted that it had abducted Japanese citizens"); of a for-to clause, its subject only
    ("called for Russia to respect the sovereignty of Ukraine": Russia is asked, not Ukraine)."""
    for c in v.children:
        if c.dep_ == "ccomp":
            deps = ("nsubj", "nsubjpass", "dobj")
        elif c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children):
            deps = ("nsubj",)
        else:
            continue
        for cc in c.children:
            if cc.dep_ in deps:
                parties.update(np_parties(ctx, unit, cc, "target", item, at_char))


def _refused_partners(ctx: Context, unit: int, v: Token, item, at_char: int, parties: Parties) -> None:
    """Rule 'whom a refusal concerns': the objects of the refused act are its targets ("refused
    to meet South Korean President Yoon", "refused an offer to meet Kishida")."""
    acts = [c for c in v.children if c.dep_ == "xcomp"]
    acts += [a for o in object_tokens(v) for a in o.children if a.dep_ == "acl"]
    grammar = ctx.lex.grammar
    for act in acts:
        for obj in object_tokens(act) + role_preps(act, ctx.lex.topic_preps["CONSULT"], grammar):
            parties.update(np_parties(ctx, unit, obj, "target", item, at_char))


def _meeting_partners(ctx: Context, unit: int, v: Token, has_objects: bool, item, at_char: int,
                      parties: Parties) -> None:
    """A meeting's partners the parse hides: "with X" after the verb, the purpose's partner."""
    if not has_objects:
        surface_partner(ctx, unit, v, parties)
    _purpose_partners(ctx, unit, v, item, at_char, parties)


def _purpose_partners(ctx: Context, unit: int, v: Token, item, at_char: int, parties: Parties) -> None:
    """Rule 'whom a trip is to meet': the object of a meeting verb in the purpose of a trip or
    meeting ("traveled to Sunnylands in June to meet Chinese Premier Xi") is its partner."""
    for c in v.subtree:
        if c.dep_ not in ("xcomp", "advcl", "acl") or not to_infinitive(c):
            continue
        if not _within_clause(c.head, v):
            continue
        if any(r.type == "CONSULT" for r in ctx.lex.lookup(c, "VERB")):
            g = ctx.lex.grammar
            objects = [] if lemma_in(c, g.topic_object_verbs) else object_tokens(c)  # "to discuss Russia's attack"
            for obj in objects + _partner_preps(c, ctx.lex.topic_preps["CONSULT"], g):
                parties.update(np_parties(ctx, unit, obj, "target", item, at_char))


def _partner_preps(v: Token, topic: frozenset[str], g: Grammar) -> list[Token]:
    """role_preps of v; of a topic verb only its ``topic_verb_partner_preps`` phrases ("They
    discussed ongoing support to the people of Ukraine": the parser hangs "to" on the verb)."""
    preps = role_preps(v, topic, g)
    if not lemma_in(v, g.topic_object_verbs):
        return preps
    return [p for p in preps if p.head.lower_ in g.topic_verb_partner_preps]


def _within_clause(t: Token, v: Token, participles: bool = False) -> bool:
    """Whether t hangs under v through nouns and prepositions only ("traveled ... with the
    President to meet": the purpose may hang on "President"), not through another verb; with
    ``participles``, a past participle describing a noun counts as part of the noun phrase
    ("the actions taken by the members of Niger's Armed Forces")."""
    while t.i != v.i:
        if t.head == t or is_verb(t) and not (participles and t.dep_ == "acl" and t.tag_ == "VBN"):
            return False
        t = t.head
    return True


def _noun_agent(ctx: Context, unit: int, n: Token, item, at_char: int, modifiers: Parties) -> None:
    """Rule 'the noun's agent': "the visit to Japan by President Nazarbayev": who acts."""
    for prep in (c for c in n.children if c.dep_ == "prep" and c.lower_ == "by"):
        for tok in (x for x in prep.children if x.dep_ == "pobj"):
            modifiers.update(np_parties(ctx, unit, tok, "source", item, at_char))


def _noun_modifiers(ctx: Context, unit: int, n: Token, item, at_char: int) -> Parties:
    """The possessor and modifiers of an event noun: "the North's launch", "Japan-DPRK talks"."""
    modifiers = Parties()
    offset = ctx.units[unit][0]
    words = []
    owner = set_off_owner(n)  # "Iraq's August 2, 1990, invasion": the parser hung "Iraq's" on the date
    if owner is not None:
        modifiers.update(np_parties(ctx, unit, owner, "source", item, at_char))
    for c in n.children:
        if c.dep_ == "poss":
            modifiers.update(np_parties(ctx, unit, c, "source", item, at_char))
        elif c.dep_ in ("compound", "amod", "nmod"):
            words.extend(c.subtree)
    # the modifiers read together: "Papua New Guinea-Australia Forum" is PNG and AUS, not the
    # "Guinea-Australia" of one modifier's subtree
    for s, e in runs(sorted(set(words), key=lambda t: t.i), offset):
        modifiers.source |= ctx.countries(ctx.text[s:e])
        add_persons(ctx, modifiers, s, e, "source")
    return modifiers


def _of_objects(noun: Token) -> list[Token]:
    return [x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]


def _coordinated_places(noun: Token) -> list[Token]:
    """Rule 'a place the parser coordinated with the event noun': in "the annexation of
    Lithuania and the other Baltic States of Estonia and Latvia" the parser makes "States" a
    conjunct of "annexation"; a proper-noun place conjoined with an event noun is another of its
    objects, with the places of its own of-phrase."""
    out = []
    for c in noun.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC"):
            out.append(c)
            out.extend(_of_objects(c))
    return out


def _noun_parties(ctx: Context, unit: int, v: Token | None, n: Token, item, at_char: int,
                  topic: frozenset[str], parties: Parties, directed: bool = False) -> None:
    """The noun's modifiers (sources, or others when the clause has a subject), its role
    prepositions and, for a noun that is the event on its own or a directed act a verb makes
    happen ("ordered the expulsion of Bolivia's ambassador"), its of-phrase ("the summit of
    the U.S., Japan and ...") or that of the noun coordinated with it ("the Soviet invasion and
    annexation of Latvia")."""
    modifiers = _noun_modifiers(ctx, unit, n, item, at_char)
    for tok in role_preps(n, topic, ctx.lex.grammar):
        parties.update(np_parties(ctx, unit, tok, "target", item, at_char))
    _noun_agent(ctx, unit, n, item, at_char, modifiers)
    for tok in _hung_between(n):
        parties.update(np_parties(ctx, unit, tok, "target", item, at_char))
    if v is None or directed:
        # "the invasion and annexation of Latvia": conjoined event nouns share the of-phrase
        for noun in [n] + [c for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN"]:
            for x in _of_objects(noun) + _coordinated_places(noun):
                parties.update(np_parties(ctx, unit, x, "target", item, at_char))
    if parties.subject_found and (parties.source or parties.subject_people_unknown):
        modifiers.other |= modifiers.source
        modifiers.source = set()
    parties.update(modifiers)


def _hung_between(n: Token) -> list[Token]:
    """Rule 'the object's between-phrase': the sides named by a between-phrase the parser hung
    on the verb right after its object, with only a date between ("welcomed the signing of a
    treaty this week between the UK, Italy and Japan"), are the object event's."""
    if n.dep_ != "dobj" or not is_verb(n.head):
        return []
    end = max(t.i for t in n.subtree)
    preps = [c for c in n.head.children if c.dep_ == "prep" and c.lower_ == "between" and c.i > end
             and all(t.ent_type_ in ("DATE", "TIME") for t in n.doc[end + 1 : c.i])]
    return [x for p in preps for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]


def _row_types(row: Trigger) -> set[str]:
    """The types a row may code: its own and those a cue word turns it into ("signed an accord")."""
    return {row.type} | {t for _cls, t in row.cue_type}


def clause_parties(ctx: Context, unit: int, v: Token | None, n: Token | None, row: Trigger | None,
                   item: dict | None, depth: int = 0) -> Parties:
    """The parties of the clause of verb v and/or event noun n (see the module docstring)."""
    default = ctx.lex.topic_preps["default"]
    topic = frozenset().union(*(ctx.lex.topic_preps.get(t, default) for t in _row_types(row))) if row \
        else default | {"on"}
    parties = Parties()
    if v is not None:
        _verb_parties(ctx, unit, v, n, row, item, depth, topic, parties)
    if n is not None:
        at_char = ctx.units[unit][0] + (v if v is not None else n).idx
        _noun_parties(ctx, unit, v, n, item, at_char, topic, parties,
                      directed=row is not None and row.type in PATIENT_TYPES)
        for tok in troop_movement(n, row, ctx.lex.grammar):  # "the pullout of its troops from Somalia"
            parties.update(np_parties(ctx, unit, tok, "target", item, at_char))
        if row is not None and row.type == "CONSULT":  # "held a meeting in his role with X and Y"
            surface_partner(ctx, unit, n, parties)
        if row is not None and row.type in ATTITUDES:
            _stance_reasons(ctx, unit, n, item, at_char, parties, row)
    if row is not None:
        type_parties(ctx, row, [h for h in (v, n) if h is not None], parties)
    return parties


def _stance_reasons(ctx: Context, unit: int, n: Token, item, at_char: int, parties: Parties, row: Trigger) -> None:
    """Rule 'whom a stance is for': what a stance noun is for ("support for Ukraine", "gratitude for
    Abe's attendance": its owner too); a condemnation's of-phrase by rule 'the accused attacker'."""
    for prep in (c for c in n.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (x for x in prep.children if x.dep_ == "pobj"):
            parties.update(np_parties(ctx, unit, obj, "target", item, at_char))
            for owner in (x for x in obj.children if x.dep_ == "poss"):
                parties.update(np_parties(ctx, unit, owner, "target", item, at_char))
    if row.type == "ACCUSE":
        for obj in _of_objects(n):
            for t in accused_attackers(ctx, obj, row) or [obj]:
                parties.update(np_parties(ctx, unit, t, "target", item, at_char))
