"""Precision, recall and F1 from matched counts: micro (counts pooled over documents) and macro
(mean of the per-document figures), overall and per document kind."""
from __future__ import annotations

from statistics import mean

AREAS = ("dates", "people", "places", "events")
SHARES = (("people", "country_iso3"), ("events", "event_type"), ("events", "status"),
          ("events", "actors_complete"))


def prf(tp: int, n_out: int, n_gold: int) -> dict:
    """P = tp/n_out, R = tp/n_gold, F1 = 2tp/(n_out+n_gold); None where the denominator is 0."""
    return {"p": tp / n_out if n_out else None, "r": tp / n_gold if n_gold else None,
            "f1": 2 * tp / (n_out + n_gold) if n_out + n_gold else None,
            "tp": tp, "n_out": n_out, "n_gold": n_gold}


def micro(docs: list[dict], area: str) -> dict:
    counts = [d["areas"][area].counts for d in docs]
    return prf(*(sum(c[k] for c in counts) for k in ("tp", "n_out", "n_gold")))


def macro(docs: list[dict], area: str) -> dict:
    """Mean over the documents where the figure is defined (P needs output rows, R gold rows)."""
    per_doc = [prf(**d["areas"][area].counts) for d in docs]
    out = {}
    for k in ("p", "r", "f1"):
        values = [x[k] for x in per_doc if x[k] is not None]
        out[k] = mean(values) if values else None
    return out


def pooled_share(docs: list[dict], area: str, name: str) -> dict | None:
    """Share of matched rows with the right value; None (n/a) when the output lacks the column."""
    parts = [d["areas"][area].extra.get(name) for d in docs]
    if not parts or any(p is None for p in parts):
        return None
    right, n = sum(p[0] for p in parts), sum(p[1] for p in parts)
    return {"share": right / n if n else None, "right": right, "n": n}


def events_by_type(docs: list[dict]) -> dict:
    """Events P and R per PLOVER type: recall over the gold rows of the type (matched or
    missed), precision over the output rows of the type (matched or spurious)."""
    counts: dict[str, dict[str, int]] = {}

    def add(etype, key):
        counts.setdefault(etype, {"tp_gold": 0, "n_gold": 0, "tp_out": 0, "n_out": 0})[key] += 1

    for d in docs:
        res = d["areas"]["events"]
        for o, g in res.pairs:
            for key in ("tp_gold", "n_gold"):
                add(g["event_type"], key)
            for key in ("tp_out", "n_out"):
                add(o["event_type"], key)
        for g in res.missed:
            add(g["event_type"], "n_gold")
        for o in res.spurious:
            add(o["event_type"], "n_out")
    return {t: {"p": c["tp_out"] / c["n_out"] if c["n_out"] else None,
                "r": c["tp_gold"] / c["n_gold"] if c["n_gold"] else None,
                "n_gold": c["n_gold"], "n_out": c["n_out"]} for t, c in sorted(counts.items())}


def summarise(docs: list[dict]) -> dict:
    """docs: [{"doc_id", "kind", "areas": {area: AreaResult}}] -> figures (JSON-ready)."""
    return {
        "n_docs": len(docs),
        "micro": {a: micro(docs, a) for a in AREAS},
        "macro": {a: macro(docs, a) for a in AREAS},
        "shares": {f"{a}.{n}": pooled_share(docs, a, n) for a, n in SHARES},
        "events_by_type": events_by_type(docs),
    }


def summarise_by_kind(docs: list[dict]) -> dict:
    result = summarise(docs)
    kinds = sorted({d["kind"] for d in docs})
    result["by_kind"] = {k: summarise([d for d in docs if d["kind"] == k]) for k in kinds}
    return result
