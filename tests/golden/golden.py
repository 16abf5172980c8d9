"""Golden outputs: every table built from each recorded corpus, kept in the repository.

`tests/test_golden.py` builds each corpus below with the command line (`--jobs 1`) and compares
every JSON Lines table with the copy recorded here, so a refactor that changes any output
fails. A change that alters output on purpose records the new tables in the same commit and
says why in its message:

    make golden            # or: .venv/bin/python tests/golden/golden.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent

# name -> raw folder (relative to the repository root)
CORPORA = {
    "seed": "raw",
    "heldout": "tests/data/heldout/raw",
    "news": "tests/data/news/raw",
}


def build(raw: Path, out: Path) -> subprocess.CompletedProcess:
    """Run the build as a user does: the command line, one process, no cache."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out), "--jobs", "1", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )


def tables(out: Path) -> dict[str, str]:
    """table name -> JSON Lines text, for every table the build wrote."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((out / "json").glob("*.jsonl"))}


def recorded(name: str) -> dict[str, str]:
    folder = GOLDEN / name
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.jsonl"))}


def update() -> None:
    for name, raw in CORPORA.items():
        with tempfile.TemporaryDirectory() as tmp:
            result = build(ROOT / raw, Path(tmp))
            if result.returncode not in (0, 1):
                sys.exit(f"golden: building {raw} failed:\n{result.stderr}")
            folder = GOLDEN / name
            folder.mkdir(exist_ok=True)
            for old in folder.glob("*.jsonl"):
                old.unlink()
            for table, text in tables(Path(tmp)).items():
                (folder / f"{table}.jsonl").write_text(text, encoding="utf-8")
            print(f"golden: {name}: {len(tables(Path(tmp)))} tables recorded from {raw}")


if __name__ == "__main__":
    update()
