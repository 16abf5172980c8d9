"""Syntax helpers: predicates and walks over spaCy's dependency parse that the event rules
share (argument noun phrases, clause tokens, role prepositions, subjects and objects). They
read no document state; the word lists they need come from the lexicon's ``grammar``.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.spans import entity_at
from ..textrules import TIMES_OF_DAY
from .lexicon import Grammar, lemma_in

# dependents that start a clause or an adjunct and are cut out of an argument noun phrase
_NP_PRUNE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "parataxis", "csubj", "mark",
                       "punct", "cc", "prep", "conj", "det", "predet", "case"})
# dependents that start an embedded clause: not part of the clause of their head
_EMBEDDED = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"})
_LOCATIVE_PREPS = frozenset({"on", "in", "at", "near", "off", "outside", "inside"})


# ------------------------------------------------------------------ token predicates
def is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX")


def name_word(t: Token) -> bool:
    """A capitalised word inside a name that the parser took for an auxiliary ("Prime Minister
    Theresa May held talks": "May" is no modal)."""
    return t.i > t.sent.start and t.text[:1].isupper() and t.nbor(-1).pos_ == "PROPN"


def aux(t: Token) -> list[Token]:
    """The auxiliaries of t (not a name word the parser took for one)."""
    return [c for c in t.children if c.dep_ in ("aux", "auxpass") and not name_word(c)]


def has_own_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children)


def has_det(t: Token, word: str) -> bool:
    """Whether t has the determiner word ("the", "no")."""
    return any(c.dep_ == "det" and c.lower_ == word for c in t.children)


def head(t: Token) -> Token:
    """t's head, except for a verb coordinated after an after/before clause of a relational
    main verb: in "The launch came two days after Pyongyang accused the U.S. ..., and threatened
    to shoot them down" the parser hangs "threatened" on "came"; it continues "accused"."""
    h = t.head
    if t.dep_ == "conj" and h.lemma_.lower() in ("come", "follow") and is_verb(t) and not has_own_subject(t):
        best = None
        for c in h.children:
            if c.dep_ == "advcl" and h.i < c.i < t.i and has_own_subject(c) and \
                    any(x.dep_ == "mark" and x.lower_ in ("after", "before") for x in c.children):
                best = c
        if best is not None:
            return best
    return h


def conj_chain(v: Token) -> list[Token]:
    """v and the verbs it is coordinated under without a subject or auxiliary of its own."""
    chain, t = [v], v
    while t.dep_ == "conj" and not aux(t) and not has_own_subject(t) and is_verb(t.head):
        t = t.head
        chain.append(t)
    return chain


def main_clause(t: Token) -> bool:
    """Whether t's first conjunct is the root or an adverbial clause."""
    while t.dep_ == "conj":
        t = t.head
    return t.dep_ in ("ROOT", "advcl")


# ------------------------------------------------------------------ phrases and clauses
def _np_child(c: Token, t: Token, g: Grammar, conj: bool) -> list[Token]:
    """Which part of child c the noun phrase of t keeps (see np_tokens)."""
    dep = c.dep_
    if dep == "prep":
        return _np_prep(c, t, g)
    if dep == "conj":
        return [c] if conj and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") else []
    if dep == "acl":
        return [a for a in c.children if a.dep_ == "agent"]
    if dep == "agent" or dep not in _NP_PRUNE:
        return [] if dep == "appos" and _place_after_place(c) else [c]  # "met X in Beijing, the People's Republic of China"
    return []


def _np_prep(c: Token, t: Token, g: Grammar) -> list[Token]:
    """A prepositional phrase the noun phrase keeps: of/with/to ... (``np_preps``), a
    spokesman's for-phrase; not "from" after a separation noun ("the independence of Kosovo
    from Serbia": Serbia is what was left, no party)."""
    if c.lower_ == "from" and t.lemma_.lower() in g.separation_nouns:
        return []
    return [c] if c.lower_ in g.np_preps or c.lower_ == "for" and t.lower_ in g.spokesperson else []


