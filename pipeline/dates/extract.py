"""Document-level rules: future cues, datelines and header lines, attributive years, and
:func:`extract_dates`, which resolves the candidates in text order.

Reference rules. The *governing date* of an expression is the newest earlier date in its
block that is fine enough for it (a day for 'the next day', a year for 'that year'); for
a bullet, its parent item's first date comes after the bullet's own dates; then earlier
dates anywhere in the document.

* Year-less dates ('March 24', 'in May', 'the third quarter') followed by 'and/or' and
  another date take the latest year not after it ('Feb. 27 and March 5, 2022'). Others
  take the year putting them nearest an explicit single year (or finer date) named
  earlier in their own sentence ('in late 2017, ... on Nov. 29' = 2017-11-29; not 'a 2018
  accord', 'from 1910 to 1945', 'last year'); else nearest the block's newest date when
  that is finer than a year (a gap before it counts double: stories run forward) -- with
  ``published`` set, only if that date is a day (a narrated timeline) or ends no more
  than ~6 months before published (a background 'took office in January 2021' does not
  pull a 2023 story's 'in May' back to 2021); else the year making them the latest
  on/before ``published`` (earliest on/after it with a future cue in their clause); else
  the year nearest the governing date. ('July 1, 2014' then 'in May' = May 2014; 'the
  beginning of 2022' then 'March 24' = 2022-03-24.)
* Future cues (clause before the expression): 'will', 'is set/due/scheduled to', 'plans
  to'...; present tense with future meaning: 'expires', 'runs', 'starts', 'begins',
  'ends', 'takes effect', 'comes into force', 'is scheduled/due/set/expected', 'plans';
  and 'until/till/through <date>' in a clause with present-tense 'is/are/remains/runs...'.
  Past forms ('expired', 'ran', 'the end of') are not cues: the past default holds.
* A time or condition clause opening the sentence ('whatever', 'when', 'if', 'once' ...), in the
  present, takes the main clause's future cue after its comma ('Whatever decision is taken by
  the Council in June, it will recognise ...': the June ahead).
* Deictic words (today, on Thursday, last week, three years ago) count from ``published``.
  Without it, month/season/year ones ('last year', 'this month', 'November last year')
  count from the page's own 'now': the latest explicit date mentioned so far (a
  chronology item's date for its bullets), else the document's latest explicit date;
  day/week ones from the governing date. 'on Thursday' is the latest Thursday on/before
  the point unless a future cue precedes it in its clause.
* Anaphoric ones (two days later, that year, the following month, the same day, later in
  the day, that October) count from the governing date, else from ``published``.

``extra_spans`` (the caller's spaCy DATE spans) are trimmed of list markers, prepositions
and punctuation and used only where the finder found nothing overlapping: read by the same
table, else by dateparser when they hold a full date with a year. Nothing is taken from
today's date: what has no reference is dropped.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from itertools import islice

from ..structure import ParsedDocument
from ..textrules import date_opens_dateline
from .accept import prev_word
from .find import Cand, extra_candidates, find_candidates
from .lexicon import DETERMINERS, FUTURE_VOCAB, HEADLINE_VERBS, PARTICIPLE_NOT, SAY_WORDS, WEEKDAY_ALT
from .model import RANK, DateMention, Ref, Value
from .modifiers import apply_prefix

# ---------------------------------------------------------------- resolution in text order
_NOT_PAST = r"(?<!\bwas\s)(?<!\bwere\s)"  # 'set for', 'due on' told in the past: 'was set for 2 April'
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|slated|going)\s+to|"
    r"(?:is|are)\s+to\s+(?!be\b)[a-z]+|"  # 'who are to arrive in Delhi on November 30': a plan
    r"(?:set|scheduled|slated)\s+to\s+(?:take\s+place|be\s+held|open|begin|start|meet|convene)|"
    r"look(?:s|ed|ing)?\s+(?:ahead|forward)\s+to|await(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|"
    r"plans?\s+to|planned\s+for|scheduled\s+for|" + _NOT_PAST + r"set\s+for|upcoming|forthcoming|"
    r"(?:agree[sd]?|decided?|promised?|pledged?|vowed?|hopes?|hoped|aims?|aimed|intends?|intended|"
    r"(?:is|are|remains?)\s+(?:committed|determined))\s+to"
    r"(?!\s+(?:the|a|an|this|that|its|their)\b))\b|'ll\b", re.IGNORECASE)
# Present tense with future meaning: 'the mandate expires on April 30', 'the summit opens on
# Friday', 'the drill runs through Thursday', 'the rule takes effect in May', 'the vote is scheduled for June'. Third-person
# verb forms only ('ended', 'ran', 'the end of' never match).
_FUTURE_PRESENT = re.compile(
    r"(?<!\bthe\s)\b(?:expires|expire|runs|starts|begins|ends|opens|reopens|convenes|resumes|kicks\s+off|"
    r"takes?\s+effect|goes\s+into\s+effect|comes?\s+into\s+(?:force|effect)|"
    r"(?:is|are)\s+(?:scheduled|slated|due|set|planned|expected)\b|(?:is|are)\s+to\s+be|"
    r"plans|intends)\b", re.IGNORECASE)
# 'until/through/till <date>' after a present-tense be/remain: 'the ban is in place until May'.
_UNTIL = re.compile(r"\b(?:until|till|through|thru)\s*$", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|remains?|stays?|runs?|continues?|lasts?|holds?)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
_PRESENT_VERB = re.compile(r"\b(?:is|are|takes?|meets?|comes?|happens?|opens?|decides?)\b", re.IGNORECASE)
# a gerund clause has no tense of its own: the clause before it gives it ('will travel to X, before
# departing Saturday to Algeria')
_GERUND_CLAUSE = re.compile(r"[^\S\r\n]*(?:before|after|while|upon)[^\S\r\n]+[a-z]+ing\b", re.IGNORECASE)
# an acronym in parentheses is no clause break: 'will hold the Cooperation Mechanism (SCM) Meeting on July 9'
_ACRONYM_PARENS = re.compile(r"\([A-Z][A-Z0-9&.-]{1,11}\)")
# a headline's infinitive is its plan: 'West African Leaders to Meet Wednesday' (case as written)
_HEADLINE_PLAN = re.compile(r"\bto\s+(?:" + "|".join(sorted(w.capitalize() for w in set(HEADLINE_VERBS))) + r")\b")
# a phrase of 'since' recalls an earlier time: 'for the first time since their talks in Paris in
# March' (a story of July: this year's March, even after 'today')
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*$")
_NAME_AFTER = re.compile(r"[^\S\r\n]+(?:(?:and|or)[^\S\r\n]+(?:the[^\S\r\n]+)?)?[A-Z][A-Za-z]")


def _progressive_weekday(text: str, clause: str, start: int, end: int) -> bool:
    """A weekday in a present-progressive clause is the one to come ('is visiting the
    Philippines on Tuesday')."""
    return _PROGRESSIVE.search(clause) is not None and _WEEKDAY_ONLY.fullmatch(text[start:end]) is not None


def _clause_before(head: str) -> str:
    """The clause of the sentence's text before a date: from the last clause break (an acronym
    in parentheses is none), or from the one before a gerund clause, which has no tense of its
    own (', before departing Saturday')."""
    head = _ACRONYM_PARENS.sub(lambda m: " " * len(m.group()), head)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(head) if not _between_names(head, b)]
    while breaks and _GERUND_CLAUSE.match(head, breaks[-1]):
        breaks.pop()
    return head[breaks[-1] if breaks else 0 :]


