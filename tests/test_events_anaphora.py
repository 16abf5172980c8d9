"""'The two countries': a stated number of parties is never answered with fewer. Cases written
from the class (an envoy's one-country sentence before "the two countries ..." on a page about
two countries); expected rows worked out by hand."""
from __future__ import annotations

from datetime import date

import pytest
from test_events import _pipeline

URL = "https://history.state.gov/countries/x"
TITLE = ("A Guide to the United States' History of Recognition, Diplomatic, and Consular Relations, by Country, "
         "since 1776: Nigeria")

CASES = [
    # (text, the year of the agreement, its countries)
    ("John Smith, a U.S. citizen, was appointed Consul at Lagos on May 1, 1870. "
     "The two countries signed a treaty of commerce in 1871.", 1871, ["NGA", "USA"]),
    ("American Consul John Smith arrived in Lagos on May 1, 1870. "
     "Both countries signed a treaty of commerce in 1871.", 1871, ["NGA", "USA"]),
    ("The United States and Nigeria exchanged notes on May 1, 1960. "
     "The two countries signed a treaty of commerce in 1961.", 1961, ["NGA", "USA"]),
]


@pytest.mark.parametrize("text,year,countries", CASES)
def test_the_two_countries_are_never_one(nlp, text, year, countries):
    _, rows = _pipeline(nlp, text, meta={"source_url": URL}, title=TITLE)
    agreements = [r for r in rows if r["event_type"] == "AGREE" and r["date_start"] == date(year, 1, 1)]
    assert [r["actors_iso3"] for r in agreements] == [countries], rows
