"""Acceptance rules for ambiguous matches: a bare year, a bare month or season, a weekday that
is part of a name, a one-word holiday without a cue."""
from __future__ import annotations

import re

from .lexicon import (
    DETERMINERS,
    HOLIDAY_CUES,
    LEX,
    MONTH_CUES,
    MONTH_FULL_ALT,
    NOT_PLURAL,
    ORDINAL_NOUNS,
    SAY_WORDS,
    SEASON_CUES,
    SPACE,
    SUBJECT_NEXT,
    UNIT_WORDS,
    YEAR_CUES_STRONG,
    YEAR_CUES_WEAK,
    month_group,
)
from .modifiers import PREFIX_END

# ---------------------------------------------------------------- context checks (finder only)
_PREV_WORD = re.compile(r"([A-Za-z]+\.?)[^\S\r\n]*-?[^\S\r\n]*$")
_NEXT_WORD = re.compile(r"[^\S\r\n]*(%|[A-Za-z]+)")
_LIST_SEP = r"(?:[^\S\r\n]*,|,?[^\S\r\n]+(?:and|or))[^\S\r\n]+"  # ', ' ' and ' ', or '
_PREV_YEAR_LIST = re.compile(rf"(?:1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?:['’]?s)?{_LIST_SEP}$")
PREV_MONTH_DAY = re.compile(
    rf"{month_group('m')}{SPACE}(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:{_LIST_SEP}(?:3[01]|[12][0-9]|0?[1-9])"
    rf"(?:st|nd|rd|th)?)*{_LIST_SEP}$")
_PREV_MONTH_LIST = re.compile(rf"(?:{MONTH_FULL_ALT}){_LIST_SEP}$")


def prev_word(text: str, start: int) -> str:
    found = _PREV_WORD.search(text, max(0, start - 24), start)
    return found.group(1).lower() if found else ""


def next_word(text: str, end: int) -> str:
    found = _NEXT_WORD.match(text, end, min(len(text), end + 24))
    return found.group(1) if found else ""


def _line_start(text: str, start: int) -> bool:
    """Nothing but a list marker or spaces before start on its line."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return re.fullmatch(r"[^\S\r\n]*(?:[-*•][^\S\r\n]*)?(?:\(?\d{1,3}\)[^\S\r\n]*)?", line) is not None


def _year_by_layout(text: str, s: int, e: int) -> bool:
    """'(2017)', '2013~', or a year heading its line or list item ('2017: ...', '1609 | ...' in a
    table, '- 1978 Tourism Agreement' in a dated list)."""
    if text[s - 1 : s] == "(" and text[e : e + 1] == ")" or text[e : e + 1] in ("~", "〜"):
        return True
    return _line_start(text, s) and re.match(r"[^\S\r\n]*(?:[:,.|\r\n]|$|[A-Z][a-z])", text[e : e + 3]) is not None


def accept_year(text: str, m: re.Match) -> bool:
    """A bare 4-digit number is a year after a temporal cue, in '(2017)', heading a line,
    as 'the/a/Moon's 2018 summit', or listed after another year; never before a unit or count noun."""
    s, e = m.span()
    nxt = next_word(text, e)
    if nxt.lower() in UNIT_WORDS:
        return False
    plural = nxt.islower() and nxt.endswith("s") and nxt not in NOT_PLURAL
    prev = prev_word(text, s)
    if s > 0 and text[s - 1] == "-" and prev not in ("mid", "early", "late", "end"):
        return False
    if prev in YEAR_CUES_STRONG:
        return True
    if prev in YEAR_CUES_WEAK or _PREV_YEAR_LIST.search(text, max(0, s - 24), s):
        return not plural
    if _year_by_layout(text, s, e):
        return True
    determiner = prev in DETERMINERS or re.search(r"\w['’]s[^\S\r\n]+$", text[max(0, s - 6) : s])
    return bool(determiner) and bool(nxt) and nxt[0].isalpha() and not plural




