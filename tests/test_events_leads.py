"""A release's lead that tells a visit in the present: tables of cases written by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

DAY = date(2023, 11, 20)
META = {"source_url": "https://www.gov.uk/government/news/x"}

LEAD_VISIT_CASES = [
    # (headline, lead, rows (type, status, actors, date_start)): a named person's visit told in the
    # present by the lead's main verb is going on the day of writing, one row per country visited
    ("Minister visits Balkans",
     "UK Minister for Europe, Leo Docherty visits Serbia and Kosovo to underline support for dialogue.",
     [("CONSULT", "ongoing", ["GBR", "SRB"], DAY), ("CONSULT", "ongoing", ["GBR", "XKX"], DAY)]),
    ("Foreign Secretary in Kenya", "Foreign Secretary James Cleverly visits Kenya to deepen trade ties.",
     [("CONSULT", "ongoing", ["GBR", "KEN"], DAY)]),
    ("Prime Minister in Washington", "Prime Minister Rishi Sunak travels to Washington to meet business leaders.",
     [("CONSULT", "ongoing", ["GBR", "USA"], DAY)]),
    ("Minister for Africa in Nigeria",
     "Minister for Africa Andrew Mitchell arrives in Abuja to discuss humanitarian aid.",
     [("CONSULT", "ongoing", ["GBR", "NGA"], DAY)]),
    ("Minister in Armenia", "Minister for Europe Leo Docherty visits Armenia to discuss reform.",
     [("CONSULT", "ongoing", ["ARM", "GBR"], DAY)]),
    # what a country or a group does, in the present, is no visit of the day
    ("Poland and the US", "Poland hosts a U.S. aviation detachment at Lask Air Base.", []),
    ("Exchanges", "Each year approximately 80 Mongolians travel to the United States for exchange programs.", []),
]


@pytest.mark.parametrize("headline,lead,expected", LEAD_VISIT_CASES)
def test_a_visit_told_in_the_present_by_the_lead(nlp, headline, lead, expected):
    _, rows = _pipeline(nlp, f"{headline}\n{lead}\n", published=DAY, meta=META)
    got = sorted((r["event_type"], r["status"], r["actors_iso3"], r["date_start"]) for r in rows)
    assert got == expected
