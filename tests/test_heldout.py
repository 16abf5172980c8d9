"""Blind held-out evaluation: 8 documents written for this test (tests/data/heldout/raw) with hand
gold (tests/data/heldout/gold.json, conventions at its top), built through the whole pipeline and
scored table by table.

Standalone report on an existing build:
    python tests/test_heldout.py /tmp/heldout_out
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "data" / "heldout"
RAW = HELDOUT / "raw"
GOLD = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))["documents"]

THRESHOLDS = {"dates_value_accuracy": 0.85, "people_f1": 0.85, "places_f1": 0.85, "events_recall_mpl": 0.8}
MPL = {"meeting", "protest", "launch"}


# ---------------------------------------------------------------------------- loading
def read_tables(out: Path) -> dict[str, list[dict]]:
    tables = {}
    for name in ("documents", "dates", "people", "places", "events", "errors"):
        path = out / "json" / f"{name}.jsonl"
        tables[name] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tables


def rows_of(tables, table, doc_id, version):
    return [r for r in tables[table] if r["doc_id"] == doc_id and r["version"] == version]


# ---------------------------------------------------------------------------- matching
def norm_name(s: str | None) -> str:
    return re.sub(r"[\s\-‐–]+", " ", (s or "")).strip().lower()


def person_ok(out_name: str, gold: dict) -> bool:
    if norm_name(out_name) not in {norm_name(n) for n in [gold["name"], *gold["also"]]}:
        return False
    # an all-caps word ('HAYASHI Yoshimasa') is not the canonical form
    return not any(len(w) > 1 and w.isupper() and w not in gold["name"] for w in out_name.split())


def place_name_ok(out_name: str, gold: dict) -> bool:
    return norm_name(out_name) in {norm_name(n) for n in [gold["name"], *gold["also"]]}


def place_ok(out: dict, gold: dict) -> bool:
    return place_name_ok(out["name"], gold) and out["country_iso3"] in gold["iso3"]


def overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def prf(tp_p, n_out, tp_r, n_gold):
    p = tp_p / n_out if n_out else 1.0
    r = tp_r / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match_entities(out_rows, gold_rows, ok):
    """One-to-one greedy match. Returns (pairs, unmatched output, unmatched required gold)."""
    used, pairs = set(), []
    for o in out_rows:
        for i, g in enumerate(gold_rows):
            if i not in used and ok(o, g):
                used.add(i)
                pairs.append((o, g))
                break
    matched_out = {id(o) for o, _ in pairs}
    fp = [o for o in out_rows if id(o) not in matched_out]
    fn = [g for i, g in enumerate(gold_rows) if i not in used and not g.get("optional")]
    return pairs, fp, fn


def event_ok(o: dict, g: dict) -> bool:
    if o["event_type"] != g["type"] or o["date_start"] != g["date_start"] or o["date_end"] != g["date_end"]:
        return False
    if g["place"] is None:
        return True
    names = {norm_name(p) for p in g["place"] if p is not None}
    if o["place_name"] is None:
        return None in g["place"]
    return norm_name(o["place_name"]) in names


def score_doc(tables, doc_id: str) -> dict:
    g = GOLD[doc_id]
    v = g["version"]
    res: dict = {"doc_id": doc_id}

    # dates
    out_dates = rows_of(tables, "dates", doc_id, v)
    gold_dates = g["dates"]
    req = [d for d in gold_dates if not d.get("optional")]
    right, errs = 0, []
    for d in req:
        cands = [o for o in out_dates if overlaps(o["start_char"], o["end_char"], d["start"], d["end"])]
        hit = [o for o in cands if (o["value_start"], o["value_end"], o["precision"]) ==
               (d["value_start"], d["value_end"], d["precision"])]
        if hit:
            right += 1
        else:
            keys = ("text", "value_start", "value_end", "precision", "mod", "approximate", "resolution")
            errs.append({"gold": d, "out": [{k: o[k] for k in keys} for o in cands]})
    spurious = [o for o in out_dates
                if not any(overlaps(o["start_char"], o["end_char"], d["start"], d["end"]) for d in gold_dates)]
    res["dates"] = {"gold": len(req), "right": right, "accuracy": right / len(req) if req else 1.0,
                    "n_out": len(out_dates), "spurious": [o["text"] for o in spurious], "errors": errs}

    # people
    out_people = rows_of(tables, "people", doc_id, v)
    pairs, fp, fn = match_entities(out_people, g["people"], lambda o, gg: person_ok(o["name"], gg))
    n_req = sum(1 for p in g["people"] if not p.get("optional"))
    tp_r = sum(1 for _, gg in pairs if not gg.get("optional"))
    p, r, f = prf(len(pairs), len(out_people), tp_r, n_req)
    res["people"] = {"p": p, "r": r, "f1": f, "tp": len(pairs), "n_out": len(out_people), "n_gold": n_req,
                     "fp": [o["name"] for o in fp], "fn": [gg["name"] for gg in fn]}

    # places
    out_places = rows_of(tables, "places", doc_id, v)
    pairs, fp, fn = match_entities(out_places, g["places"], place_ok)
    n_req = sum(1 for pl in g["places"] if not pl.get("optional"))
    tp_r = sum(1 for _, gg in pairs if not gg.get("optional"))
    p, r, f = prf(len(pairs), len(out_places), tp_r, n_req)
    wrong_iso = [(o["name"], o["country_iso3"], gg["iso3"]) for o in fp for gg in fn if place_name_ok(o["name"], gg)]
    res["places"] = {"p": p, "r": r, "f1": f, "tp": len(pairs), "n_out": len(out_places), "n_gold": n_req,
                     "fp": [(o["name"], o["country_iso3"], o["kind"]) for o in fp],
                     "fn": [(gg["name"], gg["iso3"]) for gg in fn], "wrong_iso3": wrong_iso}

    # events
    out_events = rows_of(tables, "events", doc_id, v)
    # required gold first so an output event is spent on a required one when it could match either
    gold_ev = sorted(g["events"], key=lambda e: not e["required"])
    used, matched_out = set(), set()
    for i, ge in enumerate(gold_ev):
        for j, o in enumerate(out_events):
            if j not in matched_out and event_ok(o, ge):
                used.add(i)
                matched_out.add(j)
                break
    req_ev = [(i, e) for i, e in enumerate(gold_ev) if e["required"]]
    mpl = [(i, e) for i, e in req_ev if e["category"] in MPL]
    res["events"] = {
        "gold": len(req_ev), "recall_hits": sum(1 for i, _ in req_ev if i in used),
        "mpl_gold": len(mpl), "mpl_hits": sum(1 for i, _ in mpl if i in used),
        "n_out": len(out_events), "out_matched": len(matched_out),
        "missed": [e for i, e in req_ev if i not in used],
        "unmatched_out": [{k: o[k] for k in ("event_type", "date_start", "date_end", "place_name", "trigger", "summary")}
                          for j, o in enumerate(out_events) if j not in matched_out],
    }
    return res


def score_all(tables) -> dict:
    docs = [score_doc(tables, d) for d in GOLD]
    tot = lambda sect, key: sum(d[sect][key] for d in docs)
    dates_acc = tot("dates", "right") / tot("dates", "gold")
    overall = {
        "dates_value_accuracy": dates_acc,
        "dates_spurious": sum(len(d["dates"]["spurious"]) for d in docs),
        "dates_n_out": tot("dates", "n_out"),
    }
    for sect in ("people", "places"):
        p, r, f = prf(tot(sect, "tp"), tot(sect, "n_out"),
                      sum(round(d[sect]["r"] * d[sect]["n_gold"]) for d in docs), tot(sect, "n_gold"))
        overall.update({f"{sect}_p": p, f"{sect}_r": r, f"{sect}_f1": f})
    overall["events_recall"] = tot("events", "recall_hits") / tot("events", "gold")
    overall["events_recall_mpl"] = tot("events", "mpl_hits") / tot("events", "mpl_gold")
    overall["events_precision"] = (tot("events", "out_matched") / tot("events", "n_out")) if tot("events", "n_out") else 1.0
    return {"overall": overall, "docs": docs}


def report(scores) -> str:
    lines = []
    o = scores["overall"]
    lines.append("doc                          dates      people P/R/F    places P/R/F    ev R   ev MPL  ev P")
    for d in scores["docs"]:
        e = d["events"]
        lines.append(
            f"{d['doc_id']:28} {d['dates']['right']:2}/{d['dates']['gold']:<2} sp{len(d['dates']['spurious'])}  "
            f"{d['people']['p']:.2f}/{d['people']['r']:.2f}/{d['people']['f1']:.2f}  "
            f"{d['places']['p']:.2f}/{d['places']['r']:.2f}/{d['places']['f1']:.2f}  "
            f"{e['recall_hits']}/{e['gold']}   {e['mpl_hits']}/{e['mpl_gold']}    {e['out_matched']}/{e['n_out']}")
    lines.append("overall: " + json.dumps({k: round(v, 3) for k, v in o.items()}))
    for d in scores["docs"]:
        lines.append(f"\n== {d['doc_id']}")
        for err in d["dates"]["errors"]:
            gd = err["gold"]
            lines.append(f"  DATE {gd['text']!r}: want {gd['value_start']}..{gd['value_end']} {gd['precision']}; "
                         f"got {err['out']}")
        if d["dates"]["spurious"]:
            lines.append(f"  DATE spurious: {d['dates']['spurious']}")
        lines.append(f"  PEOPLE fp={d['people']['fp']} fn={d['people']['fn']}")
        lines.append(f"  PLACES fp={d['places']['fp']} fn={d['places']['fn']}")
        for m in d["events"]["missed"]:
            lines.append(f"  EVENT missed {m['type']} {m['date_start']}..{m['date_end']} {m['place']}: {m['evidence']}")
        for u in d["events"]["unmatched_out"]:
            lines.append(f"  EVENT extra {u}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- pytest
@pytest.fixture(scope="module")
def scores(nlp, tmp_path_factory):
    """Build the held-out raw folder and score it. jobs=1 runs the build in this process, where
    load_nlp's cache already holds the session's model (the nlp fixture): it is loaded once."""
    from pipeline.build import build
    from pipeline.config import Settings

    out = tmp_path_factory.mktemp("heldout_out")
    build(RAW, out, Settings(jobs=1, executor="local"))
    tables = read_tables(out)
    assert not tables["errors"], tables["errors"]
    assert {(r["doc_id"], r["version"]) for r in tables["documents"]} == {(d, g["version"]) for d, g in GOLD.items()}
    s = score_all(tables)
    print(report(s))
    return s


def test_gold_offsets():
    for doc_id, g in GOLD.items():
        text = (RAW / doc_id / f"{g['version']}.txt").read_text(encoding="utf-8")
        for d in g["dates"]:
            assert text[d["start"]:d["end"]] == d["text"], (doc_id, d)


def test_dates_value_accuracy(scores):
    assert scores["overall"]["dates_value_accuracy"] >= THRESHOLDS["dates_value_accuracy"], report(scores)


def test_people_f1(scores):
    assert scores["overall"]["people_f1"] >= THRESHOLDS["people_f1"], report(scores)


def test_places_f1(scores):
    assert scores["overall"]["places_f1"] >= THRESHOLDS["places_f1"], report(scores)


def test_events_recall_meetings_protests_launches(scores):
    assert scores["overall"]["events_recall_mpl"] >= THRESHOLDS["events_recall_mpl"], report(scores)


if __name__ == "__main__":
    print(report(score_all(read_tables(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout_out")))))