def _place_after_place(c: Token) -> bool:
    """An apposition that is a place name set off after another place name ("in Beijing, the
    People's Republic of China"): the parser may hang it on the phrase before the city."""
    if c.ent_type_ not in ("GPE", "LOC"):
        return False
    ent = entity_at(c.doc, c.i)
    before = ent.start - 1 if ent is not None else c.i - 1
    return before >= 1 and c.doc[before].text == "," and c.doc[before - 1].ent_type_ in ("GPE", "LOC")


def np_tokens(head_: Token, g: Grammar, conj: bool = True) -> list[Token]:
    """The noun phrase of head without clauses and adjuncts (keeps of/with/to... phrases,
    nominal conjuncts and, of a participle, its by-agent: "the statement issued by X"; and a
    spokesman's for-phrase: "a spokesman for the Foreign Ministry of the DPRK"), with the whole
    place name each token lies in (the parser may hang a name's first words elsewhere: "the
    People's | Republic of China" is no "Republic of China")."""
    out = []
    stack = [head_]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            stack.extend(_np_child(c, t, g, conj))
    return _whole_names(out)


def _whole_names(tokens: list[Token]) -> list[Token]:
    """The tokens, sorted, with every token of the place names (GPE, LOC) they lie in."""
    have = {t.i for t in tokens}
    for t in tokens:
        ent = entity_at(t.doc, t.i) if t.ent_type_ in ("GPE", "LOC") else None
        if ent is not None:
            have.update(range(ent.start, ent.end))
    return [tokens[0].doc[i] for i in sorted(have)]


def _glued(doc, prev: int, i: int) -> bool:
    """Tokens prev and i are one word but for a hyphen between them, written without spaces
    ("Guinea-Bissau", which the parser may split into Guinea / - / Bissau)."""
    gap = doc[prev + 1:i]
    return len(gap) == 1 and gap[0].text in HYPHENS and not doc[prev].whitespace_ and not gap[0].whitespace_


HYPHENS = ("-", "\u2010", "\u2011")


