"""Stage 3, events: who did what to whom, when and where, coded to PLOVER's 16 event types.

Two sources of events, both driven by the trigger lexicon in ``data/event_triggers.json``:

* **Chronology items** (``- (3) March 30-31, 2014: Japan-North Korea Consultations (in
  Beijing)``): the item heading's trigger word gives one event with the item's date, its
  ``(in X)`` place and the participants named in the heading and in the bullets below it
  (subjects, objects and ``with``/``to``/``against``/``on`` arguments of the bullets' clauses).
  A bullet whose clause is an event of the heading's type (``Japan and North Korea had
  consultations``) is the same meeting and is merged into the item event; a bullet with a
  distinct act (``Japan lodged a strong protest against North Korea``) is a further event,
  dated and placed by the item unless the bullet says otherwise.
* **Prose**: every trigger verb (``met``, ``urged``, ``launched`` ...) or trigger noun made to
  happen by a support verb (``held talks``, ``lodged a protest``, ``conducted four launches``),
  by an occurrence verb (``talks took place``) or carrying its own date (``the Summit Meeting
  in May 2004``) whose clause is realis (see ``_is_realis``: no modal, negation, ``if``,
  infinitive or present tense) becomes an event, its arguments read from the dependency parse.

Dates: the DateMentions attached to the trigger's clause (one event per coordinated date),
else the nearest governing clause's, else (bullets) the item's, else the latest date before it
in the same block; a perfect-aspect clause without a date of its own (``admitted that it had
abducted``, ``Washington has imposed sanctions``) is left undated: its time is open. Events
dated after the document's ``published`` date are plans (``status`` ``planned``).

Status: ``occurred`` (realis), ``ongoing`` (present progressive: "are holding talks") or
``planned``. In a news story (see below), a plan stated as such is
an event with status ``planned``: ``will``/``shall`` with the trigger verb ("Kerry will meet
Netanyahu"), the infinitive of a present-tense plan verb ("is to visit", "plans to meet", "is
scheduled to hold"), a support verb so marked ("talks will take place next month"), or an
event noun with a plan modifier and its own date ("the upcoming January visit"). A plan needs
a date; ``would``/``could``, negated and conditional clauses are never events. In an undated
overview page a future clause is the content of an agreement or a policy ("Japan will lift
part of its measures"), not a scheduled event, and gives none.

News stories (documents whose first paragraph opens with a dateline, whose header has a line
that is only a day's date, or whose first NEWS_OPENING_BLOCKS paragraphs have a word of the day
of writing, ``news_deixis`` in the lexicon: "today", "on Tuesday"; the text decides, never the
metadata, whose ``published`` date only anchors dates) add these rules (the seed chronology
has no dateline and its results are unchanged):

* **Governing date.** A realis clause with no date in its clause or governing clause takes the
  latest date mentioned earlier in its paragraph (not one after ``published``, not a
  ``before/after X`` bound), else the story's day (``lead_date``: the first single-day date of
  the lead sentence after the dateline, "met on Tuesday", else the dateline's "July 12", else
  ``published``), with that date's precision.
* **Relative clauses.** ``The launch came two days after Pyongyang accused ...``: a clause under
  ``after``/``before`` with a count (``a day``, ``two weeks``, ``three months``) is the main
  clause's date minus/plus that much; without a count (``days after``, ``after X did Y``) its
  time is open (undated), never the main clause's date.
* **Perfects.** A perfect clause reported by a speech verb (``Matsuno told reporters that Tokyo
  had lodged a protest``, ``Japan has lodged a protest, X said``) is the news of the report's
  day, unless a background adverb (``already``, ``repeatedly``, ``since`` ...) or an earlier
  report date says otherwise; other perfects stay open as above.
* **Object dates.** ``condemned the North's launch of a missile on Wednesday`` in a Friday
  story: a date before the story's day, right after an event-noun object that has its own agent
  (possessor or by-phrase), dates that object, which becomes an event; the reaction takes the
  governing date.
* **Anaphora and repeats.** ``the two ministers``, ``the three ministers``, ``their`` take the
  parties of the last event with two or more parties in the paragraph or the two before (the
  subjects if two or more, a stated number choosing); ``It`` skips coordinated and
  relative-clause subjects and the subject of an attribution (``..., the military said, its
  ...``); ``met X and discussed ...`` is one meeting; an event noun ranked by an ordinal (``its
  first missile test of the year``) describes the event just told and is not another.
* **Statements of the day.** A main-clause present-tense speech act (``The DPRK condemns ...``)
  and a will/shall threat (``It will take countermeasures``) are realis, dated ``published``.
* **Occasions and bare meetings.** A meeting noun that is the in/at/during occasion of a realis
  clause (``In a phone call, X and Y agreed``) is a CONSULT with the clause's parties and date;
  a meeting noun with its own date and place needs no named party. A dateline's date dates the
  lead clause only when the clause has none of its own.
* **Stray dates.** A date the parser hangs on a proper name or a naming participle inside the
  clause (``drills ... off Jeju Island from June 27 to 29``) dates the clause's event.

In every document: a dateline (``SEOUL/TOKYO, July 12 (Reuters) -``, ``Pyongyang, August 22
(KCNA) --``) is no part of a subject or a person's phrase (its conjuncts and appositions are);
an unqualified titled official (``Foreign Minister Park Jin``) in a story from a national news
agency (``news_agencies`` in the lexicon: Yonhap, Kyodo, KCNA, AP ...) is of the agency's
country; a bare surname the people module left unresolved because several people share it
(``Kim``) is the first of them the document introduced; a definite ``the spokesman`` with no
country takes that of an earlier subject with the same head (``a spokesman for the Foreign
Ministry of the DPRK``); a place inside an ``in``/``at`` phrase counts (``at a resort on
Singapore's Sentosa island``, ``in the port city of Busan``, ``the Wonsan area``), not one inside
a topic argument (``views on the situation in Ukraine``); a launch takes its site (``from``), else
its target area (``into`` a sea); ``in X in 2018 and in Y in 2019`` gives each date its place; a
chronology item with no ``(in X)`` takes a place named in its title (``G20 Osaka Summit``); a verb
of a relative or participle clause reads its weapon/accord words in the noun the clause modifies
(``a new ICBM that it fired``, ``the treaty signed by ...``).

``event_id`` hashes (event_type, date_start, date_end, place_id, actors, people); two
candidates with the same identity are the same happening and are merged.
"""
from __future__ import annotations

import bisect
import itertools
import dataclasses
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .. import gazetteer, office_holders
from ..dates import DateMention as _DateValue
from ..extract import BlockDocs
from ..structure import Block, ParsedDocument
from . import frame as event_frame, merge as event_merge
from .lexicon import LEXICON_PATH, Lexicon, LexiconError, Trigger, classify, lemma_in, load_lexicon
from .plover import (ATTITUDES, COLUMNS, COOPERATIVE, DYADIC_TYPES, HOSTILE, ONE_SIDED_TYPES, PLOVER_TYPES,
                     STATUSES)


# ------------------------------------------------------------------ grammar constants
_MODALS = {"will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "wo",
           "ca", "ought"}
_HYPOTHETICAL_MARKS = {"if", "unless", "whether", "until", "lest"}
_PROGRESSIVE_AUX = {"is", "are", "am", "was", "were", "been", "'s", "'re"}
_FUTURE_MODIFIERS = {"planned", "proposed", "upcoming", "scheduled", "expected", "possible",
                     "potential", "next", "future", "prospective", "would-be", "hypothetical",
                     "intended", "envisaged"}
# of those, the ones that announce a plan ("the upcoming January visit"), not a mere possibility
_PLAN_MODIFIERS = frozenset({"planned", "upcoming", "scheduled", "expected", "next", "prospective", "intended"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
# verbs whose infinitive complement is a plan when they are in the present tense: "is to visit",
# "plans to meet", "is scheduled to hold", "is expected to travel", "is set to sign"
_PLAN_HEADS = frozenset({"be", "plan", "schedule", "expect", "intend", "set", "due", "aim", "prepare"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re"})
NEWS_OPENING_BLOCKS = 3  # paragraphs in which a word of the day of writing makes a news story
_TITLES = frozenset(t.lower() for t in json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "titles.json").read_text(encoding="utf-8"))["titles"])
# prepositions whose object is a party to the event (the others are adjuncts or topics)
_ROLE_PREPS = {"with", "against", "to", "toward", "towards", "on", "upon", "between", "among",
               "amongst"}
# prepositions kept inside an argument noun phrase ("Experts of Japan", "talks with Seoul")
_TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
# ordinal and superlative words that make an event noun a description ("its first test of the year")
_RANKING = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "latest", "last",
                      "largest", "biggest", "longest", "highest"})
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "capital", "island", "province", "county",
                          "prefecture", "resort", "region", "district", "area"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
_NP_PREPS = {"of", "with", "between", "to", "against", "among", "from"}
# heads whose for-phrase is who they speak for ("a spokesman for the Foreign Ministry of the DPRK")
_SPOKESPERSON = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
# dependents that start a clause or an adjunct and are cut out of an argument noun phrase
_NP_PRUNE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "parataxis", "csubj", "mark",
             "punct", "cc", "prep", "conj", "det", "predet", "case"}
_PRONOUNS_SINGULAR = {"it", "its", "itself"}
_PRONOUNS_PLURAL = {"they", "their", "them", "themselves"}
_PRONOUNS_PERSON = {"he", "she", "his", "her", "him"}
_PLURAL_ANAPHORS = re.compile(
    r"^(?:both|the(?:\s+(?:two|three|four))?|the\s+both|all\s+three)\s+(?:sides|countries|nations|governments|"
    r"leaders|parties|ministers|delegations|allies)$|^(?:both|the (?:two|three))$", re.IGNORECASE)
# a news dateline: "SEOUL, March 25 (Reuters) - ", "PYONGYANG (KCNA) -- ", "SEOUL/TOKYO, July 12
# (Reuters) - ", "JOINT BASE ANDREWS, Md. (AP) — "; a title-case place ("Pyongyang, August 22
# (KCNA) -- ") only with the agency in brackets
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\-/ ]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][a-z]+)?(?=\s*[,(]))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?P<agency>[A-Za-z .&\-]{2,30})\))?\s*(?:--|[-–—:])\s+")
_DATELINE_TITLE = re.compile(
    r"[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\((?P<agency>[A-Za-z .&\-]{2,30})\)\s*(?:--|[-–—:])\s+")
# KCNA writes "south Korea", "north Korean": the gazetteer matches country names case-sensitively
_LOWER_KOREA = re.compile(r"\b(south|north)(?=\s+Korean?s?\b)")
# "two days after X", "a week before Y": the count and unit of a relative clause time
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_IN_PLACE = re.compile(r"\(\s*(?:in|at)\s+([^()]+?)\s*\)")
_LEADING_PUNCT = re.compile(r"[\s:;,.\-–—]+")


# ------------------------------------------------------------------ small records
@dataclass
class _Parties:
    """Countries and people found in the arguments of one clause, by role."""

    source: set[str] = field(default_factory=set)
    target: set[str] = field(default_factory=set)
    other: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # canonical names
    subject_people_unknown: bool = False  # a subject person whose country is unknown
    subject_found: bool = False
    people_unknown: bool = False  # some person (any role) whose country is unknown
    unknown: dict[str, str] = field(default_factory=dict)  # name of such a person -> role

    def actors(self) -> set[str]:
        return self.source | self.target | self.other

    def update(self, other: "_Parties") -> None:
        self.source |= other.source
        self.target |= other.target
        self.other |= other.other
        self.people |= other.people
        self.subject_people_unknown |= other.subject_people_unknown
        self.subject_found |= other.subject_found
        self.people_unknown |= other.people_unknown
        for name, role in other.unknown.items():
            self.unknown.setdefault(name, role)


