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


# ---- entities (people and places): shared by tests/test_people.py and tests/test_gazetteer.py
@pytest.fixture(scope="session")
def entities_gold() -> dict:
    import json

    return json.loads((ROOT / "tests" / "data" / "entities_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def analyse_entities(nlp):
    """text -> (people, person_mentions, places, place_mentions), run as the extract stage does:
    the model over each parsed block, with the block's absolute offset."""
    from pipeline.parse import parse_text
    from pipeline.people import find_people
    from pipeline.places import find_places

    def run(text: str):
        parsed = parse_text(text)
        blocks = parsed.blocks
        docs = nlp.pipe([parsed.block_text(b) for b in blocks])
        block_docs = [(b.start_char, d) for b, d in zip(blocks, docs)]
        people, person_mentions = find_people(block_docs)
        places, place_mentions = find_places(block_docs)
        return people, person_mentions, places, place_mentions

    return run