def accept_bare_month(text: str, m: re.Match) -> bool:
    rel = (m.group("rel") or "").lower()
    if rel == "that":
        return (prev_word(text, m.start()) not in SAY_WORDS
                and next_word(text, m.end()).lower() not in SUBJECT_NEXT)
    if rel:
        return True
    s = m.start()
    return prev_word(text, s) in MONTH_CUES or bool(
        _PREV_MONTH_LIST.search(text, max(0, s - 24), s))


def accept_bare_season(text: str, m: re.Match) -> bool:
    nxt = next_word(text, m.end())
    if nxt[:1].isupper() or nxt.lower() in ("of", "season", "games", "olympics"):
        return False
    return prev_word(text, m.start()) in SEASON_CUES




def accept_holiday(text: str, m: re.Match) -> bool:
    """Not inside a longer name ('Good Friday Agreement', 'Christmas Island', 'Tet Offensive');
    a one-word name ('Christmas', 'Easter') only after a temporal cue ('at Christmas') or
    before 'holiday'/'festival'."""
    close = re.match(r"[)\"”’]*", text[m.end() : m.end() + 3]).end()  # '(Good Friday) Agreement'
    nxt = next_word(text, m.end() + close)
    if nxt[:1].isupper():
        return False
    if " " in m.group("hn") or m.group("hrel") or m.group("y"):
        return True
    return prev_word(text, m.start()) in HOLIDAY_CUES or nxt.lower() in ("holiday", "holidays", "festival")


_NAMED_DAY = re.compile(rf"(?:{'|'.join(map(re.escape, LEX['named_day_words']))})[^\S\r\n]+$")


def accept_weekday(text: str, m: re.Match) -> bool:
    """A weekday named by a qualifier ('Good Friday', 'Black Monday') is a name, not a date."""
    return m.group("rel") is not None or not _NAMED_DAY.search(text, max(0, m.start() - 12), m.start())


_CLOCK_AFTER = re.compile(r"[:.][0-5][0-9](?![0-9])")  # "1:07", "1.07 p.m.": the hour of a time


def accept_coord_day(text: str, m: re.Match) -> bool:
    """'29' in 'Dec. 28 and 29', not in 'May 5 and 6 people' nor in a clock time
    ('September 19, 1:07 p.m.')."""
    if next_word(text, m.end()).lower() in UNIT_WORDS or _CLOCK_AFTER.match(text, m.end()):
        return False
    return PREV_MONTH_DAY.search(text, max(0, m.start() - 40), m.start()) is not None


def accept_day_of_month(text: str, m: re.Match) -> bool:
    """'on the 30th' is a day, not 'on the 30th anniversary' ('ordinal_nouns': what an ordinal
    counts when a noun follows it)."""
    return next_word(text, m.end()).lower() not in ORDINAL_NOUNS


def accept_deictic_day(text: str, m: re.Match) -> bool:
    """'today' in a comparison of eras means nowadays, not the day of writing: "stronger today
    than it ever has been", "more open than today"."""
    if m.group(0).lower() != "today":
        return True
    return next_word(text, m.end()).lower() != "than" and prev_word(text, m.start()).lower() != "than"


def accept_unit(text: str, m: re.Match) -> bool:
    """'the year' is a date only as in 'the end of the year'."""
    return PREFIX_END["mod"].search(text, max(0, m.start() - 32), m.start()) is not None


def accept_dmy(text: str, m: re.Match) -> bool:
    """Not right after a number, a number and a comma, or a separator: the '3' of '2014, 3 March'
    or 'No. 3 March'; after a word and a comma it is a day ('on Iran's attack against Israel, 14
    April 2024')."""
    s = m.start()
    return not re.search(r"(?:[0-9][ \t]*,|[0-9./]|[0-9]:)$", text[max(0, s - 4) : s].rstrip())
