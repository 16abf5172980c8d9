"""News stories: which documents are news, their datelines, their day and their agency.

A document is a news story when its first paragraph opens with a dateline or with a day
written without its year (a readout: "On April 24, Mr. Motegi held ..."), or its first
paragraph tells a past act and its first sentence no date in a document with a ``published``
date (a release's lead: "Sir Alan Duncan visited Sarajevo for talks", "India and Bangladesh
have signed three agreements", "... are to increase cooperation. The agreement was reached
during an official visit ..."; a history page dates what it tells), or a dated document's first
sentence is made in the present by its main verb (a statement: "The United States condemns ...",
"I offer congratulations to all Namibians ...") or tells a visit a named person makes in the
present ("Foreign Secretary James Cleverly visits Kenya to deepen trade ties") or a plan ("The
Foreign Secretary will travel to Moscow for talks"), its header has a
line that is only a day's date (or ends with one after a separator), or its first
``thresholds.news_opening_blocks`` paragraphs have a word of the day of writing
(``news_deixis`` in the lexicon: "today", "on Tuesday").
The text decides, never the metadata, whose ``published`` date only anchors dates (the seed
chronology has no dateline and its results are unchanged). News stories add the rules of
dating, anaphora and statements of the day (see the package docstring).

A dateline (``SEOUL/TOKYO, July 12 (Reuters) -``, ``Pyongyang, August 22 (KCNA) --``) is no part
of any clause or person's phrase. The lead (``lead_block``) is the first paragraph that is
neither a byline in parentheses nor a line that is only a date. The story's day (``story_day``)
is its header date (a line that is only a day's date), else ``published``; in an archive of releases, a line that opens
with a day's date and a separator before a title heads a release of that day (``section_days``),
and a statement in it is made on that day (``day_at``). The lead's day (``lead_date``) is the
first single-day date of the lead sentence after the dateline ("met on Tuesday"), else the
dateline's "July 12", else the story's day. An unqualified titled official in a story from a
national news agency (``news_agencies`` in the lexicon: Yonhap, Kyodo, KCNA, AP ...) is of the
agency's country.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .. import textrules
from ..dates import DateMention
from ..structure import Block
from .lexicon import lemma_in
from .modality import is_planned

if TYPE_CHECKING:
    from .context import Context

def dateline_match(text: str, block: Block):
    """The dateline opening the block, or None (the one rule: ``textrules.dateline_match``)."""
    return textrules.dateline_match(text, block.start_char, block.end_char)


def body_blocks(blocks):
    """Blocks that are not titles or headings."""
    return (b for b in blocks if b.kind not in ("title", "heading"))


def lead_block(ctx: Context):
    """The story's first paragraph: the first body block that is neither a byline in parentheses,
    a line that is only a date ("28 June 2009" under the headline is the header's) nor a
    headline ending with its date."""
    for b in body_blocks(ctx.blocks):
        text = ctx.text[b.start_char:b.end_char]
        if not _byline(text) and not _date_only(ctx, b) and not _dated_headline(ctx, b):
            return b
    return None


def _dated_headline(ctx: Context, block: Block) -> bool:
    """A one-line block that ends with a day's date after a separator ("PM meeting with
    Chancellor Sebastian Kurz of Austria: 27 July 2018"): the release's headline, not its lead."""
    text = ctx.text[block.start_char:block.end_char]
    return "\n" not in text.strip() and any(
        _header_day(text, d)
        for d in ctx.dates_in(block.start_char, block.end_char))


def _date_only(ctx: Context, block: Block) -> bool:
    text = ctx.text[block.start_char:block.end_char].strip(" .,\n")
    return any(d.text.strip(" .,") == text for d in ctx.dates_in(block.start_char, block.end_char))


def is_news_story(ctx: Context) -> bool:
    """Rule 'news stories' (see the module docstring)."""
    lead = lead_block(ctx)
    blocks = list(body_blocks(ctx.blocks))
    opening = blocks[blocks.index(lead):][:ctx.lex.thresholds.news_opening_blocks] if lead is not None else []
    return lead is not None and (dateline_match(ctx.text, lead) is not None or any(
        ctx.lex.news_deixis.search(ctx.text[b.start_char:b.end_char]) for b in opening)
        or ctx.header_day is not None or _yearless_day_opening(ctx, lead) or _undated_lead(ctx, lead)
        or _statement_lead(ctx, lead) or _visit_lead(ctx, lead) or _announcement_lead(ctx, lead)
        or _same_week_lead(ctx, lead))


def _same_week_lead(ctx: Context, lead: Block) -> bool:
    """A report's lead: a dated document whose first sentence dates its act to a day of the week
    before it was published ("The Sixth Australia-China Foreign and Strategic Dialogue was held
    in Beijing on 21 December 2022" in a release of that day): it reports that day (a history
    page dates what it tells long before it was written)."""
    if ctx.published is None:
        return False
    for d in ctx.dates_in(*ctx.sentence_span(lead.start_char)):
        if d.precision == "day" and not d.mod and 0 <= (ctx.published - d.value_start).days <= 7:
            return True
    return False


def _announcement_lead(ctx: Context, lead: Block) -> bool:
    """An announcement's lead: a dated document whose first sentence tells a plan by a trigger
    verb, or a support verb with a trigger noun ("The Foreign Secretary, Boris Johnson, will
    travel to Moscow for high-level talks in the coming weeks", "The Prime Minister will hold
    talks with ...", "The President is to visit Ghana"): the day of writing is when it is
    announced (a history page tells no plan of its own)."""
    sent = _dated_first_sentence(ctx, lead)
    if sent is None:
        return False
    g = ctx.lex.grammar
    return any(is_planned(t, g) and (ctx.lex.lookup(t, "VERB") or lemma_in(t, ctx.lex.support_verbs) and any(
        c.dep_ == "dobj" and ctx.lex.lookup(c, "NOUN") for c in t.children)) for t in sent)


def _dated_first_sentence(ctx: Context, lead: Block):
    """The parsed first sentence of a dated document's lead, else None."""
    if ctx.published is None:
        return None
    s, _e = ctx.sentence_span(lead.start_char)
    located = ctx.span_of(s, s + 1)
    return None if located is None else located[2].sent


def _undated_lead(ctx: Context, lead: Block) -> bool:
    """A release's lead: a dated document whose first paragraph tells a past act (a trigger verb
    in the past tense, the present perfect or the past passive: "Sir Alan Duncan visited
    Sarajevo for high-level talks", "India and Bangladesh have signed three agreements", "the
    agreement was reached during an official visit") and whose first sentence has no date: only
    the day of writing dates it (a history or overview page dates what it tells; "Relations
    between the two countries are close" tells no act)."""
    if ctx.published is None or ctx.dates_in(*ctx.sentence_span(lead.start_char)):
        return False
    units = list(ctx.units_of_block(lead))
    return any(_past_act(ctx, t) for u in units for t in ctx.units[u][1])


def _present_lead_root(ctx: Context, lead: Block):
    """The main verb of a dated document's first sentence when it is in the present tense, not
    negated and with no auxiliary; else None."""
    sent = _dated_first_sentence(ctx, lead)
    if sent is None:
        return None
    root = sent.root
    if root.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("neg", "aux") for c in root.children):
        return None
    return root


