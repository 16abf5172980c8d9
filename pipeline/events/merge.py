"""One row per event per document: mentions of the same happening told more than once.

``find_events`` first pools candidates with the same identity (type, dates, place, countries,
people: the same ``event_id``). This module then joins rows that tell one event with more or
less detail, by one named rule, :func:`same_happening`:

* same PLOVER type;
* both dated, the date intervals overlap (a day inside a month matches that month), and neither
  spans more than a month (``MAX_SPAN_DAYS``): "in 2021" or "since the beginning of 2022" sums up
  many events and takes none of them; except for acts that happen once between two countries
  (``ONCE_ONLY_ACTS``: a recognition, diplomatic relations established), where a page's summary
  "established diplomatic relations in 1935" is the day its section tells ("Diplomatic relations
  were established on May 4, 1935");
* places compatible: the same place, or one of them has none, or two stops of one visit (places
  in the same country);
* countries compatible: the same countries, or, for an event between two countries, one row
  naming only one side (a row that names only the visitor and one that names both); a trip to
  four countries does not absorb its meeting in one of them; a mention that names no country
  and nobody ("The meeting took place Tuesday in The Hague") joins the event it refers to, also
  when the document's frame gave it some of that event's countries;
* people compatible likewise;
* a mention that names no one joins only a news lead's act (``_lead_retold``) or, with a day
  of its own, the named act of that week or month ("the planned February 4 visit" after "will
  host Colombia's President ... in February": ``_day_of_its_month``);
* for demands (``plover.CONTENT_TYPES``), the same content: two dated demands in two sentences
  with no noun or verb of what they ask in common ("urges the release of those detained",
  "urges the military to restore the democratic system") are two events;
* never two directed acts whose doers differ (a tit-for-tat expulsion: ``_opposite_acts``);
  meetings and agreements have no direction;
* never a stay of several days told with its days and a meeting on one of them (a trip to a
  conference "held from August 28 to 30" and the meeting of August 30: ``_meeting_during_a_stay``);
* never two rows from two different numbered items of a chronology (each item is its own
  entry, even in the same month);
* never a mission's opening (or raising, closing), a recognition and ties established (or
  broken): a history page tells "Diplomatic relations were established on January 3, 1849",
  "The American Legation in La Paz opened on January 3, 1849" and "The United States
  recognized Belarus's independence on December 25, 1991" as separate acts.

An undated mention joins a dated one of the same act between the same countries
(``_undated_retelling``), and two undated mentions of one directed act by the same doer to the
same country join (``_undated_twice``); two verbs of one sentence that tell the same act with the same dates
join whatever the interval's length (``_one_sentence``). The joined row keeps the narrowest date
interval, the union of countries and people, the first place named, the most advanced status
(occurred before ongoing before planned), every distinct evidence span in text order (two
mentions in one sentence give one span), and the first span as
``start_char``/``end_char``/``summary``. Its ``event_id`` is computed again from the joined
values, so it stays a function of what the event is. Rows are joined greedily in text order (the
rows of one sentence in the order of their triggers); a
row that two earlier rows could take joins the first one, which keeps the result deterministic;
passes repeat until nothing joins.
"""
from __future__ import annotations

from collections.abc import Callable

from .plover import DYADIC_TYPES

_STATUS_ORDER = ("occurred", "ongoing", "planned")


MAX_SPAN_DAYS = 31  # a wider interval ("since the beginning of 2022", "in 2021") sums up many events
ONCE_ONLY_ACTS = frozenset({"recognition", "relations"})  # happen once between two countries


def _overlap(a: dict, b: dict) -> bool:
    if a["date_start"] is None or b["date_start"] is None:
        return False
    once = a.get("_act") in ONCE_ONLY_ACTS and a.get("_act") == b.get("_act")
    if not once and any((r["date_end"] - r["date_start"]).days >= MAX_SPAN_DAYS for r in (a, b)):
        return False
    return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]


