"""The one way the pipeline writes a file: beside its target, then renamed into place.

A reader never sees half a file: a process killed mid-write leaves the previous file (or
none) and a hidden temporary ``.<name>.<pid>.<thread>.tmp`` that the export removes
(:func:`pipeline.export.remove_stale_temporaries`)."""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path


def temporary_path(path: Path) -> Path:
    """Where path's new content is written before the rename: hidden, unique per writer."""
    return path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")


def replace_atomically(path: Path, write: Callable[[Path], object], durable: bool = False) -> None:
    """Have write(tmp) write the new content to a temporary file, then rename it to path.
    durable: flush it to the disk first (the tables), so a power cut leaves old or new."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(path)
    try:
        write(tmp)
        if durable:
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes_atomically(path: Path, data: bytes, durable: bool = False) -> None:
    replace_atomically(path, lambda tmp: tmp.write_bytes(data), durable)


def write_json_atomically(path: Path, data) -> None:
    """data as compact, key-sorted UTF-8 JSON."""
    write_bytes_atomically(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
