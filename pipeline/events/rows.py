"""Rows of the events table from the candidates, and their identity.

A candidate becomes a row when it has a party (PLOVER needs a source actor; a meeting with its
own date and place is one anyway) and as many countries as its trigger row's ``min_actors``.
Rule 'a row has a country': after mentions are merged, a row with no country party at all
("an international nuclear conference in The Hague next week", "Insulza warned ...", "Mann
was arrested") is dropped: the table says which countries did what to whom.
A stance dated by an interval longer than a year is a policy held, no row (``_standing_stance``).
Events dated after the document's ``published`` date are plans (``status`` ``planned``); a
plan with neither a date nor an occasion of its own (only the story's day) is an intention and
no row ("will visit Seoul", "looked forward to working together"; not "looked forward to
meeting at the G20 Summit").

CONSULT modes are set from the words (``mode_cues``: phone, video) and from the place and the
parties: meeting in one party's country -> ``visit`` (the guests are sources, the host the
target); in a third country -> ``third-party``; three or more parties -> ``multilateral``. For
other CONSULT events PLOVER codes every party as a source.

``event_id`` hashes (event_type, date_start, date_end, place_id, actors, people); two
candidates with the same identity are the same happening and are pooled (the first evidence
kept, the most advanced status winning); ``merge`` then joins rows that tell one event with
more or less detail.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date

from ..extract import BlockDocs
from ..structure import ParsedDocument
from .candidates import find_candidates
from .context import Context
from .lexicon import Lexicon, load_lexicon
from .merge import merge_mentions
from .news import STORY_DAY_TEXT
from .plover import ATTITUDES, DIRECTED_TYPES, STATUSES
from .records import Candidate


def event_id(event_type: str, date_start: date | None, date_end: date | None, place_id: str | None,
             actors: list[str], people: list[str], act: str | None = None, content: frozenset[str] = frozenset()) -> str:
    """Stable id: a hash of what the event is, never of where it sits in the text (``act``: a
    mission or a recognition, told apart from ties established the same day; ``content``: what a
    demand asks, for ``CONTENT_TYPES``)."""
    parts = [event_type, date_start.isoformat() if date_start else "", date_end.isoformat() if date_end else "",
             place_id or "", ",".join(sorted(actors)), ",".join(sorted(people))]
    key = "\x1f".join(parts + ([act] if act else []) + ([",".join(sorted(content))] if content else []))
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _row_id(r: dict) -> str:
    return event_id(r["event_type"], r["date_start"], r["date_end"], r["place_id"], r["actors_iso3"], r["people"],
                    r.get("_act"), r.get("_content", frozenset()))


# ------------------------------------------------------------------ modes and roles
def _cue_mode(c: Candidate, lex: Lexicon) -> str | None:
    """The first CONSULT mode whose cue words the summary has ("phone", "video")."""
    words = set(re.findall(r"[a-z]+", c.summary.lower()))
    mode = None
    for cue_mode, cues in lex.mode_cues.get("CONSULT", ()):
        if words & cues and mode is None:
            mode = cue_mode
    return mode


def _consult_mode(mode: str | None, actors: set[str], host: str | None) -> str | None:
    """Rule 'CONSULT modes' from the parties and the host (see the module docstring)."""
    if mode is not None:
        return mode
    if len(actors) >= 3:
        return "multilateral"
    if host and host in actors and len(actors) >= 2:
        return "visit"
    if host and actors and host not in actors:
        return "third-party"
    return None


def mode_and_roles(c: Candidate, lex: Lexicon) -> tuple[str | None, set[str], set[str]]:
    """(mode, sources, targets) of a candidate's row."""
    actors = c.parties.actors()
    source = set(c.parties.source)
    target = set(c.parties.target) - source
    if c.type != "CONSULT":
        return c.mode, source, target
    mode = c.mode if c.mode is not None else _cue_mode(c, lex)
    host = getattr(c.place, "country_iso3", None) if c.place is not None else None
    mode = _consult_mode(mode, actors, host)
    if mode != "visit":  # no host and guest: every participant is a source (PLOVER)
        return mode, set(actors), set()
    if host and host in actors and len(actors) >= 2:
        return mode, actors - {host}, {host}
    return mode, source, target


# ------------------------------------------------------------------ candidates to rows
def _has_parties(c: Candidate, lex: Lexicon) -> bool:
    """PLOVER needs a source actor (a meeting with its own date and place is one anyway); a
    meeting or joint work needs two countries, unless it has its own date and place or is a
    visit (its host named, the visitor perhaps not: "I traveled to Riyadh" in a quote); a
    row with ``min_actors`` needs that many countries, a directed act (``plover.DIRECTED_TYPES``)
    ``directed_min_countries`` ("Mr. Abe promised to honor ...", "He agreed": no other party, no
    row), unless the other party is an organisation of no country ("the Security Council imposed
    sanctions on North Korea")."""
    actors = c.parties.actors()
    sited_meeting = c.type == "CONSULT" and c.own_date and c.own_place
    if not actors and not c.parties.people and not sited_meeting:
        return False
    if c.type in ("CONSULT", "COOPERATE") and len(actors) < 2 and not sited_meeting and c.mode != "visit":
        return False  # "Discussing Putin's war in Ukraine, the Prime Minister ...": one side of no meeting
    if c.type in DIRECTED_TYPES and len(actors) < lex.thresholds.directed_min_countries and not c.org_party:
        return False
    return not (c.min_actors and len(actors) < c.min_actors)


