"""The data files of pipeline/data/ agree with the schemas and are used by the code."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "pipeline" / "data"


def test_trigger_lexicon_types_are_the_schemas_plover_types():
    """schemas/events.schema.json is the one list of PLOVER types; the lexicon repeats it."""
    schema = json.loads((ROOT / "schemas" / "events.schema.json").read_text(encoding="utf-8"))
    lexicon = json.loads((DATA / "event_triggers.json").read_text(encoding="utf-8"))
    assert lexicon["types"] == schema["properties"]["event_type"]["enum"]