def _statement_lead(ctx: Context, lead: Block) -> bool:
    """A statement's lead: a dated document whose first sentence is made in the present by its
    main verb, a speech act ("The United States condemns ...", ``grammar.speech_acts``) or a
    support verb with a trigger noun ("I offer congratulations to all Namibians ..."): the day of
    writing is when it is made."""
    root = _present_lead_root(ctx, lead)
    if root is None:
        return False
    return lemma_in(root, ctx.lex.grammar.speech_acts) or lemma_in(root, ctx.lex.support_verbs) and any(
        c.dep_ == "dobj" and ctx.lex.lookup(c, "NOUN") for c in root.children)


def _visit_lead(ctx: Context, lead: Block) -> bool:
    """A release's lead telling a visit in the present: a dated document whose first sentence's
    main verb is a present-tense visit a named person makes ("Foreign Secretary James Cleverly
    visits Kenya to deepen trade ties"): the day of writing is when it is made."""
    root = _present_lead_root(ctx, lead)
    return root is not None and any(r.mode == "visit" and not r.host for r in ctx.lex.lookup(root, "VERB")) \
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in root.children)


def _past_act(ctx: Context, t) -> bool:
    """A trigger verb (or a support verb with a trigger noun as object or passive subject) in the
    simple past, the present perfect or the past passive ("visited", "have signed three
    agreements", "the agreement was reached"), or such a verb whose in- or by-gerund is a trigger
    verb ("joined major European allies in recognizing the independence of Kosovo")."""
    perfect = t.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" or a.dep_ == "auxpass" and a.tag_ == "VBD"
                                      for a in t.children)  # "have signed", "was reached"
    if t.tag_ != "VBD" and not perfect:
        return False
    return bool(ctx.lex.lookup(t, "VERB")) or lemma_in(t, ctx.lex.support_verbs) and any(
        c.dep_ in ("dobj", "nsubjpass") and ctx.lex.lookup(c, "NOUN") for c in t.children) \
        or any(_act_in_gerund(ctx, p) for p in t.children if p.dep_ == "prep")


def _act_in_gerund(ctx: Context, prep) -> bool:
    """"joined major European allies in recognizing the independence of Kosovo": a past verb's
    "in"/"by" + gerund that is a trigger verb tells the act."""
    return prep.lower_ in ("in", "by") and any(g.tag_ == "VBG" and ctx.lex.lookup(g, "VERB")
                                               for g in prep.children if g.dep_ in ("pcomp", "pobj"))


def is_readout(ctx: Context) -> bool:
    """A readout of one meeting: its lead opens with the meeting's day written without its year
    ("On December 16, ... held a Japan-Philippines Foreign Ministers' Meeting")."""
    lead = lead_block(ctx)
    return lead is not None and _yearless_day_opening(ctx, lead)


