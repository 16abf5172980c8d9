"""notebooks/explore.ipynb: committed without outputs, and runs top to bottom on a fresh build
of the seed (two versions, so the diff section has something to compare), drawing its timeline."""
from __future__ import annotations

import base64
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipeline import build as build_mod
from pipeline.config import Settings

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
# the second version: one sentence dropped, one visit added
REMOVED = "In October of that year, five abductees returned to Japan. "
ADDED = ("\nOn May 10, 2022, Foreign Minister Yoshimasa Hayashi met U.S. Secretary of State "
         "Antony Blinken in Washington to discuss North Korea's missile launches.\n")


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [], f"cell {cell.id} has outputs: strip them before committing"
        assert cell.execution_count is None, f"cell {cell.id} has an execution count"
    assert "widgets" not in nb.metadata


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory, nlp, seed_text):
    root = tmp_path_factory.mktemp("notebook")
    raw = root / "raw" / "seed"
    raw.mkdir(parents=True)
    assert REMOVED in seed_text
    (raw / "2022-04-01.txt").write_text(seed_text, encoding="utf-8")
    (raw / "2022-06-01.txt").write_text(seed_text.replace(REMOVED, "") + ADDED, encoding="utf-8")
    report = build_mod.build(root / "raw", root / "out", Settings())
    assert report.ok, [str(e) for e in report.failed]
    return root / "out"


def test_notebook_runs_and_draws_the_timeline(two_versions, monkeypatch):
    monkeypatch.setenv("PIPELINE_OUT", str(two_versions))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws PNGs
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError if a cell fails

    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    for cell in code:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.id

    timeline = next(cell for cell in nb.cells if "timeline" in cell.metadata.get("tags", []))
    images = [o for o in timeline.outputs if o.output_type == "display_data" and "image/png" in o.data]
    assert len(images) == 1
    assert base64.b64decode(images[0].data["image/png"]).startswith(b"\x89PNG\r\n\x1a\n")
    printed = "".join(o.get("text", "") for o in timeline.outputs if o.output_type == "stream")
    assert " dated events of " in printed

    diff = next(cell for cell in nb.cells if cell.id == "diff")
    shown = "".join(o.get("text", "") for o in diff.outputs if o.output_type == "stream")
    assert "2022-04-01" in shown and "2022-06-01" in shown
    table = "".join(o.data.get("text/plain", "") for o in diff.outputs if o.output_type == "execute_result")
    assert "added" in table  # the added visit brings at least one new row (a date, a person or an event)


def test_notebook_defaults_to_the_processed_folder():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    setup = next(cell for cell in nb.cells if cell.id == "setup")
    assert 'os.environ.get("PIPELINE_OUT", "../processed")' in setup.source
    assert "from pipeline import load" in setup.source

