"""Benchmark the pipeline against spaCy alone on generated corpora (see bench/README.md).

    python bench/run.py [--sizes 250,1000,4000] [--jobs N] [--scaling-size 1000] [--skip-scaling]

For each size: a full build of bench/corpus/<size> into a fresh folder, and spaCy alone
(``nlp.pipe`` over the same text units, same model and components, batch size and number of
processes), each in its own subprocess so that every run has its own peak memory. Then, at
--scaling-size: the same build with one job (speed-up of --jobs), a rebuild with nothing
changed and a rebuild with one document changed. Results are printed and written to
bench/results/<timestamp>.json.

Peak memory is sampled every 0.1 s as the sum of the RSS of the run's processes (main process
and workers; shared pages count once per process), and the largest single process is taken
from getrusage."""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from sampling import run_sampled  # bench/sampling.py (this folder is on sys.path when run as a script)

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPUS = BENCH / "corpus"
WORK = CORPUS / "_work"  # bench/corpus is git-ignored
RESULTS = BENCH / "results"
STAGES = ["scan", "load_model", "parse", "spacy", "normalise.dates", "normalise.people", "normalise.places",
          "normalise.events", "normalise.other", "serialise", "write_cache", "export"]


# --- children: one measured run each -----------------------------------------------------------

def child_pipeline(raw: str, out: str, jobs: int, batch_size: int) -> dict:
    import pipeline
    from pipeline.build import build
    from pipeline.config import Settings

    began = time.perf_counter()
    report = build(Path(raw), Path(out), Settings(jobs=jobs, batch_size=batch_size))
    seconds = time.perf_counter() - began
    return {"package": str(Path(pipeline.__file__).parent), "seconds": seconds, "built": report.built,
            "reused": report.reused, "failed": len(report.failed),
            "failures": [str(e) for e in report.failed[:5]], "rows": report.rows, "timings": report.timings,
            "exported": report.exported}


def child_spacy(raw: str, jobs: int, batch_size: int) -> dict:
    """nlp.pipe over the text units the pipeline sends spaCy, with the same model, components,
    batch size and processes (spaCy's own n_process). Reading and cutting the texts is not timed."""
    from pipeline import rawio
    from pipeline.build import parse_raw
    from pipeline.config import Settings
    from pipeline.extract import text_units
    from pipeline.nlp import load_nlp

    found, _ = rawio.discover(Path(raw))
    texts = []
    for doc in found:
        parsed = parse_raw(rawio.load(doc, Path(raw)))
        texts.extend(parsed.text[s:e] for s, e in text_units(parsed))
        doc.text = ""
    began = time.perf_counter()
    nlp = load_nlp(Settings().model)
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=jobs):
        tokens += len(doc)
    return {"seconds": time.perf_counter() - began, "units": len(texts), "tokens": tokens}


# --- the driver ------------------------------------------------------------------------------------

def snapshot() -> dict:
    """Copy pipeline/ and schemas/ to bench/corpus/_work/snapshot and run every child on that
    copy, so that edits made while the benchmark runs neither change what is measured nor
    invalidate the cache between the full build and the rebuilds."""
    snap = fresh(WORK / "snapshot")
    shutil.copytree(ROOT / "pipeline", snap / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "schemas", snap / "schemas")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(snap), *filter(None, [os.environ.get("PYTHONPATH")])])

    def git(*args):
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout.rstrip()
        except OSError:
            return ""

    return {"commit": git("rev-parse", "--short", "HEAD"),
            "uncommitted": [line[3:] for line in git("status", "--porcelain", "pipeline", "schemas").splitlines()]}