def _same_time(a: dict, b: dict) -> bool:
    """Overlapping dates, and not a stay and a meeting during it."""
    return _overlap(a, b) and not _meeting_during_a_stay(a, b)


def _meeting_during_a_stay(a: dict, b: dict) -> bool:
    """Rule 'a meeting during a stay': a visit of several days told with its days ("is visiting
    Japan to participate in the Conference held from August 28 to 30") and a meeting on one of
    them are two events."""
    days = [(r["date_end"] - r["date_start"]).days for r in (a, b)]
    return a["event_type"] == "CONSULT" and a["date_precision"] == b["date_precision"] == "day" \
        and min(days) == 0 and max(days) > 0


def _nested(a: list, b: list) -> bool:
    sa, sb = set(a), set(b)
    return sa <= sb or sb <= sa


def same_happening(a: dict, b: dict) -> bool:
    """Rule 'one event told twice' (see the module docstring)."""
    if a["event_type"] != b["event_type"] or _opposite_acts(a, b):
        return False
    retold = _retold(a, b)
    if retold is not None:
        return retold
    if _one_sentence(a, b):
        return _compatible_parties(a, b)
    if _different_content(a, b):
        return False
    if not _same_time(a, b):
        return False
    if a["place_id"] and b["place_id"] and a["place_id"] != b["place_id"] and not _same_visit(a, b):
        return False
    if a.get("_item") is not None and b.get("_item") is not None and a["_item"] != b["_item"]:
        return False
    if _apart(a.get("_act")) != _apart(b.get("_act")):
        return False  # "relations were established on January 3" and "the Legation opened" / "recognized"
    return _compatible_parties(a, b)


def _opposite_acts(a: dict, b: dict) -> bool:
    """Rule 'tit for tat': two directed acts whose doers differ ("ordered the expulsion of
    Bolivia's ambassador after Bolivia expelled the U.S. envoy") are two events; two meetings or
    agreements (``plover.DYADIC_TYPES``) have no direction."""
    if a["event_type"] in DYADIC_TYPES or not a["source_iso3"] or not b["source_iso3"]:
        return False
    return not set(a["source_iso3"]) & set(b["source_iso3"])


def _retold(a: dict, b: dict) -> bool | None:
    """True or False when the rules of retellings decide: a mention naming no one joins only a
    lead's act (``_lead_retold``); an undated mention or a lead joins its dated telling. None:
    the other rules decide."""
    if a.get("_orphan") or b.get("_orphan"):
        return _lead_retold(a, b) or _day_of_its_month(a, b)
    return True if _undated_retelling(a, b) or _lead_retold(a, b) or _undated_twice(a, b) else None


def _undated_twice(a: dict, b: dict) -> bool:
    """Rule 'one act told twice without a date': the same directed act (not a meeting or an
    agreement, ``plover.DYADIC_TYPES``) by the same doer to the same country, told twice with
    no date ("after Bolivia expelled the U.S. envoy", "Morales, who expelled Washington's
    envoy"), is one event; never across two chronology items."""
    if a["date_start"] is not None or b["date_start"] is not None or a["status"] != b["status"]:
        return False
    if a.get("_item") is not None or b.get("_item") is not None:
        return False
    return _same_direction(a, b)


def _different_content(a: dict, b: dict) -> bool:
    """Rule 'different content': two demands that ask for different things ("urges the release
    of those detained", "urges the military to restore democracy", both dated, in two sentences)
    are two events; a demand whose content is unknown, or an undated one, joins either, and two
    demands of one sentence are one row (rule 'one act, two verbs')."""
    if a["date_start"] is None or b["date_start"] is None:
        return False  # an undated mention may retell a dated demand in other words
    ca, cb = a.get("_content") or frozenset(), b.get("_content") or frozenset()
    return bool(ca) and bool(cb) and not ca & cb


def _apart(act: str | None) -> str | None:
    """The acts a history page tells apart: a mission, a recognition, and ties (relations
    established, credentials presented, agreements: ``None``)."""
    return None if act == "relations" else act


