"""Compass regions: "Eastern Ukraine", "Southern Thailand", "Northern Iraq". A compass word
(``places.json`` ``compass_regions.words``) written before a country's name, the whole being no
place of its own (``North Korea``, ``Northern Ireland`` and ``East Timor`` are), names a region
of that country. Its coordinates are the mean of the share (``compass_regions.share``) of the
country's first-level regions (``admin1.json``) lying furthest in that direction, else the
country's own; its id is ``compass:<iso3>-<slug>``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .place_text import normalize_key

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, Place

# the directions a compass word may name, as (north, east) unit steps; "C" is the centre
DIRECTIONS = {"N": (1, 0), "S": (-1, 0), "E": (0, 1), "W": (0, -1), "NE": (1, 1), "NW": (1, -1),
              "SE": (-1, 1), "SW": (-1, -1), "C": (0, 0)}


def check_compass(conf: dict) -> None:
    """``compass_regions``: ``words`` (lower-case word -> one of ``DIRECTIONS``), ``share`` (0..1]."""
    words = conf.get("words", {})
    if not isinstance(words, dict) or not all(isinstance(w, str) and w == w.lower() and d in DIRECTIONS
                                              for w, d in words.items()):
        raise ValueError(f"places.json: compass_regions.words must map lower-case words to one of {sorted(DIRECTIONS)}")
    share = conf.get("share", 0.2)
    if not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise ValueError("places.json: compass_regions.share must be a number in (0, 1]")


def centre(points: list[tuple[float, float]], direction: str, share: float) -> tuple[float, float] | None:
    """The mean of the ``share`` of ``points`` (lat, lon) furthest in ``direction`` (for "C",
    nearest the mean); None without points."""
    if not points:
        return None
    mlat = sum(p[0] for p in points) / len(points)
    mlon = sum(p[1] for p in points) / len(points)
    dn, de = DIRECTIONS[direction]
    if direction == "C":
        ranked = sorted(points, key=lambda p: (p[0] - mlat) ** 2 + (p[1] - mlon) ** 2)
    else:
        ranked = sorted(points, key=lambda p: dn * (p[0] - mlat) + de * (p[1] - mlon), reverse=True)
    chosen = ranked[: max(1, round(len(points) * share))]
    return (round(sum(p[0] for p in chosen) / len(chosen), 2), round(sum(p[1] for p in chosen) / len(chosen), 2))


def compass_place(gaz: Gazetteer, cand: str) -> Place | None:
    """Rule 'a compass region': the region of ``cand`` ("Eastern Ukraine"), or None."""
    from .gazetteer import Place

    conf = gaz.config.get("compass_regions", {})
    first, _, rest = cand.strip().partition(" ")
    direction = conf.get("words", {}).get(first.lower().replace("-", ""))
    if not direction or not rest or not first[:1].isupper():
        return None
    key = normalize_key(rest)
    pid = gaz.exact.get(key)
    country = gaz.places.get(pid) if pid else None
    if country is None or country.kind != "country":
        return None
    region_id = f"compass:{country.place_id.lower()}-{normalize_key(cand).replace(' ', '-')}"
    if region_id not in gaz.places:
        at = centre(gaz.admin1_points.get(country.place_id, []), direction, conf.get("share", 0.2))
        lat, lon = at if at else (country.latitude, country.longitude)
        gaz.places[region_id] = Place(region_id, " ".join(cand.split()), "region", country.place_id, lat, lon)
    return gaz.places[region_id]
