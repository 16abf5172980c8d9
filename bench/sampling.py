"""Run a command as a child process and sample its memory: the one helper the benchmarks share.

``run_sampled`` returns the wall time, the captured output and two peaks of resident memory,
sampled every 0.1 s over the child and all its descendants: the sum over the processes (what
the machine needs) and the largest single process.
"""
from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Sampled:
    wall: float
    returncode: int
    stdout: str
    stderr: str
    peak_total_mb: float
    peak_largest_mb: float


def run_sampled(cmd: list[str], cwd: Path, env: dict | None = None, interval: float = 0.1) -> Sampled:
    import psutil

    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env)
    peak = {"total": 0, "largest": 0}
    stop = threading.Event()

    def sample():
        try:
            parent = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            sizes = []
            try:
                for p in [parent, *parent.children(recursive=True)]:
                    try:
                        sizes.append(p.memory_info().rss)
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            peak["total"] = max(peak["total"], sum(sizes))
            peak["largest"] = max(peak["largest"], max(sizes, default=0))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - began
    stop.set()
    sampler.join()
    return Sampled(wall, proc.returncode, out.decode(), err.decode(), peak["total"] / 2**20, peak["largest"] / 2**20)