# a time or condition clause opening the sentence: its present tense is the main clause's future
_TIME_CLAUSE = re.compile(r"\s*(?:whatever|whichever|whenever|when|if|once|after|before|until|as\s+soon\s+as)\b",
                          re.IGNORECASE)


def _time_clause_future(text: str, clause: str, end: int, sentence_end: int) -> bool:
    """Rule 'a time clause takes the main clause's tense': a date in a clause of time or
    condition opening the sentence, in the present ("Whatever decision is taken by the Council
    in June, it will recognise Serbia's progress"), is ahead when the main clause after the
    comma has a future cue."""
    if not _TIME_CLAUSE.match(clause) or not _PRESENT_VERB.search(clause):
        return False
    comma = text.find(",", end, sentence_end)
    return comma >= 0 and _FUTURE.search(text, comma, sentence_end) is not None


def _between_names(head: str, brk: re.Match) -> bool:
    """A comma between two capitalised names is no clause break: 'held in Iwaki City, Fukushima
    Prefecture on May 22', 'meet in Dakar, Senegal on Wednesday', nor one before 'and' or 'or'
    and a name (a list of names: 'will meet the Deputy Prime Minister, Dr Surakiart, and Finance
    Minister Somkid on 26 July'; a past verb after it still undoes the future cue)."""
    return brk.group() == "," and _NAME_BEFORE.search(head, 0, brk.start()) is not None \
        and _NAME_AFTER.match(head, brk.end()) is not None
