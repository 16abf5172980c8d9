"""Anaphora and repeats: what a pronoun, "the two ministers" or "the spokesman" stands for.

* ``the two ministers``, ``the three ministers``, ``both sides``, ``their`` take the parties of
  the last event with two or more parties in the paragraph (news: or the two before, else the
  story's first such event), the subjects if two or more, a stated number choosing
  (``previous_parties``, ``group``).
* ``the sides`` takes the two countries of the last ``between X and Y`` before it
  (``between_sides``).
* ``It`` takes the nearest earlier subject, skipping, in news, coordinated and relative-clause
  subjects and the subject of an attribution (``..., the military said, its ...``)
  (``antecedent``).
* A definite ``the spokesman`` with no country takes that of an earlier subject with the same
  head (``a spokesman for the Foreign Ministry of the DPRK``) (``same_head_subject``); else,
  and for ``this treaty``, that of the nearest earlier phrase with the same head that names
  countries (``same_head_mention``).

The subjects are indexed once per document (``index_subjects``).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import lemma_in
from .plover import ATTITUDES
from .records import Parties
from .syntax import is_verb, np_tokens, runs

if TYPE_CHECKING:
    from .context import Context

LOOK_BACK_SUBJECTS = 50  # a bounded look back: never quadratic over a long document
LOOK_BACK_UNITS = 12  # sentences back in which "this treaty" finds the treaty it names
NEWS_REACH_BLOCKS = 2  # blocks back in which a news story's "the two leaders" finds its event


# ------------------------------------------------------------------ the subject index
def _subject_countries(ctx: Context, t: Token, offset: int, office_of=None) -> frozenset[str]:
    """Countries its phrase names, else the countries of the people it names, the head's and its
    conjuncts' ("Sang and Putin": Vietnam and Russia), else its office's (``office_of``: "The
    Foreign Secretary" on GOV.UK, for the "He" after it)."""
    countries = frozenset()
    for s, e in runs(np_tokens(t, ctx.lex.grammar), offset):
        countries |= ctx.countries(ctx.text[s:e])
    if countries:
        return countries
    people = set()
    for x in (t, *t.conjuncts):
        for m in ctx.persons_in(offset + x.idx, offset + x.idx + len(x.text)):
            if m.entity_id in ctx.person_country:
                people.add(ctx.person_country[m.entity_id])
    office = None if people or office_of is None else office_of(ctx, t)
    return frozenset({office} if office else people)


def _main_subject(ctx: Context, t: Token) -> bool:
    """A subject of a main clause, not of an attribution ("North Korea launched ..., South
    Korea's military said, its ...")."""
    clause = t.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    reporting = lemma_in(clause, ctx.lex.reporting_verbs)
    if reporting and any(c.dep_ in ("ccomp", "parataxis") and c.i < t.i for c in clause.children):
        return False  # "North Korea launched ..., South Korea's military said, its ..."
    if clause.dep_ in ("parataxis", "ccomp") and reporting and clause.head.i < t.i:
        return False  # "... fired ..., Japan's defence ministry said, two days after it ..."
    return clause.dep_ in ("ROOT", "ccomp", "parataxis") or clause.head.i == clause.i


def index_subjects(ctx: Context, office_of) -> None:
    """(char, block, countries, head lemma, plural, main clause) of every non-pronoun subject;
    ``office_of(ctx, head)``: the country of a bare title's office, or None."""
    entries = []
    for offset, sdoc in ctx.units:
        block = ctx.block_at(offset)
        if block is None:
            continue
        for t in sdoc:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON" or ctx.in_dateline(offset + t.idx):
                continue
            plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
            entries.append((offset + t.idx, block.index, _subject_countries(ctx, t, offset, office_of), t.lemma_.lower(),
                            plural, _main_subject(ctx, t)))
    entries.sort(key=lambda x: x[0])
    ctx.subjects = entries
    ctx.subject_starts = [x[0] for x in entries]


# ------------------------------------------------------------------ resolution
def same_head_subject(ctx: Context, head: Token, char: int) -> frozenset[str]:
    """Rule 'definite descriptions': the countries of the last earlier subject with the same
    head word ("A spokesman for the Foreign Ministry of the DPRK" ... "The spokesman")."""
    lemma = head.lemma_.lower()
    i = bisect.bisect_left(ctx.subject_starts, char) - 1
    stop = max(-1, i - LOOK_BACK_SUBJECTS)
    while i > stop:
        _, _, countries, s_lemma, _, _ = ctx.subjects[i]
        if s_lemma == lemma and countries:
            return countries
        i -= 1
    return frozenset()


def same_head_mention(ctx: Context, head_: Token, char: int) -> frozenset[str]:
    """Rule 'this treaty': the countries of the nearest earlier phrase with the same head word
    that names some ("the 60th anniversary of the U.S.-Philippines Mutual Defense Treaty" ...
    "That summer day in 1951 when this treaty was signed"), looking back LOOK_BACK_UNITS
    sentences."""
    lemma = head_.lemma_.lower()
    unit = ctx.unit_of(char)
    if unit is None:
        return frozenset()
    for u in range(unit, max(-1, unit - LOOK_BACK_UNITS), -1):
        offset, sdoc = ctx.units[u]
        for t in reversed(sdoc):
            if offset + t.idx >= char or t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN"):
                continue
            countries = _subject_countries(ctx, t, offset)
            if countries:
                return countries
    return frozenset()


_BETWEEN = re.compile(r"\bbetween\s+([^.;:!?]{2,80}?)\s+and\s+([^.;:!?,]{2,60})", re.IGNORECASE)


def between_sides(ctx: Context, char: int) -> frozenset[str]:
    """Rule 'the sides': the two countries of the last "between X and Y" before char in its
    paragraph or the one before ("the situation between Armenia and Azerbaijan ... called for
    the sides to show restraint")."""
    block = ctx.block_at(char)
    if block is None:
        return frozenset()
    start = ctx.blocks[block.index - 1].start_char if block.index > 0 else block.start_char
    found = frozenset()
    for m in _BETWEEN.finditer(ctx.text, start, char):
        countries = ctx.countries(m.group(1)) | ctx.countries(m.group(2))
        if len(countries) == 2:
            found = countries
    return found


def _nearest_subject(ctx: Context, char: int, accept) -> frozenset[str]:
    """Countries of the nearest subject before char (this block or the one before) that accept
    takes: accept(countries, plural, main clause) -> bool."""
    block = ctx.block_at(char)
    i = bisect.bisect_left(ctx.subject_starts, char) - 1
    while i >= 0:
        _, b, countries, _, plural, main = ctx.subjects[i]
        if block is not None and b < block.index - 1:
            break
        if accept(countries, plural, main):
            return countries
        i -= 1
    return frozenset()


def antecedent(ctx: Context, char: int, singular: bool = False) -> frozenset[str]:
    """Rule 'pronouns': countries of the nearest earlier subject (this block or the one before);
    for a singular pronoun ("It warned") in news, main-clause singular subjects only: not "the
    United States and South Korea", not the subject of a relative clause."""
    return _nearest_subject(ctx, char, lambda countries, plural, main: bool(countries) and not (
        singular and ctx.news and (plural or not main)))


def counted_antecedent(ctx: Context, char: int, count: int) -> frozenset[str]:
    """Rule 'a counted plural': "the two leaders" with no earlier event of that many parties in
    reach is the nearest earlier subject (this block or the one before) naming exactly that many
    countries ("Sang and Putin compared notes ..."), not the story's first meeting of four."""
    return _nearest_subject(ctx, char, lambda countries, _plural, _main: len(countries) == count)


def group(p: Parties, count: int | None = None) -> tuple[set[str], set[str], set[str]]:
    """What "the two ministers" / "both sides" takes from an earlier event: its subjects when
    they are two or more ("Park and Hayashi condemned the North's launch"), else all parties
    ("Yoon met Kishida"); a stated number picks the group of that size ("the three ministers"),
    the subjects or the objects ("Trump spoke with Hun Manet and Phumtham ... both leaders").
    Returns (countries, people, people whose country is not known yet)."""
    actors = p.actors()
    unknown = set(p.unknown)
    if count and len(p.source) != count and len(actors) == count:
        return actors, set(p.people), unknown
    if count and len(p.source) != count and len(p.target) == count:
        return set(p.target), set(p.people), unknown  # "spoke with A and B ... both leaders agreed": A and B
    if len(p.source) >= 2:
        return set(p.source), set(p.people), unknown
    return actors, set(p.people), unknown


_TITLED_GROUP = re.compile(r"^(?:both|the(?:\s+(?:two|three|four))?|all\s+three)\s+(?P<title>.+?)s$", re.IGNORECASE)


def titled_group(phrase: str, titles: frozenset[str]) -> bool:
    """Rule 'the two foreign ministers': a plural title, with or without a stated number ("the
    two Foreign Ministers", "both defence ministers", "The Prime Ministers agreed ..." after a
    call between two), is a plural anaphor like "the two ministers"."""
    m = _TITLED_GROUP.match(" ".join(phrase.split()))
    return m is not None and m.group("title").lower() in titles


def previous_parties(ctx: Context, char: int, count: int | None = None) -> tuple[set[str], set[str], set[str]]:
    """Rule 'the two leaders': parties of the last event before char in the same block with two
    or more parties, else of the last event in the block (not when a stated number asks for
    more parties than it has); in a news story, else of the last event with two or more parties
    in the two blocks before ("Earlier in the day, the two ministers held ...", "a joint
    statement signed by both leaders"); for a stated number that event's group cannot be (a
    meeting of four), first the nearest earlier subject naming that many countries
    (``counted_antecedent``); else of the story's first such event (``_lede_group``);
    else the countries of the nearest earlier subject, when they are as many as a stated number
    asks ("The two countries concluded ..." after "X was appointed Commercial Agent" is not X's
    one country). A person whose country is not known yet counts as a party."""
    pair, last_same = _walk_back(ctx, char)
    if pair is not None and not _too_many(pair, count):
        return group(pair, count)
    if last_same is not None and (count is None or _size(last_same) >= count):
        return last_same.actors(), set(last_same.people), set(last_same.unknown)
    counted = counted_antecedent(ctx, char, count) if count else frozenset()
    if counted:  # "Sang and Putin compared notes ... The two leaders hailed ..."
        return set(counted), set(), set()
    if pair is not None:
        return group(pair, count)
    lede = _lede_group(ctx, char) if ctx.news else None
    if lede is not None:
        return group(lede.parties, count)
    found = antecedent(ctx, char)
    return (set(found) if count is None or len(found) >= count else set()), set(), set()


def _too_many(p: Parties, count: int | None) -> bool:
    """A stated number that an event's group cannot be: "the two leaders" after a meeting of four
    countries whose subjects are not two either."""
    return bool(count) and len(p.source) != count and len(p.target) != count and len(p.actors()) > count


def _walk_back(ctx: Context, char: int) -> tuple[Parties | None, Parties | None]:
    """(the group of the last candidate before char with two or more parties, within the block
    or, in news, the two blocks before; that of the last candidate before char in char's own
    block). Rule 'a stance's object is no co-agent': the group of a stance (``ATTITUDES``:
    "reiterated the UK's support" for Ukraine) is its holders, not whom it is about."""
    block = ctx.block_at(char)
    reach = NEWS_REACH_BLOCKS if ctx.news else 0
    last_same = None
    for cand in reversed(ctx.cands):  # candidates come in text order: a short walk back
        if cand.order >= char:
            continue
        if block is not None and cand.block < block.index - reach:
            break
        if _discussed(ctx, cand.order):
            continue  # what they talked about, not who talked
        parties = _holders(cand.parties) if cand.type in ATTITUDES else cand.parties
        if last_same is None and (block is None or cand.block == block.index):
            last_same = parties
        if _size(parties) >= 2:
            return parties, last_same
    return None, last_same


def _discussed(ctx: Context, char: int) -> bool:
    """Rule 'a topic is no co-agent': an event told inside the object of a topic verb
    (``topic_object_verbs``: "Secretary Blinken and the Foreign Minister discussed last night's
    unprecedented air attack against Israel by Iran") is what was talked about; "The two agreed
    ..." after it are the two who talked."""
    located = ctx.span_of(char, char + 1)
    if located is None:
        return False
    t = located[2][0]
    while t.head.i != t.i:
        if is_verb(t.head):  # the first verb above the trigger decides
            return t.dep_ == "dobj" and lemma_in(t.head, ctx.lex.grammar.topic_object_verbs)
        t = t.head
    return False


def _holders(p: Parties) -> Parties:
    """A stance's holders: its parties without the ones it is about."""
    out = p.copy()
    out.target, out.other = set(), set()
    return out


def _lede_group(ctx: Context, char: int):
    """Rule 'the story's pair': in news, "the leaders" far from any event of two parties are
    those of the story's first such event ("The Prime Minister spoke to President Biden ..."
    ... "The leaders looked forward to meeting at the G20 Summit")."""
    for cand in ctx.cands:
        if cand.order >= char:
            return None
        if _size(cand.parties) >= 2:
            return cand
    return None


def _size(p: Parties) -> int:
    """Countries and people of unknown country: how many parties an event has so far."""
    return len(p.actors()) + len(p.unknown)
