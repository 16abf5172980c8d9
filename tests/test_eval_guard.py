"""Regression guard: the pipeline's micro F1 per area on the dev split of eval/corpus must not drop
more than 0.02 below the figures recorded in eval/scores.json (`make eval-record` rewrites them on
purpose). Scored on the documents recorded there, so adding documents does not move the bar.
The guard's own logic is tested on the fixture corpus (tests/data/eval_fixture)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval import guard
from eval.corpus import CORPUS, gold_files
from eval.score import SCORES

FIXTURE = Path(__file__).resolve().parent / "data" / "eval_fixture"


def test_dev_f1_not_below_recorded(nlp, tmp_path):
    if not gold_files(CORPUS):
        pytest.skip("eval/corpus/gold has no gold files yet: nothing to guard")
    if not SCORES.is_file():
        pytest.fail("eval/corpus has gold but eval/scores.json records no figures: run make eval-record")
    record = json.loads(SCORES.read_text(encoding="utf-8"))
    docs = guard.recorded_docs(CORPUS, record)
    if not docs:
        pytest.fail("none of the documents recorded in eval/scores.json is in the dev split: run make eval-record")
    dropped = guard.drops(record["f1"], guard.current_f1(CORPUS, docs, tmp_path))
    assert not dropped, (f"F1 dropped more than {guard.TOLERANCE} below eval/scores.json (recorded, now): "
                         f"{dropped}; see make eval and processed/eval/errors.md, or make eval-record if intended")


def test_drops():
    rec = {"dates": 0.80, "people": 0.90, "places": None, "events": 0.50}
    now = {"dates": 0.785, "people": 0.87, "places": 0.1, "events": None}
    assert guard.drops(rec, now) == {"people": (0.90, 0.87), "events": (0.50, None)}


def test_guard_on_the_fixture(nlp, tmp_path):
    docs = guard.recorded_docs(FIXTURE, {"docs": ["fx-news", "fx-blind", "gone"]})
    assert docs == ["fx-news"]  # blind and unknown documents are not scored
    now = guard.current_f1(FIXTURE, docs, tmp_path)
    assert set(now) == {"dates", "people", "places", "events"}
    assert guard.drops(now, now) == {}
    raised = {a: (f or 0.0) + 0.03 for a, f in now.items()}
    assert set(guard.drops(raised, now)) == set(now)