def _one_sentence(a: dict, b: dict) -> bool:
    """Rule 'one act, two verbs': the same type told twice in one sentence with the same dates
    ("Italy invaded and occupied Ethiopia from 1935"), whatever the interval's length, with
    compatible places."""
    if a["date_start"] is None or (a["start_char"], a["end_char"]) != (b["start_char"], b["end_char"]):
        return False
    if (a["date_start"], a["date_end"]) != (b["date_start"], b["date_end"]):
        return False
    return not (a["place_id"] and b["place_id"] and a["place_id"] != b["place_id"])


def _undated_retelling(a: dict, b: dict) -> bool:
    """Rule 'an undated mention of a dated event': the same act between the same countries,
    told once without a date ("The United States and Singapore have signed a free trade
    agreement") and once with one ("... signed the agreement at a ceremony" on the story's
    day), is one event; never across two chronology items."""
    if (a["date_start"] is None) == (b["date_start"] is None) or not a["actors_iso3"] or a["status"] != b["status"]:
        return False  # a plan is never the act it plans
    if a.get("_item") is not None and b.get("_item") is not None and a["_item"] != b["_item"]:
        return False
    return a["actors_iso3"] == b["actors_iso3"] and (_nested(a["people"], b["people"]) or _same_direction(a, b))


def _same_direction(a: dict, b: dict) -> bool:
    """The same directed act (not a meeting or an agreement) by the same doer to the same
    country, whoever each mention names ("Bolivia expelled U.S. Ambassador Philip Goldberg",
    "Morales, who expelled Washington's envoy")."""
    return a["event_type"] not in DYADIC_TYPES and bool(a["source_iso3"]) and bool(a["target_iso3"]) \
        and a["source_iso3"] == b["source_iso3"] and a["target_iso3"] == b["target_iso3"]


RETOLD_DAYS = 7  # how long before a story's day the act its lead tells may have happened


def _lead_retold(a: dict, b: dict) -> bool:
    """Rule 'a lead retold with its date': the same act between the same countries told once
    dated only by the story's day ("Rwanda and Benin have signed nine bilateral cooperation
    agreements") and once with a day of its own in the week before ("The agreements were signed
    on April 15 in Cotonou", naming no party or the same countries) is one event, on that day."""
    if a.get("_story_day") == b.get("_story_day") or a["status"] != b["status"]:
        return False
    story, own = (a, b) if a.get("_story_day") else (b, a)
    if own["date_start"] is None or own["date_start"] != own["date_end"] or not story["actors_iso3"]:
        return False
    same = story["actors_iso3"] == own["actors_iso3"] or own.get("_orphan")  # "The accord was signed on May 2"
    return 0 <= (story["date_start"] - own["date_start"]).days <= RETOLD_DAYS and bool(same) \
        and _nested(a["people"], b["people"])


def _day_of_its_month(a: dict, b: dict) -> bool:
    """Rule 'the day of an event told by its month': a mention naming no one with a day of
    its own ("the planned February 4 visit") inside the wider interval of a named act of the
    same type and status, a week or a month ("will host Colombia's President ... in February"),
    is that act, on that day."""
    orphan, named = (a, b) if a.get("_orphan") else (b, a)
    if named.get("_orphan") or a["status"] != b["status"] or orphan["date_start"] is None \
            or named["date_start"] is None or named.get("_story_day"):
        return False
    if orphan["date_start"] != orphan["date_end"] or named["date_start"] == named["date_end"]:
        return False
    return named["date_start"] <= orphan["date_start"] <= named["date_end"] \
        and (named["date_end"] - named["date_start"]).days < MAX_SPAN_DAYS


def _same_visit(a: dict, b: dict) -> bool:
    """Two stops of one visit: visits to places in the same country ("will visit Tacloban",
    "in Manila, the Secretary will meet")."""
    return a["mode"] == b["mode"] == "visit" and a.get("_place_country") is not None \
        and a.get("_place_country") == b.get("_place_country")