@dataclass
class _Candidate:
    type: str
    mode: str | None
    trigger: str
    start_char: int
    end_char: int
    summary: str
    date: object | None  # DateMention
    place: object | None  # PlaceRecord-like (place_id, name, country_iso3)
    parties: _Parties
    block: int
    order: int  # position of the trigger, for stable merging
    own_date: bool = False
    own_place: bool = False
    from_item: bool = False
    min_actors: int = 0
    status: str = "occurred"  # one of STATUSES
    mission: bool = False  # an act on a diplomatic mission (an embassy opened, closed)


# ------------------------------------------------------------------ the per-document context
class _Context:
    def __init__(self, doc: ParsedDocument, block_docs: BlockDocs, dates, people, person_mentions,
                 places, place_mentions, lexicon: Lexicon):
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon
        self.units = sorted(block_docs, key=lambda u: u[0])
        self.unit_starts = [u[0] for u in self.units]
        self.unit_ends = [offset + (sdoc[-1].idx + len(sdoc[-1].text) if len(sdoc) else 0)
                          for offset, sdoc in self.units]
        self.blocks = doc.blocks
        self.block_starts = [b.start_char for b in doc.blocks]
        self.sent_starts = [s.start_char for s in doc.sentences]
        self.dates = sorted(dates, key=lambda d: (d.start_char, d.end_char))
        self.date_starts = [d.start_char for d in self.dates]
        self.person_name = {p.person_id: p.name for p in people}
        published = doc.published
        self.published: date | None = published.date() if hasattr(published, "date") and callable(
            published.date) else published
        self._datelines: dict[int, int] = {}
        # A news story: its first paragraph opens with a dateline, or one of its first
        # paragraphs tells its time from the day of writing ("spoke today", "on Tuesday"). Decided by the text, never by the
        # metadata: ``published`` only anchors dates (see the module docstring).
        opening = list(itertools.islice(self._body_blocks(), NEWS_OPENING_BLOCKS))
        lead = opening[0] if opening else None
        self.news = lead is not None and (self._dateline_match(lead) is not None or any(
            self.lex.news_deixis.search(doc.text[b.start_char:b.end_char]) for b in opening)
            or self._dated_header(lead))
        self.agency_country = self._agency_country()
        self.pms = sorted((m for m in person_mentions if m.entity_id), key=lambda m: (m.start_char, m.end_char))
        self.pms = self._with_surnames(self.pms, person_mentions)
        self.pm_starts = [m.start_char for m in self.pms]
        self.pm_maxlen = max((m.end_char - m.start_char for m in self.pms), default=0)
        self.place_by_id = {p.place_id: p for p in places}
        self.lms = sorted((m for m in place_mentions if m.entity_id), key=lambda m: (m.start_char, m.end_char))
        self.lm_starts = [m.start_char for m in self.lms]
        self.lm_maxlen = max((m.end_char - m.start_char for m in self.lms), default=0)
        self._countries_cache: dict[str, frozenset[str]] = {}
        self._holder_cache: dict[tuple, str | None] = {}
        self.doc_countries = {getattr(self.place_by_id.get(m.entity_id), "country_iso3", None) or m.entity_id
                              for m in self.lms}
        self.lead_date = self._lead_date()
        self.date_attach: dict[tuple[int, int], list] = defaultdict(list)  # (unit, token i) -> dates
        self.nominal_dates: set[tuple[int, int]] = set()  # dates moved onto an object noun
        self._attach_dates()
        self.person_country: dict[str, str] = {}
        self._person_countries(people)
        self.publisher = event_frame.publisher_country((doc.meta or {}).get("source_url"))
        self.frame = event_frame.frame_pair(doc.title, self.publisher, self.countries)
        # (char, block, countries, head lemma, plural, main clause) of every non-pronoun subject
        self.subjects: list[tuple[int, int, frozenset[str], str, bool, bool]] = []
        self.subject_starts: list[int] = []

    # ---- lookups
    def in_dateline(self, char: int) -> bool:
        """Whether char lies in the dateline that opens its block (not part of any clause)."""
        block = self.block_at(char)
        if block is None:
            return False
        end = self._datelines.get(block.index)
        if end is None:
            m = self._dateline_match(block)
            end = m.end() if m else block.start_char
            self._datelines[block.index] = end
        return char < end

    def _dateline_match(self, block: Block):
        return (_DATELINE.match(self.text, block.start_char, block.end_char)
                or _DATELINE_TITLE.match(self.text, block.start_char, block.end_char))

    def _dated_header(self, lead: Block) -> bool:
        """A release's header: a line before the first paragraph that is nothing but a day's date
        ("Press Statement / Washington, DC / December 9, 2013")."""
        for d in self.dates:
            if d.start_char >= lead.start_char:
                return False
            block = self.block_at(d.start_char)
            if block is not None and d.precision == "day" and \
                    self.text[block.start_char:block.end_char].strip(" .,") == d.text.strip(" .,"):
                return True
        return False

    def _body_blocks(self):
        return (b for b in self.blocks if b.kind not in ("title", "heading"))

    def _agency_country(self) -> str | None:
        """The home country of a national news agency named in the story's dateline ("TOKYO,
        Nov. 18 (Kyodo) --" -> JPN), from the lexicon's ``news_agencies``."""
        block = next(self._body_blocks(), None)
        if block is None:
            return None
        m = self._dateline_match(block)
        if m is None or not m.group("agency"):
            return None
        return self.lex.news_agencies.get(" ".join(m.group("agency").split()).lower())

    def _lead_date(self):
        """A news story's day: the first single-day date of its lead sentence after the dateline
        ("met on Tuesday"), else the dateline's ("TOKYO, March 17 (Kyodo) --"), if not after
        ``published``; else ``published`` itself. None for documents without a published date."""
        if self.published is None:
            return None
        block = next(self._body_blocks(), None)
        if block is not None:
            s, e = self.sentence_span(block.start_char)
            days = [d for d in self.dates_in(s, e) if d.precision == "day" and d.value_start == d.value_end
                    and d.value_start <= self.published and not d.mod]
            for d in sorted(days, key=lambda d: self.in_dateline(d.start_char)):  # the lead's own first
                return d
        return _DateValue("(published)", 0, 0, self.published, self.published, "day", False, None, "anchor")
    def holder_country(self, name: str, start: date, end: date) -> str | None:
        """The one country whose office-holder ``name`` was at the start or end of an interval."""
        key = (name, start, end)
        if key not in self._holder_cache:
            found = {e["country_iso3"] for d in {start, end} for e in office_holders.holders(name, d)}
            self._holder_cache[key] = next(iter(found)) if len(found) == 1 else None
        return self._holder_cache[key]

    def countries(self, text: str) -> frozenset[str]:
        got = self._countries_cache.get(text)
        if got is None:
            norm = _LOWER_KOREA.sub(lambda m: m.group(1).capitalize(), text)
            got = frozenset(gazetteer.countries_in(norm)) if text.strip() else frozenset()
            self._countries_cache[text] = got
        return got

    def block_at(self, char: int) -> Block | None:
        i = bisect.bisect_right(self.block_starts, char) - 1
        if i < 0:
            return None
        block = self.blocks[i]
        return block if char < block.end_char else None

    def sentence_span(self, char: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, char) - 1
        if i >= 0:
            s = self.doc.sentences[i]
            if s.start_char <= char < s.end_char:
                return s.start_char, s.end_char
        block = self.block_at(char)
        return (block.start_char, block.end_char) if block else (char, char + 1)

    def _overlapping(self, items, starts, maxlen, start: int, end: int):
        i = bisect.bisect_left(starts, end)
        out = []
        j = i - 1
        while j >= 0 and starts[j] >= start - maxlen:
            m = items[j]
            if m.start_char < end and m.end_char > start:
                out.append(m)
            j -= 1
        out.reverse()
        return out

    def persons_in(self, start: int, end: int):
        return self._overlapping(self.pms, self.pm_starts, self.pm_maxlen, start, end)

    def places_in(self, start: int, end: int):
        return self._overlapping(self.lms, self.lm_starts, self.lm_maxlen, start, end)

    def dates_in(self, start: int, end: int):
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start_char < end:
            out.append(self.dates[i])
            i += 1
        return out

    def last_date_before(self, block: Block, char: int):
        """The latest date mentioned before char in the block; in a news story not one after
        ``published`` (a plan), nor a 'before/after X' bound, nor one that dates an object noun
        ("condemned the North's launch ... on Wednesday"): those date a thing, not the narrative."""
        i = bisect.bisect_left(self.date_starts, char) - 1
        while i >= 0 and self.dates[i].start_char >= block.start_char:
            d = self.dates[i]
            if d.end_char <= char:
                if self.published is None:
                    return d
                if d.value_start <= self.published and d.mod not in ("before", "after") \
                        and (d.start_char, d.end_char) not in self.nominal_dates:
                    return d
            i -= 1
        return None

    def place_record(self, mention):
        place = self.place_by_id.get(mention.entity_id)
        if place is None:
            place = gazetteer.get_place(mention.entity_id) if hasattr(gazetteer, "get_place") else None
        return place

    def unit_of(self, char: int) -> int | None:
        i = bisect.bisect_right(self.unit_starts, char) - 1
        if i < 0:
            return None
        return i if char < self.unit_ends[i] else None

    def span_of(self, start: int, end: int):
        """(unit index, unit offset, the non-empty spaCy span covering absolute [start, end)),
        or None where the offsets fall outside every unit."""
        unit = self.unit_of(start)
        if unit is None:
            return None
        offset, sdoc = self.units[unit]
        span = sdoc.char_span(start - offset, end - offset, alignment_mode="expand")
        return (unit, offset, span) if span is not None and len(span) else None

    # ---- precomputation
    def _attach_dates(self) -> None:
        """Map each DateMention to the token its phrase modifies (a verb or a noun)."""
        for d in self.dates:
            located = self.span_of(d.start_char, d.end_char)
            if located is None:
                continue
            unit, offset, span = located
            top = span.root
            head = _date_governor(top, span)
            if head is not None and self.news:
                low = self._low_attachment(head, top, d)
                if low.i != head.i:
                    self.nominal_dates.add((d.start_char, d.end_char))
                head = low
            if head is not None:
                self.date_attach[(unit, head.i)].append(d)

    def _low_attachment(self, head: Token, top: Token, d) -> Token:
        """News: "condemned the North's launch of a ... missile on Wednesday" in a Friday story.
        A date before the story's day, right after the object of a verb, dates that object when
        the object is an event noun with its own agent (a possessor or a by-phrase) and the
        verb does not make it happen (not "held talks on Monday"): the reaction is the news of
        the day, the act it reacts to is what the earlier date belongs to."""
        lead = self.lead_date
        if lead is None or d.value_end >= lead.value_start or not _is_verb(head) \
                or lemma_in(head, self.lex.support_verbs):
            return head
        prep = top
        while prep.dep_ != "prep" and prep.i != prep.head.i and prep.head.i != head.i:
            prep = prep.head
        if prep.dep_ != "prep" or prep.head.i != head.i:
            return head
        for obj in head.children:
            if obj.dep_ != "dobj" or not obj.tag_.startswith("NN") or not self.lex.lookup(obj, "NOUN"):
                continue
            if max(t.i for t in obj.subtree) + 1 != prep.i:
                continue
            if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in obj.children):
                return obj
        return head

    def _with_surnames(self, pms, person_mentions):
        """A bare surname the people module left unresolved because several people of the
        document share it ("Kim" beside Kim Jong Un, Kim Yo Jong and Kim Yong Chol) stands for
        the first of them the document introduced: news style gives the bare surname to the
        story's principal and full names to the others. A linear pass over the mentions."""
        first_seen: dict[str, int] = {}
        for m in pms:
            first_seen.setdefault(m.entity_id, m.start_char)
        by_word: dict[str, list[str]] = defaultdict(list)
        for pid, name in self.person_name.items():
            for w in set(name.lower().split()):
                by_word[w].append(pid)
        extra = []
        for m in person_mentions:
            if m.entity_id:
                continue
            word = re.sub(r"['’]s$", "", m.text.strip()).lower()
            if not word or " " in word:
                continue
            cands = [pid for pid in by_word.get(word, ()) if first_seen.get(pid, m.start_char) < m.start_char]
            if cands:
                extra.append(dataclasses.replace(m, entity_id=min(cands, key=lambda pid: first_seen[pid])))
        if not extra:
            return pms
        return sorted(pms + extra, key=lambda m: (m.start_char, m.end_char))

    def _person_countries(self, people) -> None:
        """A person's country, where the person's titles ("President of South Korea") or the
        noun phrases of the person's mentions ("Foreign Minister Ri Su-Yong of North Korea",
        "Japanese Prime Minister") name exactly one country (a dateline before the name is not
        part of its phrase). A titled person whose country no mention names, in a story from a
        national news agency ("Foreign Minister Park Jin" in a Yonhap story), is of the
        agency's country: that is how such agencies name their own officials."""
        by_title: dict[str, set[str]] = defaultdict(set)
        titled: set[str] = set()
        for p in people:
            for title in getattr(p, "titles", None) or ():
                by_title[p.person_id] |= self.countries(title)
                titled.add(p.person_id)
        found: dict[str, set[str]] = defaultdict(set)
        for m in self.pms:
            located = self.span_of(m.start_char, m.end_char)
            if located is None:
                continue
            _, offset, span = located
            head = span.root
            while head.dep_ in ("compound", "flat", "appos") and head.head is not head \
                    and not self.in_dateline(offset + head.head.idx):
                head = head.head
            tokens = [t for t in _np_tokens(head, conj=False) if not self.in_dateline(offset + t.idx)]
            countries = set()
            for s, e in _runs(tokens, offset):
                countries |= self.countries(self.text[s:e])
            found[m.entity_id] |= countries
        for pid in set(found) | set(by_title):
            for countries in (by_title.get(pid, ()), found.get(pid, ())):
                if len(countries) == 1:  # titles first: they are the people module's reading
                    self.person_country[pid] = next(iter(countries))
                    break
        for p in people:  # the people stage's reading (pipeline/person_country.py) where it has one
            country = getattr(p, "country_iso3", None)
            if country and p.person_id not in self.person_country:
                self.person_country[p.person_id] = country
        if self.agency_country:
            for pid in titled:
                if pid not in self.person_country and not by_title.get(pid) and not found.get(pid):
                    self.person_country[pid] = self.agency_country


