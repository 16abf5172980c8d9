"""One run at a time writes to an output folder: every command that writes OUT holds the lock
file ``OUT/.pipeline.lock`` (with the ``filelock`` package) while it runs. A second build into
the same folder (another terminal, ``make all`` while a notebook rebuilds) waits for the first,
up to a timeout, and then builds on what the first left, so both end with whole, consistent
tables. The lock is held by the operating system (flock), so it is released when its process
ends, even when killed; the file itself stays."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import PipelineError

log = logging.getLogger("pipeline")
LOCK_NAME = ".pipeline.lock"
DEFAULT_TIMEOUT = 600.0
_LOCKS: dict[str, FileLock] = {}  # one per lock file, so a run that holds it can take it again


def default_timeout() -> float:
    """Seconds to wait for the lock: $PIPELINE_LOCK_TIMEOUT, else DEFAULT_TIMEOUT."""
    value = os.environ.get("PIPELINE_LOCK_TIMEOUT", "").strip()
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if seconds < 0:
        raise PipelineError(f"PIPELINE_LOCK_TIMEOUT is {value!r}: set it to a number of seconds (0 or more), or unset it")
    return seconds


@contextmanager
def output_lock(out_dir: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold OUT's lock for the duration; wait up to timeout seconds (default: default_timeout())
    for another run to release it, then raise PipelineError saying so."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_NAME
    lock = _LOCKS.setdefault(str(path.resolve()), FileLock(path))
    timeout = default_timeout() if timeout is None else timeout
    try:
        lock.acquire(timeout=0)
    except Timeout:
        log.info("waiting for another run writing to %s to finish (lock file %s, up to %g s)", out_dir, path, timeout)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise PipelineError(
                f"{out_dir} is still being written by another run after {timeout:g} s (lock file {path}); "
                "wait for it to finish, or give it longer with --lock-timeout SECONDS") from None
    try:
        yield
    finally:
        lock.release()
