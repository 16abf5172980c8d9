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


def _code() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "pipeline").rglob("*.py")))


def test_every_top_level_data_key_is_read_by_the_code():
    """A key of a pipeline/data/*.json file that no module names is knowledge nothing uses:
    remove it or use it. Keys starting with "_" are comments."""
    code = _code()
    unused = []
    for path in sorted(DATA.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in data if isinstance(data, dict) else ():
            if not key.startswith("_") and f'"{key}"' not in code and f"'{key}'" not in code:
                unused.append(f"{path.name}: {key}")
    assert unused == []


def test_every_data_file_is_documented():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in sorted(DATA.glob("*.json")) if f"`{p.name}`" not in readme] == []


def test_parse_abbreviations_are_validated(tmp_path):
    import pytest

    from pipeline.parse import load_abbreviations

    bad = tmp_path / "parse.json"
    bad.write_text(json.dumps({"abbreviations": ["Mr."]}), encoding="utf-8")
    with pytest.raises(ValueError, match="lower-case"):
        load_abbreviations(bad)
