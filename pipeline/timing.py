"""Seconds spent per stage, gathered explicitly: a :class:`StageTimer` is passed to the code
that does the work and read back by the caller (the build's report, the benchmark)."""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


class StageTimer:
    """Accumulated seconds per stage name: ``with timer("parse"): ...`` or ``timer.add(...)``."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - began)
