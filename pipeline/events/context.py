"""The per-document context: the document's text, blocks, sentences and parsed units, its
dates, people and places indexed by position, and what the rules learn about the document
before reading its clauses (news story or not, the story's day, the news agency's country,
people's countries, dates attached to tokens, the frame's two countries). The candidates the
rules find are collected here too (``cands``), in text order, for the anaphora rules.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from datetime import date

from .. import gazetteer, office_holders
from ..extract import BlockDocs
from ..structure import Block, ParsedDocument
from . import frame, news, offices, persons
from .attachment import attach_dates
from .lexicon import Lexicon

# Some agencies write a compass word of a name in lower case ("south Korea", "north Korean"); the
# gazetteer matches names case-sensitively, so it is capitalised before a capitalised word
_LOWER_COMPASS = re.compile(r"\b(south|north|east|west)(?=\s+[A-Z][a-z])")
# "ethnic Albanian leaders": an ethnic group, not the country its name recalls
_ETHNIC = re.compile(r"\bethnic\s+[A-Z][\w-]*")


def _names_pattern(person_mentions) -> re.Pattern | None:
    """People's names of two words or more, as written: the countries of a text are not read
    inside them (a capital as a given name: "L. Douglas Heck")."""
    names = sorted({m.text for m in person_mentions if len(m.text.split()) >= 2}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def _published_day(published) -> date | None:
    return published.date() if hasattr(published, "date") and callable(published.date) else published


def _by_start(mentions):
    """Resolved mentions sorted by position, their starts and their longest length."""
    ms = sorted((m for m in mentions if m.entity_id), key=lambda m: (m.start_char, m.end_char))
    return ms, [m.start_char for m in ms], max((m.end_char - m.start_char for m in ms), default=0)


def _overlapping(items, starts, maxlen, start: int, end: int):
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


class Context:
    """Everything the rules know about one document (see the module docstring)."""

    def __init__(self, doc: ParsedDocument, block_docs: BlockDocs, dates, people, person_mentions,
                 places, place_mentions, lexicon: Lexicon):
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon
        self._index_text(doc, block_docs)
        self._name_mask: re.Pattern | None = None
        self._countries_cache: dict[str, frozenset[str]] = {}
        self.dates = sorted(dates, key=lambda d: (d.start_char, d.end_char))
        self.date_starts = [d.start_char for d in self.dates]
        self.person_name = {p.person_id: p.name for p in people}
        self.org_people = persons.organisation_people(people, lexicon.grammar.international_organisations)
        self.published: date | None = _published_day(doc.published)
        self._datelines: dict[int, int] = {}
        self.header_day = news.dated_header(self)
        self.story_day = news.story_day(self)
        self.section_days = news.section_days(self)
        self.section_starts = [s for s, _ in self.section_days]
        self.news = news.is_news_story(self)
        self.readout = self.news and news.is_readout(self)
        self.agency_country = news.agency_country(self)
        pms, _, _ = _by_start(person_mentions)
        self.pms = persons.with_surnames(pms, person_mentions, self.person_name)
        self.pm_starts = [m.start_char for m in self.pms]
        self.pm_maxlen = max((m.end_char - m.start_char for m in self.pms), default=0)
        self._name_mask = _names_pattern(person_mentions)
        self._countries_cache.clear()  # read again with people's names masked
        self.place_by_id = {p.place_id: p for p in places}
        self.lms, self.lm_starts, self.lm_maxlen = _by_start(place_mentions)
        self._holder_cache: dict[tuple, str | None] = {}
        self.doc_countries = {getattr(self.place_by_id.get(m.entity_id), "country_iso3", None) or m.entity_id
                              for m in self.lms}
        self.lead_date = news.lead_date(self)
        self.date_attach: dict[tuple[int, int], list] = defaultdict(list)  # (unit, token i) -> dates
        self.nominal_dates: set[tuple[int, int]] = set()  # dates of a thing: an object noun, a noun's participle
        self.thing_dates: set[tuple[int, int]] = set()  # dates on a noun's participle ("the Summit held in July")
        self.quoted_dates: set[tuple[int, int]] = set()  # dates inside a quoted name ("“Program for 2014-2016”")
        attach_dates(self)
        self.person_country: dict[str, str] = persons.person_countries(self, people)
        self.publisher = frame.publisher_country((doc.meta or {}).get("source_url"))
        self.frame = frame.frame_pair(doc.title, self.publisher, self.countries, self._title_holders) or frame.embassy_pair(
            (doc.meta or {}).get("source_url"), self.publisher, self.news)
        self.story_pair, self.story_subject = self._story_countries(doc)
        # (char, block, countries, head lemma, plural, main clause) of every non-pronoun subject
        self.subjects: list[tuple[int, int, frozenset[str], str, bool, bool]] = []
        self.subject_starts: list[int] = []
        self.speakers: list[tuple[int, frozenset[str]]] = []  # (char, countries) of transcript labels
        self.speaker_starts: list[int] = []
        self.cands: list = []  # the candidates found so far, in text order

    def _index_text(self, doc: ParsedDocument, block_docs: BlockDocs) -> None:
        self.units = sorted(block_docs, key=lambda u: u[0])
        self.unit_starts = [u[0] for u in self.units]
        self.unit_ends = [offset + (sdoc[-1].idx + len(sdoc[-1].text) if len(sdoc) else 0)
                          for offset, sdoc in self.units]
        self.blocks = doc.blocks
        self.block_starts = [b.start_char for b in doc.blocks]
        self.sent_starts = [s.start_char for s in doc.sentences]

    # ---- positions
    def in_dateline(self, char: int) -> bool:
        """Whether char lies in the dateline that opens its block (not part of any clause)."""
        block = self.block_at(char)
        if block is None:
            return False
        end = self._datelines.get(block.index)
        if end is None:
            m = news.dateline_match(self.text, block)
            end = m.end() if m else block.start_char
            self._datelines[block.index] = end
        return char < end

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

    def _story_countries(self, doc) -> tuple[frozenset[str], str | None]:
        """The two countries a news story is about (the frame's two otherwise), and the one it is
        about (``frame.story_pair``, ``frame.story_subject``)."""
        if not self.news or len(self.frame) == 2:
            return self.frame, None
        sentence_countries = [self.countries(self.text[s.start_char:s.end_char]) for s in doc.sentences]
        th = self.lex.thresholds
        return (frame.story_pair(sentence_countries, th.story_pair_min_sentences),
                frame.story_subject(sentence_countries, th.story_subject_min_sentences))

    def day_at(self, char: int):
        """The day of a statement at char: its dated section's, else the story's (``news.day_at``)."""
        return news.day_at(self, char)

    def unit_of(self, char: int) -> int | None:
        i = bisect.bisect_right(self.unit_starts, char) - 1
        if i < 0:
            return None
        return i if char < self.unit_ends[i] else None

    def units_of_block(self, block: Block) -> list[int]:
        i = bisect.bisect_left(self.unit_starts, block.start_char)
        out = []
        while i < len(self.units) and self.units[i][0] < block.end_char:
            out.append(i)
            i += 1
        return out

    def span_of(self, start: int, end: int):
        """(unit index, unit offset, the non-empty spaCy span covering absolute [start, end)),
        or None where the offsets fall outside every unit."""
        unit = self.unit_of(start)
        if unit is None:
            return None
        offset, sdoc = self.units[unit]
        span = sdoc.char_span(start - offset, end - offset, alignment_mode="expand")
        return (unit, offset, span) if span is not None and len(span) else None

    # ---- mentions
    def persons_in(self, start: int, end: int):
        return _overlapping(self.pms, self.pm_starts, self.pm_maxlen, start, end)

    def places_in(self, start: int, end: int):
        return _overlapping(self.lms, self.lm_starts, self.lm_maxlen, start, end)

    def dates_in(self, start: int, end: int):
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start_char < end:
            out.append(self.dates[i])
            i += 1
        return out

    def last_date_before(self, block: Block, char: int):
        """The latest date mentioned before char in the block; in a news story not one after
        the story's day (a plan), nor a 'before/after X' bound, nor one that dates an object noun
        ("condemned the North's launch ... on Wednesday"): those date a thing, not the narrative."""
        i = bisect.bisect_left(self.date_starts, char) - 1
        day = self.day_at(char)
        while i >= 0 and self.dates[i].start_char >= block.start_char:
            d = self.dates[i]
            if d.end_char <= char and self._narrative_date(d, day):
                return d
            i -= 1
        return None

    def _narrative_date(self, d, day) -> bool:
        if (d.start_char, d.end_char) in self.nominal_dates:
            return False
        return day is None or d.value_start <= day.value_start and d.mod not in ("before", "after")

    def place_record(self, mention):
        place = self.place_by_id.get(mention.entity_id)
        if place is None:
            place = gazetteer.get_place(mention.entity_id) if hasattr(gazetteer, "get_place") else None
        return place

    def place_in(self, start: int, end: int, accept=lambda place: True):
        """The first place mentioned in [start, end) that accept takes, or None."""
        for m in self.places_in(start, end):
            place = self.place_record(m)
            if place is not None and accept(place):
                return place
        return None

    # ---- countries
    def countries(self, text: str) -> frozenset[str]:
        got = self._countries_cache.get(text)
        if got is None:
            norm = _LOWER_COMPASS.sub(lambda m: m.group(1).capitalize(), text)
            norm = _ETHNIC.sub(lambda m: " " * len(m.group(0)), norm)
            if self._name_mask is not None:  # "L. Douglas Heck" names no Douglas, Isle of Man
                norm = self._name_mask.sub(lambda m: " " * len(m.group(0)), norm)
            gaz = gazetteer.get_gazetteer()
            got = frozenset(gaz.state_as_of(c, self.published) for c in gaz.countries_in(norm)) if text.strip() \
                else frozenset()
            got |= self._continued_states(text)
            self._countries_cache[text] = got
        return got

    def _continued_states(self, text: str) -> frozenset[str]:
        """States that no longer exist, as the state that continues them ("the Soviet Union",
        "the Soviet Red Army" -> RUS, ``continuator_states``); not "the former Soviet republic
        of Georgia" nor "post-Soviet" states."""
        table = self.lex.continuator_states
        if not table:
            return frozenset()
        low = text.lower()
        return frozenset(iso for name, iso in table.items()
                         if re.search(rf"(?<![\w.-])(?<!former )(?<!ex-){re.escape(name)}(?!\w)", low))

    def _title_holders(self, title: str) -> set[str]:
        """Countries of the office-holders a title names by a capitalised word, at the published
        date ("PM call with President Trump: 11 May 2018" -> USA)."""
        if self.published is None:
            return set()
        words = re.findall(r"\b[A-Z][\w’'-]+", title)
        return {e["country_iso3"] for w in words if w.lower() not in offices.titles()
                for e in office_holders.holders(w, self.published)}

    def holder_country(self, name: str, start: date, end: date) -> str | None:
        """The one country whose office-holder ``name`` was at the start or end of an interval."""
        key = (name, start, end)
        if key not in self._holder_cache:
            found = {e["country_iso3"] for d in {start, end} for e in office_holders.holders(name, d)}
            self._holder_cache[key] = next(iter(found)) if len(found) == 1 else None
        return self._holder_cache[key]
