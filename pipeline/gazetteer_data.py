"""Checks of ``data/places.json`` when the gazetteer reads it: a wrong entry stops the load
with a message naming it, rather than giving wrong places silently."""
from __future__ import annotations

import re

from .gazetteer_compass import check_compass

_ISO3 = re.compile(r"[A-Z]{3}")


def _is_coordinate(lat, lon) -> bool:
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
    return numbers and -90 <= lat <= 90 and -180 <= lon <= 180


def _check_place(entry: dict, kinds: tuple[str, ...]) -> None:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"places.json: a place without a name: {entry!r}")
    if entry.get("kind") not in kinds:
        raise ValueError(f"places.json: unknown kind {entry.get('kind')!r} for {name!r}")
    iso3 = entry.get("country_iso3")
    if iso3 is not None and not (isinstance(iso3, str) and _ISO3.fullmatch(iso3)):
        raise ValueError(f"places.json: country_iso3 {iso3!r} of {name!r} is not an ISO 3166 alpha-3 code")
    _check_shared(entry, name)
    if not _is_coordinate(entry.get("lat"), entry.get("lon")):
        raise ValueError(f"places.json: {name!r} needs lat in [-90, 90] and lon in [-180, 180]")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ValueError(f"places.json: aliases of {name!r} must be a list of names")


def _check_shared(entry: dict, name: str) -> None:
    """``countries_iso3``: two or more ISO3 codes of a place shared by several countries, whose
    ``country_iso3`` is then null."""
    if "countries_iso3" not in entry:
        return
    codes = entry["countries_iso3"]
    ok = isinstance(codes, list) and len(codes) >= 2 and all(isinstance(c, str) and _ISO3.fullmatch(c) for c in codes)
    if not ok or len(set(codes)) != len(codes):
        raise ValueError(f"places.json: countries_iso3 of {name!r} must list two or more distinct ISO3 codes")
    if entry.get("country_iso3") is not None:
        raise ValueError(f"places.json: {name!r} is shared (countries_iso3), so its country_iso3 must be null")


def _check_us_states(conf: dict) -> None:
    for code, centre in conf.get("centres", {}).items():
        ok = re.fullmatch(r"[A-Z]{2}", code) and isinstance(centre, list) and len(centre) == 2
        if not ok or not _is_coordinate(*centre):
            raise ValueError(f"places.json: us_states.centres[{code!r}] must be [lat, lon]")


def _check_word_lists(nested: dict) -> None:
    for key, words in nested.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"places.json: nested_names.{key} must be a list of non-empty strings")


def _check_geonames(conf: dict) -> None:
    for key in ("min_city_population", "context_min_city_population", "mislabelled_city_min_population"):
        value = conf.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"places.json: geonames.{key} must be a non-negative integer")


def _check_feature_words(words: dict) -> None:
    """``feature_words``: a word (``bay``) -> the kind of a feature named with it (``sea``)."""
    if not isinstance(words, dict):
        raise ValueError("places.json: feature_words must map words to kinds")
    for word, kind in words.items():
        if not word.strip() or kind not in ("region", "sea", "facility", "other"):
            raise ValueError(f"places.json: feature_words[{word!r}] must be region, sea, facility or other")


def _check_independence(countries: dict) -> None:
    """``independent_since`` (an ISO date) and ``part_of`` (the ISO3 of the state it was part
    of) go together; ``institutions`` and ``groups`` are lists of names."""
    for iso3, extra in countries.items():
        for key in ("institutions", "groups"):
            names = extra.get(key, [])
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise ValueError(f"places.json: countries.{iso3}.{key} must be a list of names")
        if "independent_since" not in extra and "part_of" not in extra:
            continue
        since, part_of = extra.get("independent_since"), extra.get("part_of")
        ok = isinstance(since, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", since) is not None
        if not ok or not (isinstance(part_of, str) and _ISO3.fullmatch(part_of)):
            raise ValueError(f"places.json: countries.{iso3} needs both independent_since (YYYY-MM-DD) and part_of (ISO3)")


def _check_admin1(conf: dict) -> None:
    """``admin1``: ``enabled`` (bool), ``exclude_countries`` (ISO3 codes)."""
    if not isinstance(conf.get("enabled", True), bool):
        raise ValueError("places.json: admin1.enabled must be true or false")
    if not all(isinstance(c, str) and _ISO3.fullmatch(c) for c in conf.get("exclude_countries", [])):
        raise ValueError("places.json: admin1.exclude_countries must list ISO3 codes")


def _check_readings(readings: dict, names: set) -> None:
    for name, by_country in readings.items():
        if not isinstance(by_country, dict) or not by_country or not all(
                _ISO3.fullmatch(iso) and place in names for iso, place in by_country.items()):
            raise ValueError(f"places.json: context_readings.{name} must map ISO3 codes to names of places entries")


def check_places_config(config: dict, kinds: tuple[str, ...]) -> None:
    """Raise ValueError naming the first malformed ``places`` entry, ``geonames`` threshold,
    ``us_states.centres`` row, ``nested_names`` list or ``feature_words`` entry."""
    _check_geonames(config.get("geonames", {}))
    for entry in config.get("places", []):
        _check_place(entry, kinds)
    _check_us_states(config.get("us_states", {}))
    _check_word_lists(config.get("nested_names", {}))
    _check_feature_words(config.get("feature_words", {}))
    _check_independence(config.get("countries", {}))
    _check_admin1(config.get("admin1", {}))
    check_compass(config.get("compass_regions", {}))
    _check_readings(config.get("context_readings", {}), {e.get("name") for e in config.get("places", [])})
    forms = config.get("state_forms", [])
    if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
        raise ValueError("places.json: state_forms must be a list of words")
    adjectives = config.get("region_adjectives", [])
    if not isinstance(adjectives, list) or not all(isinstance(a, str) and a.strip() for a in adjectives):
        raise ValueError("places.json: region_adjectives must be a list of words")