def _date_governor(top: Token, span) -> Token | None:
    """The token a date phrase modifies: climb out of the phrase through pobj/conj/appos links
    to the preposition and return its head ("On February 27 and March 5, ... launched")."""
    t = top
    for _ in range(8):
        if t.head is t:
            return t if t not in span else None
        dep = t.dep_
        if dep in ("pobj", "conj", "appos", "compound", "nummod", "amod", "det", "nmod", "case"):
            t = t.head
            continue
        if dep == "prep":
            return t.head
        return t.head
    return None


# ------------------------------------------------------------------ syntax helpers
def _np_tokens(head: Token, conj: bool = True) -> list[Token]:
    """The noun phrase of head without clauses and adjuncts (keeps of/with/to... phrases,
    nominal conjuncts and, of a participle, its by-agent: "the statement issued by X")."""
    out = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            dep = c.dep_
            if dep == "prep":
                if c.lower_ in _NP_PREPS or c.lower_ == "for" and t.lower_ in _SPOKESPERSON:
                    stack.append(c)
                continue
            if dep == "conj":
                if conj and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                    stack.append(c)
                continue
            if dep == "acl":
                stack.extend(a for a in c.children if a.dep_ == "agent")
                continue
            if dep == "agent":
                stack.append(c)
                continue
            if dep in _NP_PRUNE:
                continue
            stack.append(c)
    out.sort(key=lambda t: t.i)
    return out


def _locative_tokens(p: Token) -> list[Token]:
    """Tokens inside the phrase of an in/at object that may name where it is: possessors and
    the objects of nested locative prepositions ("a resort on Singapore's Sentosa island" ->
    island, Singapore); not compounds, which name parties ("the Japan-DPRK Summit")."""
    out = []
    stack = list(p.children)
    if p.lemma_.lower() in _SETTLEMENTS:  # "the Wonsan area", "the Kaesong region": the name is a compound
        out.extend(c for c in p.children if c.dep_ == "compound")
    while stack:
        t = stack.pop(0)
        if t.dep_ in ("poss", "pobj"):
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ in ("poss", "prep"))
        elif t.dep_ == "prep" and (t.lower_ in ("on", "in", "at", "near", "off", "outside", "inside")
                                   or t.lower_ == "of" and t.head.lemma_.lower() in _SETTLEMENTS):
            stack.extend(t.children)  # "in the southern port city of Busan"
    return out


def _in_topic(t: Token, top: Token) -> bool:
    """Whether the preposition t lies inside a topic argument under top: an about/regarding/
    concerning phrase, or an on/over phrase of a noun ("views on", "talks over"); an on-phrase of
    the verb is a place or an occasion ("met on the sidelines of ...")."""
    x = t.head
    for _ in range(12):
        if x is top or x.head is x:
            return False
        if x.dep_ == "prep" and (x.lower_ in _TOPIC_PREPS or x.lower_ in ("on", "over") and x.head.pos_ in ("NOUN", "PROPN")):
            return True
        x = x.head
    return False


def _runs(tokens: list[Token], offset: int) -> list[tuple[int, int]]:
    """Contiguous absolute character runs covered by the (sorted) tokens."""
    runs: list[tuple[int, int]] = []
    prev = None
    for t in tokens:
        s, e = offset + t.idx, offset + t.idx + len(t.text)
        if prev is not None and t.i == prev + 1 and runs:
            runs[-1] = (runs[-1][0], e)
        else:
            runs.append((s, e))
        prev = t.i
    return runs


def _head(t: Token) -> Token:
    """t's head, except for a verb coordinated after an after/before clause of a relational
    main verb: in "The launch came two days after Pyongyang accused the U.S. ..., and threatened
    to shoot them down" the parser hangs "threatened" on "came"; it continues "accused"."""
    h = t.head
    if t.dep_ == "conj" and h.lemma_.lower() in ("come", "follow") and _is_verb(t) and not _has_own_subject(t):
        best = None
        for c in h.children:
            if c.dep_ == "advcl" and h.i < c.i < t.i and _has_own_subject(c) and \
                    any(x.dep_ == "mark" and x.lower_ in ("after", "before") for x in c.children):
                best = c
        if best is not None:
            return best
    return h


def _aux(t: Token) -> list[Token]:
    return [c for c in t.children if c.dep_ in ("aux", "auxpass") and not _name_word(c)]


def _name_word(t: Token) -> bool:
    """A capitalised word inside a name that the parser took for an auxiliary ("Prime Minister
    Theresa May held talks": "May" is no modal)."""
    return t.i > t.sent.start and t.text[:1].isupper() and t.nbor(-1).pos_ == "PROPN"


def _has_own_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children)


def _blocked(t: Token) -> bool:
    """Negated, modal or hypothetical at this verb."""
    for c in t.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in _MODALS) and not _name_word(c):
            return True
        if c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS:
            return True
        if c.dep_ == "advmod" and c.lower_ in ("never", "not", "yet"):
            return True
    return False


# speech acts whose present tense in a news story is the statement made that day ("The DPRK
# strongly condemns ...")
_SPEECH_ACTS = frozenset({"condemn", "denounce", "urge", "demand", "warn", "protest", "welcome", "commend",
                          "praise", "applaud", "congratulate", "salute", "thank", "reaffirm", "call"})


def _statement_today(v: Token, threat: bool) -> bool:
    """A main-clause statement of the story's day: a present-tense speech act ("X condemns Y"),
    or a threat with will/shall ("X will take countermeasures": a threat is about the future
    but is made now). Never negated or conditional."""
    if not (v.dep_ == "ROOT" or v.dep_ == "conj" and v.head.dep_ == "ROOT" and _has_own_subject(v)):
        return False
    for c in v.children:
        if c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS \
                or c.dep_ == "advmod" and c.lower_ in ("never", "not"):
            return False
    auxes = _aux(v)
    if v.tag_ in ("VBZ", "VBP") and not auxes and lemma_in(v, _SPEECH_ACTS):
        return True
    return threat and v.tag_ == "VB" and bool(auxes) and all(a.lower_ in ("will", "shall", "'ll") for a in auxes)


def _perfect(v: Token) -> bool:
    """Perfect aspect (has/had + participle, also through a conjunct's head): the event's time
    is left open ("Washington has imposed sanctions", "admitted that it had abducted")."""
    t = v
    while True:
        if any(a.lemma_.lower() == "have" or a.lower_ in ("has", "have", "had", "'ve", "'d") for a in _aux(t)):
            return v.tag_ == "VBN"
        if t.dep_ == "conj" and not _aux(t) and not _has_own_subject(t) and _is_verb(t.head):
            t = t.head
            continue
        return False


def _is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX")


def _is_realis(v: Token, depth: int = 0) -> bool:
    """Whether the clause of verb v reports something that happened: simple past, present
    perfect, past progressive or a participle of such a clause; not modal (will, would, could),
    negated, conditional (if), infinitival (to meet) or in the present tense."""
    if depth > 6:
        return False
    chain = [v]
    t = v
    while t.dep_ == "conj" and not _aux(t) and not _has_own_subject(t) and _is_verb(t.head):
        t = t.head
        chain.append(t)
    if any(_blocked(x) for x in chain):
        return False
    auxes = [a.lower_ for x in chain for a in _aux(x)]
    tag = v.tag_
    if tag == "VBD":
        return True
    if tag == "VBN":
        if v.dep_ in ("acl", "advcl", "amod") and not auxes:
            if any(c.dep_ == "agent" for c in v.children):
                return True  # a reduced passive with its agent: "as confirmed by X at their talks"
            return not _is_verb(v.head) or _is_realis(v.head, depth + 1)
        return True
    if tag == "VBG":
        if any(a in _PROGRESSIVE_AUX for a in auxes):
            return True
        if v.dep_ in ("advcl", "acl", "relcl", "conj", "pcomp", "xcomp", "prep"):
            head = v.head
            while head.dep_ == "prep" or head.pos_ == "ADP":
                head = head.head
                if head.head is head:
                    break
            return not _is_verb(head) or _is_realis(head, depth + 1)
        return False
    if tag == "VB":
        return "did" in auxes
    return False


