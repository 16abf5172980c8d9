"""Which lexicon row a trigger token takes, and with which type and mode.

A row applies when its ``with`` dependent is present ("call on", "exchange views"), its
``requires`` class has a word in the clause (a launch needs a weapon word) or, for
``actor_object``, its direct object is a country, person or organisation (``party_object``: is
itself a person or a country, see ``_party_object``). Its type may change
by a preposition (``prep_type``: "regret for" is CONCEDE) or by a word class among the
modifiers, the verb's object or the noun its participle modifies (``cue_type``: joint drills
are COOPERATE; "signed a treaty", "the treaty signed by ..." are AGREE).
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, Trigger, lemma_in
from .plover import HOSTILE
from .syntax import into_effect, is_verb

_ACTOR_ENTITIES = ("GPE", "PERSON", "NORP")
_MODIFIER_DEPS = ("amod", "compound", "nmod")


def _add_words(words: set[str], t: Token) -> None:
    words.add(t.lower_)
    words.add(t.lemma_.lower())
    if "-" in t.lower_:  # "Hwasong-18", "KN-23"
        words.update(t.lower_.split("-"))


def _modified_noun_words(words: set[str], v: Token) -> None:
    """"a new missile that it fired", "the treaty signed by ...": the clause's object is the noun
    the relative or participle clause modifies (its pronoun is no word of its own)."""
    for noun in modified_nouns(v):
        _add_words(words, noun)
        for c in noun.children:
            if c.dep_ in _MODIFIER_DEPS:
                for x in c.subtree:
                    _add_words(words, x)


def modified_nouns(v: Token) -> list[Token]:
    """The noun a relative or participle clause modifies and the nouns whose prepositional phrases
    (and their conjuncts) hold it: the parser hangs "signed in 2003" in "the bilateral agreement
    on agriculture signed in 2003" on "agriculture"."""
    noun = v.head
    out = [noun]
    for _ in range(6):  # "the agreement of cooperation in culture, science and technology signed in 1995"
        if noun.dep_ == "conj" and noun.head.tag_.startswith("NN"):
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_.startswith("NN"):
            noun = noun.head.head
            out.append(noun)
        else:
            break
    return out


_TIME_PREPS = ("before", "after", "during", "since", "until", "following", "ahead")


