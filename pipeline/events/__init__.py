"""Stage 3, events: who did what to whom, when and where, coded to PLOVER's 16 event types.

Two sources of events, both driven by the trigger lexicon in ``data/event_triggers.json``
(``lexicon``): **chronology items** (``- (3) March 30-31, 2014: Japan-North Korea
Consultations (in Beijing)``, see ``chronology``) and **prose**: every trigger verb or trigger
noun made to happen whose clause counts (``clauses``, ``modality``), its arguments read from
the dependency parse.

The rules apply in this order (``rows.find_events``):

1. **The document** (``context``): its units, blocks, sentences and mentions indexed; whether
   it is a news story, its datelines, its day and its agency (``news``); people's countries
   (``persons``); each date attached to the token it modifies (``attachment.attach_dates``); the
   frame's two countries (``frame``).
2. **Candidates** (``candidates``): subjects indexed for anaphora (``anaphora``); chronology
   items read; then, in text order, each clause's trigger words checked against the lexicon
   (``matching``), its status decided (``status`` with the grammar of ``modality``: occurred,
   ongoing, planned, or no event),
   its parties (``roles`` for the clause, ``actors`` for each noun phrase; a bare title's
   office: ``offices``), dates (``dating``) and place (``placing``) read.
3. **The other side** (``partners``): office holders at the event's date, the venue's host,
   the frame's other country; section partners of chronology entries (``chronology``).
4. **Rows** (``rows``): candidates without a party dropped, plans without a date of their own
   dropped, CONSULT modes and roles set, one row per identity (``event_id``), then one row per
   event told several times (``merge``).

Syntax helpers shared by the rules are in ``syntax``; the records passed around in
``records``; PLOVER's types and the type sets the rules use in ``plover``. Each module's
docstring states the rules it implements; ``pipeline/data/README.md`` documents the lexicon.
"""
from __future__ import annotations

from .lexicon import (
    LEXICON_PATH,
    Grammar,
    Lexicon,
    LexiconError,
    Thresholds,
    Trigger,
    classify,
    load_lexicon,
)
from .plover import COLUMNS, PLOVER_TYPES, STATUSES
from .rows import event_id, find_events, mode_and_roles

__all__ = ["COLUMNS", "LEXICON_PATH", "PLOVER_TYPES", "STATUSES", "Grammar", "Lexicon", "LexiconError", "Thresholds",
           "Trigger", "classify", "event_id", "find_events", "load_lexicon", "mode_and_roles"]
