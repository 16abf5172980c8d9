"""The whole build: scan the raw folder, run the documents the cache lacks through an
executor chunk by chunk, cache each result as it arrives, then export every table."""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from ..atomic import write_bytes_atomically
from ..config import Settings
from ..errors import DocumentError, PipelineError
from ..lock import output_lock
from .cache import code_fingerprint, interim_path
from .executors import run_chunks
from .large import TaskStream
from .outputs import export_tables, output_files, write_manifest
from .plan import Pending, chunk_payloads, plan_chunks, scan
from .report import BuildReport

Done = dict[tuple[str, str], str]  # (doc_id, version) -> cache key of its cached result


def build(raw_dir: Path, out_dir: Path, settings: Settings | None = None, strict: bool = False,
          progress: bool = False) -> BuildReport:
    """Build every table from raw_dir into out_dir; return what happened. Holds out_dir's lock
    (``pipeline/lock.py``): a second build into the same folder waits for this one."""
    with output_lock(out_dir):
        return _build(Path(raw_dir), Path(out_dir), settings or Settings(), strict, progress)


def _build(raw_dir: Path, out_dir: Path, settings: Settings, strict: bool, progress: bool) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    code = code_fingerprint()
    cached, todo = scan(raw_dir, out_dir, settings, code, report, strict)
    report.add_time("scan", time.perf_counter() - started)
    if not (cached or todo or report.failed):
        raise PipelineError(f"raw folder {raw_dir} holds no documents (<doc_id>/<version>.txt), so nothing was "
                            f"built and the tables in {out_dir} are unchanged; check --raw")
    done: Done = dict(cached)
    if strict and report.failed:
        return report
    if todo:
        _build_todo(todo, raw_dir, out_dir, settings, code, report, done, strict, progress)
    if strict and report.failed:
        return report
    if not done and output_files(out_dir):
        report.warnings.append(f"no document could be built, so the tables in {out_dir} were left as they were")
        return report
    began = time.perf_counter()
    errors = [e.row() for e in report.failed]
    documents = sorted(done)
    export_tables(out_dir, [(d, v, done[(d, v)]) for d, v in documents], errors, code, report)
    write_manifest(out_dir, documents, errors, raw_dir)
    report.add_time("export", time.perf_counter() - began)
    report.seconds = time.perf_counter() - started
    return report


def _build_todo(todo: list[Pending], raw_dir: Path, out_dir: Path, settings: Settings, code: str,
                report: BuildReport, done: Done, strict: bool, progress: bool) -> None:
    """Run the documents to build through the executor, caching each result as it arrives and
    adding it to done; stop at the first failure when strict."""
    chunks = plan_chunks(todo, settings.chunk_chars)
    if settings.executor == "local":  # no more worker processes than tasks
        settings = replace(settings, jobs=min(settings.resolved_jobs(), _count_tasks(chunks, settings)))
    bar = _progress_bar(len(todo), progress)
    stream = TaskStream(chunk_payloads(chunks, raw_dir, settings, code, report), settings, progress)
    results = run_chunks(stream, settings, code)
    try:
        for result in results:
            outcomes, timings = stream.outcomes(result)
            began = time.perf_counter()
            for doc_id, version, key, payload, error in outcomes:
                if error is not None:
                    report.failed.append(DocumentError(**error))
                else:
                    write_bytes_atomically(interim_path(out_dir, "normalise", doc_id, version), payload)
                    done[(doc_id, version)] = key
                    report.built += 1
                bar.update(1)
            for stage, seconds in timings.items():
                report.add_time(stage, seconds)
            report.add_time("write_cache", time.perf_counter() - began)
            if strict and report.failed:
                return
    finally:
        results.close()
        bar.close()


def _count_tasks(chunks: list[list[Pending]], settings: Settings) -> int:
    """About how many tasks the chunks make: one per chunk, and one per block range of a large document."""
    ranges = sum(p.n_chars // settings.block_range_chars + 1
                 for chunk in chunks for p in chunk if p.n_chars > settings.large_doc_chars)
    return len(chunks) + ranges


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked from this one

    return Bar(total=total, desc="documents", unit="doc", disable=not enabled, leave=False)
