"""What a build or a stage did: the report every runner returns and the command line prints."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import DocumentError


@dataclass
class BuildReport:
    built: int = 0
    reused: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    # seconds spent per stage: summed over worker processes for parse, spacy, normalise and its
    # parts (normalise.dates, .people, .places, .events), in this process for the rest
    timings: dict[str, float] = field(default_factory=dict)
    exported: bool = False  # False when the tables were already up to date
    action: str = "processed"  # what was done to the `built` documents, for the summary

    @property
    def ok(self) -> bool:
        return not self.failed

    def add_time(self, stage: str, seconds: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds
