"""Dating: which date an event takes.

In order (``event_dates``):

1. **Own dates.** The DateMentions attached to the trigger's clause (one event per
   coordinated date); a date inside a news dateline ("TOKYO, March 26 (Kyodo) --") only when
   the clause has none of its own; a date in parentheses only when there is none outside
   them ("On July 18, ... (local time; on July 19, 00:30 a.m. JST)" is one day).
2. **Stray dates.** A date the parser hangs on a proper name or a naming participle inside the
   clause (``drills ... off Jeju Island from June 27 to 29``) dates the clause's event, unless
   it is inside a quoted name (``the “Cooperation Program ... for 2014-2016” was signed``).
3. **The means dates the act.** The date of a "by" + gerund clause dates its head ("recognized
   the United States by signing a treaty in 1786"); so does the date of a "when" clause
   ("recognized the Republic of Rwanda when it attained independence on July 1, 1962") and of
   a purpose infinitive ("will travel to Fiji to meet Prime Minister Rabuka on Friday"), and
   of an infinitive founding relations ("agreed to establish diplomatic relations on August 12,
   1980": relations are established by agreeing on them).
4. **Statements of the day** are dated the story's day (header date, else ``published``); **plans** without a date of their own
   take the latest date after ``published`` mentioned before them (``plan_date``).
5. **Clause date** (``clause_date``): the nearest governing clause's date, else (bullets) the
   item's, else the latest date before it in the same block; a perfect-aspect clause without a
   date of its own (``admitted that it had abducted``) is left undated: its time is open.

News stories add (``clause_date``):

* **Governing date.** A realis clause with no date in its clause or governing clause takes the
  latest date mentioned earlier in its paragraph (not one after ``published``, not a
  ``before/after X`` bound, not one that dates an object noun), else the story's day.
* **Relative clauses.** ``The launch came two days after Pyongyang accused ...``: a clause under
  ``after``/``before`` with a count is the main clause's date minus/plus that much; without a
  count (``days after``, ``after X did Y``) its time is open (undated).
* **Perfects.** A perfect clause reported by a speech verb (``Matsuno told reporters that Tokyo
  had lodged a protest``) is the news of the report's day, unless a background adverb
  (``already``, ``repeatedly``, ``since`` ...) or an earlier report date says otherwise; so is
  a main-clause perfect in the first sentence of the lead (``Honduran military forces have
  ousted President Manuel Zelaya``), unless a background adverb or a bare plural object (a
  habit: ``has rejected U.S. offers of talks``) says otherwise (``lead_perfect``).
* **Object dates.** ``condemned the North's launch of a missile on Wednesday`` in a Friday
  story: a date before the story's day, right after an event-noun object that has its own agent
  (possessor or by-phrase), dates that object, which becomes an event (``attachment.attach_dates``).
"""
from __future__ import annotations

import bisect
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..dates import DateMention
from ..structure import Block
from .lexicon import lemma_in
from .modality import is_realis, perfect
from .news import lead_block
from .relative import UNITS, count_units, duration, relative_mark, shifted
from .syntax import for_gerund_object, has_own_subject, head, is_verb, purpose_infinitive

if TYPE_CHECKING:
    from .context import Context

_GOVERNED = frozenset({"conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "prep", "pobj", "dobj",
                       "nsubj", "nsubjpass", "appos", "compound"})
