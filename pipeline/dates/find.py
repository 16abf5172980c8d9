"""Pattern finding: candidates from every pattern (longest first, no overlaps), open ranges
(``2013 onward``), two dates joined into a range, caller's spans normalised."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from operator import itemgetter

from .accept import next_word, prev_word
from .lexicon import NUMBERING_NOUNS, RANGE_SEP, SPACE, SPACE_OPT, UNIT_WORDS
from .model import RANK, Ref, Value
from .modifiers import Prefix, apply_prefix, prefix_after, prefix_before
from .patterns import PATTERNS, DatePattern
from .scan import TextScan

# ---------------------------------------------------------------- finder


@dataclass
class Cand:
    start: int
    end: int
    value: Callable[[Ref], Value | None]
    prefix: Prefix = Prefix()
    kind: str = ""  # the table row's name
    core: int = -1  # start before modifiers were taken in (-1: same as start)


def find_candidates(text: str) -> list[Cand]:
    """All accepted pattern matches, longest first, without overlaps, in text order (a match
    is checked for acceptance only when no longer one kept overlaps it: the same choice)."""
    found = []
    scan = TextScan(text)
    for rank, pattern in enumerate(PATTERNS):
        for m in scan.matches(pattern):
            found.append((m.start() - m.end(), m.start(), rank, m, pattern))
    found.sort(key=itemgetter(0, 1, 2))
    starts: list[int] = []
    ends: list[int] = []
    kept = []
    for _, start, _, m, pattern in found:
        end = m.end()
        i = bisect.bisect_left(starts, start)
        if (i < len(starts) and starts[i] < end) or (i > 0 and ends[i - 1] > start):
            continue
        if pattern.accept is not None and not pattern.accept(text, m):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.insert(i, Cand(start, end, partial(pattern.value, m), kind=pattern.name, core=start))
    floor, opened = 0, False
    for cand in kept:
        # after 'from X', an 'until'/'till' joins a range: it is not an open-ended prefix
        ranged = opened and not text[floor : cand.start].strip(" \t").lower().startswith("and")
        # a possessive date ('after this summer's war') determines a noun: the relation is the noun's
        possessive = text.startswith(("'s", "’s"), cand.end)
        cand.start, cand.prefix = prefix_before(text, cand.start, floor, relation=not ranged and not possessive)
        opened = _JOIN_FB.search(text, max(0, cand.start - 10), cand.start) is not None
        floor = cand.end
    for cand in kept:
        _onward(text, cand)
    return _join_ranges(text, kept)


_ONWARD = re.compile(rf"(?:{SPACE}(?i:onwards?|forward|and{SPACE}(?:beyond|after|later))|{SPACE_OPT}[~〜](?![0-9]))(?![A-Za-z])")
_FROM_ON = re.compile(rf"{SPACE}(?i:on)(?={SPACE_OPT}(?:[,.;:)]|$))", re.MULTILINE)


def _onward(text: str, cand: Cand) -> None:
    """'from 2013 onward', '2013 and beyond', '2013~', 'from 2013 on,': open after (mod
    ``after``), the span taking the suffix and a 'from' just before."""
    if cand.prefix.relation:
        return
    fb = _JOIN_FB.search(text, max(0, cand.start - 10), cand.start)
    found = _ONWARD.match(text, cand.end)
    if found is None and fb is not None and fb.group("fb").lower() == "from":
        found = _FROM_ON.match(text, cand.end)
    if found is None:
        return
    if fb is not None and fb.group("fb").lower() == "from":
        cand.start = fb.start()
    cand.end = found.end()
    cand.prefix = replace(cand.prefix, relation="after")


_JOIN_SEP = re.compile(RANGE_SEP)
_JOIN_FB = re.compile(rf"(?P<fb>[Ff]rom|[Bb]etween|FROM|BETWEEN){SPACE}$")
_DAY_KINDS = ("weekday", "deictic_day")


def _joinable(text: str, a: Cand, b: Cand) -> re.Match | None:
    """Two found expressions joined by a range word make one range: after 'from/between'
    ('from 2003 through October 2008', 'between 2003 and May 2005'), two weekdays
    ('Tuesday through Thursday') or two parts of periods ('in early March to mid March 2023');
    'and' only after 'between'; never an open-ended one."""
    sep = _JOIN_SEP.fullmatch(text, a.end, b.start)
    if sep is None or a.prefix.relation or b.prefix.relation:
        return None
    fb = _JOIN_FB.search(text, max(0, a.start - 10), a.start)
    word = sep.group("sep").strip().lower()
    if word == "and":
        return fb if fb is not None and fb.group("fb").lower() == "between" else None
    if fb is not None or (a.kind in _DAY_KINDS and b.kind == "weekday") or (a.prefix.position and b.prefix.position):
        return fb or sep
    return None


def _join_ranges(text: str, cands: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and _APPOSED.fullmatch(text, a.end, b.start) and text[b.end : b.end + 1] == ")":
            out.append(Cand(a.start, b.end + 1, partial(_v_apposed, a, b), kind="apposed", core=a.start))
            i += 2
            continue
        found = None if b is None else _joinable(text, a, b)
        if found is None:
            out.append(a)
            i += 1
            continue
        start = found.start() if found.re is _JOIN_FB else a.start
        out.append(Cand(start, b.end, partial(_v_join, a, b), kind="join", core=start))
        i += 2
    return out


_APPOSED = re.compile(r"[^\S\r\n]*\(")


def _v_apposed(a: Cand, b: Cand, ref: Ref) -> Value | None:
    """'today (21 June)', 'on Tuesday (March 3)': one expression, the bracketed date's value
    (it names the day; the first one only says how far it is), else the first's."""
    vb = b.value(ref)
    if vb is not None:
        return apply_prefix(vb, b.prefix)
    va = a.value(ref)
    return None if va is None else apply_prefix(va, a.prefix)