def _negated_or_conditional(t: Token) -> bool:
    """Negated ("will not meet"), or under a condition: its own "if"/"unless", or an adverbial
    clause that has one ("If X conducts a test, Japan will impose sanctions")."""
    return any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS
               or c.dep_ == "advmod" and c.lower_ in ("never", "not")
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _HYPOTHETICAL_MARKS for m in c.children)
               for c in t.children)


def _conj_chain(v: Token) -> list[Token]:
    """v and the verbs it is coordinated under without a subject or auxiliary of its own."""
    chain, t = [v], v
    while t.dep_ == "conj" and not _aux(t) and not _has_own_subject(t) and _is_verb(t.head):
        t = t.head
        chain.append(t)
    return chain


def _is_planned(v: Token) -> bool:
    """A plan stated as such: ``will``/``shall`` with the verb ("Kerry will meet Netanyahu"),
    or the infinitive of a present-tense plan verb ("is to visit", "plans to meet", "is
    scheduled to hold"). Not ``would``/``could`` (possibilities), never negated or conditional."""
    chain = _conj_chain(v)
    if any(_negated_or_conditional(x) for x in chain) or v.tag_ != "VB":
        return False
    auxes = {a.lower_ for x in chain for a in _aux(x)}
    if auxes & _FUTURE_AUX:
        return not auxes & (_MODALS - _FUTURE_AUX)
    head = chain[-1].head
    if chain[-1].dep_ != "xcomp" or head.lemma_.lower() not in _PLAN_HEADS or _negated_or_conditional(head):
        return False
    head_aux = {a.lower_ for a in _aux(head)}
    return head.tag_ in ("VBZ", "VBP") or head.tag_ == "VBN" and bool(head_aux & (_PRESENT_AUX | _FUTURE_AUX))


def _is_ongoing(v: Token) -> bool:
    """Present progressive: "the two sides are holding talks"."""
    return v.tag_ == "VBG" and any(a.lower_ in _PRESENT_AUX for a in _aux(v))


