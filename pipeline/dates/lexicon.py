"""Word lists and the regular-expression building blocks made from them: the lexicon
``pipeline/data/dates.json`` is read and checked once, at import."""
from __future__ import annotations

import calendar
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..textrules import NUMBER_WORDS

# ---------------------------------------------------------------- lexicons (general knowledge)
LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "dates.json"
REQUIRED = ("ordinals", "last_ordinals", "seasons", "named_day_words", "holidays", "words", "countries")
WORD_LISTS = ("weekdays", "unit_words", "determiners", "not_plural", "year_cues_strong", "year_cues_weak",
              "month_cues", "season_cues", "holiday_cues", "say_words", "subject_next", "participle_not",
              "future_vocab", "headline_verbs", "ordinal_nouns", "numbering_nouns")


class _Checker:
    """Raises ValueError naming the file and what is wrong with it."""

    def __init__(self, path: Path):
        self.path = path

    def __call__(self, ok: bool, what: str) -> None:
        if not ok:
            raise ValueError(f"{self.path}: {what}")


def _valid_md(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]  # 2000: a leap year


def _check_rules(h: dict, check: _Checker) -> None:
    for row in h["fixed"]:
        check(_valid_md(row["month"], row["day"]), f"bad fixed holiday {row}")
    for row in h["easter"]:
        check(isinstance(row["offset"], int) and abs(row["offset"]) < 60, f"bad easter offset {row}")
    for row in h["nth_weekday"]:
        check(1 <= row["month"] <= 12 and 0 <= row["weekday"] <= 6 and row["n"] in (1, 2, 3, 4, -1), f"bad rule {row}")
    for row in h["by_country"]:
        for md in row["dates"].values():
            check(len(md) == 5 and _valid_md(int(md[:2]), int(md[3:])), f"bad date {md} in {row['names']}")


def _check_holidays(h: dict, check: _Checker) -> None:
    """Every holiday row has names and a valid date rule; lunar tables cover 2000-2030."""
    _check_rules(h, check)
    for row in h["lunar"]:
        years = sorted(int(y) for y in row["dates"])
        check(years == list(range(2000, 2031)), f"lunar table {row['names']} must cover 2000-2030")
        for y, iso in row["dates"].items():
            check(date.fromisoformat(iso).year == int(y), f"{row['names']}: {iso} is not in {y}")
    for kind in ("fixed", "easter", "nth_weekday", "by_country", "lunar"):
        for row in h[kind]:
            check(bool(row["names"]) and all(isinstance(n, str) and n[:1].isupper() for n in row["names"]),
                  f"holiday names must be capitalised strings: {row['names']}")


def _check_words(words: dict, check: _Checker) -> None:
    """Lower-case word lists; month names 1-12; decades 1920..1990."""
    for key in WORD_LISTS:
        check(isinstance(words.get(key), list) and all(isinstance(w, str) and w == w.lower() for w in words[key]),
              f"words.{key} must be a list of lower-case words")
    check(len(words["weekdays"]) == 7, "words.weekdays must name the seven days, Monday first")
    check(set(words["months"].values()) == set(range(1, 13)), "words.months must map names to 1-12")
    check(all(v % 10 == 0 and 1900 < v < 2000 for v in words["word_decades"].values()),
          "words.word_decades must map words to decades 1910-1990")


def load_lexicon(path: Path = LEXICON_PATH) -> dict:
    """pipeline/data/dates.json, checked: ordinals 1-31 in order, season first months,
    holidays, word lists."""
    check = _Checker(path)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in REQUIRED:
        check(key in data, f"missing key {key!r}")
    check(list(data["ordinals"].values()) == list(range(1, 32)), "ordinals must be first..thirty-first")
    check(all(1 <= m <= 12 for m in data["seasons"].values()), "season first months are 1-12")
    check(set(data["seasons"].values()) <= {3, 6, 9, 12}, "seasons are meteorological (first month 3/6/9/12)")
    _check_holidays(data["holidays"], check)
    _check_words(data["words"], check)
    return data


LEX = load_lexicon()
_WORDS = LEX["words"]