def _time_adjuncts(v: Token) -> list[Token]:
    """The time prepositions of v's adjuncts ("in the evening before the joint military drill",
    "ahead of the troops' parade"), not those inside its subject or object."""
    out = []
    for t in v.subtree:
        if t.dep_ not in ("prep", "advmod") or t.lower_ not in _TIME_PREPS:
            continue
        path = [a for a in t.ancestors if a.i != v.i and v.is_ancestor(a)]
        if not any(a.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") for a in path):
            out.append(t)
    return out


def clause_words(v: Token | None, n: Token | None) -> set[str]:
    """Words and lemmas of the clause of v and of the phrase of n (not coordinated verbs, not a
    verb's time adjunct: "Even in the evening before the joint military drill it sent a message"
    sends no troops)."""
    words: set[str] = set()
    for head in (v, n):
        if head is not None:
            _head_words(words, head, {t.i for c in _time_adjuncts(head) for t in c.subtree} if head is v else set())
    if v is not None and v.dep_ in ("relcl", "acl") and v.head.tag_.startswith("NN"):
        _modified_noun_words(words, v)
    if v is not None:
        _shared_subject_words(words, v)
    return words


def _head_words(words: set[str], head: Token, skipped: set[int]) -> None:
    for t in head.subtree:
        if t.i in skipped or t != head and t.dep_ == "conj" and is_verb(t) and t.head == head:
            continue
        _add_words(words, t)


def _shared_subject_words(words: set[str], v: Token) -> None:
    """"Diplomatic relations were broken in May 1965, but were reestablished on July 2, 1969":
    a coordinated verb without a subject of its own shares the first verb's subject; so does a
    verb its head controls ("Ethiopian troops began withdrawing from Somalia")."""
    if v.dep_ not in ("conj", "xcomp") or any(c.dep_ in _SUBJECT_DEPS for c in v.children):
        return
    for c in v.head.children:
        if c.dep_ in _SUBJECT_DEPS:
            for x in c.subtree:
                _add_words(words, x)


_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _dates_phrase(c: Token) -> bool:
    """A preposition whose object is a date ("on June 5")."""
    return c.dep_ == "prep" and any(x.dep_ == "pobj" and x.ent_type_ == "DATE" for x in c.children)


def _has_with(row: Trigger, tok: Token) -> bool:
    """The row's dependent is there: a child ("call on"), a child of the object ("exchange
    views"), or the mark of a for-to clause ("called for Russia to respect ..."); a preposition
    of a date is none ("called at the Department of State on June 5")."""
    kids = [c for c in tok.children if not _dates_phrase(c)]
    lemmas = {c.lemma_.lower() for c in kids} | {c.lower_ for c in kids}
    for c in kids:
        if c.dep_ == "dobj":
            lemmas |= {x.lemma_.lower() for x in c.children}
        if c.dep_ in ("advcl", "ccomp", "xcomp"):
            lemmas |= {x.lower_ for x in c.children if x.dep_ == "mark" and x.i < c.i}
    return bool(lemmas & set(row.with_))


def _actor_object(tok: Token, lex: Lexicon, etype: str) -> bool:
    """A direct object naming a country, person or organisation; not a noun of another kind of
    event that names one ("did not receive U.S. recognition until 1862" receives no one; "received
    a courtesy call from X" is a meeting)."""
    return any(c.dep_ in ("dobj", "dative") and (c.ent_type_ in _ACTOR_ENTITIES + ("ORG",)
               or any(x.ent_type_ in _ACTOR_ENTITIES for x in c.subtree))
               and not _other_event_noun(c, lex, etype)
               for c in tok.children)


def _other_event_noun(c: Token, lex: Lexicon, etype: str) -> bool:
    rows = lex.lookup(c, "NOUN") if c.pos_ == "NOUN" else []
    return bool(rows) and not any(r.type == etype for r in rows)


_PARTY_PREPS = ("with", "from", "to", "between")


def _party_object(tok: Token) -> bool:
    """Rule 'a call to a party': "called Prime Minister Theresa May", "held a call with President
    Ruto", "made calls to Nigeria's Muhammadu Buhari": the verb's object, or the noun's with-,
    from-, to- or between-phrase, is itself a person or a country (no "call to action", no "calls
    for restraint"); a verb that also names what its object is ("called Kenya a great nation",
    "called the move a provocation") is no call."""
    kids = list(tok.children)
    if is_verb(tok):
        return _called_party(tok)
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS and any(
        _is_party(o) for o in c.children if o.dep_ == "pobj") for c in kids)


def _called_party(v: Token) -> bool:
    """A call verb's one object is a party, with no clause naming what it is and no name given."""
    kids = list(v.children)
    objects = [c for c in kids if c.dep_ in ("dobj", "oprd")]
    return len(objects) == 1 and _is_party(objects[0]) and not any(
        c.dep_ in ("xcomp", "ccomp") for c in kids) and not _naming_participle(v)


def _naming_participle(tok: Token) -> bool:
    """Rule 'a name given': a past participle with no subject or auxiliary of its own names what
    the noun before it is called ("a new trade agreement, called the United States-Mexico-Canada
    Agreement", "a group called the Friends of Syria"; the parser may tag it VBD): no call."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "advcl", "amod") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _is_party(t: Token) -> bool:
    """A person or a country, or a title with the person's name in apposition ("Ghana's
    President | Nana Akufo-Addo")."""
    return t.ent_type_ in ("PERSON", "GPE") and t.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)


def _recognised(lex: Lexicon, tok: Token) -> bool:
    """Rule 'what is recognised': a recognition's object is a state, a government or its
    independence ("recognized Belarus", "recognized the Government of Chile", "recognized
    Rwanda's independence"), not anything a country has ("recognised Poland's huge contribution")."""
    return any(c.dep_ == "dobj" and (c.ent_type_ in _ACTOR_ENTITIES + ("ORG",) and c.pos_ == "PROPN"
                                     or c.lemma_.lower() in lex.classes["recognition"])
               for c in tok.children)


def _object_rules_out(lex: Lexicon, row: Trigger, tok: Token) -> bool:
    """An object that says the row's act is not meant: a figurative object of a hostile verb
    ("seizing the opportunities of the 21st century"), a thing received by a host verb ("His
    proposal received warm response from Nien": no visitor)."""
    g = lex.grammar
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    return bool(row.type in HOSTILE and objects & g.figurative_objects or row.host and objects & g.received_things) \
        or row.type == "CONSULT" and _audience(g, tok) or is_verb(tok) and into_effect(tok, g)


