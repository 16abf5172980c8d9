"""Golden outputs: the tables built from each recorded corpus equal the copies in tests/golden/.

A failure here means the output changed. If the change is intended, run `make golden` and
commit the new tables with the change, saying why the output moved.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from golden.golden import CORPORA, ROOT, build, recorded, tables


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_tables_equal_the_recorded_golden_outputs(name: str, tmp_path: Path) -> None:
    result = build(ROOT / CORPORA[name], tmp_path)
    assert result.returncode in (0, 1), result.stderr
    expected, actual = recorded(name), tables(tmp_path)
    assert expected, f"no golden tables recorded for {name}: run `make golden`"
    assert sorted(actual) == sorted(expected)
    for table in sorted(expected):
        if actual[table] != expected[table]:
            diff = difflib.unified_diff(expected[table].splitlines(), actual[table].splitlines(),
                                        f"golden/{name}/{table}.jsonl", "built", lineterm="", n=0)
            pytest.fail(f"{name}/{table} differs from the golden output (run `make golden` if intended):\n"
                        + "\n".join(list(diff)[:40]))