def runs(tokens: list[Token], offset: int) -> list[tuple[int, int]]:
    """Contiguous absolute character runs covered by the (sorted) tokens; a hyphen left out
    between two parts of one word does not break a run."""
    out: list[tuple[int, int]] = []
    prev = None
    for t in tokens:
        s, e = offset + t.idx, offset + t.idx + len(t.text)
        if prev is not None and out and (t.i == prev + 1 or _glued(t.doc, prev, t.i)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        prev = t.i
    return out


def clause_tokens(head_: Token) -> list[Token]:
    """Tokens of head's clause, without embedded clauses (relative, adverbial, complement)."""
    out = []
    stack = [head_]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _EMBEDDED or c.dep_ == "conj" and is_verb(c):
                continue
            stack.append(c)
    return out


def _coordinated_verb(c: Token, head_: Token) -> bool:
    return c.dep_ == "conj" and is_verb(c) or c.dep_ == "cc" and any(
        x.dep_ == "conj" and is_verb(x) for x in head_.children)


def clause_text(text: str, offset: int, head_: Token) -> str:
    """The words of head's clause without its coordinated verbs, trimmed of punctuation."""
    drop = set()
    for c in head_.children:
        if _coordinated_verb(c, head_):
            drop |= {t.i for t in c.subtree}
    tokens = [t for t in head_.subtree if t.i not in drop and not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return ""
    return text[offset + tokens[0].idx: offset + tokens[-1].idx + len(tokens[-1].text)]


def trigger_text(tok: Token, v: Token | None, n: Token | None) -> str:
    """The words that triggered the event: support verb and noun, or the verb and its particle."""
    if n is not None and v is not None and v != n:
        return f"{v.text} {n.text}" if v.i < n.i else f"{n.text} {v.text}"
    extra = [c.text for c in tok.children if c.dep_ == "prt"]
    return " ".join([tok.text, *extra])


def locative_tokens(p: Token, g: Grammar) -> list[Token]:
    """Tokens inside the phrase of an in/at object that may name where it is: possessors and
    the objects of nested locative prepositions ("a resort on Singapore's Sentosa island" ->
    island, Singapore); not compounds, which name parties ("the Japan-DPRK Summit")."""
    out = []
    stack = list(p.children)
    if p.lemma_.lower() in g.settlements:  # "the Wonsan area", "the capital Ulaanbaatar": the name is a
        out.extend(c for c in p.children if c.dep_ in ("compound", "appos"))  # compound or an apposition
    while stack:
        t = stack.pop(0)
        if t.dep_ in ("poss", "pobj"):
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ in ("poss", "prep"))
        elif t.dep_ == "prep" and (t.lower_ in _LOCATIVE_PREPS
                                   or t.lower_ == "of" and t.head.lemma_.lower() in g.settlements):
            stack.extend(t.children)  # "in the southern port city of Busan"
    return out


def in_topic(t: Token, top: Token, topic_preps: frozenset[str]) -> bool:
    """Whether the preposition t lies inside a topic argument under top: an about/regarding/
    concerning phrase, or an on/over phrase of a noun ("views on", "talks over"); an on-phrase of
    the verb is a place or an occasion ("met on the sidelines of ...")."""
    x = t.head
    for _ in range(12):
        if x == top or x.head == x:
            return False
        if x.dep_ == "prep" and (x.lower_ in topic_preps or x.lower_ in ("on", "over") and x.head.pos_ in ("NOUN", "PROPN")):
            return True
        x = x.head
    return False


# ------------------------------------------------------------------ arguments
def _direct_subjects(v: Token) -> list[tuple[Token, str]]:
    out = []
    for c in v.children:
        if c.dep_ == "nsubj":
            out.append((c, "source"))
        elif c.dep_ == "nsubjpass":
            out.append((c, "target"))
        elif c.dep_ == "agent":
            out.extend((p, "source") for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "aux" and name_word(c):
            out.append((c, "source"))  # "Prime Minister Theresa May held": the name is the subject
    return out


def to_infinitive(v: Token) -> bool:
    """v has the infinitival "to" ("to visit", "to meet")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)


def for_gerund_object(v: Token) -> Token | None:
    """The object of the verb whose "for" phrase the gerund v is ("thanked the Prime Minister |
    for recognising the State of Palestine": the Prime Minister), else None."""
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.lower_ == "for" \
            and is_verb(v.head.head):
        return next((c for c in v.head.head.children if c.dep_ == "dobj"), None)
    return None


def _subject_controlled(v: Token) -> bool:
    """An infinitive whose subject is its governing verb's, not that verb's object ("urged X to
    return" is X's return); also the infinitive of "became the first Japanese Prime Minister to
    visit Australia" (the parser's adverbial clause of a verb with an attribute)."""
    if v.dep_ == "advcl" and v.tag_ == "VB" and is_verb(v.head) and any(c.dep_ == "attr" for c in v.head.children):
        return to_infinitive(v)
    return v.dep_ == "xcomp" and v.tag_ == "VB" and is_verb(v.head) \
        and not any(c.dep_ == "dobj" for c in v.head.children)


def _object_controller(v: Token) -> Token | None:
    """Rule 'object control': the subject of an infinitive whose governing verb has an object is
    that object ("the war led the United States to sever relations": the United States severs);
    so is that of a gerund after "for" on a verb with an object ("The President thanked the Prime
    Minister for recognising the State of Palestine": the Prime Minister recognised)."""
    if v.dep_ == "pcomp":
        return for_gerund_object(v)
    if v.dep_ != "xcomp" or v.tag_ != "VB" or not is_verb(v.head):
        return None
    return next((c for c in v.head.children if c.dep_ == "dobj"), None)


def _adjective_controlled(v: Token) -> bool:
    """The infinitive of a predicate adjective ("is due to arrive") takes the copula's subject."""
    return v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.dep_ == "acomp" and is_verb(v.head.head)


def _gerund_after_preposition(v: Token) -> bool:
    """A gerund that is the object of a verb's preposition ("looked forward to meeting")."""
    return v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and is_verb(v.head.head)


def _gerund_after_adjective(v: Token) -> bool:
    """A gerund after the preposition of a predicate adjective ("stand united in condemning",
    "are committed to supporting"): the verb's subject is the gerund's."""
    p = v.head
    return v.dep_ == "pcomp" and v.tag_ == "VBG" and p.dep_ == "prep" and p.head.pos_ in ("ADJ", "VERB") \
        and p.head.dep_ == "acomp" and is_verb(p.head.head)


def _conjunct_head(v: Token) -> Token | None:
    """The verb a conjunct verb shares its subject with: its first conjunct, or the copula of
    the adjective it is coordinated with ("I am deeply concerned ... and strongly condemn ...")."""
    if v.dep_ != "conj":
        return None
    if is_verb(head(v)):
        return head(v)
    if v.head.dep_ == "acomp" and v.head.head.lemma_ == "be":
        return v.head.head
    return None


def _inherited_subject_head(v: Token, support_verbs: frozenset[str]) -> Token | None:
    """The verb whose subject v takes: its first conjunct, the clause a participle depends on,
    the verb controlling an infinitive (not through an object: "urged X to return"), the verb
    whose preposition a gerund follows ("looked forward to meeting"), or the
    support verb of the noun a gerund modifies ("issued a statement denouncing the
    drills": who issued it denounces)."""
    conjunct = _conjunct_head(v)
    if conjunct is not None:
        return conjunct
    if v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBG", "VBN") and is_verb(v.head):
        return v.head
    if _subject_controlled(v):
        return v.head  # subject control: "Kishida plans to visit Seoul", "agreed to hold talks"
    if _adjective_controlled(v):
        return v.head.head  # "Sang is due to arrive", "is eager to meet": the copula's subject
    if _gerund_after_adjective(v):
        return v.head.head.head  # "The UK and our partners stand united in condemning ..."
    if _gerund_after_preposition(v):
        return v.head.head  # "the leaders looked forward to meeting", "after meeting Kim, Trump said"
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and is_verb(v.head.head) \
            and lemma_in(v.head.head, support_verbs):
        return v.head.head
    return None


def subject_tokens(v: Token, depth: int = 0, support_verbs: frozenset[str] = frozenset()) -> list[tuple[Token, str]]:
    """(noun phrase head, role) for the subject of verb v: nsubj -> source, passive subject ->
    target with the by-agent as source; inherited from the first conjunct, the governing clause
    of a participle or the noun a relative clause modifies."""
    out = _direct_subjects(v)
    if any(t.tag_ in ("WP", "WDT") for t, _ in out) and v.dep_ == "relcl":
        return [(v.head, role) for t, role in out]
    if out and _passive_conjunct_without_subject(v, out) and depth <= 5:
        # "Mauritania applied to join ... but was vetoed by the Soviet Union": the first
        # conjunct's subject is the passive's
        return out + [(t, "target") for t, _ in subject_tokens(_conjunct_head(v), depth + 1, support_verbs)]
    if out or depth > 5:
        return out
    if _noun_is_subject(v):
        return [(v.head, "source")]
    controller = _controller(v)
    if controller is not None:
        return [(controller, "source")]
    inherit = _inherited_subject_head(v, support_verbs)
    if inherit is not None:
        return _active_after_passive(v, inherit, subject_tokens(inherit, depth + 1, support_verbs))
    return out


def _passive_conjunct_without_subject(v: Token, out: list[tuple[Token, str]]) -> bool:
    """A passive conjunct verb with a by-agent and no subject of its own."""
    return v.dep_ == "conj" and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children) \
        and all(role == "source" for _, role in out) and _conjunct_head(v) is not None \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _active_after_passive(v: Token, inherit: Token, got: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """Rule 'an active verb after a passive one': in "Canada is alarmed by the reports and
    condemns the arrests" the passive's subject is the active conjunct's agent (source), and the
    passive's by-phrase is no party of it."""
    if v.dep_ != "conj" or v.tag_ == "VBN" or inherit.tag_ != "VBN":
        return got
    return [(t, "source") for t, _role in got if t.dep_ == "nsubjpass"] or got


def _controller(v: Token) -> Token | None:
    """Who does an infinitive without a subject: the owner of the noun it completes, else the
    object of the verb it depends on."""
    return _noun_owner(v) or _object_controller(v)


def _noun_owner(v: Token) -> Token | None:
    """Rule 'the owner of an act noun': the infinitive of a noun a possessor owns ("Russia's
    action today to expel American diplomats", "Japan's decision to extend aid") is done by it."""
    if v.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    return next((c for c in v.head.children if c.dep_ == "poss"), None)


def _finite_acl(v: Token) -> bool:
    """"Italy, which had possessions in Africa, invaded and occupied Ethiopia": the parser hangs
    the main verb on the sentence's only noun as a clause of it; a past-tense verb (not a
    participle) there is that noun's predicate."""
    return v.dep_ == "acl" and v.tag_ == "VBD" and v.head.dep_ == "ROOT" and v.head.pos_ == "PROPN"


def _noun_is_subject(v: Token) -> bool:
    """The noun the clause hangs on is its subject: a relative clause, a finite acl, an active
    participle on a subject."""
    return v.dep_ == "relcl" or _finite_acl(v) or _active_participle(v)


def _active_participle(v: Token) -> bool:
    """"Defence ministers of Japan and Australia meeting in Tokyo signed ...": a present
    participle on the clause's subject has it as its own subject (on an object, "issued a
    statement condemning the coup", it takes the clause's)."""
    return v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") \
        and v.head.dep_ in ("nsubj", "nsubjpass")


def between(t: Token) -> list[Token]:
    """The sides of a relation named in t's phrase: "a breakthrough in relations between the
    Republic of Korea and Japan" -> [Republic of Korea, Japan]."""
    out = []
    for p in t.subtree:
        if p.dep_ == "prep" and p.lower_ == "between":
            for x in p.children:
                if x.dep_ == "pobj":
                    out.append(x)
                    out.extend(c for c in x.conjuncts)
    return out


def role_preps(t: Token, topic: frozenset[str], g: Grammar) -> list[Token]:
    """Objects of the party-marking prepositions under t (with, against, to, on ...)."""
    out = []
    for c in t.children:
        if c.lower_ not in g.role_preps or c.lower_ in topic:
            continue
        if c.dep_ in ("prep", "dative"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prt":
            out.extend(p for p in t.children if p.dep_ == "dobj")
    return out


def object_tokens(v: Token, exclude: Token | None = None) -> list[Token]:
    """The objects of v; with none, a named person or country the parser took for a predicate
    ("called British Prime Minister Rishi Sunak", parsed like "called him a hero")."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj", "obj") and c != exclude
               and not _place_after_place(c)]  # "held a meeting in Beijing, the People's Republic of China"
    return objects or [c for c in v.children if c.dep_ == "oprd" and c.ent_type_ in ("PERSON", "GPE")
                       and c.pos_ == "PROPN" and c != exclude]


def date_governor(top: Token, span) -> Token | None:
    """The token a date phrase modifies: climb out of the phrase through pobj/conj/appos links
    to the preposition and return its head ("On February 27 and March 5, ... launched"); a date
    that is a modifier of a noun modifies that noun ("Obama's March 2016 visit")."""
    t = top
    for _ in range(8):
        if t.head == t:
            return t if t not in span else None
        if t.dep_ in ("compound", "nummod", "amod", "nmod") and t.head not in span and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head  # "Obama's March 23-24, 2016 visit": the date modifies the noun
        if t.dep_ in ("pobj", "conj", "appos", "compound", "nummod", "amod", "det", "nmod", "case"):
            t = t.head
            continue
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.lower_ in TIMES_OF_DAY:
            t = t.head  # "on the morning of May 23": the day of what the morning is of
            continue
        return t.head
    return None


def set_off_noun(span) -> Token | None:
    """Rule 'a date set off before its noun': "Iraq's August 2, 1990, invasion of Kuwait", "the
    June 25, 1950, attack". A date between a possessive or determiner and a comma modifies the
    noun after the comma (adjectives and compounds may come between: "the July 15, 2016, coup
    attempt"), whatever the parser hung it on."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    before = doc[span.start - 1]
    if not (before.dep_ == "case" or before.tag_ == "POS" or before.lower_ in ("the", "a", "an")):
        return None
    for t in doc[span.end + 1: span.end + 4]:
        if t.pos_ == "NOUN" and t.tag_.startswith("NN") and t.dep_ != "compound":
            return t
        if t.pos_ not in ("ADJ", "PUNCT") and t.dep_ not in ("amod", "compound"):
            return None
    return None


def set_off_owner(n: Token) -> Token | None:
    """The possessor written before a date set off before noun n ("Iraq's" in "Iraq's August 2,
    1990, invasion"), or None."""
    doc = n.doc
    i = n.i - 1
    while i > 0 and doc[i].text != "," and (doc[i].dep_ in ("amod", "compound") or doc[i].pos_ == "ADJ"):
        i -= 1
    if i <= 0 or doc[i].text != "," or not doc[i - 1].ent_type_ == "DATE":
        return None
    i -= 1
    while i > 0 and doc[i].ent_type_ == "DATE":
        i -= 1
    mark = doc[i]
    if mark.tag_ != "POS" or mark.i == 0:
        return None
    return mark.head if mark.head.i < mark.i else doc[mark.i - 1]


def _content_heads(h: Token, n: Token | None) -> list[Token]:
    comps = [c for c in h.children if c.dep_ in ("xcomp", "ccomp")]
    objs = [c for c in h.children if c.dep_ == "dobj" and c != n]
    preps = [p for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
             for p in c.children if p.dep_ in ("pobj", "pcomp")]
    return comps + ([] if comps else objs) + preps


def content_lemmas(v: Token | None, n: Token | None) -> frozenset[str]:
    """What a statement asks or says, as lemmas of its nouns and verbs: the clause a verb governs
    ("urges the military *to restore the democratic system*"), else its object ("urges *the
    release of those detained*"), and for- and of-phrases ("calls *for restraint*"); of a noun,
    its for- and of-phrases. The addressee of a verb with a clause of its own is not content."""
    heads = [x for h in (v, n) if h is not None for x in _content_heads(h, n)]
    return frozenset(t.lemma_.lower() for h in heads for t in h.subtree
                     if t.pos_ in ("NOUN", "VERB") and not t.is_stop and t.is_alpha)


def without_brief(tokens: list[Token]) -> list[Token]:
    """Rule 'an envoy's brief': the for-phrase of the title before a person's name names the
    country of their brief, not theirs nor a party ("UN Special Envoy for Yemen Martin
    Griffiths", "U.S. Special Envoy for Sudan Tom Perriello")."""
    brief = {x.i for t in tokens if t.dep_ == "prep" and t.lower_ == "for" and t.head.ent_type_ != "PERSON"
             and t.head.head.ent_type_ == "PERSON" and t.head.head.i != t.head.i
             for x in t.subtree if x.i < t.head.head.i and x.ent_type_ != "PERSON"}  # up to the name
    return [t for t in tokens if t.i not in brief] if brief else tokens


def purpose_infinitive(v: Token) -> Token | None:
    """"will travel to Fiji | to meet Prime Minister Rabuka": a verb's purpose infinitive."""
    return next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and to_infinitive(c)), None)


def into_effect(v: Token, g) -> bool:
    """Rule 'coming into effect': "came into force", "entered into force", "took effect" (an
    ``effect_nouns`` word as the object of the verb or of its "into"): the subject's event
    happens then ("A ceasefire brokered by Ukraine, Russia, Germany and France came into effect
    on Sunday"); the verb tells no act of its own."""
    objects = [c for c in v.children if c.dep_ == "dobj"] + [
        p for c in v.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in g.effect_nouns and not any(x.dep_ == "det" for x in o.children) for o in objects)