MONTHS: dict[str, int] = _WORDS["months"]
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july")]
WEEKDAYS = {name: i for i, name in enumerate(_WORDS["weekdays"])}
NUMBERS = NUMBER_WORDS
ORDINALS = dict(LEX["ordinals"], final=4)  # 'the final quarter'
SEASONS = LEX["seasons"]  # first month
WORD_DECADES: dict[str, int] = _WORDS["word_decades"]
# Words that make a preceding 4-digit number a count or a measure, not a year.
UNIT_WORDS = set(_WORDS["unit_words"])
DETERMINERS = set(_WORDS["determiners"])
NOT_PLURAL = set(_WORDS["not_plural"])
YEAR_CUES_STRONG = set(_WORDS["year_cues_strong"])
YEAR_CUES_WEAK = set(_WORDS["year_cues_weak"])
MONTH_CUES = set(_WORDS["month_cues"])
SEASON_CUES = MONTH_CUES | set(_WORDS["season_cues"])
HOLIDAY_CUES = MONTH_CUES | set(_WORDS["holiday_cues"])
# 'that' is a complementizer, and a capitalised month a name ('said that May would resign'),
# after these words or before these.
SAY_WORDS = set(_WORDS["say_words"])
HEADLINE_VERBS = tuple(_WORDS["headline_verbs"])  # "Leaders to Meet Wednesday": a headline's plan (lower case)
SUBJECT_NEXT = set(_WORDS["subject_next"])
# after a future cue, a past participle not after these words puts the date back in the past
PARTICIPLE_NOT = set(_WORDS["participle_not"])
FUTURE_VOCAB = set(_WORDS["future_vocab"])  # words in -ed that are not past participles
NUMBERING_NOUNS = set(_WORDS["numbering_nouns"])  # "Resolution 1808", "Flight 2020": a number, no year
ORDINAL_NOUNS = set(_WORDS["ordinal_nouns"])  # "the 30th anniversary": an ordinal counting these is no day


def _alt(names: Iterable[str]) -> str:
    """Title-case and upper-case alternatives, longest first: 'may' the verb never matches."""
    return "|".join(f"{name.capitalize()}|{name.upper()}" for name in sorted(set(names), key=len, reverse=True))


# ---------------------------------------------------------------- regex building blocks
SPACE = r"[^\S\r\n]+"  # spaces, never a line break: a date does not run across lines
SPACE_OPT = r"[^\S\r\n]*"
MONTH_ALT = _alt(MONTHS)
MONTH_FULL_ALT = _alt(_FULL_MONTHS)
WEEKDAY_ALT = _alt(WEEKDAYS)
NUM_ALT = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
CENTURY_ALT = "|".join(sorted((w for w in ORDINALS if w != "final"), key=len, reverse=True))


def month_group(g: str) -> str:
    """A month name; a dot after it only when it is an abbreviation ('Feb. 27', not the full
    stop of '21-22 March.')."""
    return rf"(?P<{g}>{MONTH_ALT})(?![A-Za-z])(?:(?i:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|(?<=sept))\.)?"


def day_group(g: str) -> str:
    return rf"(?P<{g}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"


def year_group(g: str) -> str:
    return rf"(?P<{g}>1[0-9]{{3}}|20[0-9]{{2}}|21[0-9]{{2}})(?![0-9])"


FROM_BETWEEN = rf"(?:(?P<fb>[Ff]rom|[Bb]etween|FROM|BETWEEN){SPACE})?"
RANGE_SEP = rf"(?P<sep>{SPACE_OPT}[-–—‒~〜]{SPACE_OPT}|{SPACE}(?i:to|through|thru|until|till|and){SPACE})"
WEEKDAY_OPT = rf"(?:(?P<wd>{WEEKDAY_ALT}),?{SPACE})?"
RELYEAR = (rf"(?P<ry>(?i:that|the{SPACE}same|the{SPACE}following|the{SPACE}next|the{SPACE}previous|"
            rf"the{SPACE}preceding|last|this|next){SPACE}(?i:year))")
YEAR_OR_REL = rf"(?:{year_group('y')}|{RELYEAR})"
THE_OPT = rf"(?:(?i:the){SPACE})?"
