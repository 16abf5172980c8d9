"""Check gold files against the format of eval/CONVENTIONS.md.

    python eval/validate.py                 # every eval/corpus/gold/*.json
    python eval/validate.py FILE...         # only these

Prints one line per problem, `path: problem`, and exits 1 if there is any.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the repository, not eval/ (no shadowing)

import pycountry

from eval.corpus import ROOT, SPLIT_RE, gold_files

SCHEMAS = ROOT / "schemas"
TOP_KEYS = ("doc_id", "version", "split", "annotated", "source", "dates", "people", "places", "events")
SOURCE_KEYS = ("title", "url", "publisher", "licence", "published", "retrieved", "kind", "countries")
LICENCES = (
    "Public domain (work of the U.S. federal government, 17 U.S.C. 105)",
    "Open Government Licence v3.0",
    "Government of Japan Standard Terms of Use (compatible with CC BY 4.0); source: Ministry of Foreign Affairs of Japan",
    "CC BY 4.0",
)
KINDS = ("chronology", "news")
PLACE_KINDS = ("country", "city", "region", "sea", "facility", "other")
STATUSES = ("occurred", "planned", "ongoing")
EXTRA_ISO3 = {"XKX"}  # Kosovo: user-assigned code, used by GeoNames and the pipeline


def _enum(table: str, column: str) -> list:
    schema = json.loads((SCHEMAS / f"{table}.schema.json").read_text(encoding="utf-8"))
    return schema["properties"][column]["enum"]


PRECISIONS = [p for p in _enum("dates", "precision") if p]
MODS = _enum("dates", "mod")
EVENT_TYPES = _enum("events", "event_type")


def is_iso3(code) -> bool:
    return isinstance(code, str) and (code in EXTRA_ISO3 or pycountry.countries.get(alpha_3=code) is not None)


def is_date(value) -> bool:
    try:
        date.fromisoformat(value)
        return isinstance(value, str) and len(value) == 10
    except (TypeError, ValueError):
        return False


def check_span(text: str, row: dict, key: str, where: str) -> list[str]:
    """row[key] must be text[start:end]."""
    start, end, want = row.get("start"), row.get("end"), row.get(key)
    if not (isinstance(start, int) and isinstance(end, int)) or not isinstance(want, str):
        return [f"{where}: needs integer start/end and a string {key!r}"]
    if text is None:
        return []
    got = text[start:end]
    if got == want:
        return []
    hint = ""
    found = text.find(want)
    if found >= 0:
        hint = f" ({key} first occurs at {found}:{found + len(want)})"
    return [f"{where}: text[{start}:{end}] is {got!r}, not {want!r}{hint}"]


def check_interval(row: dict, lo: str, hi: str, where: str, nullable: bool = False) -> list[str]:
    a, b = row.get(lo), row.get(hi)
    if nullable and a is None and b is None:
        return []
    bad = [f"{where}: {k} {row.get(k)!r} is not a date YYYY-MM-DD" for k in (lo, hi) if not is_date(row.get(k))]
    if not bad and a > b:
        bad.append(f"{where}: {lo} {a} is after {hi} {b}")
    return bad


def check_codes(codes, where: str, what: str) -> list[str]:
    if not isinstance(codes, list):
        return [f"{where}: {what} must be a list of ISO 3166-1 alpha-3 codes"]
    return [f"{where}: {what} has {c!r}, not an ISO 3166-1 alpha-3 code" for c in codes if not is_iso3(c)]


def label(area: str, i: int, row: dict, key: str) -> str:
    name = row.get(key) if isinstance(row, dict) else None
    return f"{area}[{i}]" + (f" {str(name)[:40]!r}" if name else "")


def check_date(text: str | None, row: dict, where: str) -> list[str]:
    problems = check_span(text, row, "text", where)
    if row.get("optional") is True and row.get("value_start") is None:
        return problems  # event-relative offsets: no value needed
    problems += check_interval(row, "value_start", "value_end", where)
    if row.get("precision") not in PRECISIONS:
        problems.append(f"{where}: precision {row.get('precision')!r} not one of {', '.join(PRECISIONS)}")
    if row.get("mod") not in MODS:
        problems.append(f"{where}: mod {row.get('mod')!r} not one of {MODS}")
    if not isinstance(row.get("approximate", False), bool):
        problems.append(f"{where}: approximate must be true or false")
    return problems


def check_person(row: dict, where: str) -> list[str]:
    problems = []
    if not isinstance(row.get("name"), str) or not row["name"].strip():
        problems.append(f"{where}: needs a name")
    if not all(isinstance(a, str) for a in row.get("also", [])) or not isinstance(row.get("also", []), list):
        problems.append(f"{where}: also must be a list of names")
    if row.get("country_iso3") is not None and not is_iso3(row["country_iso3"]):
        problems.append(f"{where}: country_iso3 {row['country_iso3']!r} is not an ISO 3166-1 alpha-3 code")
    return problems


def check_place(row: dict, where: str) -> list[str]:
    problems = check_person({**row, "country_iso3": None}, where) + check_codes(row.get("iso3"), where, "iso3")
    if row.get("kind") not in PLACE_KINDS:
        problems.append(f"{where}: kind {row.get('kind')!r} not one of {', '.join(PLACE_KINDS)}")
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None and lon is None:
        if row.get("kind") in ("city", "facility", "region"):
            problems.append(f"{where}: a {row['kind']} needs latitude and longitude (they are scored)")
    elif not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(f"{where}: latitude/longitude {lat!r}, {lon!r} are not decimal degrees")
    return problems


def check_event(text: str | None, row: dict, where: str) -> list[str]:
    problems = check_span(text, row, "evidence", where)
    if row.get("event_type") not in EVENT_TYPES:
        problems.append(f"{where}: event_type {row.get('event_type')!r} is not one of the 16 PLOVER types")
    problems += check_interval(row, "date_start", "date_end", where, nullable=True)
    if row.get("date_precision") not in PRECISIONS + ([None] if row.get("date_start") is None else []):
        problems.append(f"{where}: date_precision {row.get('date_precision')!r} not one of {', '.join(PRECISIONS)}")
    actors = row.get("actors_iso3")
    problems += check_codes(actors, where, "actors_iso3")
    for key in ("source_iso3", "target_iso3"):
        extra = set(row.get(key) or []) - set(actors or [])
        if not isinstance(row.get(key, []), list) or extra:
            problems.append(f"{where}: {key} must be a list within actors_iso3 (extra: {sorted(extra)})")
    if "status" in row and row["status"] not in STATUSES:
        problems.append(f"{where}: status {row['status']!r} not one of {', '.join(STATUSES)}")
    if not isinstance(row.get("required"), bool):
        problems.append(f"{where}: required must be true or false")
    return problems


def check_rows(gold: dict, text: str | None) -> list[str]:
    checks = {"dates": (lambda r, w: check_date(text, r, w), "text"), "people": (check_person, "name"),
              "places": (check_place, "name"), "events": (lambda r, w: check_event(text, r, w), "evidence")}
    problems = []
    for area, (check, key) in checks.items():
        rows = gold.get(area)
        if not isinstance(rows, list):
            continue  # reported as a missing key
        for i, row in enumerate(rows):
            where = label(area, i, row, key)
            problems += check(row, where) if isinstance(row, dict) else [f"{where}: must be an object"]
    return problems


def check_top(gold: dict, path: Path) -> list[str]:
    problems = [f"missing key {k!r}" for k in TOP_KEYS if k not in gold]
    if gold.get("doc_id") != path.stem:
        problems.append(f"doc_id {gold.get('doc_id')!r} differs from the file name {path.stem!r}")
    if not SPLIT_RE.match(str(gold.get("split"))):
        problems.append(f"split {gold.get('split')!r} is not 'dev' or 'blind-N'")
    if not is_date(gold.get("version")):
        problems.append(f"version {gold.get('version')!r} is not a date YYYY-MM-DD")
    return problems


def check_source(src: dict) -> list[str]:
    if not isinstance(src, dict):
        return []
    problems = [f"source: missing {k!r}" for k in SOURCE_KEYS if k not in src]
    problems += [f"source: {k} is empty" for k in ("title", "url", "publisher", "licence", "retrieved")
                 if k in src and not src[k]]
    if src.get("licence") and src["licence"] not in LICENCES:
        problems.append(f"source: licence {src['licence']!r} is not one of the strings in CONVENTIONS.md")
    if src.get("url") and not str(src["url"]).startswith(("https://", "http://")):
        problems.append(f"source: url {src['url']!r} is not a web address")
    for k in ("retrieved", "published"):
        if src.get(k) is not None and not is_date(src[k]):
            problems.append(f"source: {k} {src[k]!r} is not a date YYYY-MM-DD")
    if "kind" in src and src["kind"] not in KINDS:
        problems.append(f"source: kind {src['kind']!r} not one of {', '.join(KINDS)}")
    problems += ["source: " + p for p in check_codes(src.get("countries", []), "countries", "the list")]
    if not isinstance(src.get("removed", []), list) or not isinstance(src.get("truncated", False), bool):
        problems.append("source: removed must be a list and truncated true or false")
    return problems


def check_files(gold: dict, path: Path) -> tuple[list[str], str | None]:
    """The .txt and .meta.json beside the gold; returns (problems, text or None)."""
    folder = path.parent.parent / "raw" / str(gold.get("doc_id"))
    txt, meta_path = folder / f"{gold.get('version')}.txt", folder / f"{gold.get('version')}.meta.json"
    if not txt.is_file():
        return [f"no text file {txt}"], None
    text = txt.read_text(encoding="utf-8")
    problems = [f"{txt} has CR line ends: save it with LF only"] if b"\r" in txt.read_bytes() else []
    if not meta_path.is_file():
        return problems + [f"no sidecar {meta_path}"], text
    meta, src = json.loads(meta_path.read_text(encoding="utf-8")), gold.get("source") or {}
    pairs = (("published", "published"), ("retrieved", "retrieved"), ("title", "title"), ("source_url", "url"))
    for mk, sk in pairs:
        if sk in src and meta.get(mk) != src.get(sk):
            problems.append(f"{meta_path.name}: {mk} {meta.get(mk)!r} differs from source.{sk} {src.get(sk)!r}")
    if gold.get("version") != (src.get("published") or src.get("retrieved")):
        problems.append(f"version {gold.get('version')!r} should be the published date, else the retrieved date")
    return problems, text


def validate(path: Path) -> list[str]:
    """Every problem of one gold file, as 'path: problem' lines."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path}: cannot read as JSON: {exc}"]
    if not isinstance(gold, dict):
        return [f"{path}: must be a JSON object"]
    problems = check_top(gold, Path(path)) + check_source(gold.get("source"))
    file_problems, text = check_files(gold, Path(path))
    problems += file_problems + check_rows(gold, text)
    return [f"{path}: {p}" for p in problems]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="gold files (default: eval/corpus/gold/*.json)")
    args = ap.parse_args(argv)
    files = args.files or gold_files()
    problems = [p for f in files for p in validate(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} gold file(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
