"""Benchmark one large document (issue 18 item 11) against spaCy alone (see bench/README.md).

    python bench/bench_large.py [--mb 5] [--jobs N] [--batch-size 64] [--keep DIR]

Writes a document of about --mb megabytes (the seed's title line, then its body repeated) to
a temporary raw folder and measures, each in its own subprocess:

* the pipeline: ``python -m pipeline build --raw TMP/raw --out TMP/out --jobs N --quiet``
  (the whole command: scan, spaCy over block ranges on N workers, normalise, export, review);
* the review pages: ``python -m pipeline review`` (time, and the size of the document's page);
* spaCy alone: the same model with the same components (``pipeline.nlp.load_nlp``), ``nlp.pipe``
  over the same text units (``pipeline.extract.text_units``) with the same batch size and
  ``n_process=N``, counting the tokens of each Doc (the script's start and the model's load
  are in its time too, as they are in the pipeline's).

Wall time and peak memory (sampled every 0.1 s: the sum of the RSS of the process and its
children, and the largest single process) of each; the ratio of the wall times. Timings are
printed, never asserted."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from sampling import run_sampled  # bench/sampling.py (this folder is on sys.path when run as a script)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "japan-north-korea-relations" / "000_fb1a0a2b1ebeb465.txt"


def make_document(chars: int) -> str:
    """The seed's title line, then its body repeated to about ``chars`` characters."""
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    body = body if body.endswith("\n") else body + "\n"
    return title + "\n" + body * max(1, round((chars - len(title) - 1) / len(body)))


def child_spacy(raw: str, jobs: int, batch_size: int) -> dict:
    """spaCy alone over the pipeline's text units of the document in raw (run as a child)."""
    from pipeline import rawio
    from pipeline.build import parse_raw
    from pipeline.config import Settings
    from pipeline.extract import text_units
    from pipeline.nlp import load_nlp

    found, _ = rawio.discover(Path(raw))
    parsed = parse_raw(rawio.load(found[0], Path(raw)))
    texts = [parsed.text[s:e] for s, e in text_units(parsed)]
    began = time.perf_counter()
    nlp = load_nlp(Settings().model)
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=jobs))
    return {"seconds": time.perf_counter() - began, "units": len(texts), "tokens": tokens}


def measure(cmd: list[str]) -> dict:
    """Run cmd; its wall time, peak memory and the JSON of its last stdout line, if any."""
    run = run_sampled(cmd, ROOT)
    if run.returncode != 0:
        raise SystemExit(f"failed ({run.returncode}): {' '.join(cmd)}\n{run.stderr[-2000:]}")
    lines = run.stdout.strip().splitlines()
    return {"wall": run.wall, "peak_rss_mb": run.peak_total_mb, "largest_process_mb": run.peak_largest_mb,
            "result": json.loads(lines[-1]) if lines and lines[-1].startswith("{") else None}


def run(mb: float, jobs: int, batch_size: int, work: Path) -> dict:
    raw, out = work / "raw", work / "out"
    (raw / "large").mkdir(parents=True, exist_ok=True)
    text = make_document(int(mb * 1_000_000))
    (raw / "large" / "v1.txt").write_text(text, encoding="utf-8")
    env_python = [sys.executable]
    pipeline = measure([*env_python, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out),
                        "--jobs", str(jobs), "--batch-size", str(batch_size), "--quiet"])
    review = measure([*env_python, "-m", "pipeline", "review", "--raw", str(raw), "--out", str(out), "--quiet"])
    spacy = measure([*env_python, str(Path(__file__).resolve()), "--child-spacy", str(raw),
                     "--jobs", str(jobs), "--batch-size", str(batch_size)])
    page = out / "review" / "large" / "v1.html"
    return {"chars": len(text), "jobs": jobs, "cpus": os.cpu_count(), "batch_size": batch_size,
            "pipeline": pipeline, "review": review, "spacy": spacy, "ratio": pipeline["wall"] / spacy["wall"],
            "review_page_mb": page.stat().st_size / 1e6 if page.is_file() else None,
            "rows": {p.stem: sum(1 for _ in p.open(encoding="utf-8")) for p in sorted((out / "json").glob("*.jsonl"))}}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the document in MB (default 5)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: the CPU count)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    parser.add_argument("--child-spacy", metavar="RAW", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_spacy:
        print(json.dumps(child_spacy(args.child_spacy, args.jobs, args.batch_size)))
        return
    if args.keep:
        result = run(args.mb, args.jobs, args.batch_size, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-large-") as tmp:
            result = run(args.mb, args.jobs, args.batch_size, Path(tmp))
    p, s = result["pipeline"], result["spacy"]
    print(f"{result['chars'] / 1e6:.1f} MB document, --jobs {result['jobs']} ({result['cpus']} CPUs)")
    print(f"pipeline:    {p['wall']:7.1f} s  peak RSS {p['peak_rss_mb']:6.0f} MB (largest process "
          f"{p['largest_process_mb']:.0f} MB)")
    print(f"spaCy alone: {s['wall']:7.1f} s  peak RSS {s['peak_rss_mb']:6.0f} MB (largest process "
          f"{s['largest_process_mb']:.0f} MB)")
    print(f"ratio {result['ratio']:.2f} (target 1.3); rows {result['rows']}")
    print(f"review command: {result['review']['wall']:.1f} s, page {result['review_page_mb']:.2f} MB, "
          f"peak RSS {result['review']['peak_rss_mb']:.0f} MB")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
