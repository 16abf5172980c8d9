"""Score output tables (the pipeline's or the baseline's) against gold documents."""
from __future__ import annotations

import json
from pathlib import Path

from eval.corpus import kind
from eval.matching import SCORERS
from eval.metrics import AREAS


def read_tables(out: Path) -> dict[str, list[dict]]:
    """The JSON Lines tables of a build: {area: rows}; a missing table has no rows."""
    tables = {}
    for name in AREAS:
        path = Path(out) / "json" / f"{name}.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        tables[name] = [json.loads(line) for line in lines if line.strip()]
    return tables


def columns(rows: list[dict]) -> set[str]:
    return {k for r in rows for k in r}


def score_docs(golds: list[dict], tables: dict[str, list[dict]]) -> list[dict]:
    """One result per gold document: {"doc_id", "kind", "areas": {area: AreaResult}}."""
    by_doc: dict[tuple, dict[str, list]] = {}
    for area, rows in tables.items():
        for r in rows:
            by_doc.setdefault((r["doc_id"], r["version"]), {}).setdefault(area, []).append(r)
    results = []
    for g in golds:
        outs = by_doc.get((g["doc_id"], g["version"]), {})
        areas = {a: SCORERS[a](outs.get(a, []), g.get(a) or [], columns(tables.get(a, []))) for a in AREAS}
        results.append({"doc_id": g["doc_id"], "version": g["version"], "kind": kind(g), "areas": areas})
    return results
