"""Benchmark: the timeline (pipeline/timeline.py) over N synthetic events, against a baseline
run in the same script: sorting the same events as the export stage sorts the events table.

    .venv/bin/python bench/bench_timeline.py [--events 10000]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.export import sort_rows  # noqa: E402
from pipeline.timeline import build_timeline  # noqa: E402

TYPES = ("CONSULT", "AGREE", "ACCUSE", "MOBILIZE", "SANCTION")
COUNTRIES = ("JPN", "PRK", "KOR", "USA", "CHN", "MNG", "VNM", "IND", "GBR", "FRA")


def synthetic(n_events: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """n_events events in n_events/10 documents; about a third report an event another document reports."""
    rng = random.Random(seed)
    documents = [{"doc_id": f"d{i:05d}", "version": "v1", "published": None} for i in range(max(1, n_events // 10))]
    events = []
    for i in range(n_events):
        day = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        month = rng.random() < 0.2
        start, end = (day.replace(day=1), (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)) \
            if month else (day, day)
        events.append({"doc_id": rng.choice(documents)["doc_id"], "version": "v1", "event_id": f"ev-{i:06d}",
                       "event_type": rng.choice(TYPES), "date_start": start.isoformat(), "date_end": end.isoformat(),
                       "date_precision": "month" if month else "day", "place_id": None, "place_name": None,
                       "actors_iso3": sorted(rng.sample(COUNTRIES, 2)), "people": [], "status": None,
                       "start_char": 0})
    return events, documents


def seconds(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    events, documents = synthetic(args.events)
    rows = build_timeline(events, documents, [])
    t_timeline = seconds(lambda: build_timeline(events, documents, []))
    t_sort = seconds(lambda: sort_rows("events", events))
    print(f"{args.events:,} events -> {len(rows):,} timeline rows "
          f"({sum(r['n_sources'] > 1 for r in rows):,} merged from several documents)")
    print(f"timeline: {t_timeline:.2f} s; baseline (sorting the events table): {t_sort:.2f} s; "
          f"ratio {t_timeline / t_sort:.1f}x")


if __name__ == "__main__":
    main()