def _compatible_parties(a: dict, b: dict) -> bool:
    """People nested; countries the same, or one side of a two-country event; a mention that
    names nobody joins any."""
    if not _nested(a["people"], b["people"]):
        return False
    if not (a["actors_iso3"] or a["people"]) or not (b["actors_iso3"] or b["people"]):
        return True  # "The meeting took place Tuesday": an anaphor names nobody
    actors_a, actors_b = set(a["actors_iso3"]), set(b["actors_iso3"])
    if a.get("_anaphoric") or b.get("_anaphoric"):  # "The meeting took place Tuesday" (the frame's two)
        return _nested(a["actors_iso3"], b["actors_iso3"])
    return actors_a == actors_b or _nested(a["actors_iso3"], b["actors_iso3"]) and len(actors_a | actors_b) <= 2


def join(a: dict, b: dict) -> dict:
    """a with b's details added: a is the earlier mention in the text."""
    row = dict(a)
    _join_dates(row, a, b)
    row["status"] = min(a["status"], b["status"], key=_STATUS_ORDER.index)
    placed = a if a["place_id"] else b
    row["place_id"], row["place_name"] = placed["place_id"], placed["place_name"]
    row["_place_country"] = placed.get("_place_country")
    row["actors_iso3"] = sorted(set(a["actors_iso3"]) | set(b["actors_iso3"]))
    row["source_iso3"] = sorted(set(a["source_iso3"]) | set(b["source_iso3"]))
    row["target_iso3"] = sorted((set(a["target_iso3"]) | set(b["target_iso3"])) - set(row["source_iso3"]))
    row["people"] = sorted(set(a["people"]) | set(b["people"]))
    row["mode"] = a["mode"] or b["mode"]
    triggers = a["trigger"].split("; ")
    row["trigger"] = "; ".join(triggers + [t for t in b["trigger"].split("; ") if t not in triggers])
    row["evidence"] = [list(span) for span in sorted({tuple(x) for x in a["evidence"] + b["evidence"]})]
    _join_flags(row, a, b)
    return row


def _join_dates(row: dict, a: dict, b: dict) -> None:
    """The narrowest date of the two, a day of its own before the story's day."""
    dated = [r for r in (a, b) if r["date_start"] is not None]
    dated = [r for r in dated if not r.get("_story_day")] or dated
    narrow = min(dated, key=lambda r: (r["date_end"] - r["date_start"], r["start_char"])) if dated else a
    row["date_start"], row["date_end"] = narrow["date_start"], narrow["date_end"]
    row["date_precision"] = narrow["date_precision"]


def _join_flags(row: dict, a: dict, b: dict) -> None:
    if row.get("_item") is None:
        row["_item"] = b.get("_item")
    row["_anaphoric"] = bool(a.get("_anaphoric") and b.get("_anaphoric"))
    row["_act"] = a.get("_act") if a.get("_act") == b.get("_act") else None
    row["_content"] = (a.get("_content") or frozenset()) | (b.get("_content") or frozenset())
    row["_story_day"] = bool(a.get("_story_day") and b.get("_story_day"))
    row["_orphan"] = bool(a.get("_orphan") and b.get("_orphan"))


def _merge_pass(rows: list[dict]) -> list[dict]:
    kept: list[dict] = []
    for row in rows:
        for i, other in enumerate(kept):
            if same_happening(other, row):
                kept[i] = join(other, row)
                break
        else:
            kept.append(row)
    return kept


def merge_mentions(rows: list[dict], event_id: Callable[[dict], str]) -> list[dict]:
    """Rows in text order, each event once (see the module docstring); ids recomputed. Passes
    repeat until nothing joins: a joined row's narrower date can join a row the first pass
    left ("established diplomatic relations in 1935", joined to "on May 4, 1935", then takes
    "when X presented his credentials" of that day)."""
    kept = sorted(rows, key=lambda r: r["start_char"])  # stable: a sentence's rows in trigger order
    while True:
        merged = _merge_pass(kept)
        if len(merged) == len(kept):
            break
        kept = merged
    for row in kept:
        row["event_id"] = event_id(row)
    return kept
