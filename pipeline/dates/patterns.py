"""The table of date patterns: a compiled regular expression, its value function and its
acceptance rule per row."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..textrules import TIMES_OF_DAY
from .accept import (
    accept_bare_month,
    accept_bare_season,
    accept_coord_day,
    accept_day_of_month,
    accept_deictic_day,
    accept_dmy,
    accept_holiday,
    accept_unit,
    accept_weekday,
    accept_year,
    next_word,
)
from .days import make_value, quarter_interval
from .holidays import v_holiday
from .lexicon import (
    CENTURY_ALT,
    FROM_BETWEEN,
    LEX,
    MONTH_ALT,
    MONTH_FULL_ALT,
    NUM_ALT,
    NUMBERS,
    RANGE_SEP,
    RELYEAR,
    SEASONS,
    SPACE,
    SPACE_OPT,
    THE_OPT,
    UNIT_WORDS,
    WEEKDAY_ALT,
    WEEKDAY_OPT,
    WEEKDAYS,
    WORD_DECADES,
    YEAR_OR_REL,
    day_group,
    month_group,
    year_group,
)
from .model import Ref, Value
from .values import (
    sep_ok,
    v_ago,
    v_anaphor,
    v_bare_month,
    v_century,
    v_coord_day,
    v_day,
    v_day_before,
    v_day_of_month,
    v_day_of_rel_month,
    v_decade,
    v_deictic_day,
    v_deictic_unit,
    v_half,
    v_half_month,
    v_iso,
    v_month,
    v_quarter,
    v_range_days,
    v_range_months,
    v_range_years,
    v_season,
    v_since_then,
    v_the_weekend,
    v_week_of_month,
    v_weekday,
    v_year,
)

# ---------------------------------------------------------------- the pattern table


@dataclass(frozen=True)
class DatePattern:
    """One row. Where its regex runs (``scan.py``). A row with ``needs`` (lower case) runs only
    if the lower-cased text holds one of them; every match has one (all the words of a phrase)
    on its own line. Every match of a row with an ``anchor`` holds a month name ("month", title
    or upper case), a weekday ("weekday"), a number ("number"), one of its needs ("needs": a
    phrase's first word) or one of the words given (lower case) at a word's start, with only
    ``LEAD_WORDS``, numbers and separators before the first one."""

    name: str
    regex: re.Pattern
    value: Callable[[re.Match, Ref], Value | None]
    accept: Callable[[str, re.Match], bool] | None = None
    needs: tuple[str, ...] = ()
    anchor: str | tuple[str, ...] = ""


def _p(name, regex, value, accept=None, flags=0, needs=(), anchor="") -> DatePattern:
    """Every expression starts a word; saying so first lets the engine skip most positions."""
    guarded = rf"(?<![A-Za-z])(?=[A-Za-z0-9‘'’])(?:{regex})"
    return DatePattern(name, re.compile(guarded, flags), value, accept, needs, anchor)


_HOLIDAY_NAMES = sorted({" ".join(n.split()) for kind in LEX["holidays"].values() for row in kind
                         for n in row["names"]}, key=len, reverse=True)
_HOLIDAY_ALT = "|".join(re.escape(n).replace(r"\ ", r"[^\S\r\n]+") for n in _HOLIDAY_NAMES)
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_REL = rf"(?:this{SPACE}past|this{SPACE}coming|last|this|next)"
# Every word an anchored row may hold before its first anchor (see DatePattern): the scan looks
# for a row's start only among them (scan.py); a row that allows another word there must add it
# (tests/test_dates_scan.py fails otherwise).
LEAD_WORDS = (
    "from", "between", "to", "through", "thru", "until", "till", "and",  # FROM_BETWEEN, RANGE_SEP
    "the", "of", "this", "past", "coming", "last", "next", "that", "earlier", "later",  # THE_OPT, _REL
    "before", "after",  # the day before yesterday
    "first", "second", "third", "fourth", "final", "latter",  # the first quarter, the latter half
    "day", "days", "week", "weeks", "month", "months", "year", "years", *NUMBERS,  # two days later
    *WEEKDAYS,  # WEEKDAY_OPT
)
_SEASON = "(?:" + "|".join(sorted(SEASONS, key=len, reverse=True)) + ")"
_TIME_OF_DAY = "(?:" + "|".join(TIMES_OF_DAY) + ")"
_OPT_Y = rf"(?:,?{SPACE}{year_group('y')})?"
_OPT_YR = rf"(?:,?{SPACE}{year_group('y')}|,?{SPACE}(?:(?i:of){SPACE})?{RELYEAR})?"  # 'June 2 of last year'
_ORD_ALT = "|".join(sorted(LEX["ordinals"], key=len, reverse=True))
_REL_MONTH = rf"(?P<rm>(?i:this|next|last|that|the{SPACE}(?:same|following|next|previous|preceding))){SPACE}(?i:month)"
_MONTH_NAME = rf"(?P<m>{MONTH_ALT})(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?(?![A-Za-z])"
_MONTH_OR_REL = rf"(?:{_MONTH_NAME}(?:,?{SPACE}(?:(?i:of){SPACE})?{YEAR_OR_REL})?|{_REL_MONTH})(?![A-Za-z])"


def _days_ascend(t: str, m: re.Match) -> bool:
    """Ascending days; 'and' joins them only after 'between' or when they are consecutive
    ('May 22 and 23' is the two days 22-23, one interval; 'May 3 and 5' are two dates)."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    return d1 < d2 and (sep_ok(m) or d2 == d1 + 1)


def _v_quarter_q(m: re.Match, ref: Ref) -> Value | None:
    q, y = m.group("qn") or m.group("qn2"), m.group("y") or m.group("y2")
    return make_value(quarter_interval(int(q), int(y)), "quarter")


# Rows: name, regex, value function, optional context check, regex flags, prefilter words or anchor.
PATTERNS: tuple[DatePattern, ...] = (
    _p("range_md_d", rf"{FROM_BETWEEN}{WEEKDAY_OPT}{month_group('m1')}{SPACE}{day_group('d1')}{RANGE_SEP}{day_group('d2')}{_OPT_Y}",
       v_range_days, _days_ascend, anchor="month"),
    _p("range_md_md", rf"{FROM_BETWEEN}{month_group('m1')}{SPACE}{day_group('d1')}(?:,?{SPACE}{year_group('y1')})?{RANGE_SEP}"
                      rf"{month_group('m2')}{SPACE}{day_group('d2')}(?:,?{SPACE}{year_group('y2')})?",
       v_range_days, lambda t, m: sep_ok(m), anchor="month"),
    _p("range_d_dm", rf"(?<![\w.,]){FROM_BETWEEN}{day_group('d1')}{RANGE_SEP}{day_group('d2')}{SPACE}(?:(?i:of){SPACE})?{month_group('m2')}{_OPT_Y}",
       v_range_days, _days_ascend, anchor="month"),
    _p("range_dm_dm", rf"(?<![\w.,]){FROM_BETWEEN}{day_group('d1')}{SPACE}{month_group('m1')}(?:,?{SPACE}{year_group('y1')})?{RANGE_SEP}"
                      rf"{day_group('d2')}{SPACE}{month_group('m2')}(?:,?{SPACE}{year_group('y2')})?",
       v_range_days, lambda t, m: sep_ok(m), anchor="month"),
    _p("range_months", rf"{FROM_BETWEEN}{month_group('m1')}(?:,?{SPACE}{year_group('y1')})?{RANGE_SEP}{month_group('m2')}(?:,?{SPACE}{year_group('y2')})?",
       v_range_months, lambda t, m: sep_ok(m) and bool(m.group("fb") or m.group("y2")),
       anchor="month"),
    _p("range_years", rf"(?<![\w$€£¥#.,/-]){FROM_BETWEEN}{year_group('y1')}{RANGE_SEP}"
                      rf"(?:{year_group('y2')}|(?P<yy>[0-9]{{2}})(?![0-9]|[-/.][0-9]))",
       v_range_years,
       lambda t, m: sep_ok(m) and (m.group("y2") is not None or m.group("sep").strip() in "-–—‒")
       and next_word(t, m.end()).lower() not in UNIT_WORDS, anchor="number"),
    _p("iso", rf"(?<![0-9.]){year_group('y')}(?P<s>[-/.])(?P<mo>1[0-2]|0?[1-9])(?P=s)(?P<dd>3[01]|[12][0-9]|0?[1-9])"
              rf"(?![0-9])", v_iso, anchor="number"),
    _p("month_day", rf"{WEEKDAY_OPT}{month_group('m')}{SPACE}{day_group('d')}{_OPT_YR}", v_day, anchor="month"),
    _p("day_month", rf"(?<![\w.,]){WEEKDAY_OPT}{THE_OPT}{day_group('d')}{SPACE}(?:(?i:of){SPACE})?{month_group('m')}{_OPT_YR}",
       v_day, accept_dmy, anchor="month"),
    _p("month_year", rf"{month_group('m')},?{SPACE}(?:(?i:of){SPACE})?{YEAR_OR_REL}", v_month, anchor="month"),
    _p("bare_month", rf"(?:(?P<rel>(?i:{_REL}|that)){SPACE})?(?P<m>{MONTH_FULL_ALT})(?![A-Za-z])(?!{SPACE_OPT}\.?{SPACE_OPT}[0-9])",
       v_bare_month, accept_bare_month, anchor="month"),
    _p("coord_day", rf"(?<![\w.,]){day_group('d')}{_OPT_Y}", v_coord_day, accept_coord_day, anchor="number"),
    _p("year", rf"(?<![\w$€£¥#.,/']){year_group('y')}(?![\w'’%]|[.,][0-9])", v_year, accept_year, anchor="number"),
    _p("decade", rf"{THE_OPT}(?:(?<![0-9])(?P<dec>(?:1[0-9]|20|21)[0-9]0)['’]?s|[‘'’](?P<dec2>[0-9]0)s|"
                 rf"(?<=[Tt]he )(?:(?i:nineteen)[- ])?(?P<decw>(?i:{'|'.join(WORD_DECADES)})))(?![A-Za-z0-9])",
       v_decade, needs=("0s", "0’s", "0's", "ties")),
    _p("century", rf"{THE_OPT}(?:(?P<c>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<cw>{CENTURY_ALT}))[- ]century(?![A-Za-z])",
       v_century, flags=re.IGNORECASE, needs=("century",)),
    # "summer of 1951", "summer 1951", "that summer day in 1951", "a winter night in 1944"
    _p("season_year", rf"{THE_OPT}(?P<s>(?i:{_SEASON}))(?:{SPACE}(?i:day|night|morning|evening))?"
       rf"(?:{SPACE}(?i:of|in))?,?{SPACE}{YEAR_OR_REL}",
       v_season, needs=tuple(SEASONS), anchor="needs"),
    _p("season_rel", rf"(?P<rel>(?i:{_REL})){SPACE}(?P<s>(?i:{_SEASON}))(?![A-Za-z])",
       v_season, needs=tuple(SEASONS), anchor="needs"),
    _p("season", rf"{THE_OPT}(?P<s>{_SEASON})(?![A-Za-z])", v_season, accept_bare_season, needs=tuple(SEASONS), anchor="needs"),
    _p("quarter", rf"{THE_OPT}(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[- ](?i:quarter)"
                  rf"(?:(?:{SPACE}(?i:of))?,?{SPACE}{YEAR_OR_REL})?(?![A-Za-z])",
       v_quarter, lambda t, m: bool(m.group("y") or m.group("ry") or m.group(0)[:3].lower() == "the"),
       needs=("quarter",), anchor="needs"),
    _p("quarter_q", rf"(?<![A-Za-z0-9])(?:Q(?P<qn>[1-4]){SPACE_OPT}(?:(?:of|,)?{SPACE})?{year_group('y')}|"
                    rf"(?<![0-9]){year_group('y2')}{SPACE_OPT}Q(?P<qn2>[1-4]))(?![A-Za-z0-9])",
       _v_quarter_q, needs=("q1", "q2", "q3", "q4"), anchor="needs"),
    _p("half", rf"{THE_OPT}(?:(?P<h>(?i:first|second|latter|1st|2nd)){SPACE}(?i:half){SPACE}(?i:of){SPACE}"
               rf"(?:(?i:the){SPACE})?{YEAR_OR_REL}|H(?P<hn>[12]){SPACE}{year_group('y2')})",
       v_half, needs=("half", "h1", "h2"), anchor="needs"),
    _p("weekday", rf"(?:(?P<rel>(?i:{_REL}|coming)){SPACE})?(?P<w>{WEEKDAY_ALT})(?![A-Za-z])"
                  rf"(?:{SPACE}(?i:{_TIME_OF_DAY})(?![A-Za-z]))?",
       v_weekday, accept_weekday, anchor="weekday"),
    _p("day_of_rel_month", rf"{THE_OPT}(?:{day_group('d')}|(?P<dw>(?i:{_ORD_ALT})))(?:{SPACE}|-)(?i:of){SPACE}{_REL_MONTH}(?![\w-])",
       v_day_of_rel_month, needs=tuple(f"of {w} month" for w in (
           "this", "next", "last", "that", "the same", "the following", "the next", "the previous", "the preceding"))),
    _p("week_of_month", rf"{THE_OPT}(?P<wn>(?i:{_ORD_ALT}|last|final|1st|2nd|3rd|4th|5th))[- ](?i:week){SPACE}(?i:of){SPACE}"
                        rf"(?:(?i:the){SPACE})?{_MONTH_OR_REL}", v_week_of_month, needs=("week of",)),
    _p("half_month", rf"{THE_OPT}(?P<h>(?i:first|second|latter|1st|2nd)){SPACE}(?i:half){SPACE}(?i:of){SPACE}(?:(?i:the){SPACE})?"
                     rf"{_MONTH_OR_REL}", v_half_month, needs=("half",), anchor="needs"),
    _p("holiday", rf"(?:(?P<hrel>(?i:this|last|next)){SPACE})?(?P<hn>{_HOLIDAY_ALT})(?![\w’'-])(?:,?{SPACE}(?:(?i:of){SPACE})?{year_group('y')})?",
       v_holiday, accept_holiday, needs=tuple(n.lower() for n in _HOLIDAY_NAMES)),
    _p("deictic_day", rf"\b(?:the{SPACE}day{SPACE}(?:before{SPACE}yesterday|after{SPACE}tomorrow)|today|yesterday|"
                      rf"tomorrow|tonight|this{SPACE}(?:morning|afternoon|evening)|last{SPACE}night)\b",
       v_deictic_day, accept_deictic_day, flags=re.IGNORECASE,
       needs=("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"), anchor="needs"),
    _p("deictic_unit", rf"\b(?:(?P<el>earlier|later){SPACE}(?=this))?(?P<rel>{_REL}|the{SPACE}coming|coming){SPACE}"
                       rf"(?P<unit>week|weekend|month|year)(?![\w-])",
       v_deictic_unit, flags=re.IGNORECASE, needs=("week", "month", "year"), anchor="needs"),
    _p("the_unit", rf"(?P<rel>the){SPACE}(?P<unit>week|month|year)(?![\w-])",
       v_deictic_unit, accept_unit, flags=re.IGNORECASE, needs=("week", "month", "year"), anchor="needs"),
    _p("the_weekend", rf"(?:(?<=\bover )|(?<=\bat )|(?<=\bduring )|(?<=\bthrough )|(?<=\bon ))(?i:the){SPACE}(?i:weekend)(?![\w-])", v_the_weekend,
       needs=("weekend",)),
    _p("ago", rf"\b(?P<n>{NUM_ALT}){SPACE}{_UNIT}{SPACE}ago\b", v_ago, flags=re.IGNORECASE, needs=("ago",)),
    _p("anaphor_count", rf"\b(?P<n>{NUM_ALT}){SPACE}{_UNIT}{SPACE}(?P<dir>later|earlier)\b(?!{SPACE}than\b)",
       v_anaphor, flags=re.IGNORECASE, needs=("later", "earlier"), anchor="needs"),
    # (a bare "same day" opens a bracketed note: "(local time; same day, 9:00 p.m. JST)")
    _p("anaphor", rf"\b(?:(?:(?P<el>earlier|later){SPACE}(?=that))?(?P<rel>that(?:{SPACE}same)?|(?<=[(;] )same|(?<=[(;])same|the{SPACE}(?:same|following|next|previous|"
                  rf"preceding|prior))|(?P<el2>earlier|later){SPACE}in{SPACE}the){SPACE}(?P<unit>day|date|week|month|year|{_TIME_OF_DAY})(?![\w-])",
       v_anaphor, flags=re.IGNORECASE, needs=("that", "same", "following", "next", "previous", "preceding", "prior", "in the"),
       anchor=("that", "same", "following", "next", "previous", "preceding", "prior", "earlier", "later")),
    _p("since_then", rf"(?<=\b[Ss]ince )(?:then|that{SPACE}time)\b", v_since_then, needs=("since",)),
    _p("day_before", rf"\bthe{SPACE}day{SPACE}(?P<dir>before|after)(?={SPACE_OPT}(?:[,.;)]|$))",
       v_day_before, flags=re.IGNORECASE | re.MULTILINE, needs=("day",), anchor="needs"),
    _p("day_of_month", rf"(?<=\b[Oo]n )(?i:the){SPACE}(?P<d>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)(?![A-Za-z0-9])",
       v_day_of_month, accept_day_of_month, anchor="number"),
)
