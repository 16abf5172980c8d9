"""pipeline/office_holders.py and data/office_holders.json: the loader's checks and holders().

The expected values are worked out by hand from the terms (not read back from the file):
Fumio Kishida was Foreign Minister 2012-12-26 to 2017-08-03 and Prime Minister 2021-10-04 to
2024-10-01; Lech (President) and Jarosław (Prime Minister) Kaczyński overlapped 2006-07-14 to
2007-11-16; Serzh (President) and Tigran (Prime Minister) Sargsyan 2008-04-09 to 2014-04-13.
"""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from pipeline import office_holders as oh

HOS, HOG, FM = "head_of_state", "head_of_government", "foreign_minister"


def _found(query, on, office=None, country=None):
    return sorted((e["name"], e["country_iso3"], e["office"]) for e in oh.holders(query, on, office=office, country=country))


# ----------------------------------------------------------------------------- holders()
@pytest.mark.parametrize("query,on,office,country,expected", [
    # a bare surname, only inside the term
    ("Kishida", "2023-05-01", None, None, [("Fumio Kishida", "JPN", HOG)]),
    ("Kishida", "2012-01-01", None, None, []),                      # FM only from Dec 2012
    ("Kishida", "2012-01-01", HOG, None, []),
    ("Kishida", "2015-06-01", None, None, [("Fumio Kishida", "JPN", FM)]),
    ("Kishida", "2019-01-01", None, None, []),                      # between his two offices
    ("Abe", "2015-06-01", HOG, None, [("Shinzo Abe", "JPN", HOG)]),
    ("Abe", "2010-06-01", HOG, None, []),                           # between Abe's two terms
    ("Blinken", "2022-06-15", FM, None, [("Antony Blinken", "USA", FM)]),
    ("Blinken", "2025-06-15", FM, None, []),
    ("Rubio", "2025-06-15", FM, "USA", [("Marco Rubio", "USA", FM)]),
    # two holders with one surname on the same day: both
    ("Kaczyński", "2007-01-01", None, None,
     [("Jarosław Kaczyński", "POL", HOG), ("Lech Kaczyński", "POL", HOS)]),
    ("Kaczynski", "2007-01-01", None, None,                         # without diacritics
     [("Jarosław Kaczyński", "POL", HOG), ("Lech Kaczyński", "POL", HOS)]),
    ("Kaczyński", "2009-01-01", None, None, [("Lech Kaczyński", "POL", HOS)]),
    ("Sargsyan", "2010-01-01", None, "ARM",
     [("Serzh Sargsyan", "ARM", HOS), ("Tigran Sargsyan", "ARM", HOG)]),
    # the handover day belongs to both terms (both ends inclusive)
    ("Kishida", "2024-10-01", HOG, None, [("Fumio Kishida", "JPN", HOG)]),
    ("Ishiba", "2024-10-01", HOG, None, [("Shigeru Ishiba", "JPN", HOG)]),
    ("Kishida", "2024-10-02", HOG, None, []),
    # full names, variants, case, hyphens
    ("Fumio Kishida", "2023-05-01", None, None, [("Fumio Kishida", "JPN", HOG)]),
    ("KISHIDA Fumio", "2023-05-01", None, None, [("Fumio Kishida", "JPN", HOG)]),
    ("Fumio", "2023-05-01", None, None, []),                        # a given name alone is no name
    ("Ri Son Gwon", "2021-01-01", None, None, [("Ri Son-gwon", "PRK", FM)]),
    ("RI SON-GWON", "2021-01-01", None, None, [("Ri Son-gwon", "PRK", FM)]),
    ("Ri", "2021-01-01", FM, "PRK", [("Ri Son-gwon", "PRK", FM)]),
    ("Ri", "2015-01-01", FM, "PRK", [("Ri Su-yong", "PRK", FM)]),
    ("Kim Jong-un", "2019-06-30", None, None, [("Kim Jong Un", "PRK", HOS)]),
    ("Kim", "2019-06-30", None, "KOR", []),                          # Moon, Lee Nak-yon, Kang
    ("Kim", "2021-06-01", HOG, "KOR", [("Kim Boo-kyum", "KOR", HOG)]),
    # surname-first names: the family name is the first word
    ("Wang", "2023-01-15", FM, "CHN", []),                           # Qin Gang's months
    ("Wang", "2023-08-01", FM, "CHN", [("Wang Yi", "CHN", FM)]),
    ("Li", "2020-01-01", HOG, "CHN", [("Li Keqiang", "CHN", HOG)]),
    ("To", "2024-06-01", None, "VNM", [("To Lam", "VNM", HOS)]),      # President, not yet party chief
    ("Tô Lâm", "2025-01-01", None, None, [("To Lam", "VNM", HOS)]),  # General Secretary
    # one person holding both head roles: one entry per office
    ("Trump", "2022-01-01", None, None, []),
    ("Trump", "2025-06-01", None, None, [("Donald Trump", "USA", HOG), ("Donald Trump", "USA", HOS)]),
    ("Lula", "2005-01-01", HOS, None, [("Luiz Inácio Lula da Silva", "BRA", HOS)]),
    ("Erdogan", "2016-01-01", None, None, [("Recep Tayyip Erdoğan", "TUR", HOS)]),
    ("Erdogan", "2020-01-01", None, None,
     [("Recep Tayyip Erdoğan", "TUR", HOG), ("Recep Tayyip Erdoğan", "TUR", HOS)]),
    # terms that began before 2000
    ("Putin", "1999-09-01", None, None, [("Vladimir Putin", "RUS", HOG)]),
    ("Lavrov", "2026-12-01", None, None, [("Sergey Lavrov", "RUS", FM)]),
    ("Sergei Lavrov", "2026-12-01", FM, "RUS", [("Sergey Lavrov", "RUS", FM)]),
    ("Blinken", "2022-06-15", FM, "GBR", []),                        # the country filter
    ("Tanabe", "2022-06-15", None, None, []),                        # not in the file
    ("", "2022-06-15", None, None, []),
])
def test_holders(query, on, office, country, expected):
    assert _found(query, on, office, country) == expected