def _v_join(a: Cand, b: Cand, ref: Ref) -> Value | None:
    """The range from a's first day to b's last, at the finer precision of the two; b leans
    on a (a weekday is the first such day on/after a: 'from last Tuesday to Thursday'), but
    a year b names and a does not is a's too ('from late May to early June 2021')."""
    va = _first_of_range(a, b, ref)
    if va is None:
        return None
    va = apply_prefix(va, a.prefix)
    ref_b = replace(ref, local=(va, *ref.local), sentence=(va, *ref.sentence), partner=None)
    if b.kind == "weekday":
        ref_b = replace(ref_b, anchor=va.start if ref.anchor else None, future=True)
    vb = b.value(ref_b)
    if vb is None or vb.end < va.start:
        return va
    vb = apply_prefix(vb, b.prefix)
    finer = min(va.precision, vb.precision, key=RANK.__getitem__)
    explicit = va.resolution == vb.resolution == "explicit"
    return Value(va.start, vb.end, finer, va.approximate or vb.approximate, None,
                 "explicit" if explicit else (vb.resolution if va.resolution == "explicit" else va.resolution))


def _first_of_range(a: Cand, b: Cand, ref: Ref) -> Value | None:
    """a's value; where a is not explicit and b is, a is read in b's context (its year)."""
    va = a.value(ref)
    if va is None or va.resolution == "explicit" or b.kind == "weekday":
        return va
    vb = b.value(ref)
    if vb is None or vb.resolution != "explicit":
        return va
    return a.value(replace(ref, local=(vb, *ref.local), sentence=(vb, *ref.sentence), last=(vb, *ref.last))) or va


def _match_expression(text: str) -> tuple[re.Match, DatePattern, Prefix] | None:
    """The first table row matching all of text after its modifiers (no context checks)."""
    offset, prefix = prefix_after(text)
    for pattern in PATTERNS:
        m = pattern.regex.fullmatch(text, offset)
        if m:
            return m, pattern, prefix
    return None


