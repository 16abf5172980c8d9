"""processed/eval/errors.md: per document, the gold rows missed and the output rows counted as
wrong, each missed row beside the output rows nearest to it."""
from __future__ import annotations

from eval.matching import coord_limit, fold, iso_ok, km, names, out_countries, overlaps
from eval.metrics import AREAS, prf


def _value(r: dict, lo: str, hi: str, prec: str) -> str:
    if r.get(lo) is None:
        return "no date"
    span = r[lo] if r[lo] == r.get(hi) else f"{r[lo]}..{r.get(hi)}"
    return f"{span} {r.get(prec)}"


def _coords(r: dict) -> str:
    return "" if r.get("latitude") is None else f" {r['latitude']:.2f},{r['longitude']:.2f}"


def show(area: str, r: dict, gold: bool) -> str:
    """One row as text: what it says and its values."""
    if area == "dates":
        start, end = (r["start"], r["end"]) if gold else (r["start_char"], r["end_char"])
        mod = f" mod {r['mod']}" if r.get("mod") else ""
        return f"{r['text']!r} [{start}:{end}] {_value(r, 'value_start', 'value_end', 'precision')}{mod}"
    if area == "people":
        also = f" (also {', '.join(r['also'])})" if gold and r.get("also") else ""
        return f"{r['name']}{also} {r.get('country_iso3') or ''}".rstrip()
    if area == "places":
        iso = r.get("iso3") if gold else "+".join(out_countries(r)) or None
        return f"{r['name']} {iso} {r.get('kind')}{_coords(r)}"
    words = r.get("evidence") if gold else r.get("summary") or r.get("trigger")
    return (f"{r['event_type']} {_value(r, 'date_start', 'date_end', 'date_precision')} "
            f"{sorted(r.get('actors_iso3') or [])}: {words!r}")


def near(area: str, o: dict, g: dict) -> bool:
    """Is output row o worth showing beside the missed gold row g?"""
    if area == "dates":
        return overlaps(o["start_char"], o["end_char"], g["start"], g["end"])
    if area == "people":
        return bool(set(fold(o["name"]).split()) & {w for n in names(g) for w in n.split()})
    if area == "places":
        return fold(o["name"]) in names(g)
    return (o.get("date_start"), o.get("date_end")) == (g.get("date_start"), g.get("date_end")) or \
        set(o.get("actors_iso3") or []) == set(g.get("actors_iso3") or [])


def _why_not(o: dict, g: dict) -> str:
    """Why an output place with the gold's name did not match it."""
    if not iso_ok(o, g):
        return " (ISO3 differs)"
    limit = coord_limit(g)
    if limit is None or g.get("latitude") is None:
        return ""
    if o.get("latitude") is None:
        return " (no coordinates)"
    return f" ({km(o['latitude'], o['longitude'], g['latitude'], g['longitude']):,.0f} km; limit {limit:.0f})"


def area_lines(area: str, res, outs: list[dict]) -> list[str]:
    lines = []
    for g in res.missed:
        close = [o for o in outs if near(area, o, g)]
        spurious = {id(o) for o in res.spurious}
        beside = "; ".join(show(area, o, False) + (_why_not(o, g) if area == "places" else "")
                           + ("" if id(o) in spurious else " [matched elsewhere]") for o in close)
        lines.append(f"- missed: {show(area, g, True)}  \n  output: {beside or 'none'}")
    lines += [f"- spurious: {show(area, o, False)}" for o in res.spurious]
    if area == "events":
        lines += [f"- wrong type: gold {show(area, g, True)}  \n  output {show(area, o, False)}"
                  for o, g in res.pairs if o["event_type"] != g["event_type"]]
    return lines


def errors_markdown(docs: list[dict], tables: dict[str, list[dict]], title: str) -> str:
    out = [f"# {title}", "", "Per document: required gold rows not found (with the output rows nearest to "
           "them) and output rows counted as false positives. Offsets are [start:end] in the text.", ""]
    for d in docs:
        out += [f"## {d['doc_id']} ({d['kind']})", ""]
        for area in AREAS:
            res = d["areas"][area]
            f = prf(**res.counts)
            outs = [r for r in tables.get(area, []) if r["doc_id"] == d["doc_id"] and r["version"] == d["version"]]
            lines = area_lines(area, res, outs)
            fig = "n/a" if f["f1"] is None else f"{f['f1']:.2f}"
            out += [f"### {area}: F1 {fig} ({res.counts['tp']} right, {len(res.missed)} missed, "
                    f"{len(res.spurious)} spurious)", ""] + (lines or ["- no errors"]) + [""]
    return "\n".join(out)
