"""Choose the version name and write the version into raw/: ``<version>.txt``, its
``<version>.meta.json`` and the original as ``<version>.orig.html`` or ``.orig.pdf``.

Version names (versions sort by name):
- text identical to the newest version's (or to the ``--version`` named) is not written again;
- ``--version V`` is used as given; a V that exists with other text is refused (raw/ is never
  overwritten);
- otherwise the retrieval date, ``2026-12-01``; when that exists with other text, the next free
  of ``2026-12-01-2`` … ``2026-12-01-9`` (ten or more a day would no longer sort by name: give
  ``--version`` then)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..atomic import write_bytes_atomically
from ..errors import SourceError
from . import Extracted

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")  # as the raw layout requires
SAME_DAY_SUFFIXES = range(2, 10)


@dataclass
class Planned:
    version: str
    unchanged: bool  # True: the text equals this existing version's, nothing is written


def check_name(name: str, option: str) -> None:
    if not SAFE_NAME.match(name) or ".." in name:
        raise SourceError(f"{option} {name!r}", "not a valid name",
                          "use ASCII letters, digits, '.', '_' and '-' (no spaces, no '..')")


def existing_versions(doc_dir: Path) -> list[str]:
    return sorted(p.name[: -len(".txt")] for p in doc_dir.glob("*.txt") if p.is_file())


def plan_version(doc_dir: Path, text: str, requested: str | None, retrieved: date) -> Planned:
    data = text.encode("utf-8")
    versions = existing_versions(doc_dir)
    by_case = {v.lower(): v for v in versions}
    if requested is not None:
        same = by_case.get(requested.lower())
        if same is None:
            return Planned(requested, False)
        if (doc_dir / f"{same}.txt").read_bytes() == data:
            return Planned(same, True)
        raise SourceError(doc_dir / f"{same}.txt", "this version exists with other text",
                          "raw versions are never overwritten: choose another --version")
    if versions and (doc_dir / f"{versions[-1]}.txt").read_bytes() == data:
        return Planned(versions[-1], True)
    base = retrieved.isoformat()
    for name in [base] + [f"{base}-{n}" for n in SAME_DAY_SUFFIXES]:
        if name.lower() not in by_case:
            return Planned(name, False)
    raise SourceError(doc_dir, f"already {len(SAME_DAY_SUFFIXES) + 1} versions named by {base}",
                      "give this one a name with --version")


def metadata(extracted: Extracted, retrieved: date) -> dict:
    meta = {"title": extracted.title, "source_url": extracted.source_url,
            "published": extracted.published, "retrieved": retrieved.isoformat()}
    return {key: value for key, value in meta.items() if value}


def write_version(doc_dir: Path, version: str, extracted: Extracted, original: bytes, kind: str,
                  retrieved: date) -> Path:
    """Write the original, the sidecar and then the text (the text last: it makes the version)."""
    doc_dir.mkdir(parents=True, exist_ok=True)
    meta = json.dumps(metadata(extracted, retrieved), ensure_ascii=False, indent=2) + "\n"
    text_path = doc_dir / f"{version}.txt"
    _write_new(doc_dir / f"{version}.orig.{kind}", original)
    _write_new(doc_dir / f"{version}.meta.json", meta.encode("utf-8"))
    _write_new(text_path, extracted.text.encode("utf-8"))
    return text_path


def _write_new(path: Path, data: bytes) -> None:
    write_bytes_atomically(path, data)