def normalise_expression(text: str, published: date | None = None,
                         context: Value | None = None, future: bool = False) -> Value | None:
    """Value of one expression string (a whole date expression, no surrounding text), relative
    to an optional published date and governing date. Pure; used by tests and extra spans."""
    found = _match_expression(text)
    if found is None:
        return None
    m, pattern, prefix = found
    chain = () if context is None else (context,)
    try:
        v = pattern.value(m, Ref(local=chain, last=chain, anchor=published, future=future,
                                  position=prefix.position))
    except (ValueError, OverflowError):
        return None
    return None if v is None else apply_prefix(v, prefix)


_TRIM_LEFT = re.compile(r"^(?:[\s\-*•(\[\"“:;,.]|\d{1,3}\)|(?i:on|in|at|since|by|during|until|of)\s)+")
_TRIM_RIGHT = re.compile(r"[\s\])\"'”’:;,.!?]+$")
_HAS_YEAR = re.compile(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = _TRIM_LEFT.match(piece)
    s = start + (left.end() if left else 0)
    right = _TRIM_RIGHT.search(text, s, end)
    return s, (right.start() if right else end)


def _dateparser_value(piece: str) -> Value | None:
    """Full dates in formats the table lacks; only when the piece names its year, and the
    relative base is that year, so nothing is ever taken from today."""
    year = _HAS_YEAR.search(piece)
    if year is None:
        return None
    import dateparser  # slow to import and to run: only for the caller's leftover spans

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "DATE_ORDER": "MDY", "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": datetime(int(year.group(1)), 1, 1)}
    parsed = dateparser.parse(piece, languages=["en"], settings=settings)
    if parsed is None or parsed.year != int(year.group(1)):
        return None
    return Value(parsed.date(), parsed.date(), "day")


_NAME_CHECKED = ("weekday", "holiday", "deictic_day", "day_of_month")  # their accept checks hold for spaCy's spans too


def extra_candidates(text: str, spans: Iterable[tuple[int, int]], own: list[Cand]) -> list[Cand]:
    """Caller's spans that our finder missed and that we can still normalise."""
    taken = _Spans((c.start, c.end) for c in own)
    out: list[Cand] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        s, e = _trim(text, start, end)
        if s >= e or taken.overlaps(s, e):
            continue
        if next_word(text, e).lower() == "than":
            continue  # a comparison, no date: 'one day later than planned', 'earlier than expected'
        piece = text[s:e]
        found = _match_expression(piece)
        if found is not None:
            m, pattern, prefix = found
            if pattern.name in _NAME_CHECKED:  # 'Friday' of '(Good Friday) Agreement' is a name
                whole = pattern.regex.fullmatch(text, e - (m.end() - m.start()), e)
                if whole is None or not pattern.accept(text, whole):
                    continue
            if pattern.name == "year" and (next_word(text, e).lower() in UNIT_WORDS
                                           or prev_word(text, s) in NUMBERING_NOUNS):
                continue  # '1300 UTC', '2018 km': a time or a count; 'Resolution 1808': a number
            cand = Cand(s, e, partial(pattern.value, m), prefix)
        else:
            v = _dateparser_value(piece)
            if v is None:
                continue
            cand = Cand(s, e, lambda ref, v=v: v)
        out.append(cand)
        taken.add(s, e)
    return out


class _Spans:
    """(start, end) spans, sorted, answering "does [s, e) overlap one of them?" by looking
    only at the spans that start within the longest span's length before e."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.longest = max((b - a for a, b in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.spans, (e,))  # spans[:i] start before e
        while i > 0:
            i -= 1
            a, b = self.spans[i]
            if a < s - self.longest:  # this one and all before it end by s
                return False
            if s < b:
                return True
        return False
