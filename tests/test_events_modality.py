"""Whether an act happened, and who did it, when an infinitive tells it: tables of cases written
by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

IMPLICATIVE_CASES = [
    # (text, rows as (type, actors, source, date_start)): the infinitive of a past verb that says
    # it was done ("led X to", "managed to", "prompted X to") happened, its doer the verb's object
    # when it has one
    ("The Soviet-Finnish war led the United States to sever diplomatic relations with Finland in June 1944.",
     [("SANCTION", ["FIN", "USA"], ["USA"], date(1944, 6, 1))]),
    ("The crisis forced Japan to close its embassy in Ukraine on February 14, 2022.",
     [("SANCTION", ["JPN", "UKR"], ["JPN"], date(2022, 2, 14))]),
    ("Pakistan managed to sign a trade agreement with China on May 2, 2006.",
     [("AGREE", ["CHN", "PAK"], ["PAK"], date(2006, 5, 2))]),
    ("The attack prompted Egypt to recall its ambassador from Israel on November 21, 2012.",
     [("SANCTION", ["EGY", "ISR"], ["EGY"], date(2012, 11, 21))]),
    ("Ecuador voted to expel the Venezuelan ambassador on March 5, 2008.",
     [("SANCTION", ["ECU", "VEN"], ["ECU"], date(2008, 3, 5))]),
]


@pytest.mark.parametrize("text,expected", IMPLICATIVE_CASES)
def test_an_infinitive_a_past_verb_says_was_done_happened(nlp, text, expected):
    _, rows = _pipeline(nlp, text, published=date(2023, 1, 1))
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"], r["date_start"]) for r in rows] == expected


def test_a_requests_infinitive_did_not_happen(nlp):
    """"urged Russia to withdraw": a request, no withdrawal."""
    _, rows = _pipeline(nlp, "The United States urged Russia to withdraw its troops from Georgia on August 12, 2008.",
                        published=date(2023, 1, 1))
    assert [(r["event_type"], r["actors_iso3"], r["source_iso3"]) for r in rows] == [("REQUEST", ["RUS", "USA"], ["USA"])]
