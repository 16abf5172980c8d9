"""Which clauses count, and with which status.

Status: ``occurred`` (realis), ``ongoing`` (present progressive: "are holding talks") or
``planned``. A clause is realis (see ``is_realis``) in the simple past, present perfect, past
progressive, or as a participle of such a clause; not modal (will, would, could), negated,
conditional (if), infinitival (to meet) or in the present tense.

In a news story, a plan stated as such is an event with status ``planned``: ``will``/``shall``
with the trigger verb ("Kerry will meet Netanyahu"), the infinitive of a present-tense plan
verb ("is to visit", "plans to meet", "is scheduled to hold"), a support verb so marked ("talks
will take place next month"), or an event noun with a plan modifier and its own date ("the
upcoming January visit"). A plan needs a date; ``would``/``could``, negated and conditional
clauses are never events. In an undated overview page a future clause is the content of an
agreement or a policy ("Japan will lift part of its measures"), not a scheduled event.

Statements of the day (news): a main-clause present-tense speech act ("The DPRK condemns ...")
and a will/shall threat ("It will take countermeasures") are realis, dated ``published``.

Perfects: a perfect-aspect clause ("admitted that it had abducted", "Washington has imposed
sanctions") leaves its time open (see dating).

The word lists (modals, auxiliaries, hypothetical marks, plan heads, speech acts) are the
lexicon's ``grammar``.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Grammar, lemma_in
from .syntax import aux, conj_chain, has_own_subject, is_verb, name_word, to_infinitive

_NEGATING_ADVERBS = ("never", "not")


def _hypothetical_mark(c: Token, g: Grammar) -> bool:
    return c.dep_ == "mark" and c.lower_ in g.hypothetical_marks


def _negation(c: Token) -> bool:
    """A negation of its head verb, unless the verb also says "until" a date: "did not recognize
    Mauritania until 1969" tells that it recognised it in 1969 (rule 'not ... until'); "not
    established until modern Libya's independence" stays negated (no date to tell)."""
    if not (c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _NEGATING_ADVERBS):
        return False
    return not any(u.dep_ == "prep" and u.lower_ in ("until", "till")
                   and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in u.children) for u in c.head.children)


def blocked(t: Token, g: Grammar) -> bool:
    """Negated, modal, hypothetical or habitual at this verb ("has repeatedly refused offers",
    "regularly criticizing": many acts, none of them an event with a date)."""
    for c in t.children:
        if _negation(c) or _hypothetical_mark(c, g) or c.dep_ == "advmod" and c.lower_ == "yet":
            return True
        if c.dep_ == "advmod" and c.lower_ in g.habitual_adverbs:
            return True
        if c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in g.modals) and not name_word(c):
            return True
    return False


def over_years(n: Token, g: Grammar) -> bool:
    """Rule 'a process over years': a trigger noun counted in plural units of time ("after
    several years of talks", "decades of fighting", "months of negotiations") is a process,
    background with no date of its own, no event."""
    head = n.head
    return n.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in g.process_units \
        and head.head.i < n.i


def over_recent_years(v: Token, g: Grammar) -> bool:
    """Rule 'acts of recent years': a clause spread over a recent span counted in plural units
    of time ("has in recent years expelled a number of diplomats", "In recent months, Dhaka has
    been cooperating with India", "Over the past two years, China has sent warships") tells
    repeated acts or a process, no dated event. Read on the verb and its first conjunct."""
    for t in {v, _conjunct_root(v)}:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in g.span_preps and any(
                    p.dep_ == "pobj" and p.lower_ in g.process_units
                    and any(a.dep_ == "amod" and a.lower_ in g.recent_words for a in p.children)
                    for p in c.children):
                return True
    return False


def describes_process(v: Token, g: Grammar) -> bool:
    """A verb that only describes such a process ("years of talks mediated by Norway", the
    parser hanging it on "years" or on "talks")."""
    return v.dep_ == "acl" and (over_years(v.head, g) or v.head.lower_ in g.process_units)


def negated_or_conditional(t: Token, g: Grammar) -> bool:
    """Negated ("will not meet"), or under a condition: its own "if"/"unless", or an adverbial
    clause that has one ("If X conducts a test, Japan will impose sanctions")."""
    return any(_negation(c) or _hypothetical_mark(c, g)
               or c.dep_ == "advcl" and any(_hypothetical_mark(m, g) for m in c.children)
               for c in t.children)


def _realis_participle(v: Token, auxes: list[str], g: Grammar, depth: int) -> bool:
    """A past participle: realis, or a reduced clause that takes its head's reading (a reduced
    passive with its agent is realis: "as confirmed by X at their talks")."""
    if v.dep_ in ("acl", "advcl", "amod") and not auxes:
        if any(c.dep_ == "agent" for c in v.children):
            return True
        return not is_verb(v.head) or is_realis(v.head, g, depth + 1)
    return True


