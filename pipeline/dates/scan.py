"""Where each row of the table runs. Running every row's regex over the whole text was most of
the stage's time (bench/README.md), the month rows above all: a month name is in almost every
text, so their ``needs`` check let them run on every document. Now, once per text:

* one scan finds the month and weekday names and one the numbers; a row anchored on them
  (``anchor``) is tried only at the words from the lead words just before an anchor (``from``,
  ``Tuesday,``, ``the 3rd of``) to the anchor itself;
* a row anchored on words (its ``needs``, or words given) likewise, from where the lower-cased
  text holds one at a word's start, once the text holds one of its needs (the check rows always
  had; implied by any match when the needs are single words);
* another row with ``needs`` runs, when the text holds one, only over the lines that hold one
  (all the words of a phrase): no such row matches across a line break, and every match holds
  one on its own line.

:meth:`TextScan.matches` gives exactly what the row's ``regex.finditer(text)`` gave after the
text's ``needs`` check (tests/test_dates_scan.py compares the two).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .lexicon import MONTH_ALT, MONTHS, WEEKDAY_ALT
from .patterns import LEAD_WORDS, DatePattern

# A month or weekday name as the rows match it (title or upper case, a whole word), and a
# number. No group or look-behind first, so the engine only stops at their first characters.
_NAME = re.compile(rf"(?:{MONTH_ALT}|{WEEKDAY_ALT})(?![A-Za-z])")
_NUMBER = re.compile(r"[0-9]+")
# Read on the reversed text from just before an anchor: separators and lead words or numbers
# (a day may have its ordinal suffix), each whole (not after a letter), as many as there are.
# Where it stops, no anchored row can have started any earlier.
_SEP = r"[^\S\r\n]*(?:[,\-–—‒~〜][^\S\r\n]*)?"
_LEAD_WORDS_REVERSED = "|".join(sorted((w[::-1] for w in LEAD_WORDS), key=len, reverse=True))
_LEAD_BACK = re.compile(rf"(?:{_SEP}(?=[A-Za-z0-9])(?:(?i:{_LEAD_WORDS_REVERSED})|(?:ts|dn|dr|ht)?[0-9]+)(?![A-Za-z]))*")
# Where an anchored row's match may start: a word, or a number not inside a longer one (every
# row starts where no letter is before it, patterns._p; no anchored row starts inside a number,
# each says so with its own look-behind, or at a quotation mark).
_START = re.compile(r"(?<![A-Za-z])(?=[A-Za-z]|(?<![0-9])[0-9])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Characters that re's IGNORECASE matches to an ASCII letter but str.lower() does not lower to
# it ('İ' lowers to two characters, which the length check catches): with one in the text, a
# match might hold no 'needs' word as lower() spells it, and the rows run over the whole text.
_FOLDS_TO_ASCII = ("ı", "ſ")


def matches_at(regex: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """What ``regex.finditer(text)`` gives when every match starts at one of ``starts``
    (ascending): the match at each start, skipping the starts inside the last match."""
    end, match = 0, regex.match
    for start in starts:
        if start >= end:
            m = match(text, start)
            if m is not None:
                end = m.end()
                yield m


def may_match(pattern: DatePattern, lowered: str) -> bool:
    """Whether the lower-cased text holds one of the words the row needs (substring tests: faster
    than one regex alternation of the words, bench/README.md)."""
    return not pattern.needs or any(word in lowered for word in pattern.needs)


class TextScan:
    """One text, and what is found in it once for all the rows."""

    def __init__(self, text: str):
        self.text = text
        self.lowered = text.lower()
        # whether lowered spells every word a row's needs can match where the text has it
        self.aligned = len(self.lowered) == len(text) and not any(c in text for c in _FOLDS_TO_ASCII)
        self.reversed = text[::-1]
        self._starts: dict[str, list[int]] | None = None
        self._word_starts: dict[tuple[str, ...], list[int]] = {}

    def matches(self, pattern: DatePattern) -> Iterable[re.Match]:
        """The row's matches in text order, as its regex's finditer over the whole text."""
        if pattern.anchor in ("month", "weekday", "number"):
            return matches_at(pattern.regex, self.text, self.starts(pattern.anchor))
        if not (pattern.needs and self.aligned):
            return pattern.regex.finditer(self.text) if may_match(pattern, self.lowered) else ()
        # every match has one of the needs: single words need no check of the whole text
        if any(" " in need for need in pattern.needs) and not may_match(pattern, self.lowered):
            return ()
        if pattern.anchor:
            words = pattern.needs if pattern.anchor == "needs" else pattern.anchor
            return matches_at(pattern.regex, self.text, self.word_starts(words))
        return (m for start, end in self.lines(pattern.needs) for m in pattern.regex.finditer(self.text, start, end))

    def starts(self, anchor: str) -> list[int]:
        """Where a row anchored on a month name ("month"), a weekday ("weekday") or a number
        ("number") may start, ascending."""
        if self._starts is None:
            self._starts = {"month": [], "weekday": [], "number": []}
            for name in _NAME.finditer(self.text):
                kind = "month" if name.group().lower() in MONTHS else "weekday"
                self._add_anchor(self._starts[kind], name.start())
            for number in _NUMBER.finditer(self.text):
                self._add_anchor(self._starts["number"], number.start())
        return self._starts[anchor]

    def word_starts(self, words: tuple[str, ...]) -> list[int]:
        """Where a row anchored on words (a phrase: its first word) may start, ascending (the
        text is aligned)."""
        if words not in self._word_starts:
            text, lowered, anchors = self.text, self.lowered, set()
            for word in {phrase.split()[0] for phrase in words}:
                at = lowered.find(word)
                while at >= 0:
                    if not at or text[at - 1] not in _ASCII_LETTERS:  # at a word's start
                        anchors.add(at)
                    at = lowered.find(word, at + 1)
            starts: list[int] = []
            for at in sorted(anchors):
                self._add_anchor(starts, at)
            self._word_starts[words] = starts
        return self._word_starts[words]

    def _add_anchor(self, starts: list[int], at: int) -> None:
        """The starts from the lead words before the anchor at ``at`` to the anchor, after the
        last anchor (a match that started before it would hold it: that one is its first)."""
        text = self.text
        if at and text[at - 1] in _ASCII_LETTERS:  # inside a word: no row's anchor
            return
        floor = starts[-1] + 1 if starts else 0
        lead = len(text) - _LEAD_BACK.match(self.reversed, len(text) - at, len(text) - floor).end()
        if lead == at:
            starts.append(at)
        else:
            starts.extend(m.start() for m in _START.finditer(text, lead, at + 1))

    def lines(self, needs: tuple[str, ...]) -> list[tuple[int, int]]:
        """The lines holding all the words of one of needs, adjacent ones joined: (start, end
        after the line break), so that a look-ahead at the line's end sees the break."""
        text, lowered = self.text, self.lowered
        spans = []
        for words in (need.split() for need in needs):
            at = lowered.find(words[0])
            while at >= 0:
                start = text.rfind("\n", 0, at) + 1
                end = text.find("\n", at) + 1 or len(text)
                if all(word in lowered[start:end] for word in words[1:]):
                    spans.append((start, end))
                at = lowered.find(words[0], end)
        spans.sort()
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if joined and start <= joined[-1][1]:
                joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
            else:
                joined.append((start, end))
        return joined