# a present progressive tells arrangements ahead as well as what goes on: a weekday with it is the
# one to come ('is visiting the Philippines on Tuesday'), another date the nearest
_PROGRESSIVE_RE = r"\b(?:is|are)\s+(?!being\b)[a-z]+ing\b"
_PROGRESSIVE = re.compile(_PROGRESSIVE_RE, re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(rf"(?:{WEEKDAY_ALT})")
# No tense of its own: a present progressive, a participle ('beginning Wednesday', 'being held on May 22'), a present of
# travel ('leaves Wednesday'), a conditional ('I would prefer July 13th'), 'ahead of Thursday's
# summit', or a copula right before the date ('the deadline is March 31', 'the vote is on
# Friday'): the day nearest the published date, before or after.
_NEAREST = re.compile(r"\b(?:beginning|starting|effective|leaves|departs|heads|travels|flies|arrives|returns|"
                      r"ahead\s+of|being|would)\b|\b(?:is|are)(?:\s+(?:on|in|at))?\s*$"
                      r"|" + _PROGRESSIVE_RE, re.IGNORECASE)

# A noun due at the date, not told in the past: 'the elections due on 29 April', 'a report due by
# March' (not 'the vote, which was due in May').
_DUE = re.compile(_NOT_PAST + r"(?<!\bhad\sbeen\s)\bdue[^\S\r\n]+(?:on|in|by|for|at)?[^\S\r\n]*$", re.IGNORECASE)

# After a future cue, a past participle not after be/have ('will meet to advance the partnership
# announced by X in July') puts the date back in the past.
_PARTICIPLE = re.compile(r"\b([a-z]+ed|held|made|met|signed|won|taken|given|built|sent)\b")
_OPENER_FUTURE = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*((?:[\w.'’-]+[^\S\r\n]+){0,3}?)"
                            r"(?:will|shall|'ll|(?:is|are)[^\S\r\n]+(?:scheduled|due|set|expected|slated)[^\S\r\n]+to)\b",
                            re.IGNORECASE)


def _participle_after(clause: str, start: int) -> bool:
    """A past participle after the future cue, not after be/have ('will meet to advance the
    partnership announced by X in July'): the date is the participle's, in the past."""
    for p in _PARTICIPLE.finditer(clause, start):
        before = clause[: p.start()].split()[-1:]
        if p.group(1) not in FUTURE_VOCAB and not p.group(1).endswith("eed") and \
                (not before or before[0].lower() not in PARTICIPLE_NOT):
            return True
    return False


def _future(text: str, clause: str, end: int) -> bool:
    """Future cue in the clause before the expression, not undone by a later past participle;
    or, when the expression opens its clause ('At least until January, there will be'), a
    future auxiliary or 'is scheduled/due to' within the next few words, names with their dots
    ('On Thursday, Mr. Sang will lead'), also after an opening gerund clause ('Before returning
    to Hanoi Friday, President Sang is scheduled to meet'; not after a speech verb); or a future
    auxiliary right after it ('Montenegro on May 21st will hold')."""
    cue = None
    for cue in _FUTURE.finditer(clause):  # noqa: B007 - the last cue
        pass
    if cue is not None:
        return not _participle_after(clause, cue.end())
    if _FUTURE_PRESENT.search(clause) or (_UNTIL.search(clause) and _PRESENT.search(clause)) \
            or _HEADLINE_PLAN.search(clause) or _DUE.search(clause):
        return True
    after = _OPENER_FUTURE.match(text, end, min(len(text), end + 60))
    if after is None or set(after.group(1).lower().split() + clause.lower().split()) & SAY_WORDS:
        return False  # "He said on May 2 he will go": the date is the saying's
    # the expression opens its clause, or the future auxiliary follows it at once ('Montenegro
    # on May 21st will hold a referendum')
    return len(clause.split()) <= 3 and not _FUTURE_PRESENT.search(clause) or not after.group(1).strip() \
        or _GERUND_CLAUSE.match(clause) is not None


_HEADER_TAIL = re.compile(r"[^\S\r\n]*(?:[,|—–-]?[^\S\r\n]*[0-9]{1,2}[:.][0-9]{2}[^\S\r\n]*(?:[AaPp]\.?[Mm]\.?)?"
                          r"(?:[^\S\r\n]*[A-Z]{2,4})?)?[^\S\r\n]*\.?[^\S\r\n]*(?:\n|$)")


def _in_dateline(text: str, doc: ParsedDocument, block, cand: Cand) -> bool:
    """A dateline ('SEOUL, March 26 (Yonhap) --') or a header line (title and headings before
    the first paragraph) that the date opens or that names it after a separator ('Press
    conference: 19 June'), ending the line but for a time: the date of the story itself,
    nearest the published date."""
    if block is None:
        return False
    if date_opens_dateline(text, block.start_char, cand.start, cand.end):
        return True
    if block.kind in ("title", "heading"):  # the date opens the line or follows a label's separator
        label = text[block.start_char : cand.start].rstrip()
        return (not label or label[-1] in ":,|—–-") and _HEADER_TAIL.match(text, cand.end) is not None and all(
            b.kind in ("title", "heading") for b in islice(doc.blocks, block.index))  # no copy of the blocks
    return False
_COORD = re.compile(r"[^\S\r\n]*(?:,|,?[^\S\r\n]+(?:and|or))[^\S\r\n]+$")
_ATTRIBUTIVE_YEAR = re.compile(r"[0-9]{4}")


def _attributive_year(text: str, start: int, end: int) -> bool:
    """A bare year between a determiner or possessive and a word: 'a 2018 accord', 'Moon's
    2018 visit' (not 'in 2018 Kim met Trump')."""
    if not _ATTRIBUTIVE_YEAR.fullmatch(text, start, end) or not text[end : end + 2][-1:].isalpha():
        return False
    return prev_word(text, start) in DETERMINERS or bool(
        re.search(r"\w['’]s[^\S\r\n]+$", text[max(0, start - 6) : start]))
_CHAIN = 8  # how many earlier dates a reference may look back over


class _Resolver:
    """The state of one pass over a document's candidates in text order: the dates seen so
    far (per block and in all), and the page's own 'now' when it has no published date."""

    def __init__(self, doc: ParsedDocument, cands: list[Cand]):
        self.doc, self.text, self.cands = doc, doc.text, cands
        self.published = doc.published.date() if isinstance(doc.published, datetime) else doc.published
        self.block_starts = [b.start_char for b in doc.blocks]
        self.sentence_starts = [s.start_char for s in doc.sentences]
        self.in_block: dict[int, list[Value]] = {}
        self.seen: list[Value] = []
        self.seen_at: list[int] = []
        self.doc_now = None if self.published is not None else _document_now(cands)
        self.fine_now: date | None = None  # latest explicit day/week/month date so far
        self.coarse_now: date | None = None  # latest explicit year-or-coarser date so far

    def local(self, block) -> tuple[Value, ...]:
        """The block's newest dates first; for a bullet, then its parent item's first date."""
        local = tuple(reversed(self.in_block.get(block.index, [])[-_CHAIN:])) if block else ()
        if block is not None and block.kind == "bullet" and self.in_block.get(block.parent):
            local += (self.in_block[block.parent][0],)
        return local

    def ref(self, cand: Cand, block) -> Ref:
        """Everything cand's value may depend on: earlier dates, published, tense cues."""
        text = self.text
        sentence = _containing(self.doc.sentences, self.sentence_starts, cand.start)
        core = cand.core if cand.core >= 0 else cand.start
        clause = _clause_before(text[sentence.start_char if sentence else max(0, core - 200) : core])
        future = _future(text, clause, cand.end) or _progressive_weekday(text, clause, core, cand.end) \
            or _time_clause_future(text, clause, cand.end, sentence.end_char if sentence else len(text))
        first = sentence.start_char if sentence else cand.start
        recent = zip(self.seen[-_CHAIN:], self.seen_at[-_CHAIN:])  # the last few only: linear in the document
        same = tuple(v for v, at in reversed(list(recent)) if at >= first)
        return Ref(self.local(block), tuple(reversed(self.seen[-_CHAIN:])), self.published, future, sentence=same,
                   now=None if self.published is not None else self.fine_now or self.coarse_now or self.doc_now,
                   position=cand.prefix.position, since=_SINCE.search(clause) is not None,
                   nearest=not future and (_NEAREST.search(clause) is not None
                                           or _in_dateline(text, self.doc, block, cand)))

    def value(self, i: int, cand: Cand, ref: Ref) -> Value | None:
        """cand's value, with the date after it as partner when they are coordinated."""
        following = self.cands[i + 1] if i + 1 < len(self.cands) else None
        try:
            if following is not None and _COORD.match(self.text, cand.end, following.start):
                ref = replace(ref, partner=following.value(ref))
            return cand.value(ref)
        except (ValueError, OverflowError):
            return None

    def record(self, cand: Cand, v: Value, block) -> None:
        """Remember v as a date seen, and as the page's 'now' when it is explicit."""
        self.seen.append(v)
        self.seen_at.append(cand.start)
        if v.resolution == "explicit" and v.mod not in ("before", "after"):
            if RANK[v.precision] <= RANK["month"]:
                self.fine_now = max(self.fine_now or v.end, v.end)
            else:
                self.coarse_now = max(self.coarse_now or v.end, v.end)
        if block is not None:
            self.in_block.setdefault(block.index, []).append(v)
        if _attributive_year(self.text, cand.start, cand.end):
            self.seen_at[-1] = -1  # 'a 2018 accord' names a thing, not the sentence's time


def extract_dates(doc: ParsedDocument, extra_spans: Iterable[tuple[int, int]] = ()) -> list[DateMention]:
    """Every normalisable temporal expression in doc, sorted, non-overlapping, each resolved
    by the reference rules of this module's docstring."""
    text = doc.text
    own = find_candidates(text)
    cands = sorted(own + extra_candidates(text, extra_spans, own), key=lambda c: c.start)
    resolver = _Resolver(doc, cands)
    out: list[DateMention] = []
    for i, cand in enumerate(cands):
        block = _containing(doc.blocks, resolver.block_starts, cand.start)
        v = resolver.value(i, cand, resolver.ref(cand, block))
        if v is None:
            continue
        v = apply_prefix(v, cand.prefix)
        out.append(DateMention(text[cand.start : cand.end], cand.start, cand.end, v.start, v.end,
                               v.precision, v.approximate, v.mod, v.resolution))
        resolver.record(cand, v, block)
    return out


def _document_now(cands: list[Cand]) -> date | None:
    """A page without a published date is read as written at its latest explicit date: the
    latest end of an explicit day/week/month date (reported events), else of an explicit year
    or coarser date; 'before/after' dates and modifiers' targets are left out."""
    fine: list[date] = []
    coarse: list[date] = []
    for cand in cands:
        if cand.prefix.relation:
            continue
        try:
            v = cand.value(Ref())
        except (ValueError, OverflowError):
            continue
        if v is None or v.resolution != "explicit":
            continue
        (fine if RANK[v.precision] <= RANK["month"] else coarse).append(v.end)
    return max(fine or coarse) if fine or coarse else None


def _containing(items, starts: list[int], offset: int):
    """The block or sentence whose span holds offset, if any."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and items[i].start_char <= offset < items[i].end_char:
        return items[i]
    return None
