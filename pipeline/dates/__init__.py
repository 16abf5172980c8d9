"""Stage 3, dates: find temporal expressions and normalise each to the calendar days it covers.

The finder is a table of compiled regular expressions over the raw text (no tokens, no model);
each row has a pure value function that turns its match into a ``Value``. Candidates from all
rows are kept longest-first and non-overlapping; a modifier just before a kept span
(``around``, ``before``, ``early``, ``the end of`` ...) is then taken into it. ``extract_dates``
resolves the candidates in text order; ``normalise_expression`` gives one string's value.

Conventions (``extract_dates`` documents the reference rules):

* Spans leave out prepositions (``in``, ``on``, ``since``, ``during``...) but keep what changes
  the value: ``the`` of ``the 1970's``/``the following year``, ``from``/``between`` of a
  range, modifiers. ``before 2014`` keeps the value 2014 and says ``mod="before"``.
* ``early``/``the beginning of`` = first third (``mod="start"``), ``mid``/``the middle of`` =
  second, ``late``/``the end of`` = last: months 1-4/5-8/9-12 of a year (any interval of whole
  months is cut by thirds of its months), days 1-10/11-20/21-end of a month, years 0-3/4-6/7-9
  of a decade, 0-32/33-65/66-99 of a century. Days and weeks are not narrowed.
* Seasons are meteorological, northern hemisphere: spring = Mar-May, summer = Jun-Aug,
  autumn = Sep-Nov, winter YYYY = Dec YYYY-1 .. Feb YYYY. Centuries: "the 20th century" =
  1900-1999; "the 1900s" = that century, "the 2000s" = 2000-2009. Weeks run Monday-Sunday.
* A two-digit decade (``the '90s``) is 19x0 for 20-90 and 20x0 for 00 and 10.
* Open-ended periods keep the named period as the value and say the open side in ``mod``:
  ``since 2013``, ``from 2013 onward``, ``2013~``, ``after 2013`` = 2013, ``mod="after"``;
  ``since then``, ``since that time``: the governing date, at its precision, ``mod="after"`` (the
  schema's ``after`` stands for "on or after": the named period is included); ``until 2016``,
  ``by the end of the year``, ``before 2016`` = ``mod="before"``. The word is in the span.
* Two found expressions joined by a range word after ``from``/``between`` (or two weekdays)
  are one range at the finer precision: ``from 2003 through October 2008`` (month), ``from
  last Tuesday to Thursday`` (the second weekday is the first such day on/after the first).
* The n-th week of a month is days 7n-6..7n (``the last week`` = its last seven days),
  precision week; halves of a month are days 1-15 / 16-end, precision month, mod start/end.
* Holidays come from ``pipeline/data/dates.json`` (fixed days, Easter-based, n-th weekday,
  per-country, lunar tables 2000-2030), read as year-less days.

The package, one module per job (each imports only those before it):
``model`` (DateMention, Value, the resolution context), ``lexicon`` (``pipeline/data/dates.json``
and the word lists and regex pieces made from it), ``days`` (calendar intervals), ``modifiers``
(early/mid/late, around, before...), ``context`` (the rules that resolve a year-less or relative
date from context or the published date), ``accept`` (when an ambiguous match is a date),
``values`` and ``holidays`` (one value function per pattern), ``patterns`` (the table),
``scan`` (where each row runs: only where it can match), ``find`` (candidates, ranges, caller's
spans) and ``extract`` (the document-level rules and :func:`extract_dates`).
"""
from __future__ import annotations

from .extract import extract_dates
from .find import normalise_expression
from .model import PRECISIONS, DateMention, Value

__all__ = ["PRECISIONS", "DateMention", "Value", "extract_dates", "normalise_expression"]
