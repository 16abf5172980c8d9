"""The regression guard behind tests/test_eval_guard.py: score the dev documents recorded in
eval/scores.json and list the areas whose micro F1 fell more than TOLERANCE below the record."""
from __future__ import annotations

from pathlib import Path

from eval.corpus import select
from eval.evaluate import read_tables, score_docs
from eval.metrics import AREAS, summarise
from eval.score import stage_raw

TOLERANCE = 0.02


def current_f1(corpus: Path, docs: list[str], work: Path) -> dict:
    """Micro F1 per area of a fresh in-process build (jobs=1: reuses a model this process loaded)."""
    from pipeline.build import build
    from pipeline.config import Settings

    golds = select(corpus, "dev", docs)
    build(stage_raw(corpus, golds, work / "raw"), work / "out", Settings(jobs=1, executor="local"))
    micro = summarise(score_docs(golds, read_tables(work / "out")))["micro"]
    return {a: micro[a]["f1"] for a in AREAS}


def drops(recorded: dict, now: dict, tolerance: float = TOLERANCE) -> dict:
    """{area: (recorded, now)} for every area more than tolerance below its record."""
    return {a: (recorded[a], now.get(a)) for a in AREAS
            if recorded.get(a) is not None and (now.get(a) or 0.0) < recorded[a] - tolerance}


def recorded_docs(corpus: Path, record: dict) -> list[str]:
    """The recorded documents still in the dev split."""
    dev = {g["doc_id"] for g in select(corpus, "dev")}
    return [d for d in record["docs"] if d in dev]
