"""PLOVER semantics the rules rely on: the 16 event types, the row's columns and statuses, and
the sets of types that behave alike (kept in code: they are the ontology's meaning, not
vocabulary a user extends).

- ``COOPERATIVE`` / ``HOSTILE``: "met Kim and agreed ..." carries the partner over to the
  agreement; "condemned the launch and agreed ..." does not (the condemned is no party).
- ``ATTITUDES``: stances taken on something; the sides of a relation their object names are
  their targets ("welcomes the breakthrough in relations between X and Y").
- ``DYADIC_TYPES``: types that take two sides by their nature: the frame's other country named
  anywhere in the sentence is the other side; for other acts only in the act's own clause.
- ``ONE_SIDED_TYPES``: acts of one side by their nature (launches, drills): no partner from the
  frame, even where the clause names a country ("a missile that fell within Japan's EEZ").
- ``DIRECTED_TYPES``: acts that need another party by their nature (an agreement with, support
  for, a sanction on or a demand of someone): with fewer than
  ``thresholds.directed_min_countries`` countries the other side is missing and no row is made
  ("Mr. Abe promised to honor ...", "President Bush hailed the trade deal").
"""
from __future__ import annotations

from ..schema import columns, json_schema

# one definition of each, in schemas/events.schema.json: the 16 types and the row's columns
PLOVER_TYPES = tuple(json_schema("events")["properties"]["event_type"]["enum"])
COLUMNS = tuple(c for c in columns("events") if c not in ("doc_id", "version"))
STATUSES = ("occurred", "planned", "ongoing")

ATTITUDES = frozenset({"SUPPORT", "ACCUSE", "PROTEST", "REJECT"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
                     "REQUEST"})
DYADIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
ONE_SIDED_TYPES = frozenset({"MOBILIZE"})
DIRECTED_TYPES = frozenset({"AGREE", "SUPPORT", "SANCTION", "REQUEST"})
# acts between two states by their nature (an embassy opened or closed, ties established or
# broken, credentials presented: lexicon word classes; a ceasefire: a mode): the other side comes from the document's
# frame when the text leaves it unnamed ("Pakistan announced a unilateral ceasefire")
BILATERAL_CLASSES = frozenset({"embassy", "ties", "founded", "credential"})
BILATERAL_MODES = frozenset({"ceasefire"})
# acts of confrontation: in news, one side named and the story about two countries, the other
# is the story's other country ("Colombian officials apologized for the incident")
CONFRONTATION_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "CONCEDE", "REJECT", "THREATEN", "PROTEST"})
ATTACK_TYPES = frozenset({"ASSAULT", "COERCE"})  # force used inside another country targets it
# a protest in the street (PLOVER's modes): its people are those of the country it is held in
STREET_PROTEST_MODES = frozenset({"demo", "riot", "strike-gen", "strike-lim", "strike-hun"})
# acts done to someone: the of-phrase of such a noun a verb makes happen names who suffers it
# ("ordered the expulsion of Bolivia's ambassador", "launched an invasion of Ukraine")
PATIENT_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE"})
GIVING_TYPES = frozenset({"AID"})  # a gift's receiver left unnamed on a relationship page is the other country
MISSION_CLASSES = frozenset({"embassy", "founded"})  # classes whose rows may be about a mission, not ties

# statements told apart by what they say: "urges the release of those detained" and "urges the
# military to restore democracy" on one day are two demands (merge rule 'different content')
CONTENT_TYPES = frozenset({"REQUEST"})
