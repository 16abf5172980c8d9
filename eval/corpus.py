"""The evaluation corpus on disk: gold files, the texts and sidecars they annotate, splits.

Layout (eval/CONVENTIONS.md): <corpus>/raw/<doc_id>/<version>.txt (+ .meta.json) and
<corpus>/gold/<doc_id>.json.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus"
SPLIT_RE = re.compile(r"^(dev|blind-[1-9][0-9]*)$")


def gold_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted((Path(corpus) / "gold").glob("*.json"))


def load_gold(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def raw_dir(corpus: Path, gold: dict) -> Path:
    """The raw folder of a gold document: <corpus>/raw/<doc_id>."""
    return Path(corpus) / "raw" / gold["doc_id"]


def text_path(corpus: Path, gold: dict) -> Path:
    return raw_dir(corpus, gold) / f"{gold['version']}.txt"


def read_text(corpus: Path, gold: dict) -> str:
    """The text as CONVENTIONS.md reads it for offsets (validate.py rejects CR line ends, so this
    is also the text the pipeline decodes)."""
    return text_path(corpus, gold).read_text(encoding="utf-8")


def kind(gold: dict) -> str:
    return (gold.get("source") or {}).get("kind") or "unknown"


def select(corpus: Path, split: str = "dev", docs: list[str] | None = None) -> list[dict]:
    """Gold documents of a split ("all" for every split), optionally only the doc_ids in docs."""
    golds = [load_gold(p) for p in gold_files(corpus)]
    chosen = [g for g in golds if split == "all" or g.get("split") == split]
    if docs:
        unknown = set(docs) - {g["doc_id"] for g in chosen}
        if unknown:
            raise SystemExit(f"not in split {split!r}: {', '.join(sorted(unknown))}")
        chosen = [g for g in chosen if g["doc_id"] in docs]
    return chosen