def _audience(g, tok: Token) -> bool:
    """Rule 'talking to an audience': "Speaking to reporters in Kabul", "told journalists",
    "addressed the press": a verb whose to-, with- or direct object is an audience (``grammar.
    audience_words``) meets no one."""
    heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
              for p in c.children if p.dep_ == "pobj"]
    return any(h.lemma_.lower() in g.audience_words or h.lower_ in g.audience_words for h in heads)


def row_applies(lex: Lexicon, row: Trigger, tok: Token, v: Token | None, n: Token | None) -> bool:
    """Whether a lexicon row applies to the trigger token (see the module docstring)."""
    if row.with_ and not _has_with(row, tok):
        return False
    if row.type == "AGREE" and _shared_view(lex, tok):
        return False
    if _object_rules_out(lex, row, tok):
        return False
    if row.requires == "actor_object":
        return _recognised(lex, tok) if row.lemma in lex.grammar.recognition_triggers else _actor_object(tok, lex, row.type)
    if row.requires in _SYNTACTIC:
        return _SYNTACTIC[row.requires](lex, tok)
    if row.requires in _OBJECT_CLASSES and is_verb(tok):
        return bool(_object_words(tok) & lex.classes[row.requires])
    if row.requires:
        return bool(clause_words(v, n) & lex.classes[row.requires])
    return True


def _envoy_told_to_leave(lex: Lexicon, v: Token) -> bool:
    """Rule 'an envoy told to leave': the verb's object is a diplomat (the ``envoy`` class, or a
    name after such a title) and an infinitive "to leave" hangs on the verb or on the object
    after it ("ordered the U.S. ambassador in Caracas to leave the country", "gave U.S.
    Ambassador Patrick Duddy 72 hours to leave", "told two British diplomats to leave")."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    if not any({t.lower_ for t in np_like(o)} & lex.classes["envoy"] for o in objects):
        return False
    holders = [v] + [c for c in v.children if c.dep_ == "dobj"]
    return any(x.dep_ in ("xcomp", "relcl", "acl") and x.lemma_.lower() == "leave"
               for h in holders for x in h.children)


def _present_for(lex: Lexicon, v: Token) -> bool:
    """Rule 'there for an occasion': "be" with a named place ("in Managua") and an occasion
    (``occasion`` class: "for the Ortega inauguration", "for talks") tells a visit going on."""
    preps = {c.lower_: [x for x in c.children if x.dep_ == "pobj"] for c in v.children if c.dep_ == "prep"}
    place = any(x.pos_ == "PROPN" for p in ("in", "at") for x in preps.get(p, []))
    return place and any({x.lemma_.lower(), x.lower_} & lex.classes["occasion"] for x in preps.get("for", []))


def _declared_undesirable(v: Token) -> bool:
    """"declared Ambassador Gustavo Guzman persona non grata": an expulsion."""
    return any(t.lower_ == "grata" for t in v.subtree)


def _joint_intent(lex: Lexicon, v: Token) -> bool:
    """Rule 'confirmed that they will cooperate': the verb's that-clause says, with a future or
    modal auxiliary, that its subject will work together (``joint_work`` class, also through
    "continue to ..."): "Motegi and Maas confirmed that their countries will continue to
    cooperate", "confirmed that the two Ministers will continue to promote bilateral cooperation";
    also a that-clause of its object ("shared the view that they would cooperate")."""
    for c in (c for c in _that_clauses(v) if is_verb(c)):
        if not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children):
            continue
        chain = [c] + [x for x in c.children if x.dep_ == "xcomp"]
        if any(x.lemma_.lower() in lex.classes["joint_work"] for x in chain):
            return True
    return False


def _that_clauses(v: Token) -> list[Token]:
    """The that-clauses of v and of its object ("shared the view that they would cooperate")."""
    objects = [o for o in v.children if o.dep_ == "dobj"]
    return [c for c in v.children if c.dep_ == "ccomp"] + [
        c for o in objects for c in o.children
        if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)]


# syntactic requirements (lexicon.SYNTACTIC_REQUIREMENTS) with the rule that checks each
_SYNTACTIC = {
    "ties_subject": lambda lex, tok: _ties_subject(lex, tok),
    "party_object": lambda lex, tok: _party_object(tok),
    "envoy_leave": lambda lex, tok: _envoy_told_to_leave(lex, tok),
    "undesirable": lambda lex, tok: _declared_undesirable(tok),
    "present_for": lambda lex, tok: _present_for(lex, tok),
    "joint_intent": lambda lex, tok: _joint_intent(lex, tok),
}
_OBJECT_CLASSES = ("captive", "aid_goods", "assets")  # classes a verb's object must hold: who is released, what is given


def _object_words(v: Token) -> set[str]:
    """Rule 'who is released': the words of the verb's object or passive subject, and of its
    conjuncts' ("ISIL released a video ... announcing its intent to kill Japanese nationals"
    releases no one; "released two Japanese nationals", "the hostages were freed" do); of an
    intransitive verb, its subject ("five abductees returned to Japan")."""
    words: set[str] = set()
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")] or \
        [c for c in v.children if c.dep_ == "nsubj"]
    for c in objects:
        for t in np_like(c):
            _add_words(words, t)
    return words


def np_like(t: Token) -> list[Token]:
    """t, its compounds and modifiers, its of-phrase and its conjuncts ("two of its nationals")."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nummod", "conj", "appos"):
            out.extend(np_like(c))
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(x for p in c.children if p.dep_ == "pobj" for x in np_like(p))
    return out


