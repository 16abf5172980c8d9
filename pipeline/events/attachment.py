"""Attaching dates: each DateMention to the token its phrase modifies (``attach_dates``), read
by ``dating`` for a clause's own dates.

* A date inside a quoted name ("the “Cooperation Program ... for 2014-2016” was signed") dates
  the name, never an act.
* The governor is the word the date's phrase hangs on, the verb for an auxiliary ("will today
  (21 June) visit Warsaw").
* A date on a participle or relative clause of a noun ("the Conference held last November")
  dates that thing, not the narrative; so does a month or longer inside what someone says
  ("stated that his visit to Japan in December 2019 further elevated relations").
* **Object dates** (news). ``condemned the North's launch of a missile on Wednesday`` in a
  Friday story: a date before the story's day, right after an event-noun or occasion object
  that has its own agent (possessor or by-phrase), dates that object, which becomes an event;
  also a date with no preposition ("congratulated President Boric on his election last month").
  A date after the story's day right after the object of a past verb of looking ahead dates
  the object ("looked forward to the President's visit to the UK in July").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import lemma_in
from .relative import first_since, since_bound
from .syntax import date_governor, is_verb, set_off_noun

if TYPE_CHECKING:
    from .context import Context

# words a quoted name leaves in lower case ("Memorandum on Cooperation between Japan and ...")
NAME_FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "between", "by", "for", "in", "of", "on", "the", "to", "with"})


def attach_dates(ctx: Context) -> None:
    """Map each DateMention to the token its phrase modifies (a verb or a noun)."""
    for d in ctx.dates:
        located = ctx.span_of(d.start_char, d.end_char)
        if located is None:
            continue
        unit, _, span = located
        top = span.root
        if first_since(top):
            continue  # "the first visit by a Secretary of State since 1955": the visit is not of 1955
        governor = _governor(span, top)
        if governor is not None and _after_an_anniversary(ctx, span):
            continue  # the anniversary's, no act's
        if governor is not None and ctx.news:
            low = _low_attachment(ctx, governor, top, d)
            if low.i == governor.i:
                low = _period_of_object(ctx, governor, d, ctx.units[unit][0]) or low
            if low.i != governor.i:
                ctx.nominal_dates.add((d.start_char, d.end_char))
            governor = low
        if governor is not None:
            ctx.date_attach[(unit, governor.i)].append(d)
            _mark(ctx, d, governor, top)


def _mark(ctx: Context, d, governor: Token, top: Token) -> None:
    """Record what an attached date is: a thing's, a quoted name's, or a noun's (no act's)."""
    key = (d.start_char, d.end_char)
    if _dates_a_thing(governor):
        ctx.thing_dates.add(key)
    if in_quoted_name(ctx.text, d.start_char):
        ctx.quoted_dates.add(key)
    if key in ctx.thing_dates or key in ctx.quoted_dates or since_bound(top) \
            or ctx.news and _reported_background(ctx, governor, d) or _possessive_date(governor, top):
        ctx.nominal_dates.add(key)


def _possessive_date(governor: Token, top: Token) -> bool:
    """Rule 'a day's event': a date written as the possessor of an event noun ("yesterday's
    blatant and unprecedented attack by Iran", "last night's air attack") dates that event
    only, never the narrative that goes on after it."""
    return top.dep_ == "poss" and governor.pos_ == "NOUN"


def in_quoted_name(text: str, at: int) -> bool:
    """The offset lies inside a name in curly quotation marks on its line, every word of it
    capitalised but the short function words and no sentence break inside: the date of a quoted
    name ("the “Cooperation Program between Japan and Tajikistan for 2014-2016” was signed") is
    the name's, not an act's; a quoted speech ("“... we will today agree ...”") is no name."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = text.rfind("“", line_start, at)
    closed = text.find("”", at)
    if opened < 0 or closed < 0 or text.find("”", opened, at) >= 0:
        return False
    inner = text[opened + 1 : closed]
    words = re.findall(r"[A-Za-z][\w'’-]*", inner)
    return bool(words) and not re.search(r"[.!?;:]\s", inner) \
        and all(w[0].isupper() or w.lower() in NAME_FUNCTION_WORDS for w in words)


def _governor(span, top: Token) -> Token | None:
    """The token the date's phrase modifies, the verb for an auxiliary ("will today (21 June)
    visit Warsaw": the parser hangs it on "will")."""
    governor = set_off_noun(span) or date_governor(top, span)
    if governor is not None and governor.dep_ == "aux" and is_verb(governor.head):
        return governor.head
    return governor


