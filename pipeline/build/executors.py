"""Executors for the build: run tasks (chunks of documents, or block ranges of a large
document) through :func:`pipeline.build.worker.run_task` in this process, in a pool of local
worker processes, or on a dask.distributed cluster.

Every executor yields the tasks' results in the order the tasks were given and keeps only
a few tasks in flight (``IN_FLIGHT`` per worker), so memory stays bounded by the chunk size
whatever the size of the corpus. Each worker loads the spaCy model once and keeps it."""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator

from ..config import EXECUTORS, Settings
from ..errors import PipelineError
from .worker import run_task

log = logging.getLogger("pipeline")
IN_FLIGHT = 2  # chunks queued per worker: one running, one waiting
# multiprocessing start method for local workers ($PIPELINE_MP_START overrides): fork when this
# process runs no other thread (quick, and a script that calls build() needs no __main__ guard),
# else forkserver, since forking a process with threads (a dask client, ...) can deadlock.
START_METHOD = os.environ.get("PIPELINE_MP_START", "")
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
Result = tuple[list[tuple], dict[str, float]]


def start_method() -> str:
    if START_METHOD:
        return START_METHOD
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def run_chunks(chunks: Iterable[list], settings: Settings, code: str) -> Iterator[Result]:
    """run_task over every task (a chunk, a RangeTask) with the executor the settings name, results in order."""
    if settings.executor not in EXECUTORS:
        raise PipelineError(f"unknown executor {settings.executor!r}; use one of: {', '.join(EXECUTORS)}")
    if settings.executor == "dask":
        return run_dask(chunks, settings, code)
    return run_local(chunks, settings)


def run_serial(chunks: Iterable[list], settings: Settings) -> Iterator[Result]:
    for chunk in chunks:
        yield run_task(chunk, settings.model, settings.batch_size)


def run_local(chunks: Iterable[list], settings: Settings) -> Iterator[Result]:
    """In this process for one job or one chunk, else in a pool of settings.jobs processes."""
    jobs = settings.resolved_jobs()
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs <= 1 or second is None:
        yield from run_serial([first] if second is None else _chain(first, second, chunks), settings)
        return
    yield from _run_pool(_chain(first, second, chunks), settings, jobs)


def _chain(first, second, rest):
    yield first
    yield second
    yield from rest


# --- local worker processes ---------------------------------------------------------------

_WORKER_ERROR: list[BaseException] = []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:  # Linux: a zombie has ended too
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            pass
        return True


def _end_with(build_pid: int) -> None:
    """End this worker when the build's process ends, even by SIGKILL: a worker left behind
    would wait forever on its queue. Forked workers are its children and get SIGKILL with it
    (Linux); workers of a fork server watch it from a thread."""
    if os.getppid() == build_pid and sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        else:
            if os.getppid() == build_pid:  # else it ended before prctl
                return
            os._exit(1)

    def watch():
        while _alive(build_pid):
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-build", daemon=True).start()


def _init_worker(model: str, build_pid: int | None = None) -> None:
    """Load the model once per worker; keep an error to raise from the first task, where it
    reaches the caller as itself (a missing model is then reported as such)."""
    if build_pid is not None:
        _end_with(build_pid)
    try:
        from ..nlp import load_nlp

        load_nlp(model)
    except BaseException as exc:  # noqa: BLE001 - reported by the first task
        _WORKER_ERROR.append(exc)


def _pool_task(chunk: list, model: str, batch_size: int) -> Result:
    if _WORKER_ERROR:
        raise _WORKER_ERROR[0]
    return run_task(chunk, model, batch_size)


def _run_pool(chunks: Iterator[list], settings: Settings, jobs: int) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["pipeline.build.worker", "pipeline.nlp", "pipeline.normalise"])
    # one thread of numerical libraries per worker: the workers already use every CPU
    # (inherited by the fork server when this starts it, and by workers forked directly)
    saved = {var: os.environ.get(var) for var in THREAD_VARS}
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")
    try:
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(settings.model, os.getpid()))
        pending: deque = deque()
        finished = False
        try:
            for chunk in chunks:
                pending.append(pool.submit(_pool_task, chunk, settings.model, settings.batch_size))
                while len(pending) >= jobs * IN_FLIGHT:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
            finished = True
        except BrokenProcessPool as exc:
            raise PipelineError("a worker process died (out of memory?); documents built so far are cached: "
                                "run the build again, with fewer --jobs if it happens again") from exc
        finally:
            for future in pending:
                future.cancel()
            if not finished:  # stopped early (strict mode, an error, Ctrl-C): do not wait for running chunks
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)


# --- dask.distributed -----------------------------------------------------------------------

def _quiet_dask() -> None:
    """dask and its web stack log at INFO on loggers of their own, which print through this
    program's handler: keep them to critical messages unless --debug. Their errors are mostly
    races at shutdown (a worker's heartbeat to a scheduler already closed); a task's own failure
    reaches this program as the exception of its future, never through these loggers."""
    if log.isEnabledFor(logging.DEBUG):
        return
    warnings.filterwarnings("ignore", category=UserWarning, module=r"distributed\.")  # "Port 8787 is already in use"
    for name in ("distributed", "dask", "bokeh", "tornado", *logging.root.manager.loggerDict):
        if name.split(".")[0] in ("distributed", "dask", "bokeh", "tornado"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def run_dask(chunks: Iterable[list], settings: Settings, code: str) -> Iterator[Result]:
    """On the scheduler at settings.scheduler, or on a LocalCluster of settings.jobs worker
    processes when none is given. Workers need this package (the same checkout) and the model
    installed; each task runs run_task, whose model is loaded once per worker process."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise PipelineError("--executor dask needs dask.distributed: pip install -e '.[cluster]'") from exc

    _quiet_dask()
    cluster = None
    if settings.scheduler:
        try:
            client = Client(settings.scheduler, timeout="30s")
        except OSError as exc:
            raise PipelineError(f"cannot reach the dask scheduler at {settings.scheduler}: {exc}") from exc
    else:
        quiet = logging.CRITICAL if not log.isEnabledFor(logging.DEBUG) else False  # see _quiet_dask
        cluster = LocalCluster(n_workers=settings.resolved_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=quiet)
        client = Client(cluster)
    pending: deque = deque()
    try:
        slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT
        for chunk in chunks:
            pending.append(client.submit(run_task, chunk, settings.model, settings.batch_size, code, pure=False))
            while len(pending) >= slots:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