def _ties_subject(lex: Lexicon, tok: Token) -> bool:
    """Relations that begin: the subject is a relations word and no infinitive follows
    ("diplomatic relations began in 1905", not "relations began to cool")."""
    return not any(c.dep_ == "xcomp" for c in tok.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.grammar.relations_words for c in tok.children)


def _shared_view(lex: Lexicon, tok: Token) -> bool:
    """Rule 'views are no agreements': "agreed on the need for ...", "agreed on the importance
    of ...": a view shared (``opinion_nouns``), not an agreement reached."""
    for c in tok.children:
        objects = [c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("on", "upon") else []
        if any(o.lemma_.lower() in lex.grammar.opinion_nouns for o in objects):
            return True
    return False


def _cue_words(tok: Token, quantities: frozenset[str] = frozenset()) -> set[str]:
    """The modifiers of tok and, of a verb, its object (through a quantity noun: "signed a
    number of agreements", ``quantity_nouns``) or the noun it modifies."""
    mods = {x.lower_ for c in tok.children if c.dep_ in _MODIFIER_DEPS
            for x in c.subtree if x.dep_ in _MODIFIER_DEPS + ("advmod",) or x.i == c.i}
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "relcl") and tok.head.tag_.startswith("NN"):
            objs += modified_nouns(tok)
        objs += _counted(objs, quantities)
        mods |= {x for o in objs for x in (o.lower_, o.lemma_.lower())}
    return mods


def _counted(objs: list[Token], quantities: frozenset[str]) -> list[Token]:
    """The of-objects of quantity nouns among objs ("a number | of agreements")."""
    return [x for o in objs if o.lemma_.lower() in quantities
            for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]


def row_type(lex: Lexicon, row: Trigger, tok: Token, v: Token | None) -> tuple[str, str | None]:
    """(type, mode) of the row at this token, after its prep_type and cue_type overrides."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if v is not None:
        preps |= {c.lower_ for c in v.children if c.dep_ == "prep"}
        # "welcomed President Obasanjo to the White House": the parser may hang it on the object
        preps |= {p.lower_ for o in v.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"}
    for prep, override in row.prep_type:
        if prep in preps:
            return override, None
    mods = _cue_words(tok, lex.grammar.quantity_nouns)
    for cls, override in row.cue_type:
        if mods & lex.classes[cls]:
            return override, None
    return row.type, row.mode


def verb_types(lex: Lexicon, h: Token) -> set[str]:
    """Event types a verb reports itself or through the noun it supports."""
    if not is_verb(h):
        return set()
    types = {r.type for r in lex.lookup(h, "VERB") if row_applies(lex, r, h, h, None)}
    if lemma_in(h, lex.support_verbs):
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.tag_.startswith("NN"):
                types |= {r.type for r in lex.lookup(c, "NOUN") if row_applies(lex, r, c, h, c)}
    return types