_EMBEDDING = frozenset({"relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


# ------------------------------------------------------------------ a clause's own dates
def _unique(dates) -> list:
    seen, uniq = set(), []
    for d in sorted(dates, key=lambda d: d.start_char):
        if (d.start_char, d.end_char) not in seen:
            seen.add((d.start_char, d.end_char))
            uniq.append(d)
    return uniq


def own_dates(ctx: Context, unit: int, heads: list[Token]) -> list:
    """Rule 'own dates': the dates attached to the clause's heads; a dateline's date only when
    the clause says none of its own ("TOKYO, March 26 (Kyodo) -- X met on Monday")."""
    uniq = [d for d in _unique(d for h in heads for d in ctx.date_attach.get((unit, h.i), ()))
            if not _earlier_in_opening(ctx, d) and (d.start_char, d.end_char) not in ctx.quoted_dates]
    body = [d for d in uniq if not ctx.in_dateline(d.start_char)] or uniq
    outside = [d for d in body if not _in_parenthesis(ctx.text, d.start_char)]
    return outside or body  # "On July 18, at 10:30 a.m. (local time; on July 19, 00:30 a.m. JST)": one day


_EARLIER = ("earlier", "before", "ago", "previously")


def _earlier_in_opening(ctx: Context, d) -> bool:
    """Rule 'an earlier act in the opening phrase': an offset back in time inside a sentence's
    opening "Following ..." or "After ..." phrase dates that phrase's act, not the main clause's
    ("Following their dinner at Downing Street three weeks earlier, the Prime Minister and
    Chancellor Kurz had a positive conversation": the conversation is of the story's day)."""
    if not d.text.lower().rstrip(". ").endswith(_EARLIER):
        return False
    s, _e = ctx.sentence_span(d.start_char)
    opening = ctx.text[s:d.start_char]
    first = opening.split(None, 1)[0].lower() if opening.strip() else ""
    return first in ctx.lex.grammar.sequence_preps and "," not in opening


def _in_parenthesis(text: str, at: int) -> bool:
    """The offset lies inside an open parenthesis of its line (a time restated in another zone)."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    return before.count("(") > before.count(")")


def manner_dates(ctx: Context, unit: int, heads: list[Token]) -> list:
    """Rule 'the means dates the act': the date of a "by" + gerund clause dates its head
    ("recognized the United States by signing a treaty in 1786")."""
    out = []
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "by"):
            for g in (c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"):
                out.extend(ctx.date_attach.get((unit, g.i), ()))
    return out


def when_dates(ctx: Context, unit: int, heads: list[Token]) -> list:
    """Rule 'the when-clause dates the act': a verb with no date of its own takes the date of a
    clause introduced by "when" under it, which tells the same moment ("The United States
    recognized the Republic of Rwanda when it attained independence on July 1, 1962")."""
    out = []
    for h in heads:
        if not is_verb(h):
            continue
        for clause in _advcls(h):
            if any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in clause.children):
                out.extend(ctx.date_attach.get((unit, clause.i), ()))
    return out


def _advcls(h: Token) -> list[Token]:
    """The adverbial clauses of h, and those the parser hung on a copula of a free relative in
    h's phrase ("established its first consulate in what is now Samoa at Apia when Jenkins took
    up the post on May 17, 1856": the when-clause is the act's)."""
    out = [c for c in h.children if c.dep_ == "advcl"]
    for t in h.subtree:
        if t.lemma_ == "be" and t.dep_ == "pcomp":
            out.extend(c for c in t.children if c.dep_ == "advcl")
    return out


def object_dates(ctx: Context, unit: int, heads: list[Token]) -> list:
    """Rule 'the dated object': a verb with no date of its own takes the date written into its
    object ("condemned the July 15, 2016, coup attempt"); not a perfect, whose time is open
    ("have all condemned Wednesday's coup")."""
    out = []
    for h in heads:
        if not is_verb(h) or perfect(h):
            continue
        for obj in (c for c in h.children if c.dep_ == "dobj"):
            out.extend(d for d in ctx.date_attach.get((unit, obj.i), ()) if _modifies(ctx, unit, d, obj))
    return out


def _modifies(ctx: Context, unit: int, d, noun: Token) -> bool:
    """Whether the date is written inside the noun's phrase, before the noun (a modifier)."""
    offset = ctx.units[unit][0]
    first = min(t.idx for t in noun.subtree) + offset
    return first <= d.start_char and d.end_char <= offset + noun.idx


def _undatable(t: Token) -> bool:
    """A word that cannot be dated: a proper name, a naming participle ("codenamed X"), the
    role of an as-phrase ("recognized Slovenia as an independent state on April 7, 1992"), or
    the "time" of "for the first time" ("is visiting the Philippines for the first time on
    Tuesday")."""
    return t.pos_ == "PROPN" or t.dep_ == "acl" and any(c.dep_ == "oprd" for c in t.children) \
        or t.dep_ == "pobj" and t.head.lower_ == "as" \
        or t.lower_ == "time" and t.dep_ == "pobj" and t.head.lower_ == "for"


def _inside_clause(ctx: Context, t: Token, h: Token, heads: list[Token]) -> bool:
    """Whether t hangs in h's own clause: no embedded clause, coordinated verb or other trigger
    word on the way up."""
    x = t.head
    while x.i != h.i and x.head != x:
        if x.dep_ in _EMBEDDING or x.dep_ == "conj" and is_verb(x) or ctx.lex.lookup(x) \
                and x.tag_.startswith(("NN", "VB")) and x not in heads:
            return False
        x = x.head
    return x.i == h.i


def stray_dates(ctx: Context, unit: int, heads: list[Token]) -> list:
    """Rule 'stray dates': dates the parser hung inside the clause on a word that cannot be
    dated: a proper name ("off Jeju Island from June 27 to 29") or a naming participle ("drills
    codenamed X from May 2 to 5"); they date the clause's event."""
    out = []
    for h in heads:
        for t in h.subtree:
            if t.i == h.i or (unit, t.i) not in ctx.date_attach or ctx.lex.lookup(t) or not _undatable(t):
                continue
            if _inside_clause(ctx, t, h, heads):
                out.extend(d for d in ctx.date_attach[(unit, t.i)]
                           if not ctx.in_dateline(d.start_char) and (d.start_char, d.end_char) not in ctx.quoted_dates)
    return _unique(out)


def subject_participle_dates(ctx: Context, unit: int, v: Token | None) -> list:
    """Rule 'the subject's own date': a verb with no date of its own whose subject is described
    by a dated participle ("The subsequent treaty ..., signed on June 10, 1805, was concluded
    without Algerian supervision") takes that date: the subject's act and the clause's are one."""
    if v is None or not is_verb(v):
        return []
    for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        for part in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            got = own_dates(ctx, unit, [part])
            if got:
                return got
    return []


# ------------------------------------------------------------------ dates from the context
def _support_object_date(ctx: Context, unit: int, t: Token) -> list:
    """"held talks on Thursday and agreed": the date of a support verb's event noun."""
    for c in t.children:
        if c.dep_ == "dobj" and ctx.lex.lookup(c, "NOUN"):
            got = ctx.date_attach.get((unit, c.i))
            if got:
                return got
    return []


def conjunct_dates(ctx: Context, unit: int, v: Token | None) -> list:
    """Rule 'a date shared by conjoined acts': a past verb without a date of its own takes the
    date of the next verb of the same tense it is conjoined with ("signed a peace treaty and
    established diplomatic relations on 28th April, 1952")."""
    if v is None or not is_verb(v):
        return []
    for c in v.children:
        if c.dep_ == "conj" and is_verb(c) and c.tag_ == v.tag_:
            return own_dates(ctx, unit, [c])
    return []


def purpose_dates(ctx: Context, unit: int, v: Token | None) -> list:
    """Rule 'the trip's purpose dates it': a verb without a date of its own takes the date of
    its purpose infinitive ("will travel to Fiji to meet Prime Minister Rabuka on Friday"), of
    the gathering it attends ("is visiting Japan to participate in the Conference held from
    August 28 to 30") or of its for-phrase's meeting noun ("is expected to arrive in Vietnam for
    an official visit on May 23"); a
    trip only (a verb of a visit row: "agreed to share data by the end of the year" is agreed now),
    and only a trip's dates (days, a week or a month: not "a program for 2023-2025")."""
    if v is None or not is_verb(v) or not any(r.mode == "visit" for r in ctx.lex.lookup(v, "VERB")):
        return []
    purpose = purpose_infinitive(v) or _purpose_meeting(ctx, v) or _attendance(ctx, v)
    if purpose is None:
        return []
    dates = own_dates(ctx, unit, [purpose]) or own_dates(ctx, unit, _gathering_participles(v, purpose))
    return [d for d in dates if d.precision in TRIP_PRECISIONS]


def _attendance(ctx: Context, v: Token) -> Token | None:
    """"is visiting Japan | to participate in the Conference": an infinitive of attendance
    (``attendance_verbs``) the parser hung on the trip as a clause of its own."""
    return next((c for c in v.children if c.dep_ == "ccomp" and lemma_in(c, ctx.lex.grammar.attendance_verbs)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _gathering_participles(v: Token, purpose: Token) -> list[Token]:
    """"to participate in | the Conference held from August 28 to 30": the participle "held"
    that dates the gathering the trip's purpose attends (on its object or in-phrase, or hung
    on the trip by the parser)."""
    held = [a for t in _attended(purpose) for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    return held + [a for a in v.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.lemma_ == "hold"]


def _attended(purpose: Token) -> list[Token]:
    """What an attendance verb attends: its object and the objects of its in- and at-phrases."""
    preps = [c for c in purpose.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    return [c for c in purpose.children if c.dep_ == "dobj"] + [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _purpose_meeting(ctx: Context, v: Token) -> Token | None:
    """"is expected to arrive in Vietnam | for an official visit on May 23": the meeting noun of
    the trip's for-phrase."""
    return next((x for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for x in c.children
                 if x.dep_ == "pobj" and any(r.type == "CONSULT" for r in ctx.lex.lookup(x, "NOUN"))), None)


def governing_date(ctx: Context, unit: int, v: Token | None):
    """Rule 'governing date': the date of the nearest governing clause."""
    t = v
    for _ in range(8):
        if t is None or t.head == t or t.dep_ not in _GOVERNED:
            return None
        t = head(t)
        got = ctx.date_attach.get((unit, t.i))
        if not got and lemma_in(t, ctx.lex.support_verbs):
            got = _support_object_date(ctx, unit, t)
        if got:
            return got[0]
    return None


def _main_clause(v: Token) -> Token:
    clause = v
    while clause.dep_ == "conj" and not has_own_subject(clause) and clause.head.i != clause.i:
        clause = head(clause)
    return clause


def _background(ctx: Context, v: Token, clause: Token) -> bool:
    """A background adverb (already, repeatedly, since ...) on the verb or its clause."""
    background = ctx.lex.background_adverbs
    return any(c.dep_ in ("advmod", "prep", "npadvmod") and c.lower_ in background
               for t in (v, clause) for c in t.children)


def lead_perfect(ctx: Context, v: Token, at: int, n: Token | None = None) -> bool:
    """Rule 'the lead's perfect': in a news story, a present perfect in the first sentence of
    the lead tells the day's news ("Honduran military forces have ousted President Manuel
    Zelaya"), unless a background adverb says otherwise or its object is a bare plural, a
    habit rather than an act ("North Korea has rejected U.S. offers of talks"), other than the
    event noun itself ("activists have launched rallies")."""
    lead = lead_block(ctx)
    if lead is None or not lead.start_char <= at < ctx.sentence_span(lead.start_char)[1]:
        return False
    clause = _main_clause(v)
    if clause.dep_ not in ("ROOT", "conj") or _background(ctx, v, clause):
        return False
    return not any(c.dep_ == "dobj" and c.tag_ == "NNS" and c != n and not any(d.dep_ in ("det", "nummod", "poss")
                                                                    for d in c.children)
                   for c in clause.children)


def reported_perfect(ctx: Context, v: Token) -> bool:
    """Rule 'reported perfects': a perfect clause reported by a speech verb in a news story
    ("Matsuno told reporters that Tokyo had lodged a protest", "Japan has lodged a protest,
    Matsuno said") tells the news of that day, unless a background adverb (already,
    repeatedly, since ...) says otherwise."""
    clause = _main_clause(v)
    if _background(ctx, v, clause):
        return False
    reporting = ctx.lex.reporting_verbs
    if clause.dep_ == "ccomp" and lemma_in(clause.head, reporting) and is_realis(clause.head, ctx.lex.grammar):
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.i > clause.i and lemma_in(c, reporting) and c.tag_ == "VBD"
               for c in clause.children)


def _perfect_date(ctx: Context, unit: int, block: Block, v: Token, n: Token | None, at: int, news: bool):
    """A perfect's time is open, except a reported perfect of the story's day (news)."""
    if not (news and (reported_perfect(ctx, v) or lead_perfect(ctx, v, at, n))):
        return None  # anterior: its time is open
    date_ = governing_date(ctx, unit, v) or ctx.last_date_before(block, at) or ctx.lead_date
    lead = ctx.lead_date
    if date_ is None or lead is None or date_.value_end < lead.value_start - timedelta(days=1):
        return None  # reported as of an earlier time: not the news day
    return date_


def _last_date_before(ctx: Context, block: Block, at: int):
    """The latest date before ``at`` in the block, unless it is an opening phrase's earlier act
    or an earlier day a readout recalls."""
    date_ = ctx.last_date_before(block, at)
    if date_ is None or _earlier_in_opening(ctx, date_) or _recalled_in_readout(ctx, date_, at):
        return None
    return date_


def _recalled_in_readout(ctx: Context, d, at: int) -> bool:
    """Rule 'what a readout recalls': in the readout of a meeting, a day before the meeting's
    told in an earlier sentence ("mourned the victims of the earthquake in Mindanao on December
    3") dates that sentence only; what is said next is said at the meeting ("Secretary Manalo
    appreciated that he was welcomed")."""
    lead = ctx.lead_date
    return ctx.readout and lead is not None and d.value_end < lead.value_start \
        and ctx.sentence_span(d.start_char)[1] <= at


def clause_date(ctx: Context, unit: int, block: Block, v: Token | None, n: Token | None, at: int, item):
    """Rule 'clause date' (see the module docstring): the governing clause's date, the item's,
    the latest earlier one in the block; in a news story also the story's day, with the rules
    for 'two days after ...' clauses and perfects."""
    news = ctx.news and item is None
    tok = v if v is not None else n
    decided, date_ = _clause_kind_date(ctx, unit, block, v, n, at, news)
    if decided:
        return date_
    date_ = governing_date(ctx, unit, tok)
    if date_ is None and item is not None:
        date_ = item["date"]
    if date_ is not None or news and _describes_a_person(tok):
        return date_
    if item is not None:
        return None
    found = _last_date_before(ctx, block, at)
    return ctx.lead_date if found is None and news else found


def _clause_kind_date(ctx: Context, unit: int, block: Block, v: Token | None, n: Token | None, at: int, news: bool):
    """(True, date) where the kind of clause decides its date: 'two days after ...' (news), a
    perfect, a gerund of what one is thanked for; (False, None) otherwise."""
    if news:
        found, date_ = relative_date(ctx, unit, block, v if v is not None else n)
        if found:
            return True, date_
    if v is not None and perfect(v):
        return True, _perfect_date(ctx, unit, block, v, n, at, news)
    if v is not None and _reason_gerund(v):
        return True, None
    return False, None


def _reason_gerund(v: Token) -> bool:
    """Rule 'what one is thanked for': a gerund after "for" on a verb with an object ("The
    President thanked the Prime Minister for recognising the State of Palestine") is an earlier
    act given as the reason, at a time the thanking clause does not give: no date but its own."""
    return for_gerund_object(v) is not None


def _describes_a_person(t: Token) -> bool:
    """Rule 'who a person is': in news, a relative clause on a named person ("Bolivian President
    Evo Morales, who expelled Washington's envoy") tells who they are, at no time the sentences
    before it give; it takes a date only from its own sentence, not the block's last nor the lead's.
    Not where they are ("Kishida, who was in Bangkok for the APEC forum": at the story's time)."""
    return t.dep_ == "relcl" and t.lemma_ != "be" and t.head.ent_type_ == "PERSON" \
        and any(c.tag_ == "WP" for c in t.children)


TRIP_PRECISIONS = frozenset({"day", "week", "month"})  # what a trip's dates can be


def plan_date(ctx: Context, at: int) -> list:
    """Rule 'plans follow the trip's dates': a plan with no date of its own takes the latest
    date after ``published`` (or week or month still running) mentioned before it in the story
    ("will travel ... from Dec. 11-18 ... In Jerusalem, Secretary Kerry will meet with ..."; "This
    week, ... will travel to the Pacific"), not one that dates a thing ("the Summit – set to take
    place in London in July"); none if there is none. A trip's
    dates are days, a week or a month: a year ahead ("will host ... in 2024") dates no other plan."""
    published = ctx.published
    if published is None:
        return []
    before = [d for d in ctx.dates[:bisect.bisect_right(ctx.date_starts, at)]
              if _ahead(d, published) and not d.mod and d.precision in TRIP_PRECISIONS
              and (d.start_char, d.end_char) not in ctx.thing_dates]
    return before[-1:]


def _local_time(ctx: Context, dates: list) -> list:
    """Rule 'local time': a day told in the publisher's time and again, in brackets, in the
    place's ("On September 20, commencing at 2:07 a.m. (September 19, 1:07 p.m. local time)")
    dates the act by the place's: it happened there."""
    if len(dates) != 1 or dates[0].precision != "day":
        return dates
    d = dates[0]
    s, e = ctx.sentence_span(d.start_char)
    for other in ctx.dates:
        if d.end_char < other.start_char < e and other.precision == "day" \
                and abs((other.value_start - d.value_start).days) == 1 and _in_local_time(ctx, other, s):
            return [other]
    return dates


def _in_local_time(ctx: Context, d, sentence_start: int) -> bool:
    """The date lies in brackets that say "local time"."""
    opened = ctx.text.rfind("(", sentence_start, d.start_char)
    close = ctx.text.find(")", d.end_char)
    return opened >= 0 and close >= 0 and ")" not in ctx.text[opened:d.start_char] \
        and "local time" in ctx.text[d.end_char:close].lower()


def _visit_day(ctx: Context, at: int, v: Token | None) -> list:
    """Rule 'plans for today's visit': in a news story whose lead tells a visit made or going on
    on the story's day ("Sir Alan Duncan visited Sarajevo for high-level talks"), a plan with
    no date of its own that a sentence states with "will" ("The Minister will also meet ... to
    reiterate the UK's support", "Sir Alan will urge ...") is for that visit, that day; not a
    plan someone reports or looks forward to ("confirmed that they will cooperate")."""
    lead = lead_block(ctx) if ctx.news else None
    if lead is None or v is None or not _stated_plan(v):
        return []
    day = ctx.day_at(at)
    for c in ctx.cands:
        if c.block == lead.index and c.type == "CONSULT" and c.mode == "visit" and c.status != "planned" \
                and c.date is not None and day is not None and c.date.value_start == c.date.value_end == day.value_end:
            return [c.date]
    return []


def _stated_plan(v: Token) -> bool:
    """The sentence's own main verb has "will" (through conjuncts and purpose infinitives)."""
    t = v
    while t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ROOT" and any(a.lower_ == "will" for a in t.children if a.dep_ == "aux")


def _ahead(d, published: date) -> bool:
    """A date after the story's day, or a week or month still running on it ("This week, the
    ministers will travel to the Pacific")."""
    return d.value_start > published or d.precision in ("week", "month") and d.value_end > published


def _borrowed_dates(ctx: Context, unit: int, heads: list[Token], v: Token | None, today: bool) -> list:
    """Dates the clause takes from a word the parser hung them on, a by- or when-clause, its
    object, a conjunct or its subject's participle; not an opening phrase's earlier act."""
    dates = stray_dates(ctx, unit, heads) or manner_dates(ctx, unit, heads) or when_dates(ctx, unit, heads) \
        or (None if today else object_dates(ctx, unit, heads)) or conjunct_dates(ctx, unit, v) \
        or subject_participle_dates(ctx, unit, v) or purpose_dates(ctx, unit, v) or founding_dates(ctx, unit, v)
    return [d for d in dates or () if not _earlier_in_opening(ctx, d)]


def founding_dates(ctx: Context, unit: int, v: Token | None) -> list:
    """Rule 'ties agreed on the day they begin': a verb without a date of its own whose
    infinitive founds relations (``founding_triggers`` with ``relations_words``: "The United
    States and Kiribati agreed to establish diplomatic relations on August 12, 1980") takes the
    infinitive's date: relations are established by agreeing on them."""
    g = ctx.lex.grammar
    if v is None or not is_verb(v):
        return []
    for c in v.children:
        if c.dep_ == "xcomp" and lemma_in(c, g.founding_triggers) \
                and any(o.dep_ == "dobj" and o.lemma_.lower() in g.relations_words for o in c.children):
            return own_dates(ctx, unit, [c])
    return []


def event_dates(ctx: Context, unit: int, block: Block, heads: list[Token], v: Token | None, n: Token | None,
                at: int, item, today: bool, status: str) -> tuple[list, bool]:
    """(dates, whether they are the clause's own) of an event, by the rules in their order."""
    dates = own_dates(ctx, unit, heads)
    if dates:
        return _local_time(ctx, dates), True
    dates = _borrowed_dates(ctx, unit, heads, v, today)
    if dates:
        return dates, True
    if today or status == "ongoing" and ctx.news:
        # a statement made on the story's day (header date, else published); what a story says
        # is going on ("Ethiopia and Eritrea are blaming each other") goes on that day
        return [ctx.day_at(at)], False
    if status == "planned":
        return plan_date(ctx, at) or _visit_day(ctx, at, v) or [None], True
    return [clause_date(ctx, unit, block, v, n, at, item)], False


# ------------------------------------------------------------------ relative clauses (news)
def _main_date(ctx: Context, unit: int, block: Block, main: Token):
    base = own_dates(ctx, unit, [main])
    if base:
        return base[0]
    return governing_date(ctx, unit, main) or ctx.last_date_before(block, ctx.units[unit][0] + main.idx) \
        or ctx.lead_date


def relative_date(ctx: Context, unit: int, block: Block, t: Token) -> tuple[bool, object | None]:
    """Rule 'relative clauses': (True, date) for a clause placed by after/before relative to its
    main clause: 'The launch came two days after Pyongyang accused ...' is the main clause's
    date minus two days, 'a week before ...' plus seven, 'hours after ...' the same day; without
    a count ('days after', 'after') the time is open (None). (False, None) for other clauses."""
    mark, clause = relative_mark(t)
    if mark is None or clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
        return False, None
    main = head(clause)
    dur = duration(clause, mark, main)
    if dur is None:
        return True, None
    unit_word = dur.lemma_.lower().rstrip("s") if dur.lemma_ else dur.lower_
    count = count_units(dur, unit_word)
    if count is None or unit_word not in UNITS:
        return True, None
    base = _main_date(ctx, unit, block, main)
    value = None if base is None else shifted(base, unit_word, count, -1 if mark.lower_ == "after" else 1)
    if value is None:
        return True, None
    offset = ctx.units[unit][0]
    start, end = offset + dur.idx, offset + mark.idx + len(mark.text)
    return True, DateMention(ctx.text[start:end], start, end, value[0], value[1], value[2], False, None, "context")