def _subject_tokens(v: Token, depth: int = 0, support_verbs: frozenset[str] = frozenset()) -> list[tuple[Token, str]]:
    """(noun phrase head, role) for the subject of verb v: nsubj -> source, passive subject ->
    target with the by-agent as source; inherited from the first conjunct, the governing clause
    of a participle or the noun a relative clause modifies."""
    out = []
    for c in v.children:
        if c.dep_ == "nsubj":
            out.append((c, "source"))
        elif c.dep_ == "nsubjpass":
            out.append((c, "target"))
        elif c.dep_ == "agent":
            out.extend((p, "source") for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "aux" and _name_word(c):
            out.append((c, "source"))  # "Prime Minister Theresa May held": the name is the subject
    if any(t.tag_ in ("WP", "WDT") for t, _ in out) and v.dep_ == "relcl":
        return [(v.head, role) for t, role in out]
    if out or depth > 5:
        return out
    if v.dep_ == "conj" and _is_verb(_head(v)):
        return _subject_tokens(_head(v), depth + 1, support_verbs)
    if v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBG", "VBN") and _is_verb(v.head):
        return _subject_tokens(v.head, depth + 1, support_verbs)
    if v.dep_ == "relcl":
        return [(v.head, "source")]
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and _is_verb(v.head.head) \
            and lemma_in(v.head.head, support_verbs):
        # "issued a statement denouncing the drills": who issued it denounces
        return _subject_tokens(v.head.head, depth + 1, support_verbs)
    return out


def _between(t: Token) -> list[Token]:
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


def _role_preps(t: Token, topic: frozenset[str]) -> list[Token]:
    """Objects of the party-marking prepositions under t (with, against, to, on ...)."""
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in _ROLE_PREPS and c.lower_ not in topic:
            out.extend(p for p in c.children if p.dep_ == "pobj")
            # "with the North Korean Minister ... Ri Yong Ho": coordinated objects
        elif c.dep_ == "prt" and c.lower_ in _ROLE_PREPS and c.lower_ not in topic:
            out.extend(p for p in t.children if p.dep_ == "dobj")
    return out


def _object_tokens(v: Token, exclude: Token | None = None) -> list[Token]:
    return [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj", "obj") and c is not exclude]


# ------------------------------------------------------------------ the extractor
class _Extractor:
    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.lex = ctx.lex
        self.cands: list[_Candidate] = []
        self.item_info: dict[int, dict] = {}
        self.order = 0

    # ---- noun phrases to parties
    def np_parties(self, unit: int, head: Token, role: str, item: dict | None, at_char: int) -> _Parties:
        ctx = self.ctx
        offset, _ = ctx.units[unit]
        parties = _Parties()
        if ctx.in_dateline(offset + head.idx):
            # the parser often makes the dateline ("SEOUL, May 7 (Yonhap) -") the subject and
            # the real subject its conjunct or apposition: keep those after the dateline
            for c in head.children:
                if c.dep_ in ("conj", "appos", "nmod") and not ctx.in_dateline(offset + c.idx):
                    parties.update(self.np_parties(unit, c, role, item, at_char))
            return parties
        low = head.lower_
        phrase = " ".join(t.lower_ for t in head.subtree if not t.is_punct and t.tag_ != "POS")
        if phrase in ("the north", "the south") and head.pos_ == "PROPN" or phrase in ("the north", "the south") \
                and head.lower_ in ("north", "south"):
            # Korean-news shorthand for the two Koreas, when the story names that country
            iso = "PRK" if phrase == "the north" else "KOR"
            if iso in ctx.doc_countries:
                getattr(parties, role).add(iso)
            return parties
        if head.pos_ == "PRON" or low in _PRONOUNS_SINGULAR | _PRONOUNS_PLURAL:
            if low in _PRONOUNS_PLURAL and item is not None:
                getattr(parties, role).update(item["actors"])
                parties.people |= item["people"]
            elif low in _PRONOUNS_PLURAL and ctx.news:
                # news: "Their previous summit" = the parties of the last event with two or more
                actors, people = self.previous_parties(at_char, 2)
                getattr(parties, role).update(actors)
                parties.people |= people
            elif low in _PRONOUNS_SINGULAR | _PRONOUNS_PLURAL:
                got = self.antecedent(at_char, singular=low in _PRONOUNS_SINGULAR)
                getattr(parties, role).update(got)
            return parties
        if _PLURAL_ANAPHORS.match(phrase.strip()):
            if item is not None:
                getattr(parties, role).update(item["actors"])
                parties.people |= item["people"]
            else:
                words = phrase.split()
                count = 2 if words[0] == "both" else next((_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS
                                                           and w not in ("a", "an")), None)
                actors, people = self.previous_parties(at_char, count)
                getattr(parties, role).update(actors)
                parties.people |= people
            return parties
        before = (0, 0)  # parties found in the phrase itself: none yet
        for c in head.children:
            # "the drills that the United States and South Korea launched": the relative
            # clause's subject is a party of what the noun names
            if c.dep_ == "relcl" and any(x.dep_ in ("dobj", "nsubjpass") and x.tag_ in ("WDT", "WP")
                                         for x in c.children):
                for x in c.children:
                    if x.dep_ == "nsubj":
                        parties.update(self.np_parties(unit, x, role, item, at_char))
        tokens = _np_tokens(head)
        for t in tokens:
            # "the North's launch": the shorthand as a possessor or inside the phrase
            if t.i != head.i and t.lower_ in ("north", "south") and t.pos_ == "PROPN" and t.dep_ in ("poss", "pobj") \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                iso = "PRK" if t.lower_ == "north" else "KOR"
                if iso in ctx.doc_countries:
                    getattr(parties, role).add(iso)
        for s, e in _runs(tokens, offset):
            getattr(parties, role).update(ctx.countries(ctx.text[s:e]))
            self.add_persons(parties, s, e, role)
        # a city standing for its government ("Seoul said", "talks with Tokyo")
        hs = offset + head.idx
        for m in ctx.places_in(hs, hs + len(head.text)):
            place = ctx.place_record(m)
            if place is not None and getattr(place, "country_iso3", None):
                getattr(parties, role).add(place.country_iso3)
        if ctx.publisher and self.bare_title(head):
            # "The Prime Minister spoke with ..." on a government's page: its own office-holder
            getattr(parties, role).add(ctx.publisher)
        if (len(parties.actors()), len(parties.people)) == before and not parties.people_unknown \
                and head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # a definite description ("The spokesman also condemned"): the earlier subject with
            # the same head word ("A spokesman for the Foreign Ministry of the DPRK")
            getattr(parties, role).update(self.same_head_subject(head, at_char))
        return parties

    def surface_partner(self, unit: int, v: Token, parties: _Parties) -> None:
        """The "with X" right after a meeting verb, read from the words when the parser hung it
        elsewhere ("spoke today with Prime Minister Modi of India to congratulate him", parsed
        with Modi as the subject of "congratulate"): X runs to the next verb, "to" or comma."""
        sent = v.sent
        i = v.i + 1
        while i < sent.end and i - v.i <= 4 and sent.doc[i].lower_ != "with":
            i += 1
        if i >= sent.end or sent.doc[i].lower_ != "with" or sent.doc[i].head.i == v.i:
            return  # no "with", or the parser attached it to the verb (read as usual)
        end = i + 1
        while end < sent.end and not (sent.doc[end].tag_ in ("TO", ",", ".", ":") or _is_verb(sent.doc[end])):
            end += 1
        offset = self.ctx.units[unit][0]
        start_char, end_char = offset + sent.doc[i + 1].idx, offset + sent.doc[end - 1].idx + len(sent.doc[end - 1])
        if end_char <= start_char:
            return
        parties.target |= self.ctx.countries(self.ctx.text[start_char:end_char])
        self.add_persons(parties, start_char, end_char, "target")

    def add_persons(self, parties: _Parties, start: int, end: int, role: str) -> None:
        """The people named in text[start:end] take part, with their countries where known."""
        ctx = self.ctx
        for m in ctx.persons_in(start, end):
            name = ctx.person_name.get(m.entity_id)
            if name:
                parties.people.add(name)
            country = ctx.person_country.get(m.entity_id)
            if country:
                getattr(parties, role).add(country)
            else:
                parties.people_unknown = True
                if name:
                    parties.unknown.setdefault(name, role)
                if role == "source":
                    parties.subject_people_unknown = True

    def bare_title(self, head: Token) -> bool:
        """A definite title with no name or country of its own: "The Prime Minister", "the
        Foreign Secretary" (not "Prime Minister Modi", "the Indian Prime Minister")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        words = [c for c in head.children if c.dep_ == "compound"] + [head]
        words.sort(key=lambda t: t.i)
        if any(c.dep_ in ("amod", "poss", "nmod", "appos", "flat") or c.ent_type_ in ("PERSON", "GPE", "NORP")
               for c in head.children):
            return False
        offset_free = " ".join(t.text for t in words)
        return offset_free.lower() in _TITLES and not self.ctx.countries(offset_free)

    def same_head_subject(self, head: Token, char: int) -> frozenset[str]:
        ctx = self.ctx
        lemma = head.lemma_.lower()
        i = bisect.bisect_left(ctx.subject_starts, char) - 1
        stop = max(-1, i - 50)  # a bounded look back: never quadratic over a long document
        while i > stop:
            _, _, countries, s_lemma, _, _ = ctx.subjects[i]
            if s_lemma == lemma and countries:
                return countries
            i -= 1
        return frozenset()

    def antecedent(self, char: int, singular: bool = False) -> frozenset[str]:
        """Countries of the nearest earlier subject (this block or the one before); for a
        singular pronoun ("It warned"), main-clause singular subjects only: not "the United
        States and South Korea", not the subject of a relative clause."""
        block = self.ctx.block_at(char)
        i = bisect.bisect_left(self.ctx.subject_starts, char) - 1
        while i >= 0:
            pos, b, countries, _, plural, main = self.ctx.subjects[i]
            if block is not None and b < block.index - 1:
                break
            if countries and not (singular and self.ctx.news and (plural or not main)):
                return countries
            i -= 1
        return frozenset()

    def previous_parties(self, char: int, count: int | None = None) -> tuple[set[str], set[str]]:
        """Parties of the last event before char in the same block with two or more parties,
        else of the last event in the block ("The two leaders ..."); in a news story, else of
        the last event with two or more parties in the two blocks before ("Earlier in the day,
        the two ministers held ...", "a joint statement signed by both leaders")."""
        ctx = self.ctx
        block = ctx.block_at(char)
        reach = 2 if ctx.news else 0  # blocks back: news only
        last_same = None
        for cand in reversed(self.cands):  # candidates come in text order: a short walk back
            if cand.order >= char:
                continue
            if block is not None and cand.block < block.index - reach:
                break
            same = block is None or cand.block == block.index
            if same and last_same is None:
                last_same = cand
            if len(cand.parties.actors()) >= 2:
                return _group(cand.parties, count)
        if last_same is not None:
            return last_same.parties.actors(), set(last_same.parties.people)
        return set(self.antecedent(char)), set()

    # ---- clause arguments
    def clause_parties(self, unit: int, v: Token | None, n: Token | None, row: Trigger | None,
                       item: dict | None, depth: int = 0) -> _Parties:
        topic = self.lex.topic_preps.get(row.type, _TOPIC_PREPS) if row else _TOPIC_PREPS | {"on"}
        parties = _Parties()
        anchor = v if v is not None else n
        at_char = self.ctx.units[unit][0] + anchor.idx
        if v is not None:
            for tok, role in _subject_tokens(v, support_verbs=self.lex.support_verbs):
                parties.update(self.np_parties(unit, tok, role, item, at_char))
                parties.subject_found = True
            objects = _object_tokens(v, exclude=n) + _role_preps(v, topic)
            if v.dep_ == "conj" and not objects and _is_verb(_head(v)) and depth < 4 and not (
                    row is not None and row.type in COOPERATIVE and self.verb_types(_head(v))
                    and self.verb_types(_head(v)) <= HOSTILE):
                # "met Kim and agreed ...": the partner carries over; "condemned the launch and
                # agreed ...": the condemned is no party to the agreement
                inherited = self.clause_parties(unit, _head(v), None, row, item, depth + 1)
                parties.target |= inherited.target
                parties.people |= inherited.people
            for tok in objects:
                parties.update(self.np_parties(unit, tok, "target", item, at_char))
                if row is not None and row.type in ATTITUDES:
                    for x in _between(tok):
                        parties.update(self.np_parties(unit, x, "target", item, at_char))
            if row is not None and row.type == "CONSULT" and not objects:
                self.surface_partner(unit, v, parties)
            for c in v.children:  # reported content: "admitted that it had abducted Japanese citizens"
                if c.dep_ == "ccomp":
                    for cc in c.children:
                        if cc.dep_ in ("nsubj", "nsubjpass", "dobj"):
                            parties.update(self.np_parties(unit, cc, "target", item, at_char))
        if n is not None:
            modifiers = _Parties()
            offset = self.ctx.units[unit][0]
            for c in n.children:
                if c.dep_ == "poss":
                    modifiers.update(self.np_parties(unit, c, "source", item, at_char))
                elif c.dep_ in ("compound", "amod", "nmod"):
                    for s, e in _runs(sorted(c.subtree, key=lambda t: t.i), offset):
                        modifiers.source |= self.ctx.countries(self.ctx.text[s:e])
                        self.add_persons(modifiers, s, e, "source")
            for tok in _role_preps(n, topic):
                parties.update(self.np_parties(unit, tok, "target", item, at_char))
            if v is None:  # the noun is the event on its own: "the summit of the U.S., Japan and ..."
                for c in n.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for x in c.children:
                            if x.dep_ == "pobj":
                                parties.update(self.np_parties(unit, x, "target", item, at_char))
            if parties.subject_found and (parties.source or parties.subject_people_unknown):
                modifiers.other |= modifiers.source
                modifiers.source = set()
            parties.update(modifiers)
        return parties

    # ---- requirements of a row
    def clause_words(self, v: Token | None, n: Token | None) -> set[str]:
        words: set[str] = set()
        for head in (v, n):
            if head is None:
                continue
            for t in head.subtree:
                if t is not head and t.dep_ == "conj" and _is_verb(t) and t.head is head:
                    continue
                words.add(t.lower_)
                words.add(t.lemma_.lower())
                if "-" in t.lower_:  # "Hwasong-18", "KN-23"
                    words.update(t.lower_.split("-"))
        # "a new missile that it fired", "the treaty signed by ...": the clause's object is the
        # noun the relative or participle clause modifies (its pronoun is no word of its own)
        if v is not None and v.dep_ in ("relcl", "acl") and v.head.tag_.startswith("NN"):
            for t in [v.head] + [c for c in v.head.children if c.dep_ in ("amod", "compound", "nmod")]:
                for x in ([t] if t is v.head else list(t.subtree)):
                    words.add(x.lower_)
                    words.add(x.lemma_.lower())
                    if "-" in x.lower_:
                        words.update(x.lower_.split("-"))
        return words

    def row_applies(self, row: Trigger, tok: Token, v: Token | None, n: Token | None) -> bool:
        if row.with_:
            lemmas = {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}
            for c in tok.children:
                if c.dep_ == "dobj":
                    lemmas |= {x.lemma_.lower() for x in c.children}
            if not lemmas & set(row.with_):
                return False
        if row.requires == "actor_object":
            return any(c.dep_ in ("dobj", "dative") and (c.ent_type_ in ("GPE", "PERSON", "NORP", "ORG")
                       or any(x.ent_type_ in ("GPE", "PERSON", "NORP") for x in c.subtree))
                       for c in tok.children)
        if row.requires:
            words = self.clause_words(v, n)
            if not words & self.lex.classes[row.requires]:
                return False
        return True

    def row_type(self, row: Trigger, tok: Token, v: Token | None) -> tuple[str, str | None]:
        etype, mode = row.type, row.mode
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if v is not None:
            preps |= {c.lower_ for c in v.children if c.dep_ == "prep"}
        for prep, override in row.prep_type:
            if prep in preps:
                return override, None
        mods = {x.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                for x in c.subtree if x.dep_ in ("amod", "compound", "nmod", "advmod") or x.i == c.i}
        # the object a verb acts on also cues ("signed a treaty", "the treaty signed by ...")
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ in ("acl", "relcl") and tok.head.tag_.startswith("NN"):
                objs.append(tok.head)
            mods |= {x for o in objs for x in (o.lower_, o.lemma_.lower())}
        for cls, override in row.cue_type:
            if mods & self.lex.classes[cls]:
                return override, None
        return etype, mode

    # ---- dates and places
    def own_dates(self, unit: int, heads: list[Token]) -> list:
        out = []
        for h in heads:
            out.extend(self.ctx.date_attach.get((unit, h.i), ()))
        seen, uniq = set(), []
        for d in sorted(out, key=lambda d: d.start_char):
            if (d.start_char, d.end_char) not in seen:
                seen.add((d.start_char, d.end_char))
                uniq.append(d)
        # "TOKYO, March 26 (Kyodo) -- X met on Monday": the dateline's date is the report's, not
        # the clause's, when the clause says its own
        body = [d for d in uniq if not self.ctx.in_dateline(d.start_char)]
        return body if body else uniq

    def manner_dates(self, unit: int, heads: list[Token]) -> list:
        """Rule 'the means dates the act': the date of a "by" + gerund clause dates its head
        ("recognized the United States by signing a treaty in 1786")."""
        out = []
        for h in heads:
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "by"):
                for g in (c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"):
                    out.extend(self.ctx.date_attach.get((unit, g.i), ()))
        return out

    def stray_dates(self, unit: int, heads: list[Token]) -> list:
        """Dates the parser hung inside the clause on a word that cannot be dated: a proper name
        ("off Jeju Island from June 27 to 29") or a naming participle ("drills codenamed X from
        May 2 to 5"); they date the clause's event."""
        out = []
        for h in heads:
            for t in h.subtree:
                if t.i == h.i or (unit, t.i) not in self.ctx.date_attach or self.lex.lookup(t):
                    continue
                if not (t.pos_ == "PROPN" or t.dep_ == "acl" and any(c.dep_ == "oprd" for c in t.children)):
                    continue
                x, inside = t.head, True
                while x.i != h.i and x.head is not x:
                    if x.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis") or \
                            x.dep_ == "conj" and _is_verb(x) or self.lex.lookup(x) and x.tag_.startswith(("NN", "VB")) \
                            and x not in heads:
                        inside = False
                        break
                    x = x.head
                if inside and x.i == h.i:
                    out.extend(d for d in self.ctx.date_attach[(unit, t.i)] if not self.ctx.in_dateline(d.start_char))
        seen, uniq = set(), []
        for d in sorted(out, key=lambda d: d.start_char):
            if (d.start_char, d.end_char) not in seen:
                seen.add((d.start_char, d.end_char))
                uniq.append(d)
        return uniq

    def governing_date(self, unit: int, v: Token | None):
        t = v
        for _ in range(8):
            if t is None or t.head is t:
                return None
            if t.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "prep", "pobj",
                              "dobj", "nsubj", "nsubjpass", "appos", "compound"):
                return None
            t = _head(t)
            got = self.ctx.date_attach.get((unit, t.i))
            if not got and lemma_in(t, self.lex.support_verbs):  # "held talks on Thursday and agreed"
                for c in t.children:
                    if c.dep_ == "dobj" and self.lex.lookup(c, "NOUN"):
                        got = self.ctx.date_attach.get((unit, c.i))
                        if got:
                            break
            if got:
                return got[0]
        return None

    def clause_date(self, unit: int, block: Block, v: Token | None, n: Token | None, at: int, item):
        """The date of a clause without a date of its own (see the module docstring): the
        governing clause's, the item's, the latest earlier one in the block; in a news story
        also the story's day, with the rules for 'two days after ...' clauses and perfects."""
        ctx = self.ctx
        news = ctx.news and item is None
        tok = v if v is not None else n
        if news:
            found, date_ = self.relative_date(unit, block, tok)
            if found:
                return date_
        if v is not None and _perfect(v):
            if not (news and self.reported_perfect(v)):
                return None  # anterior: its time is open
            date_ = self.governing_date(unit, v) or ctx.last_date_before(block, at) or ctx.lead_date
            lead = ctx.lead_date
            if date_ is None or lead is None or date_.value_end < lead.value_start - timedelta(days=1):
                return None  # reported as of an earlier time: not the news day
            return date_
        date_ = self.governing_date(unit, tok)
        if date_ is None and item is not None:
            date_ = item["date"]
        if date_ is None and item is None:
            date_ = ctx.last_date_before(block, at)
        if date_ is None and news:
            date_ = ctx.lead_date
        return date_

    def reported_perfect(self, v: Token) -> bool:
        """A perfect clause reported by a speech verb in a news story ("Matsuno told reporters
        that Tokyo had lodged a protest", "Japan has lodged a protest, Matsuno said") tells the
        news of that day, unless a background adverb (already, repeatedly, since ...) says
        otherwise."""
        clause = v
        while clause.dep_ == "conj" and not _has_own_subject(clause) and clause.head.i != clause.i:
            clause = _head(clause)
        background = self.lex.background_adverbs
        for t in (v, clause):
            for c in t.children:
                if c.dep_ in ("advmod", "prep", "npadvmod") and c.lower_ in background:
                    return False
        reporting = self.lex.reporting_verbs
        if clause.dep_ == "ccomp" and lemma_in(clause.head, reporting) and _is_realis(clause.head):
            return True
        return any(c.dep_ in ("ccomp", "parataxis") and c.i > clause.i and lemma_in(c, reporting) and c.tag_ == "VBD"
                   for c in clause.children)

    def relative_date(self, unit: int, block: Block, t: Token) -> tuple[bool, object | None]:
        """(True, date) for a clause placed by after/before relative to its main clause: 'The
        launch came two days after Pyongyang accused ...' is the main clause's date minus two
        days, 'a week before ...' plus seven, 'hours after ...' the same day; without a count
        ('days after', 'after') the time is open (None). (False, None) for other clauses."""
        clause = t
        mark = None
        for _ in range(6):
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            if mark is not None or clause.dep_ != "conj" or _has_own_subject(clause) or not _is_verb(_head(clause)):
                break
            clause = _head(clause)
        if mark is None or clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
            return False, None
        main = _head(clause)
        dur = next((c for c in clause.children if c.dep_ == "npadvmod" and c.i < mark.i), None)
        if dur is None and mark.i > 0:
            prev = mark.doc[mark.i - 1]
            if prev.dep_ == "npadvmod" and prev.head.i == main.i:
                dur = prev
        if dur is None:
            return True, None
        unit_word = dur.lemma_.lower().rstrip("s") if dur.lemma_ else dur.lower_
        count = None
        for c in dur.children:
            if c.dep_ in ("nummod", "det", "quantmod"):
                word = c.lower_
                count = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
        if count is None and unit_word in ("hour", "minute"):
            count = 0  # "hours after ...": the same day
        if count is None or unit_word not in ("hour", "minute", "day", "week", "month", "year"):
            return True, None
        ctx = self.ctx
        offset = ctx.units[unit][0]
        base = self.own_dates(unit, [main])
        base = base[0] if base else (self.governing_date(unit, main)
                                     or ctx.last_date_before(block, offset + main.idx) or ctx.lead_date)
        if base is None:
            return True, None
        sign = -1 if mark.lower_ == "after" else 1
        if unit_word in ("hour", "minute", "day", "week"):
            if base.precision != "day" or base.value_start != base.value_end:
                return True, None
            days = 0 if unit_word in ("hour", "minute") else count * (7 if unit_word == "week" else 1)
            day = base.value_start + timedelta(days=sign * days)
            value = (day, day, "day")
        elif unit_word == "month":
            y, m = divmod(base.value_start.year * 12 + base.value_start.month - 1 + sign * count, 12)
            first = date(y, m + 1, 1)
            last = date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - timedelta(days=1)
            value = (first, last, "month")
        else:
            y = base.value_start.year + sign * count
            value = (date(y, 1, 1), date(y, 12, 31), "year")
        text = ctx.text[offset + dur.idx: offset + mark.idx + len(mark.text)]
        return True, _DateValue(text, offset + dur.idx, offset + mark.idx + len(mark.text), value[0], value[1],
                                value[2], False, None, "context")

    def place_cands(self, heads: list[Token], preps: tuple[str, ...] = ("in", "at")) -> list[Token]:
        """Objects of the clause's locative prepositions, not those inside a topic argument
        ("exchanged views on ... the situation in Ukraine", "talks about security in Asia")."""
        cands = []
        for h in heads:
            for t in _clause_tokens(h):
                if (t.dep_ == "prep" or t.dep_ == "conj" and t.pos_ == "ADP") and t.lower_ in preps \
                        and not _in_topic(t, h):  # "in X in June and in Y in May": the conjoined "in"
                    for p in t.children:
                        if p.dep_ == "pobj":
                            cands.append(p)
        return cands

    def place_of(self, unit: int, heads: list[Token], visit_object: Token | None, launch: bool = False):
        ctx = self.ctx
        offset, _ = ctx.units[unit]
        groups = [self.place_cands(heads)]
        if visit_object is not None:
            groups[0].insert(0, visit_object)
        if launch:  # a launch's place is its site ("from the X area"), else its target area ("into the sea")
            groups += [self.place_cands(heads, ("from",)), self.place_cands(heads, ("into",))]
        for cands in groups:
            for p in cands:
                for m in ctx.places_in(offset + p.idx, offset + p.idx + len(p.text)):
                    place = ctx.place_record(m)
                    if place is not None:
                        return place
            for p in cands:  # "at a resort on Singapore's Sentosa island": a place inside the phrase
                for t in _locative_tokens(p):
                    for m in ctx.places_in(offset + t.idx, offset + t.idx + len(t.text)):
                        place = ctx.place_record(m)
                        if place is not None:
                            return place
        for h in heads:  # the occasion: "During the reception of the Pyeongchang ... Ceremony"
            for t in _clause_tokens(h):
                if t.dep_ == "prep" and t.lower_ == "during":
                    for p in t.children:
                        if p.dep_ != "pobj":
                            continue
                        for s, e in _runs(_np_tokens(p), offset):
                            for m in ctx.places_in(s, e):
                                place = ctx.place_record(m)
                                if place is not None and getattr(place, "kind", "") != "country":
                                    return place
        return None

    # ---- candidates from one clause
    def clause_events(self, unit: int, block: Block, item: dict | None, headline: bool = False) -> None:
        ctx = self.ctx
        offset, sdoc = ctx.units[unit]
        for tok in sdoc:
            if tok.is_punct or tok.is_space or ctx.in_dateline(offset + tok.idx):
                continue
            if tok.tag_.startswith("VB"):
                rows = self.lex.lookup(tok, "VERB")
                if rows:
                    self.verb_event(unit, block, tok, rows, item)
            elif tok.tag_.startswith("NN"):
                rows = self.lex.lookup(tok, "NOUN")
                if rows:
                    self.noun_event(unit, block, tok, rows, item)

    def verb_event(self, unit: int, block: Block, v: Token, rows, item) -> None:
        if lemma_in(v, self.lex.support_verbs):
            for c in v.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.tag_.startswith("NN") and self.lex.lookup(c, "NOUN"):
                    if any(self.row_applies(r, c, v, c) for r in self.lex.lookup(c, "NOUN")):
                        return  # "offered an apology", "launched an attack": the noun is the event
        row = next((r for r in rows if self.row_applies(r, v, v, None)), None)
        if row is None:
            return
        etype, mode = self.row_type(row, v, v)
        today = self.ctx.published is not None and _statement_today(v, etype == "THREATEN")
        status = "ongoing" if _is_ongoing(v) else "occurred"
        if not today and not _is_realis(v):
            if not self.ctx.news or not _is_planned(v):
                return
            status = "planned"
        if self.ctx.news and v.dep_ == "conj" and not _has_own_subject(v) \
                and etype in self.verb_types(_head(v)):
            return  # "met ... and discussed ...": one meeting, told by its first verb
        visit_object = None
        if row.mode == "visit" and not row.host:
            visit_object = next((c for c in v.children if c.dep_ == "dobj"), None)
        self.emit(unit, block, row, etype, mode, v, v, None, item, visit_object, today=today, status=status)

    def verb_types(self, h: Token) -> set[str]:
        """Event types a verb reports itself or through the noun it supports."""
        if not _is_verb(h):
            return set()
        types = {r.type for r in self.lex.lookup(h, "VERB") if self.row_applies(r, h, h, None)}
        if lemma_in(h, self.lex.support_verbs):
            for c in h.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.tag_.startswith("NN"):
                    types |= {r.type for r in self.lex.lookup(c, "NOUN") if self.row_applies(r, c, h, c)}
        return types

    def noun_event(self, unit: int, block: Block, n: Token, rows, item) -> None:
        support = None
        head = n.head
        if n.dep_ in ("dobj", "nsubjpass", "attr") and lemma_in(head, self.lex.support_verbs) and _is_verb(head):
            support = head
        elif n.dep_ == "nsubj" and lemma_in(head, self.lex.occurrence_verbs) and _is_verb(head):
            support = head
        elif n.dep_ == "conj":  # "held talks and consultations"
            first = n
            while first.dep_ == "conj" and first.head is not first:
                first = first.head
            if first.dep_ in ("dobj", "nsubjpass") and lemma_in(first.head, self.lex.support_verbs):
                support = first.head
        if support is None and n.dep_ == "compound" and n.head.lemma_.lower() in _TIME_UNITS \
                and n.head.dep_ in ("dobj", "nsubjpass") and lemma_in(n.head.head, self.lex.support_verbs) \
                and _is_verb(n.head.head):
            support = n.head.head  # "held a phone call hours after the launch", parsed as "call hours"
        if support is None and n.dep_ == "pobj" and n.head.lower_ in ("in", "during", "at") \
                and _is_verb(n.head.head) and any(r.type == "CONSULT" for r in rows):
            # "In a video call on Monday, X and Y agreed ...", "confirmed by X and Y at their
            # talks in Z": a meeting that is the occasion of a realis clause happened; its parties
            # and time are the clause's
            support = n.head.head
        if support is None:
            # "the drills that the United States and South Korea launched on Monday": a relative
            # clause whose support verb has the noun (its relative pronoun) as object
            for c in n.children:
                if c.dep_ == "relcl" and _is_verb(c) and any(
                        x.dep_ in ("dobj", "nsubjpass") and x.tag_ in ("WDT", "WP") for x in c.children) \
                        and lemma_in(c, self.lex.support_verbs):
                    support = c
                    break
        if any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
            return
        own_heads = [n]
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("NOUN", "PROPN"):
            own_heads.append(n.head.head)  # "commitment at the Summit Meeting in May 2004"
        # "the talks held in May" (the tagger sometimes says VBD for such a participle)
        acl = [c for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
        own_heads.extend(acl)
        today = False
        status = "occurred"
        if support is not None:
            if not _is_realis(support):
                threat = any(r.type == "THREATEN" for r in rows)
                today = self.ctx.published is not None and _statement_today(support, threat)
                if not today and self.ctx.news and _is_planned(support):
                    status = "planned"
                elif not today:
                    return
            elif _is_ongoing(support):
                status = "ongoing"
            v = support
        else:
            if not self.own_dates(unit, own_heads):
                return
            modifiers = {c.lower_ for c in n.children if c.dep_ in ("amod", "compound")}
            if modifiers & _FUTURE_MODIFIERS:
                if not self.ctx.news or not modifiers & _PLAN_MODIFIERS:
                    return
                status = "planned"
            if self.ctx.news and any(
                    c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in _RANKING) for c in n.children):
                return  # "its first missile test of the year": a description of the event just told
            v = None
        row = next((r for r in rows if self.row_applies(r, n, v, n)), None)
        if row is None:
            return
        etype, mode = self.row_type(row, n, v)
        self.emit(unit, block, row, etype, mode, n, v, n, item, None, own_heads=own_heads if v is None else None,
                  today=today, status=status)

    def plan_date(self, at: int) -> list:
        """Rule 'plans follow the trip's dates': a plan with no date of its own takes the latest
        date after ``published`` mentioned before it in the story ("will travel ... from Dec.
        11-18 ... In Jerusalem, Secretary Kerry will meet with ..."); none if there is none."""
        published = self.ctx.published
        if published is None:
            return []
        before = [d for d in self.ctx.dates[:bisect.bisect_right(self.ctx.date_starts, at)]
                  if d.value_start > published and not d.mod]
        return before[-1:]

    def emit(self, unit, block, row, etype, mode, tok, v, n, item, visit_object, own_heads=None,
             today: bool = False, status: str = "occurred") -> None:
        ctx = self.ctx
        offset, sdoc = ctx.units[unit]
        parties = self.clause_parties(unit, v, n, row, item)
        joint = dict(row.cue_type).get("joint")
        if joint and etype != joint and len(parties.source) >= 2:
            etype, mode = joint, None  # "South Korean and U.S. jets conducted a drill": a joint drill
        if row.host:  # "Moon hosted Kishida": the object visits, the subject hosts
            parties.source, parties.target = parties.target, parties.source
        at = offset + tok.idx
        # a person acting for an unnamed country in a bullet: the item's other party
        if item is not None and not parties.source and parties.subject_people_unknown:
            rest = set(item["actors"]) - parties.target - parties.other
            if len(rest) == 1:
                parties.source |= rest
        heads = [h for h in (v, n) if h is not None]
        if own_heads:
            heads = own_heads
        dates = self.own_dates(unit, heads)
        own_date = bool(dates)
        if not dates:
            dates = self.stray_dates(unit, heads) or self.manner_dates(unit, heads)
            own_date = bool(dates)
        if not dates and today:  # a statement made on the story's (publication) day
            dates = [_DateValue("(published)", 0, 0, ctx.published, ctx.published, "day", False, None, "anchor")]
        if not dates and status == "planned":
            dates = self.plan_date(at)
            own_date = bool(dates)
        if not dates:
            dates = [self.clause_date(unit, block, v, n, at, item)]
        place = self.place_of(unit, heads, visit_object, launch=row.requires == "weapon")
        own_place = place is not None
        if place is None and item is not None:
            place = item["place"]
        s, e = ctx.sentence_span(at)
        summary = _clause_text(ctx.text, offset, v if v is not None else tok) or ctx.text[s:e]
        trigger = _trigger_text(tok, v, n)
        places = [place] * len(dates)
        if own_date and len(dates) > 1:
            # "met in X in June 2018 and in Y in February 2019": each date takes the place said
            # between it and the previous date
            located = []
            for p in self.place_cands(heads):
                for m in ctx.places_in(offset + p.idx, offset + p.idx + len(p.text)):
                    rec = ctx.place_record(m)
                    if rec is not None:
                        located.append((offset + p.idx, rec))
                        break
            prev = -1
            for i, d in enumerate(dates):
                here = [rec for c, rec in located if prev < c < d.start_char]
                if here:
                    places[i] = here[-1]
                prev = d.end_char
        for d, place in zip(dates, places):
            self.cands.append(_Candidate(
                type=etype, mode=mode, trigger=trigger, start_char=s, end_char=e,
                summary=_short(summary), date=d, place=place,
                parties=_copy(parties), block=block.index, order=at, own_date=own_date,
                own_place=own_place, min_actors=row.min_actors, status=status,
                mission=row.requires == "embassy"))

    # ---- subjects for pronoun resolution
    def index_subjects(self) -> None:
        ctx = self.ctx
        entries = []
        for unit, (offset, sdoc) in enumerate(ctx.units):
            block = ctx.block_at(offset)
            if block is None:
                continue
            for t in sdoc:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and not ctx.in_dateline(offset + t.idx):
                    countries = frozenset()
                    for s, e in _runs(_np_tokens(t), offset):
                        countries |= ctx.countries(ctx.text[s:e])
                    for m in ctx.persons_in(offset + t.idx, offset + t.idx + len(t.text)):
                        if not countries and m.entity_id in ctx.person_country:
                            countries = frozenset({ctx.person_country[m.entity_id]})
                    plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
                    clause = t.head
                    while clause.dep_ == "conj" and clause.head is not clause:
                        clause = clause.head
                    main = clause.dep_ in ("ROOT", "ccomp", "parataxis") or clause.head.i == clause.i
                    if lemma_in(clause, self.lex.reporting_verbs) and any(
                            c.dep_ in ("ccomp", "parataxis") and c.i < t.i for c in clause.children):
                        main = False  # "North Korea launched ..., South Korea's military said, its ..."
                    elif clause.dep_ in ("parataxis", "ccomp") and lemma_in(clause, self.lex.reporting_verbs) \
                            and clause.head.i < t.i:
                        main = False  # "... fired ..., Japan's defence ministry said, two days after it ..."
                    entries.append((offset + t.idx, block.index, countries, t.lemma_.lower(), plural, main))
        entries.sort(key=lambda x: x[0])
        ctx.subjects = entries
        ctx.subject_starts = [x[0] for x in entries]

    # ---- chronology items
    def item_context(self, item: Block, bullets: list[Block]) -> dict:
        ctx = self.ctx
        text = ctx.text
        dates = ctx.dates_in(item.start_char, item.end_char)
        date_ = dates[0] if dates else None
        rest_start = item.start_char
        if date_ is not None and date_.start_char - item.start_char <= 3:
            rest_start = date_.end_char
            m = _LEADING_PUNCT.match(text, rest_start, item.end_char)
            if m:
                rest_start = m.end()
        rest = text[rest_start:item.end_char]
        place = None
        participants_text = rest
        pm = _IN_PLACE.search(rest)
        if pm:
            ps, pe = rest_start + pm.start(1), rest_start + pm.end(1)
            for m in ctx.places_in(ps, pe):
                place = ctx.place_record(m)
                if place is not None:
                    break
            if place is None:
                place = gazetteer.resolve_place(pm.group(1))
            participants_text = rest[: pm.start()] + rest[pm.end():]
        countries = set(ctx.countries(participants_text))
        people = set()
        unknown = False
        for m in ctx.persons_in(rest_start, item.end_char):
            name = ctx.person_name.get(m.entity_id)
            if name:
                people.add(name)
            if m.entity_id in ctx.person_country:
                countries.add(ctx.person_country[m.entity_id])
            else:
                unknown = True
        # the heading's trigger: the first lexicon word after the date
        trigger = None
        unit = ctx.unit_of(item.start_char)
        if unit is not None:
            offset, sdoc = ctx.units[unit]
            for t in sdoc:
                if offset + t.idx < rest_start or t.is_punct:
                    continue
                if pm and offset + t.idx >= rest_start + pm.start():
                    break
                for row in self.lex.lookup(t):
                    if row.requires and row.requires != "actor_object" and \
                            not set(re.findall(r"[a-z]+", rest.lower())) & self.lex.classes[row.requires]:
                        continue
                    trigger = (row, t)
                    break
                if trigger:
                    break
        info = {"block": item, "date": date_, "place": place, "rest": rest.strip(), "rest_start": rest_start,
                "trigger": trigger, "countries": set(countries), "people": set(people),
                "actors": set(countries), "people_unknown": unknown}
        # participants named in the bullets: arguments of their clauses
        for b in bullets:
            for u in self.units_of_block(b):
                offset, sdoc = ctx.units[u]
                for t in sdoc:
                    if not _is_verb(t) or t.dep_ not in ("ROOT", "conj", "advcl"):
                        continue
                    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS
                                                 for c in t.children):
                        continue
                    if t.dep_ == "conj" and not self._main_clause(t):
                        continue
                    p = self.clause_parties(u, t, None, None, None)
                    info["countries"] |= p.actors()
                    info["people"] |= p.people
                    info["people_unknown"] |= p.people_unknown
                    if info["place"] is None and t.dep_ == "ROOT":
                        # no "(in X)": where a bullet says it happened ("at the UN headquarters")
                        info["place"] = self.place_of(u, [t], None)
        if info["place"] is None:  # "G20 Osaka Summit": a place (not a country) inside the event's name
            for m in ctx.places_in(rest_start, item.end_char):
                rec = ctx.place_record(m)
                if rec is not None and getattr(rec, "kind", "") != "country":
                    info["place"] = rec
                    break
        info["actors"] = set(info["countries"])
        return info

    @staticmethod
    def _main_clause(t: Token) -> bool:
        while t.dep_ == "conj":
            t = t.head
        return t.dep_ in ("ROOT", "advcl")

    def units_of_block(self, block: Block) -> list[int]:
        ctx = self.ctx
        i = bisect.bisect_left(ctx.unit_starts, block.start_char)
        out = []
        while i < len(ctx.units) and ctx.units[i][0] < block.end_char:
            out.append(i)
            i += 1
        return out

    def run(self) -> list[_Candidate]:
        ctx = self.ctx
        self.index_subjects()
        blocks = ctx.blocks
        bullets_of: dict[int, list[Block]] = defaultdict(list)
        for b in blocks:
            if b.kind == "bullet" and b.parent is not None and blocks[b.parent].kind == "item":
                bullets_of[b.parent].append(b)
        items = [b for b in blocks if b.kind == "item"]
        infos = {b.index: self.item_context(b, bullets_of.get(b.index, [])) for b in items}
        item_events: list[tuple[Block, _Candidate]] = []
        for b in blocks:
            if b.kind in ("title", "heading"):
                continue  # headlines repeat the lede; section titles are not events
            if b.kind == "item":
                info = infos[b.index]
                before = len(self.cands)
                for bullet in bullets_of.get(b.index, []):
                    for u in self.units_of_block(bullet):
                        self.clause_events(u, bullet, info)
                bullet_cands = self.cands[before:]
                ev = self.item_event(info, bullet_cands)
                if ev is not None:
                    self.cands.append(ev)
                    item_events.append((b, ev))
                continue
            if b.kind == "bullet" and b.parent is not None and blocks[b.parent].kind == "item":
                continue  # done with its item
            for u in self.units_of_block(b):
                self.clause_events(u, b, None)
        self.section_partners(item_events)
        for c in self.cands:
            self.office_holders(c)
            self.venue_host(c)
            self.frame_partner(c)
        return self.cands

    def office_holders(self, c: _Candidate) -> None:
        """A participant whose country the text does not give is of the country whose office
        they held at the event's date (data/office_holders.json): "President Biden spoke with
        Prime Minister Modi" on 2024-06-05 is USA and IND. Only a name that one country's
        office-holders answer to on that date counts."""
        if not c.parties.unknown or c.date is None:
            return
        for name, role in list(c.parties.unknown.items()):
            country = self.ctx.holder_country(name, c.date.value_start, c.date.value_end)
            if country:
                getattr(c.parties, role).add(country)
                del c.parties.unknown[name]
        if not c.parties.unknown:
            c.parties.people_unknown = c.parties.subject_people_unknown = False

    def frame_partner(self, c: _Candidate) -> None:
        """The other side of an event with one country: the host of a diplomatic mission opened
        or closed ("opened its Embassy in Almaty"); else the document's other frame
        country when a participant's country is unknown, the act is on a mission, or the
        sentence names that country (event_frame); both frame countries for an event with a date
        of its own that names no country and nobody ("relations were resumed in 1956")."""
        s, e = self.ctx.sentence_span(c.order)
        sentence = self.ctx.text[s:e]
        unknown = c.parties.people_unknown or c.parties.subject_people_unknown
        mission = c.mission
        host = getattr(c.place, "country_iso3", None) if mission and c.place is not None else None
        if host and c.parties.actors() and host not in c.parties.actors():
            (c.parties.target if c.parties.source else c.parties.source).add(host)
            return  # "opened its Embassy in Almaty": the host of the mission is the other side
        # a meeting's sentence names its other side; another act's own clause must
        dateline = _DATELINE.match(c.summary)
        clause = c.summary[dateline.end():] if dateline else c.summary
        if not c.parties.actors() and not c.parties.people and len(self.ctx.frame) == 2 \
                and c.own_date and c.type not in ONE_SIDED_TYPES:
            c.parties.source |= self.ctx.frame  # "relations were resumed in 1956" on a relationship page
            return
        named = () if c.type in ONE_SIDED_TYPES else self.ctx.countries(
            sentence if c.type in DYADIC_TYPES else clause)
        partner = event_frame.frame_partner(c.parties.actors(), self.ctx.frame, unknown or mission, named)
        if partner is not None:
            (c.parties.target if c.parties.source else c.parties.source).add(partner)

    @staticmethod
    def venue_host(c: _Candidate) -> None:
        """A meeting with one known country, held in another country, with a participant whose
        country is unknown ("Foreign Minister Kono met Chinese Foreign Minister Wang Yi in
        Tokyo"): the unknown side is the host, the venue's country."""
        if c.type != "CONSULT" or c.place is None or not c.parties.people_unknown:
            return
        actors = c.parties.actors()
        host = getattr(c.place, "country_iso3", None)
        if len(actors) == 1 and host and host not in actors:
            c.parties.source.add(host)

    def item_event(self, info: dict, bullet_cands: list[_Candidate]) -> _Candidate | None:
        if info["trigger"] is None:
            return None
        row, tok = info["trigger"]
        item: Block = info["block"]
        parties = _Parties(source=set(info["countries"]), people=set(info["people"]),
                           people_unknown=info["people_unknown"])
        etype = row.type
        mode = row.mode
        trigger = tok.text
        for c in list(bullet_cands):
            same_date = not c.own_date or (info["date"] is not None and c.date is not None and
                                           (c.date.value_start, c.date.value_end) ==
                                           (info["date"].value_start, info["date"].value_end))
            host = getattr(info["place"], "country_iso3", None)
            same_place = not c.own_place or info["place"] is None or \
                getattr(c.place, "place_id", None) == getattr(info["place"], "place_id", None) or \
                getattr(c.place, "kind", "") == "country" and getattr(c.place, "place_id", None) == host \
                and host not in c.parties.actors() - set(info["countries"])
            # (a bullet's "in France" is the same place as the item's "(in Dinard)"; but a bullet
            # in which the host country itself takes part, such as a visit to it, is another event)
            if c.type == etype and same_date and same_place:
                parties.source |= c.parties.actors()
                parties.people |= c.parties.people
                mode = mode or c.mode
                self.cands.remove(c)
        d = info["date"]
        return _Candidate(type=etype, mode=mode, trigger=trigger, start_char=item.start_char,
                          end_char=item.end_char, summary=_short(info["rest"]), date=d,
                          place=info["place"], parties=parties, block=item.index,
                          order=item.start_char, own_date=True, own_place=info["place"] is not None,
                          from_item=True)

    def section_partners(self, item_events: list[tuple[Block, _Candidate]]) -> None:
        """A chronology entry naming one country (``Meeting with the North Korean Minister``)
        is with the counterpart of that country in the other entries of the same section, when
        one counterpart dominates there (at least 3 entries and two thirds of them)."""
        by_section: dict[int | None, list[_Candidate]] = defaultdict(list)
        for block, ev in item_events:
            by_section[block.parent].append(ev)
        for events in by_section.values():
            for ev in events:
                actors = ev.parties.actors()
                if ev.type != "CONSULT" or len(actors) != 1:
                    continue
                country = next(iter(actors))
                partners: Counter = Counter()
                with_country = 0
                for other in events:
                    oa = other.parties.actors()
                    if other is ev or country not in oa:
                        continue
                    with_country += 1
                    partners.update(oa - {country})
                if not partners:
                    continue
                partner, count = partners.most_common(1)[0]
                if with_country >= 3 and count * 3 >= with_country * 2:
                    ev.parties.source.add(partner)