def _reported_background(ctx: Context, governor: Token, d) -> bool:
    """A month, year or longer inside what someone says ("President Mirziyoyev stated that his
    visit to Japan in December 2019 further elevated bilateral relations") is background to the
    report, not the date the story goes on to narrate."""
    if d.precision in ("day", "week"):
        return False
    t = governor
    for _ in range(8):
        if t.dep_ in ("ccomp", "dobj") and lemma_in(t.head, ctx.lex.reporting_verbs):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def _after_an_anniversary(ctx: Context, span) -> bool:
    """Rule 'an anniversary's year': a date right after the phrase of an anniversary
    (``anniversary_nouns``: "extended his congratulations on the 30th anniversary of the
    establishment of diplomatic relations between Japan and Moldova this year") dates the
    anniversary, wherever the parser hangs it, not the act of the day."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    for t in (before, *before.ancestors):
        if is_verb(t):
            return False
        if t.lemma_.lower() in ctx.lex.grammar.anniversary_nouns:
            return True
    return False


def _dates_a_thing(governor: Token) -> bool:
    """A date on a participle or relative clause of a noun ("the Conference held last
    November", "the Summit – set to take place in London in July") dates that thing, not the
    narrative (a visit's own date does: "Since Mr. Mori's visit in August 2000, ...")."""
    t = governor
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("acl", "relcl")


def _date_prep(top: Token, verb: Token) -> Token | None:
    """The preposition of the date phrase whose head is the verb, or None."""
    prep = top
    while prep.dep_ != "prep" and prep.i != prep.head.i and prep.head.i != verb.i:
        prep = prep.head
    return prep if prep.dep_ == "prep" and prep.head.i == verb.i else None


def _agentive_object(ctx: Context, verb: Token, prep: Token, direct: bool = True) -> Token | None:
    """The event-noun object right before prep that has its own agent (possessor or by-phrase):
    the verb's direct object, or the object of a preposition of the verb ("sanctioned in
    response to Iran's attack on Israel on 14 April")."""
    for obj in _objects(verb, direct):
        if not obj.tag_.startswith("NN") or not (ctx.lex.lookup(obj, "NOUN") or obj.lemma_ in ctx.lex.classes["occasion"]):
            continue
        if max(t.i for t in obj.subtree) + 1 != prep.i:
            continue
        if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in obj.children):
            return obj
    return None


def _objects(verb: Token, direct: bool) -> list[Token]:
    """The verb's direct objects (when ``direct``) and the objects of its prepositions (one or
    two deep: "in response to X")."""
    out = [c for c in verb.children if c.dep_ == "dobj"] if direct else []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            out.append(pobj)
            out.extend(o for p2 in pobj.children if p2.dep_ == "prep" for o in p2.children if o.dep_ == "pobj")
    return out


def _low_attachment(ctx: Context, verb: Token, top: Token, d) -> Token:
    """Rule 'object dates' (news): "condemned the North's launch of a ... missile on Wednesday"
    in a Friday story. A date before the story's day, right after the object of a verb, dates
    that object when the object is an event noun with its own agent (a possessor or a by-phrase)
    and the verb does not make it happen (not "held talks on Monday"): the reaction is the news
    of the day, the act it reacts to is what the earlier date belongs to. So is an event noun
    with its own agent in a phrase of the verb ("imposed sanctions on Iran in response to Iran's
    missile attack on Israel on 1 October"), whatever the verb. Likewise a date after the story's
    day cannot date a past verb of looking ahead: "looked forward to the President's visit to
    the UK in July" dates the visit."""
    story = ctx.day_at(d.start_char) or ctx.lead_date  # the lead's date may be this very date
    if story is None or not is_verb(verb):
        return verb
    ahead = d.value_start > story.value_end and verb.tag_ == "VBD" and _anticipating(ctx, verb)
    if d.value_end >= story.value_start and not ahead:
        return verb
    prep = _date_prep(top, verb) or (top.left_edge if top.dep_ == "npadvmod" and top.head.i == verb.i else None)
    if prep is None:  # "congratulated President Boric on his election last month": no preposition
        return verb
    return _agentive_object(ctx, verb, prep, direct=not lemma_in(verb, ctx.lex.support_verbs)) or verb


def _period_of_object(ctx: Context, verb: Token, d, offset: int) -> Token | None:
    """Rule 'a statement is made on one day' (news): a week, a month or longer written right
    after the event noun a speech act has as its object (``speech_acts``: "The Prime Minister and
    the President condemned the Iranian rocket attacks against Israeli forces earlier this week")
    is the time of that event, not of the statement, wherever the parser hangs it. The object,
    or None; ``offset`` is the unit's first character."""
    if d.precision == "day" or not is_verb(verb) or not lemma_in(verb, ctx.lex.grammar.speech_acts):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and ctx.lex.lookup(c, "NOUN")):
        if _right_after(obj, d.start_char - offset):
            return obj
    return None


def _right_after(obj: Token, at: int) -> bool:
    """The unit offset ``at`` comes right after the object's phrase, no comma or verb between."""
    for t in obj.doc[max(x.i for x in obj.subtree) + 1 :]:
        if t.idx >= at:
            return True
        if t.is_punct or is_verb(t):
            return False
    return False


def _anticipating(ctx: Context, verb: Token) -> bool:
    """A verb of looking ahead (``anticipation_verbs``; "look" only with "forward"): "looked
    forward to the President's visit to the UK in July"."""
    if not lemma_in(verb, ctx.lex.grammar.anticipation_verbs):
        return False
    return verb.lemma_.lower() != "look" or any(c.lower_ == "forward" for c in verb.children)