def test_holders_takes_date_objects_and_rejects_unknown_offices():
    assert _found("Kishida", dt.date(2023, 5, 1)) == [("Fumio Kishida", "JPN", HOG)]
    assert _found("Kishida", dt.datetime(2023, 5, 1, 12, 0)) == [("Fumio Kishida", "JPN", HOG)]
    with pytest.raises(ValueError, match="prime_minister"):
        oh.holders("Kishida", "2023-05-01", office="prime_minister")


def test_holders_on_given_entries_is_pure():
    entries = [_entry(name="Ann Example", surname="Example", start="2001-01-01", end="2002-01-01")]
    assert oh.holders("example", "2001-06-01", entries=entries) == entries
    assert oh.holders("Example", "2002-01-02", entries=entries) == []


# ----------------------------------------------------------------------------- the file
def test_the_file_loads_and_validates():
    entries = oh.load()
    assert len(entries) > 900
    countries = {e["country_iso3"] for e in entries}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
           "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    others = {"PRK", "VNM", "MNG", "KAZ", "PHL", "NGA", "POL", "UKR", "KEN", "ETH", "ARM", "AZE", "COL",
              "VEN", "EGY", "ISR", "IRN", "PAK", "GHA", "CUB", "NZL", "SGP", "MYS", "THA", "ESP", "NLD"}
    assert g20 | others <= countries
    # every country has all three offices, and each office someone in it on 2020-01-01
    for iso3 in g20 | others:
        for office in oh.OFFICES:
            assert [e for e in entries if e["country_iso3"] == iso3 and e["office"] == office
                    and oh.in_term(e, "2020-01-01")], (iso3, office)


def test_date_notes_only_on_approximate_entries():
    for e in oh.load():
        if "date_note" in e:
            assert e["date_note"].strip()
        assert e["source"] == "general knowledge" or e["source"].startswith(("https://", "http://"))


# ----------------------------------------------------------------------------- validation
def _entry(**kw):
    base = {"name": "Ann Example", "variants": [], "surname": "Example", "country_iso3": "JPN",
            "office": FM, "title": "Foreign Minister", "start": "2001-01-01", "end": None,
            "source": "general knowledge"}
    base.update(kw)
    return base


@pytest.mark.parametrize("change,message", [
    ({"country_iso3": "XXX"}, "country_iso3 'XXX'"),
    ({"country_iso3": "jpn"}, "country_iso3 'jpn'"),
    ({"office": "prime_minister"}, "office 'prime_minister'"),
    ({"start": "2003-01-01", "end": "2002-01-01"}, "end 2002-01-01 is before start"),
    ({"start": "2003-02-30"}, "start '2003-02-30' is not a date"),
    ({"start": None}, "start must be a date"),
    ({"name": " "}, "name must be a non-empty string"),
    ({"surname": ""}, "surname must be a non-empty string"),
    ({"variants": "Ann"}, "variants must be a list"),
    ({"colour": "red"}, "unknown key(s) colour"),
])
def test_a_bad_entry_raises_an_error_naming_it(change, message):
    bad = _entry(**change)
    with pytest.raises(oh.OfficeHoldersError) as err:
        oh.validate({"entries": [_entry(name="Bob Other", surname="Other", end="2000-12-31",
                                        start="1999-01-01"), bad]})
    assert message in str(err.value)
    assert "entry #1" in str(err.value)


def test_a_missing_key_is_named():
    bad = _entry()
    del bad["source"]
    with pytest.raises(oh.OfficeHoldersError, match=r"entry #0 Ann Example \(JPN foreign_minister\): missing key\(s\) source"):
        oh.validate([bad])


def test_overlapping_terms_of_one_office_are_rejected_but_a_handover_day_is_not():
    first = _entry(name="Ann Example", start="2001-01-01", end="2003-01-01")
    handover = _entry(name="Bob Other", surname="Other", start="2003-01-01", end=None)
    assert oh.validate([first, handover])
    overlap = _entry(name="Bob Other", surname="Other", start="2002-12-31", end=None)
    with pytest.raises(oh.OfficeHoldersError, match=r"Bob Other \(JPN foreign_minister\).*overlaps.*Ann Example"):
        oh.validate([first, overlap])
    # an open term overlaps everything after it
    with pytest.raises(oh.OfficeHoldersError, match="overlaps"):
        oh.validate([_entry(end=None), _entry(name="Bob Other", surname="Other", start="2010-01-01")])
    # other office, other country or another track: no conflict
    assert oh.validate([first, {**overlap, "office": HOG}])
    assert oh.validate([first, {**overlap, "country_iso3": "KOR"}])
    assert oh.validate([first, {**overlap, "track": "acting"}])


def test_the_loader_names_the_bad_entry_of_a_file(tmp_path):
    data = json.loads(oh.OFFICE_HOLDERS_PATH.read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    i = next(i for i, e in enumerate(broken["entries"]) if e["name"] == "Fumio Kishida" and e["office"] == HOG)
    broken["entries"][i]["country_iso3"] = "JPX"
    path = tmp_path / "office_holders.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(oh.OfficeHoldersError, match=rf"entry #{i} Fumio Kishida \(JPX head_of_government\)"):
        oh.load(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(oh.OfficeHoldersError, match="not valid JSON"):
        oh.load(path)