def _clause_tokens(head: Token) -> list[Token]:
    """Tokens of head's clause, without embedded clauses (relative, adverbial, complement)."""
    out = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"):
                continue
            if c.dep_ == "conj" and _is_verb(c):
                continue
            stack.append(c)
    return out


def _clause_text(text: str, offset: int, head: Token) -> str:
    tokens = [t for t in head.subtree]
    drop = set()
    for c in head.children:
        if c.dep_ == "conj" and _is_verb(c) or c.dep_ == "cc" and any(x.dep_ == "conj" and _is_verb(x) for x in head.children):
            drop |= {t.i for t in c.subtree}
    tokens = [t for t in tokens if t.i not in drop and not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return ""
    return text[offset + tokens[0].idx: offset + tokens[-1].idx + len(tokens[-1].text)]


def _trigger_text(tok: Token, v: Token | None, n: Token | None) -> str:
    if n is not None and v is not None and v is not n:
        return f"{v.text} {n.text}" if v.i < n.i else f"{n.text} {v.text}"
    extra = [c.text for c in tok.children if c.dep_ == "prt"]
    return " ".join([tok.text, *extra])


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _group(p: _Parties, count: int | None = None) -> tuple[set[str], set[str]]:
    """What "the two ministers" / "both sides" takes from an earlier event: its subjects when
    they are two or more ("Park and Hayashi condemned the North's launch"), else all parties
    ("Yoon met Kishida"); a stated number picks the group of that size ("the three ministers")."""
    actors = p.actors()
    if count and len(p.source) != count and len(actors) == count:
        return actors, set(p.people)
    if len(p.source) >= 2:
        return set(p.source), set(p.people)
    return actors, set(p.people)


def _copy(p: _Parties) -> _Parties:
    return dataclasses.replace(p, source=set(p.source), target=set(p.target), other=set(p.other),
                               people=set(p.people), unknown=dict(p.unknown))


# ------------------------------------------------------------------ rows
def event_id(event_type: str, date_start: date | None, date_end: date | None, place_id: str | None,
             actors: list[str], people: list[str]) -> str:
    """Stable id: a hash of what the event is, never of where it sits in the text."""
    key = "\x1f".join([event_type, date_start.isoformat() if date_start else "",
                       date_end.isoformat() if date_end else "", place_id or "",
                       ",".join(sorted(actors)), ",".join(sorted(people))])
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _mode_and_roles(c: _Candidate, lex: Lexicon, text: str) -> tuple[str | None, set[str], set[str]]:
    actors = c.parties.actors()
    source = set(c.parties.source)
    target = set(c.parties.target) - source
    mode = c.mode
    if c.type == "CONSULT":
        words = set(re.findall(r"[a-z]+", c.summary.lower()))
        for cue_mode, cues in lex.mode_cues.get("CONSULT", ()):
            if words & cues and mode is None:
                mode = cue_mode
        host = getattr(c.place, "country_iso3", None) if c.place is not None else None
        if mode == "visit":
            if host and host in actors and len(actors) >= 2:
                target = {host}
                source = actors - {host}
        elif mode is None:
            if len(actors) >= 3:
                mode = "multilateral"
            elif host and host in actors and len(actors) >= 2:
                mode = "visit"
                target = {host}
                source = actors - {host}
            elif host and actors and host not in actors:
                mode = "third-party"
        if mode != "visit":  # no host and guest: every participant is a source (PLOVER)
            source, target = set(actors), set()
    return mode, source, target


def find_events(doc: ParsedDocument, block_docs: BlockDocs, dates, people, person_mentions,
                places, place_mentions, lexicon: Lexicon | None = None) -> list[dict]:
    """Events of one document as rows of the events table (without doc_id/version), sorted by
    (date_start, start_char, event_id) with undated events last."""
    lex = lexicon or load_lexicon()
    ctx = _Context(doc, block_docs, dates, people, person_mentions, places, place_mentions, lex)
    cands = _Extractor(ctx).run()
    published = doc.published
    merged: dict[str, dict] = {}
    order: list[str] = []
    for c in sorted(cands, key=lambda c: (not c.from_item, c.order)):
        actors = sorted(c.parties.actors())
        people_ = sorted(c.parties.people)
        if not actors and not people_ and not (c.type == "CONSULT" and c.own_date and c.own_place):
            continue  # PLOVER needs a source actor (a meeting with its own date and place is one anyway)
        if c.min_actors and len(actors) < c.min_actors:
            continue
        d = c.date
        ds = d.value_start if d is not None else None
        de = d.value_end if d is not None else None
        status = c.status
        if published is not None and ds is not None and ds > published:
            status = "planned"  # dated after the story: a plan, whatever the tense says
        if status == "planned" and (ds is None or not c.own_date and d is ctx.lead_date):
            continue  # a plan with no date of its own (only the story's day) is an intention
        mode, source, target = _mode_and_roles(c, lex, doc.text)
        place_id = getattr(c.place, "place_id", None) if c.place is not None else None
        place_name = getattr(c.place, "name", None) if c.place is not None else None
        eid = event_id(c.type, ds, de, place_id, actors, people_)
        row = merged.get(eid)
        if row is None:
            merged[eid] = {
                "event_id": eid, "event_type": c.type, "mode": mode, "date_start": ds, "date_end": de,
                "date_precision": d.precision if d is not None else None, "status": status,
                "place_id": place_id, "place_name": place_name, "actors_iso3": actors,
                "source_iso3": sorted(source), "target_iso3": sorted(target), "people": people_,
                "trigger": c.trigger, "summary": c.summary, "start_char": c.start_char, "end_char": c.end_char,
                "evidence": [[c.start_char, c.end_char]], "_item": c.block if c.from_item else None,
            }
            order.append(eid)
            continue
        # the same happening told twice: keep the first evidence, pool the rest; the most
        # advanced status wins (a meeting announced and then held has occurred)
        row["mode"] = row["mode"] or mode
        row["status"] = min(row["status"], status, key=STATUSES.index)
        row["source_iso3"] = sorted(set(row["source_iso3"]) | source)
        row["target_iso3"] = sorted((set(row["target_iso3"]) | target) - set(row["source_iso3"]))
        triggers = row["trigger"].split("; ")
        if c.trigger not in triggers:
            row["trigger"] = "; ".join(triggers + [c.trigger])
        if [c.start_char, c.end_char] not in row["evidence"]:
            row["evidence"] = sorted(row["evidence"] + [[c.start_char, c.end_char]])
    rows = event_merge.merge_mentions([merged[e] for e in order], lambda r: event_id(
        r["event_type"], r["date_start"], r["date_end"], r["place_id"], r["actors_iso3"], r["people"]))
    for row in rows:
        del row["_item"]
    rows.sort(key=lambda r: (r["date_start"] is None, r["date_start"] or date.min, r["start_char"], r["event_id"]))
    return rows
