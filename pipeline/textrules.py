"""Rules about English text shared by the normalisers: number words, possessives, times of day
and news datelines. One definition each, so dates, people, places and events read text alike.

- :data:`NUMBER_WORDS` (from ``pipeline/data/numbers.json``): ``"two"`` -> 2, ``"a"`` -> 1;
- :data:`POSSESSIVE_CLITICS`, :data:`POSSESSIVE_ENDINGS`, :func:`strip_possessive`: ``'s``/``’s``
  and a bare apostrophe (``the Philippines'``);
- :data:`TIMES_OF_DAY`: "morning", "afternoon" ... (dates' "on the morning of May 23", events'
  date phrases);
- :func:`dateline_match` (the whole dateline opening a block: ``SEOUL, March 25 (Reuters) -``,
  with the news agency as group ``agency``) and :func:`date_opens_dateline` (a date that is the
  dateline's: between its upper-case place head and its agency or dash)."""
from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _load_number_words(path: Path) -> dict[str, int]:
    data = json.loads(path.read_text(encoding="utf-8"))
    words = data.get("number_words")
    if not isinstance(words, dict) or not all(isinstance(k, str) and k == k.lower() and isinstance(v, int) and v > 0
                                              for k, v in words.items()):
        raise ValueError(f"{path}: number_words must map lower-case words to positive integers")
    return words


NUMBER_WORDS: dict[str, int] = _load_number_words(DATA / "numbers.json")

# --- possessives ---------------------------------------------------------------------------

POSSESSIVE_CLITICS = ("'s", "’s")  # the clitic as spaCy tokenises it: "Japan" + "'s"
POSSESSIVE_ENDINGS = (*POSSESSIVE_CLITICS, "'", "’")  # also the bare apostrophe of a plural
_POSSESSIVE_END = re.compile(r"(?:'s|'|’s|’)$")


def strip_possessive(text: str) -> str:
    """text without a final possessive: "Japan's" -> "Japan", "the Philippines'" -> "the Philippines"."""
    return _POSSESSIVE_END.sub("", text)


# --- times of day -------------------------------------------------------------------------

TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")  # "on the morning of May 23"

# --- news datelines ------------------------------------------------------------------------

_TITLE_PLACE = r"[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,3}"  # "Pyongyang", "New Delhi", "Addis Ababa"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}"  # "March 25", "Oct. 24"
_LONG_DASH = r"(?:--|—|–)"
# the whole dateline: "SEOUL, March 25 (Reuters) - ", "PYONGYANG (KCNA) -- ", "SEOUL/TOKYO, July 12
# (Reuters) - ", "JOINT BASE ANDREWS, Md. (AP) — "; a title-case place ("Pyongyang, August 22
# (KCNA) -- ") with the agency in brackets, or with a date and a long dash ("New Delhi, Oct. 24 --")
DATELINE = re.compile(
    r"[A-Z][A-Z.'\-/ ]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][a-z]+)?(?=\s*[,(]))?"
    rf"(?:,\s*{_MONTH_DAY})?\s*(?:\((?P<agency>[A-Za-z .&\-]{{2,30}})\))?\s*(?:--|[-–—:])\s+")
DATELINE_TITLE = re.compile(
    rf"{_TITLE_PLACE}(?:,\s*{_MONTH_DAY})?\s*\((?P<agency>[A-Za-z .&\-]{{2,30}})\)\s*(?:--|[-–—:])\s+")
DATELINE_TITLE_DATED = re.compile(rf"{_TITLE_PLACE},\s*{_MONTH_DAY}\s*(?P<agency>\b\B)?{_LONG_DASH}\s+")  # no agency
# the parts around a dateline's date: its place head ("SEOUL, ", "WASHINGTON, D.C., "; title-case
# "New Delhi, " only before a long dash) and its tail ("(Yonhap) --", " - ", ":")
DATELINE_HEAD = re.compile(r"[A-Z][A-Z.'’ -]+(?:/[A-Z][A-Z.'’ -]+)*(?:,[^\S\r\n]*[A-Z][A-Za-z.'’ -]*)?,[^\S\r\n]*")
DATELINE_TAIL = re.compile(r"[^\S\r\n]*(?:\([^)\n]*\)[^\S\r\n]*)?(?:-{1,2}|—|–|:)")
DATELINE_TITLE_HEAD = re.compile(rf"{_TITLE_PLACE},[^\S\r\n]*")
DATELINE_LONG_TAIL = re.compile(rf"[^\S\r\n]*(?:\([^)\n]*\)[^\S\r\n]*)?{_LONG_DASH}")


def dateline_match(text: str, start: int, end: int) -> re.Match | None:
    """The dateline opening text[start:end] (a block), upper-case or title-case place, or None."""
    return DATELINE.match(text, start, end) or DATELINE_TITLE.match(text, start, end) \
        or DATELINE_TITLE_DATED.match(text, start, end)


def date_opens_dateline(text: str, line_start: int, date_start: int, date_end: int) -> bool:
    """Whether the date text[date_start:date_end] is a dateline's: only a place head before it
    on its line (from line_start), the agency or the dash after it."""
    if DATELINE_HEAD.fullmatch(text, line_start, date_start) is not None:
        return DATELINE_TAIL.match(text, date_end) is not None
    return DATELINE_TITLE_HEAD.fullmatch(text, line_start, date_start) is not None \
        and DATELINE_LONG_TAIL.match(text, date_end) is not None