def measure(args: list[str], env: dict | None = None) -> dict:
    """Run this script as a child; return its JSON result plus wall time and peak memory."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    load_before = os.getloadavg()[0]
    run = run_sampled(cmd, ROOT, env={**os.environ, **(env or {})})
    wall, out = run.wall, run.stdout
    if run.returncode != 0:
        raise SystemExit(f"benchmark child failed ({run.returncode}): {' '.join(cmd)}")
    result = json.loads(out.strip().splitlines()[-1])
    result["wall"] = wall
    result["peak_rss_mb"] = run.peak_total_mb
    result["load_avg_before"] = load_before
    result["load_avg_after"] = os.getloadavg()[0]
    result["package"] = result.get("package")
    return result


def max_child_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def ensure_corpus(n: int, seed: int) -> tuple[Path, dict]:
    sys.path.insert(0, str(BENCH))
    from gen_corpus import generate

    folder = CORPUS / str(n)
    info_path = folder / ".corpus.json"
    info = json.loads(info_path.read_text()) if info_path.exists() else None
    if not info or info.get("documents") != n or info.get("seed") != seed:
        print(f"generating {folder} ...", flush=True)
        info = generate(n, folder, seed)
    return folder, info


def shares(timings: dict) -> dict:
    t = dict(timings)
    parts = sum(t.get(k, 0.0) for k in ("normalise.dates", "normalise.people", "normalise.places", "normalise.events"))
    t["normalise.other"] = max(0.0, t.get("normalise", 0.0) - parts)
    total = sum(t.get(k, 0.0) for k in STAGES) or 1.0
    return {k: round(100 * t.get(k, 0.0) / total, 1) for k in STAGES}


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def run_size(n: int, seed: int, jobs: int, batch: int) -> dict:
    raw, info = ensure_corpus(n, seed)
    out = fresh(WORK / f"out-{n}-j{jobs}")
    pipe = measure(["_pipeline", str(raw), str(out), str(jobs), str(batch)])
    pipe_max = max_child_rss_mb()
    spacy = measure(["_spacy", str(raw), str(jobs), str(batch)])
    versions, words = info["versions"], info["words"]
    row = {
        "documents": n, "versions": versions, "words": words, "jobs": jobs, "batch_size": batch,
        "pipeline": {"seconds": pipe["seconds"], "wall": pipe["wall"], "docs_per_s": versions / pipe["seconds"],
                     "words_per_s": words / pipe["seconds"], "peak_rss_mb": pipe["peak_rss_mb"],
                     "built": pipe["built"], "failed": pipe["failed"], "failures": pipe["failures"],
                     "rows": pipe["rows"], "timings": pipe["timings"], "shares_pct": shares(pipe["timings"])},
        "spacy": {"seconds": spacy["seconds"], "wall": spacy["wall"], "docs_per_s": versions / spacy["seconds"],
                  "words_per_s": words / spacy["seconds"], "peak_rss_mb": spacy["peak_rss_mb"],
                  "units": spacy["units"], "tokens": spacy["tokens"]},
        "max_process_rss_mb_so_far": pipe_max,
        "load_avg": {"pipeline": [pipe["load_avg_before"], pipe["load_avg_after"]],
                     "spacy": [spacy["load_avg_before"], spacy["load_avg_after"]]},
        "package": pipe["package"],
    }
    row["ratio"] = pipe["seconds"] / spacy["seconds"]
    return row


def run_scaling(n: int, seed: int, jobs: int, batch: int) -> dict:
    """--jobs 1 against --jobs N, then incremental rebuilds of the --jobs N output."""
    raw, info = ensure_corpus(n, seed)
    one = measure(["_pipeline", str(raw), str(fresh(WORK / f"out-{n}-j1")), "1", str(batch)])
    # incremental runs on a copy, so that the generated corpus stays as generated
    copy = fresh(WORK / f"raw-{n}-copy")
    shutil.copytree(raw, copy)
    out = fresh(WORK / f"out-{n}-incr")
    full = measure(["_pipeline", str(copy), str(out), str(jobs), str(batch)])
    same = measure(["_pipeline", str(copy), str(out), str(jobs), str(batch)])
    victim = sorted(p for p in copy.glob("*/*.txt"))[len(list(copy.glob("*/*.txt"))) // 2]
    victim.write_text(victim.read_text(encoding="utf-8").replace(" and ", " and also ", 1), encoding="utf-8")
    changed = measure(["_pipeline", str(copy), str(out), str(jobs), str(batch)])
    return {
        "documents": n, "jobs": jobs,
        "jobs1_seconds": one["seconds"], "jobsN_seconds": full["seconds"], "speedup": one["seconds"] / full["seconds"],
        "full_wall": full["wall"], "unchanged_wall": same["wall"], "unchanged_seconds": same["seconds"],
        "unchanged_built": same["built"], "unchanged_exported": same["exported"],
        "unchanged_pct": 100 * same["wall"] / full["wall"],
        "one_changed_wall": changed["wall"], "one_changed_seconds": changed["seconds"],
        "one_changed_built": changed["built"], "one_changed_pct": 100 * changed["wall"] / full["wall"],
        "unchanged_timings": same["timings"], "one_changed_timings": changed["timings"],
        "jobs1_peak_rss_mb": one["peak_rss_mb"], "jobsN_peak_rss_mb": full["peak_rss_mb"],
    }


def print_results(results: dict) -> None:
    print()
    print(f"{'docs':>6} {'versions':>8} {'pipeline s':>10} {'docs/s':>7} {'words/s':>8} {'peak MB':>8} | "
          f"{'spaCy s':>8} {'docs/s':>7} {'words/s':>8} {'peak MB':>8} | {'ratio':>5}")
    for row in results["sizes"]:
        p, s = row["pipeline"], row["spacy"]
        print(f"{row['documents']:>6} {row['versions']:>8} {p['seconds']:>10.1f} {p['docs_per_s']:>7.1f} "
              f"{p['words_per_s']:>8.0f} {p['peak_rss_mb']:>8.0f} | {s['seconds']:>8.1f} {s['docs_per_s']:>7.1f} "
              f"{s['words_per_s']:>8.0f} {s['peak_rss_mb']:>8.0f} | {row['ratio']:>5.2f}")
    print("\nshare of time per stage (% of all process-seconds, workers summed):")
    print(f"{'docs':>6} " + " ".join(f"{k.replace('normalise.', 'n.'):>9}" for k in STAGES))
    for row in results["sizes"]:
        print(f"{row['documents']:>6} " + " ".join(f"{row['pipeline']['shares_pct'][k]:>9.1f}" for k in STAGES))
    sizes = {row["documents"]: row for row in results["sizes"]}
    if len(sizes) >= 2:
        small, large = sorted(sizes)[-2:]
        a, b = sizes[small]["pipeline"], sizes[large]["pipeline"]
        print(f"\n{large} vs {small} documents: time x{b['seconds'] / a['seconds']:.2f} "
              f"(corpus x{sizes[large]['words'] / sizes[small]['words']:.2f} words), "
              f"peak memory x{b['peak_rss_mb'] / a['peak_rss_mb']:.2f}")
    sc = results.get("scaling")
    if sc:
        print(f"\n{sc['documents']} documents: --jobs 1 {sc['jobs1_seconds']:.1f} s, --jobs {sc['jobs']} "
              f"{sc['jobsN_seconds']:.1f} s: x{sc['speedup']:.2f}")
        print(f"rebuild, nothing changed: {sc['unchanged_wall']:.2f} s = {sc['unchanged_pct']:.1f}% of the full "
              f"build's {sc['full_wall']:.1f} s (built {sc['unchanged_built']}, tables rewritten: {sc['unchanged_exported']})")
        print(f"rebuild, one document changed: {sc['one_changed_wall']:.2f} s = {sc['one_changed_pct']:.1f}% "
              f"(built {sc['one_changed_built']})")


def markdown(results: dict) -> str:
    """The results as the Markdown tables of bench/README.md."""
    lines = ["| documents (versions, words) | pipeline s | docs/s | words/s | peak RSS MB | spaCy alone s | docs/s "
             "| words/s | peak RSS MB | pipeline / spaCy |", "|---|---|---|---|---|---|---|---|---|---|"]
    for row in results["sizes"]:
        p, s = row["pipeline"], row["spacy"]
        lines.append(f"| {row['documents']:,} ({row['versions']:,}, {row['words']:,}) | {p['seconds']:.1f} | "
                     f"{p['docs_per_s']:.1f} | {p['words_per_s']:,.0f} | {p['peak_rss_mb']:.0f} | {s['seconds']:.1f} | "
                     f"{s['docs_per_s']:.1f} | {s['words_per_s']:,.0f} | {s['peak_rss_mb']:.0f} | {row['ratio']:.2f} |")
    lines += ["", "| documents | " + " | ".join(STAGES) + " |", "|---" * (len(STAGES) + 1) + "|"]
    for row in results["sizes"]:
        lines.append(f"| {row['documents']:,} | " + " | ".join(f"{row['pipeline']['shares_pct'][k]:.1f}" for k in STAGES) + " |")
    return "\n".join(lines)


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_pipeline":
        print(json.dumps(child_pipeline(argv[1], argv[2], int(argv[3]), int(argv[4]))))
        return
    if argv and argv[0] == "_markdown":  # the tables of a results file: _markdown bench/results/<time>.json
        print(markdown(json.loads(Path(argv[1]).read_text())))
        return
    if argv and argv[0] == "_spacy":
        print(json.dumps(child_spacy(argv[1], int(argv[2]), int(argv[3]))))
        return
    sys.path.insert(0, str(ROOT))
    from pipeline.config import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=os.environ.get("SIZES", "250,1000,4000"),
                        help="corpus sizes in documents, comma-separated (default: $SIZES or 250,1000,4000)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="worker processes (default: CPUs)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scaling-size", type=int, default=1000,
                        help="corpus for --jobs 1 vs N and the incremental rebuilds (default: 1000)")
    parser.add_argument("--skip-scaling", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.replace(" ", "").split(",") if s]
    results = {"started": datetime.now().isoformat(timespec="seconds"), "cpus": os.cpu_count(),
               "python": sys.version.split()[0], "code": snapshot(), "sizes": []}
    for n in sizes:
        print(f"size {n}: pipeline and spaCy alone, {args.jobs} jobs ...", flush=True)
        results["sizes"].append(run_size(n, args.seed, args.jobs, args.batch_size))
        row = results["sizes"][-1]
        print(f"  pipeline {row['pipeline']['seconds']:.1f} s, spaCy alone {row['spacy']['seconds']:.1f} s, "
              f"ratio {row['ratio']:.2f}", flush=True)
    if not args.skip_scaling:
        print(f"scaling at {args.scaling_size}: --jobs 1, incremental rebuilds ...", flush=True)
        results["scaling"] = run_scaling(args.scaling_size, args.seed, args.jobs, args.batch_size)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{datetime.now():%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(results, indent=1))
    print_results(results)
    print("\n" + markdown(results))
    print(f"\nwritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
