"""Score the pipeline (and a naive spaCy baseline) against the gold of an evaluation split.

    python eval/score.py                      # the dev split (what make eval runs)
    python eval/score.py --split blind-1      # a blind slice: once, at the end of a round
    python eval/score.py --docs ID ID --jobs 2
    python eval/score.py --record             # also rewrite eval/scores.json (dev split only)

Builds the split's raw folders with `python -m pipeline build` into OUT/build, prints one table,
writes OUT/summary.json (the same figures) and OUT/errors.md (per-document errors).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the repository, not eval/ (no shadowing)

from eval.baseline import baseline_tables
from eval.corpus import CORPUS, ROOT, SPLIT_RE, select
from eval.errors import errors_markdown
from eval.evaluate import read_tables, score_docs
from eval.metrics import AREAS, prf, summarise_by_kind
from eval.report import table
from eval.validate import validate

SCORES = ROOT / "eval" / "scores.json"


def stage_raw(corpus: Path, golds: list[dict], dest: Path) -> Path:
    """A raw folder holding only the split's documents (copies: the build follows no symbolic
    link out of its raw folder)."""
    dest.mkdir(parents=True, exist_ok=True)
    for g in golds:
        shutil.copytree(Path(corpus) / "raw" / g["doc_id"], dest / g["doc_id"])
    return dest


def build(raw: Path, out: Path, jobs: int | None) -> None:
    """The pipeline's own command line; its cache in OUT/interim makes a second run quick."""
    cmd = [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out), "--quiet"]
    cmd += ["--jobs", str(jobs)] if jobs else []
    done = subprocess.run(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    sys.stderr.write(done.stderr)
    crashed = "Traceback (most recent call last)" in done.stderr  # Python's own exit status is 1 too
    if done.returncode == 1 and not crashed:
        print("eval: the build reported failed documents (exit 1); they keep their last built rows or none",
              file=sys.stderr)
    elif done.returncode:
        # the build could not run at all (exit 2, or a crash): scoring the last outputs would
        # report stale figures as if they were the code's
        raise SystemExit(f"eval: the build could not run (exit {done.returncode}); nothing scored. "
                         f"Fix the error above and run again.")


def per_document(docs: list[dict]) -> dict:
    return {d["doc_id"]: {"kind": d["kind"], **{a: prf(**d["areas"][a].counts) for a in AREAS}} for d in docs}


def record(summary: dict, path: Path = SCORES) -> None:
    """eval/scores.json: the dev-split micro figures the regression guard compares against."""
    micro = summary["pipeline"]["micro"]
    rounded = {k: {a: None if micro[a][k] is None else round(micro[a][k], 4) for a in AREAS} for k in ("f1", "p", "r")}
    data = {"split": summary["split"], "recorded": date.today().isoformat(), "docs": summary["docs"], **rounded}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"eval: recorded the figures in {path}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", help="dev (default), blind-N, or all")
    ap.add_argument("--docs", nargs="+", metavar="ID", help="only these documents of the split")
    ap.add_argument("--out", type=Path, default=ROOT / "processed" / "eval", help="output folder (default processed/eval)")
    ap.add_argument("--jobs", type=int, help="build worker processes (default: the number of CPUs)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder with raw/ and gold/ (default eval/corpus)")
    ap.add_argument("--tables", type=Path, help="score this existing build folder instead of building")
    ap.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    ap.add_argument("--record", action="store_true", help="rewrite eval/scores.json (the whole dev split only)")
    args = ap.parse_args(argv)
    if args.split != "all" and not SPLIT_RE.match(args.split):
        ap.error(f"--split must be dev, blind-N or all, not {args.split!r}")
    if args.record and (args.split != "dev" or args.docs or args.corpus.resolve() != CORPUS.resolve()):
        ap.error("--record records the whole dev split of eval/corpus: drop --split/--docs/--corpus")
    return args


def pipeline_tables(args: argparse.Namespace, golds: list[dict]) -> dict[str, list[dict]]:
    if args.tables:
        return read_tables(args.tables)
    with tempfile.TemporaryDirectory(prefix="eval-raw-") as tmp:
        build(stage_raw(args.corpus, golds, Path(tmp) / "raw"), args.out / "build", args.jobs)
    return read_tables(args.out / "build")


def evaluate(args: argparse.Namespace, golds: list[dict]) -> tuple[dict, str]:
    """(summary, errors.md text) for the chosen documents."""
    from pipeline.config import Settings

    tables = pipeline_tables(args, golds)
    docs = score_docs(golds, tables)
    summary = {"split": args.split, "corpus": str(args.corpus), "docs": [g["doc_id"] for g in golds],
               "pipeline": summarise_by_kind(docs), "baseline": None, "per_document": per_document(docs)}
    if not args.no_baseline:
        model = Settings().model
        summary["baseline"] = summarise_by_kind(score_docs(golds, baseline_tables(args.corpus, golds, model)))
        summary["baseline_model"] = model
    return summary, errors_markdown(docs, tables, f"Errors of the pipeline on split {args.split}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    golds = select(args.corpus, args.split, args.docs)
    if not golds:
        print(f"eval: no gold documents in split {args.split!r} of {args.corpus}/gold", file=sys.stderr)
        return 1
    problems = [p for g in golds for p in validate(args.corpus / "gold" / f"{g['doc_id']}.json")]
    if problems:
        print("\n".join(problems) + "\neval: fix the gold files first (python eval/validate.py)", file=sys.stderr)
        return 1
    if args.split.startswith("blind"):
        print(f"eval: scoring the blind slice {args.split}: report the figures as they come out", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    summary, errors = evaluate(args, golds)
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    (args.out / "errors.md").write_text(errors, encoding="utf-8")
    print(table(summary))
    print(f"\nfigures: {args.out / 'summary.json'}; errors per document: {args.out / 'errors.md'}")
    if args.record:
        record(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