def _absolute(v: Token) -> bool:
    """Rule 'an absolute with-clause': "Beijing and Hanoi have agreed to seek solutions ..., with
    their defense ministers concluding talks on Wednesday": a gerund with a subject of its own
    after "with" tells a fact of its sentence's main clause, wherever the parser hung it."""
    return v.dep_ == "pcomp" and v.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in v.children)


def _realis_gerund(v: Token, auxes: list[str], g: Grammar, depth: int) -> bool:
    """A gerund: realis with a progressive auxiliary ("were holding"), or in a dependent clause
    of a realis clause ("met ..., discussing ...")."""
    if any(a in g.progressive_aux for a in auxes):
        return True
    if v.dep_ not in ("advcl", "acl", "relcl", "conj", "pcomp", "xcomp", "prep"):
        return False
    if _absolute(v):
        return is_verb(v.sent.root) and is_realis(v.sent.root, g, depth + 1)
    head = v.head
    while head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
        if head.head == head:
            break
    return not is_verb(head) or is_realis(head, g, depth + 1)


def is_realis(v: Token, g: Grammar, depth: int = 0) -> bool:
    """Rule 'realis clauses': whether the clause of verb v reports something that happened:
    simple past, present perfect, past progressive or a participle of such a clause; not modal
    (will, would, could), negated, conditional (if), infinitival (to meet) or present tense."""
    if depth > 6:
        return False
    chain = conj_chain(v)
    if any(blocked(x, g) for x in chain):
        return False
    auxes = [a.lower_ for x in chain for a in aux(x)]
    tag = v.tag_
    if tag == "VBD":
        return True
    if tag == "VBN":
        return _realis_participle(v, auxes, g, depth)
    if tag == "VBG":
        return not anticipated(v, g) and _realis_gerund(v, auxes, g, depth)
    if tag == "VB" and (_decided(v, g, depth) or _first_to(v, g, depth)):
        return True
    return tag == "VB" and "did" in auxes


def _first_to(v: Token, g: Grammar, depth: int) -> bool:
    """Rule 'the first to': "became the first Japanese Prime Minister to visit Australia" (a
    past copula whose attribute is ranked first, last or only): the visit happened."""
    if v.dep_ not in ("advcl", "acl", "relcl", "xcomp") or not to_infinitive(v):
        return False
    copula = v.head if is_verb(v.head) else v.head.head
    attr = next((c for c in copula.children if c.dep_ == "attr"), None)
    return attr is not None and is_verb(copula) and is_realis(copula, g, depth + 1) and any(
        c.dep_ == "amod" and c.lower_ in ("first", "last", "only") for c in attr.children)


def _decided(v: Token, g: Grammar, depth: int) -> bool:
    """Rule 'decisions taken': the infinitive of a light noun that a realis verb has as object
    ("announced the decision to re-establish diplomatic relations"), or of a past decision verb
    (``decision_verbs``: "the Government of Japan decided to extend Emergency Grant Aid") or of
    a past verb that says it was done (``implicative_verbs``: "the war led the United States to
    sever relations", "managed to reach a deal"), happened then; so did the infinitive of a
    light noun a named owner has ("Russia's action today to expel American diplomats")."""
    light = v.head
    if v.dep_ == "xcomp" and light.lemma_.lower() in g.decision_verbs | g.implicative_verbs and light.tag_ == "VBD":
        return is_realis(light, g, depth + 1)  # "the Government decided to extend aid": it did
    if v.dep_ not in ("acl", "xcomp") or light.lemma_.lower() not in g.light_nouns:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in light.children):
        return True  # "Russia's action today to expel American diplomats": the owner took it
    return light.dep_ in ("dobj", "nsubjpass") and is_verb(light.head) and is_realis(light.head, g, depth + 1)


def anticipated(v: Token, g: Grammar) -> bool:
    """Rule 'looking forward': the gerund of "looked forward to meeting in person", "look forward
    to welcoming him" is a plan (an ``anticipation_verbs`` verb with "forward" and "to")."""
    prep = v.head
    if v.tag_ != "VBG" or v.dep_ not in ("pcomp", "pobj") or prep.lower_ != "to":
        return False
    verb = prep.head
    return verb.lemma_.lower() in g.anticipation_verbs and any(c.lower_ == "forward" for c in verb.children)


def _passive_base(v: Token) -> bool:
    """A participle after a bare ``be`` ("will be held", "is to be signed")."""
    return v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in v.children)


