"""Shared fixtures: one spaCy model per test session, and the seed document."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "japan-north-korea-relations" / "000_fb1a0a2b1ebeb465.txt"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_nlp

    return load_nlp(Settings().model)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
