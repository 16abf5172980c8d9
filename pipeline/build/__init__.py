"""Runs the stages over a raw folder: the whole build, and each stage on its own.

One module per job:

- ``cache``: cache keys (raw bytes, metadata, code, model, package versions) and cache entries
  in ``OUT/interim/normalise``, so a rebuild runs spaCy only on documents whose inputs changed;
- ``plan``: reading and hashing the raw folder, and cutting the documents to build into chunks
  (a fixed rule on the list of documents, so the same chunks whatever the number of workers);
- ``worker``: the work of one chunk (parse, spaCy, normalise), wherever it runs;
- ``executors``: where chunks run: this process, a pool of local processes (``Settings.jobs``)
  or a dask.distributed cluster (``Settings.executor``); results come back in order, as the
  bytes of each document's cache file, so memory is bounded by the chunks in flight;
- ``outputs``: every table from the cached rows (staged, then moved into place) and the manifest;
- ``stages``: each stage on its own, with the build's per-document error handling;
- ``run``: :func:`build`, which ties them together;
- ``report``: :class:`BuildReport`, what a run did."""
from __future__ import annotations

from .cache import cache_key, code_fingerprint, interim_path, read_cached
from .plan import Pending, plan_chunks, scan
from .report import BuildReport
from .run import build
from .stages import run_export_stage, run_extract_stage, run_normalise_stage, run_parse_stage
from .worker import parse_raw, process_chunk

__all__ = ["BuildReport", "Pending", "build", "cache_key", "code_fingerprint", "interim_path", "parse_raw",
           "plan_chunks", "process_chunk", "read_cached", "run_export_stage", "run_extract_stage",
           "run_normalise_stage", "run_parse_stage", "scan"]