def _orphan(c: Candidate, lex: Lexicon) -> bool:
    """Rule 'an act told again with no party': "The accord was signed on May 2 in Lome" names
    no one; it makes a row only by joining the act a news lead told (``merge._lead_retold``),
    else none."""
    return not c.parties.actors() and not c.parties.people and not _has_parties(c, lex)


def _status(c: Candidate, ctx: Context, published) -> str | None:
    """The row's status, or None for a candidate that makes no row (see the module docstring)."""
    if not _has_parties(c, ctx.lex) and not _orphan(c, ctx.lex) or _standing_stance(c, ctx.lex):
        return None
    ds = c.date.value_start if c.date is not None else None
    status = c.status
    if published is not None and ds is not None and ds > published:
        status = "planned"  # dated after the story: a plan, whatever the tense says
    if status == "planned" and not c.occasion and (ds is None or not c.own_date and c.date is ctx.lead_date):
        return None  # a plan with no date or occasion of its own (only the story's day) is an intention
    return status


def _standing_stance(c: Candidate, lex: Lexicon) -> bool:
    """Rule 'a stance held for years is a policy': a stance (``plover.ATTITUDES``: support,
    accusation, protest, refusal) dated by an interval longer than ``thresholds.stance_max_days``
    ("The U.S. Government supported the rebirth of democratic practices in Chile in the late
    1980s and early 1990s") is a policy held, no act."""
    return c.type in ATTITUDES and c.date is not None \
        and (c.date.value_end - c.date.value_start).days > lex.thresholds.stance_max_days


def _new_row(c: Candidate, status: str, mode, source: set[str], target: set[str]) -> dict:
    d = c.date
    actors, people = sorted(c.parties.actors()), sorted(c.parties.people)
    ds = d.value_start if d is not None else None
    de = d.value_end if d is not None else None
    place_id = getattr(c.place, "place_id", None) if c.place is not None else None
    place_name = getattr(c.place, "name", None) if c.place is not None else None
    return {
        "event_id": event_id(c.type, ds, de, place_id, actors, people, c.act, c.content), "event_type": c.type,
        "mode": mode,
        "date_start": ds, "date_end": de, "date_precision": d.precision if d is not None else None,
        "status": status, "place_id": place_id, "place_name": place_name, "actors_iso3": actors,
        "source_iso3": sorted(source), "target_iso3": sorted(target), "people": people,
        "trigger": c.trigger, "summary": c.summary, "start_char": c.start_char, "end_char": c.end_char,
        "evidence": [[c.start_char, c.end_char]], "_item": c.block if c.from_item else None,
        "_place_country": getattr(c.place, "country_iso3", None) if c.place is not None else None,
        "_anaphoric": c.anaphoric, "_act": c.act, "_content": c.content,
        "_story_day": d is not None and d.text == STORY_DAY_TEXT,
    }


def _pool(row: dict, new: dict) -> None:
    """Rule 'the same happening told twice': keep the first evidence, pool the rest; the most
    advanced status wins (a meeting announced and then held has occurred)."""
    row["mode"] = row["mode"] or new["mode"]
    row["status"] = min(row["status"], new["status"], key=STATUSES.index)
    row["source_iso3"] = sorted(set(row["source_iso3"]) | set(new["source_iso3"]))
    row["target_iso3"] = sorted((set(row["target_iso3"]) | set(new["target_iso3"])) - set(row["source_iso3"]))
    triggers = row["trigger"].split("; ")
    if new["trigger"] not in triggers:
        row["trigger"] = "; ".join(triggers + [new["trigger"]])
    span = [new["start_char"], new["end_char"]]
    if span not in row["evidence"]:
        row["evidence"] = sorted(row["evidence"] + [span])


def find_events(doc: ParsedDocument, block_docs: BlockDocs, dates, people, person_mentions,
                places, place_mentions, lexicon: Lexicon | None = None) -> list[dict]:
    """Events of one document as rows of the events table (without doc_id/version), sorted by
    (date_start, start_char, event_id) with undated events last."""
    lex = lexicon or load_lexicon()
    ctx = Context(doc, block_docs, dates, people, person_mentions, places, place_mentions, lex)
    merged: dict[str, dict] = {}
    for c in sorted(find_candidates(ctx), key=lambda c: (not c.from_item, c.order)):
        status = _status(c, ctx, doc.published)
        if status is None:
            continue
        new = _new_row(c, status, *mode_and_roles(c, lex))
        new["_orphan"] = _orphan(c, lex)
        if new["event_id"] in merged:
            _pool(merged[new["event_id"]], new)
        else:
            merged[new["event_id"]] = new
    rows = [r for r in merge_mentions(list(merged.values()), _row_id) if not r["_orphan"] and r["actors_iso3"]]
    for row in rows:
        for key in ("_item", "_place_country", "_anaphoric", "_act", "_content", "_story_day", "_orphan"):
            del row[key]
    rows.sort(key=lambda r: (r["date_start"] is None, r["date_start"] or date.min, r["start_char"], r["event_id"]))
    return rows