def _yearless_day_opening(ctx: Context, lead: Block) -> bool:
    """A readout's opening: the first paragraph begins with a day written without its year
    ("On April 24, Mr. Toshimitsu Motegi ... held a telephone talk"), as a report of that day
    does (a history page writes the year)."""
    head = ctx.text[lead.start_char:lead.start_char + 40]
    if not head.lower().startswith("on "):
        return False
    for d in ctx.dates_in(lead.start_char, lead.start_char + 40):
        if d.start_char <= lead.start_char + 3 and d.precision == "day" and not _YEAR.search(d.text):
            return True
    return False


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def dated_header(ctx: Context):
    """A release's header date: a line before the first paragraph that is nothing but a day's
    date ("Press Statement / Washington, DC / December 9, 2013") or that ends with one after a
    separator ("US, Singapore Sign Free Trade Agreement - 2003-05-06"); None if none. A
    byline wholly in parentheses ("(Statement by Foreign Press Secretary Kawamura)") is part of
    the header, not the first paragraph."""
    lead = lead_block(ctx)
    if lead is None:
        return None
    for d in ctx.dates:
        if d.start_char >= lead.start_char:
            return None
        block = ctx.block_at(d.start_char)
        if block is not None and _header_day(ctx.text[block.start_char:block.end_char], d):
            return d
    return None


def _byline(text: str) -> bool:
    """A line wholly in parentheses: "(Statement by Press Secretary ONO Hikariko)"."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1 and "\n" not in text


def _header_day(line: str, d) -> bool:
    """A single day's date that is the line or ends it after a separator (``_header_date_line``)."""
    return d.precision == "day" and d.value_start == d.value_end and _header_date_line(line, d.text)


def _header_date_line(line: str, date_text: str) -> bool:
    """The line is the date, or ends with it after a separator (``-``, ``|``, ``:``, ``—``)."""
    line, date_text = line.strip(" .,"), date_text.strip(" .,")
    if line == date_text:
        return True
    head = line[: -len(date_text)].rstrip() if line.endswith(date_text) else ""
    return bool(head) and head[-1] in "-|:—–"


def story_day(ctx: Context):
    """Rule 'the story's day': the day the story was written, its header date, else
    ``published`` (the text first: adding a published date equal to the header changes
    nothing); None for documents with neither."""
    if ctx.header_day is not None:
        return ctx.header_day
    return None if ctx.published is None else published_date(ctx.published)


def section_days(ctx: Context) -> list[tuple[int, DateMention]]:
    """Rule 'dated sections': a line that opens with a day's date and a separator before a title
    ("November 24, 2015  –  Press Release on Terrorist Attack ...") heads a release of that day
    in an archive of releases: (line start, date) of each, in text order."""
    out = []
    for b in ctx.blocks:
        line = ctx.text[b.start_char:b.end_char]
        for d in ctx.dates_in(b.start_char, min(b.end_char, b.start_char + 40)):
            if d.start_char == b.start_char and d.precision == "day" and d.value_start == d.value_end \
                    and _SEPARATOR.match(line[d.end_char - b.start_char:]):
                out.append((b.start_char, d))
            break
    return out


_SEPARATOR = re.compile(r"\s*[-–—|:]\s*\S")


def day_at(ctx: Context, char: int):
    """The day a statement at char is made on: its dated section's, else the story's day."""
    i = bisect.bisect_right(ctx.section_starts, char) - 1
    return ctx.section_days[i][1] if i >= 0 else ctx.story_day


def agency_country(ctx: Context) -> str | None:
    """The home country of a national news agency named in the story's dateline ("TOKYO,
    Nov. 18 (Kyodo) --" -> JPN), from the lexicon's ``news_agencies``."""
    block = next(body_blocks(ctx.blocks), None)
    if block is None:
        return None
    m = dateline_match(ctx.text, block)
    if m is None or not m.group("agency"):
        return None
    return ctx.lex.news_agencies.get(" ".join(m.group("agency").split()).lower())


STORY_DAY_TEXT = "(published)"  # the text of the story's day when no date of the text gives it


def published_date(day) -> DateMention:
    """The publication day as a date (what a statement of the day and the story's day fall back on)."""
    return DateMention(STORY_DAY_TEXT, 0, 0, day, day, "day", False, None, "anchor")


def lead_date(ctx: Context):
    """Rule 'the lead's day': the first single-day date of its lead sentence after the
    dateline ("met on Tuesday"), else the dateline's ("TOKYO, March 17 (Kyodo) --"), if not
    after the story's day; else the story's day itself. None for documents without one."""
    if ctx.story_day is None:
        return None
    day = ctx.story_day.value_start
    block = next(body_blocks(ctx.blocks), None)
    if block is not None:
        s, e = ctx.sentence_span(block.start_char)
        days = [d for d in ctx.dates_in(s, e) if d.precision == "day" and d.value_start == d.value_end
                and d.value_start <= day and not d.mod]
        for d in sorted(days, key=lambda d: ctx.in_dateline(d.start_char)):  # the lead's own first
            return d
    return ctx.story_day