def is_planned(v: Token, g: Grammar) -> bool:
    """Rule 'plans stated as such': ``will``/``shall`` with the verb ("Kerry will meet
    Netanyahu", "talks will be held"), "look forward to meeting" (``anticipated``), or the
    infinitive of a present-tense plan verb or adjective ("is to visit", "plans to meet", "is
    scheduled to hold", "is to be signed", "is due to arrive"), or a planned verb's purpose.
    Not ``would``/``could`` (possibilities), never negated or conditional."""
    chain = conj_chain(v)
    if anticipated(v, g):
        return not negated_or_conditional(v.head.head, g)
    if any(negated_or_conditional(x, g) for x in chain) or v.tag_ != "VB" and not _passive_base(v):
        return False
    auxes = {a.lower_ for x in chain for a in aux(x)}
    if auxes & g.future_aux:
        return not auxes & (g.modals - g.future_aux)
    return _present_plan_head(chain[-1], g) or _purpose_of_plan(v, g)


def _purpose_of_plan(v: Token, g: Grammar) -> bool:
    """Rule 'the purpose of a plan': the to-infinitive of purpose of a planned verb ("will also
    meet ... to reiterate the UK's support", "will travel to Fiji to meet ...") is planned too."""
    return v.dep_ in ("advcl", "xcomp") and to_infinitive(v) and is_verb(v.head) and v.head.i != v.i \
        and v.head.lemma_.lower() not in g.plan_heads and is_planned(v.head, g)


def _present_plan_head(v: Token, g: Grammar) -> bool:
    """v is the infinitive of a present-tense plan verb or adjective ("plans to meet", "is
    scheduled to hold", "is due to arrive": the copula's tense)."""
    head = v.head
    if v.dep_ != "xcomp" or head.lemma_.lower() not in g.plan_heads or negated_or_conditional(head, g):
        return False
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head
    head_aux = {a.lower_ for a in aux(head)}
    return head.tag_ in ("VBZ", "VBP") or head.tag_ == "VBN" and bool(head_aux & (g.present_aux | g.future_aux))


def is_ongoing(v: Token, g: Grammar) -> bool:
    """Rule 'ongoing': present progressive ("the two sides are holding talks")."""
    return v.tag_ == "VBG" and any(a.lower_ in g.present_aux for a in aux(v))


def _present(v: Token) -> bool:
    """Simple present, active or passive ("values", "is concerned", "are alarmed")."""
    return v.tag_ in ("VBZ", "VBP") or v.tag_ == "VBN" and any(a.lower_ in ("is", "are", "am") for a in aux(v))


def _conjunct_root(v: Token) -> Token:
    """The first verb of v's chain of conjuncts ("I express ... and regret ..., and vehemently
    condemn and reject it": express); a chain hung on the adjective of a copula starts at the
    copula ("I am deeply concerned ... and strongly condemn ...": am)."""
    t = v
    for _ in range(6):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    if t.i != v.i and t.dep_ == "acomp" and t.pos_ == "ADJ" and t.head.lemma_ == "be":
        return t.head
    return t


def _main_clause(v: Token, quote_verbs: frozenset[str] = frozenset()) -> bool:
    """The root, or a conjunct of it with its own subject or sharing a present root's; or the
    clause a root quote verb quotes ('"We condemn the coup," the minister said')."""
    top = _conjunct_root(v)
    if top.dep_ == "ccomp" and top.head.dep_ == "ROOT" and top.head.lower_ in quote_verbs \
            and _quoted_clause(top):
        top = top.head
    return v.dep_ == "ROOT" or top.dep_ == "ROOT" and (top.i == v.i or has_own_subject(v) or _present(top))


def _quoted_clause(v: Token) -> bool:
    """A clause between quotation marks (one just before or after its words)."""
    words = list(v.subtree)
    doc = v.doc
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    return words[0].is_quote or before is not None and before.is_quote or words[-1].is_quote


def _present_form(v: Token) -> bool:
    """A present tense; also the base form the tagger gives a conjunct that shares a present
    root's subject ("I express ... and vehemently condemn": VB)."""
    if v.tag_ in ("VBZ", "VBP"):
        return True
    return v.tag_ == "VB" and v.dep_ == "conj" and not has_own_subject(v) and _present(_conjunct_root(v))


def spoken_today(v: Token, n: Token, g: Grammar) -> bool:
    """Rule 'statements of the day', said with a noun: a main-clause present support verb whose
    object is a speech noun (``speech_nouns``: "I offer congratulations to all Namibians", "Japan
    expresses its condolences"), or a present stance verb with its stance noun ("The Government
    of Japan reiterates its strong solidarity with the people of Iraq"); never negated,
    conditional or with an auxiliary."""
    said = n.lemma_.lower() in g.speech_nouns or lemma_in(v, g.stance_verbs)
    return said and n.head.i == v.i and statement_today(v, False, g, nouns=True)


