"""Write eval/SOURCES.md: where every corpus document comes from and under which licence.

    python eval/sources.py            # or: make eval-sources

One row per document (doc_id, title, publisher, url, licence, retrieved, published, kind,
countries, split), from the `source` block of its gold file. Prints one line per document
whose source is missing or incomplete (a raw folder without gold counts) and exits 1 if any.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the repository, not eval/ (no shadowing)

from eval.corpus import CORPUS, ROOT, gold_files, load_gold

COLUMNS = ("doc_id", "title", "publisher", "url", "licence", "retrieved", "published", "kind", "countries", "split")
REQUIRED = ("title", "publisher", "url", "licence", "retrieved", "kind", "countries")


def row(gold: dict) -> dict:
    src = gold.get("source") or {}
    cells = {k: src.get(k) for k in COLUMNS}
    cells.update(doc_id=gold.get("doc_id"), split=gold.get("split"),
                 countries=", ".join(src.get("countries") or []), published=src.get("published") or "none")
    return cells


def missing(corpus: Path, rows: list[dict]) -> list[str]:
    problems = [f"{corpus}/gold/{r['doc_id']}.json: source has no {k}" for r in rows for k in REQUIRED if not r[k]]
    raw = corpus / "raw"
    with_gold = {r["doc_id"] for r in rows}
    folders = sorted(p.name for p in raw.iterdir() if p.is_dir()) if raw.is_dir() else []
    return problems + [f"{raw / d}: no gold file, so no recorded source and licence" for d in folders if d not in with_gold]


def markdown(rows: list[dict]) -> str:
    cell = lambda v: str(v if v is not None else "").replace("|", "\\|").replace("\n", " ")
    licences = Counter(r["licence"] for r in rows)
    lines = ["# Sources of the evaluation corpus", "",
             "Written by `python eval/sources.py` from the gold files' `source` blocks; do not edit by hand.",
             "Only publishers whose licence lets the project keep and publish the text (eval/CONVENTIONS.md).", "",
             f"{len(rows)} documents. Licences:", ""]
    lines += [f"- {n} x {lic}" for lic, n in sorted(licences.items(), key=lambda x: (-x[1], str(x[0])))]
    lines += ["", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell(r[c]) for c in COLUMNS) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder (default eval/corpus)")
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "SOURCES.md", help="default eval/SOURCES.md")
    args = ap.parse_args(argv)
    rows = [row(load_gold(p)) for p in gold_files(args.corpus)]
    args.out.write_text(markdown(rows), encoding="utf-8")
    problems = missing(args.corpus, rows)
    for p in problems:
        print(p)
    print(f"eval: wrote {args.out} ({len(rows)} documents, {len(problems)} problem(s))", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