def statement_today(v: Token, threat: bool, g: Grammar, nouns: bool = False) -> bool:
    """Rule 'statements of the day': a main-clause statement of the story's day, a present-tense
    speech act ("X condemns Y"; also one coordinated with a present main verb whose subject it
    shares: "Japan is deeply concerned ... and strongly condemns the actions"), or a threat with
    will/shall ("X will take countermeasures": a threat is about the future but is made now).
    Never negated or conditional."""
    if not _main_clause(v, g.quote_verbs):
        return False
    if any(_negation(c) or _hypothetical_mark(c, g) for c in v.children):
        return False
    auxes = aux(v)
    if _present_form(v) and not auxes and (nouns or lemma_in(v, g.speech_acts)):
        return not _standing_policy(v, g)
    return threat and v.tag_ == "VB" and bool(auxes) and all(a.lower_ in g.future_aux for a in auxes)


def reported_speech_act(v: Token, g: Grammar, reporting: frozenset[str]) -> bool:
    """Rule 'a reported speech act': a present-tense speech act (``speech_acts``) in what a
    past reporting verb reports is done in the reporting ("Minister Kamikawa stated that Japan
    is deeply concerned ... and strongly condemns such escalation", "the spokesman said the
    government welcomes the accord"): it occurred when it was said. Never negated or
    conditional, never a standing policy."""
    if not lemma_in(v, g.speech_acts) or not _present_form(v) or aux(v):
        return False
    top = _conjunct_root(v)
    says = top.head
    if top.dep_ != "ccomp" or says.tag_ != "VBD" or not (lemma_in(says, reporting) or says.lower_ in g.quote_verbs):
        return False
    if any(_negation(c) or _hypothetical_mark(c, g) for x in (v, top, says) for c in x.children):
        return False
    return not _standing_policy(v, g)


def pledged(v: Token, g: Grammar, reporting: frozenset[str]) -> bool:
    """Rule 'aid pledged': a verb of giving with will or would (``pledge_aux``) in what a past
    reporting verb reports ("Minister Motegi stated that the Government of Japan would provide
    50,000 N95 masks", "announced that the UK would contribute £80 million"), or the infinitive
    of an intention (``intention_nouns``) that a past verb conveys ("conveyed Japan's intention
    to provide financial assistance"), is aid pledged when it was said. Never negated or
    conditional."""
    if _intended(v, g):
        return True
    auxes = aux(v)
    if v.tag_ != "VB" or not auxes or not all(a.lower_ in g.pledge_aux for a in auxes):
        return False
    top = _conjunct_root(v)
    says = top.head
    if top.dep_ != "ccomp" or says.tag_ != "VBD" or not lemma_in(says, reporting):
        return False
    return not any(negated_or_conditional(x, g) for x in (v, top, says))


def _intended(v: Token, g: Grammar) -> bool:
    """"conveyed Japan's intention to provide ...": v is the infinitive of an intention noun that
    is the object of a past verb."""
    noun = v.head
    if v.dep_ not in ("acl", "xcomp") or not to_infinitive(v) or noun.lemma_.lower() not in g.intention_nouns:
        return False
    verb = noun.head
    return noun.dep_ == "dobj" and verb.tag_ == "VBD" and not any(_negation(c) for c in verb.children)


def _standing_policy(v: Token, g: Grammar) -> bool:
    """Rule 'a policy is no statement': a present tense whose subject is a policy (``policy_nouns``:
    "U.S. policy toward Colombia supports the government's efforts"), or support whose object is
    a country itself ("The United States supports a strong, independent, and prosperous
    Vietnam"), tells a standing policy, not a statement of the day."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in g.policy_nouns for c in v.children):
        return True
    return v.lemma_.lower() == "support" and any(
        c.dep_ == "dobj" and c.ent_type_ == "GPE" and c.pos_ == "PROPN" for c in v.children)


def perfect(v: Token) -> bool:
    """Perfect aspect (has/had + participle, also through a conjunct's head): the event's time
    is left open ("Washington has imposed sanctions", "admitted that it had abducted")."""
    t = v
    while True:
        if any(a.lemma_.lower() == "have" or a.lower_ in ("has", "have", "had", "'ve", "'d") for a in aux(t)):
            return v.tag_ == "VBN"
        if t.dep_ == "conj" and not aux(t) and not has_own_subject(t) and is_verb(t.head):
            t = t.head
            continue
        return False
