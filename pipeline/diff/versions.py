"""Reading the built datasets, choosing the versions to compare, building what is missing."""
from __future__ import annotations

import bisect
import hashlib
import json
import logging
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .. import rawio
from ..config import Settings
from ..errors import DocumentError, PipelineError
from ..parse import parse_text
from .compare import DIFF_TABLES, PairDiff, conform, diff_versions

log = logging.getLogger("pipeline")


# --- reading the built datasets ---------------------------------------------------------------

class Built:
    """The built tables of some documents (Arrow, as read), with each version's rows on demand."""

    def __init__(self, out_dir: Path, doc_id: str | None = None):
        self.out_dir = Path(out_dir)
        documents = self._read("documents", doc_id, ["doc_id", "version", "source", "sha256"])
        self.documents: dict[tuple[str, str], dict] = {
            (row["doc_id"], row["version"]): row for row in (documents.to_pylist() if documents else [])}
        errors = self._read("errors", doc_id)
        self.errors: list[dict] = errors.to_pylist() if errors else []
        self._tables: dict[str, pa.Table] = {}
        self._slices: dict[str, dict[tuple[str, str], tuple[int, int]]] = {}
        for table in DIFF_TABLES:
            data = self._read(table, doc_id)
            if data is None or data.num_rows == 0:
                self._slices[table] = {}
                continue
            # sorted by document and version, each version's rows are one slice: found once, so
            # --all over a large corpus neither filters the tables per pair nor holds them as dicts
            data = data.sort_by([("doc_id", "ascending"), ("version", "ascending")])
            keys = data.select(["doc_id", "version"]).append_column("row", pa.array(range(data.num_rows), pa.int64()))
            groups = keys.group_by(["doc_id", "version"]).aggregate([("row", "min"), ("row", "count")])
            self._tables[table] = data
            self._slices[table] = {
                (d, v): (start, count) for d, v, start, count in zip(
                    *(groups.column(c).to_pylist() for c in ("doc_id", "version", "row_min", "row_count")))}

    def _read(self, table: str, doc_id: str | None, cols: list[str] | None = None) -> pa.Table | None:
        path = self.out_dir / "parquet" / f"{table}.parquet"
        if not path.exists():
            return None
        filters = [("doc_id", "==", doc_id)] if doc_id is not None else None
        return pq.read_table(path, columns=cols, filters=filters)

    def rows(self, table: str, doc_id: str, version: str) -> list[dict]:
        """One version's rows of a table, in the output contract's JSON form."""
        where = self._slices[table].get((doc_id, version))
        if where is None:
            return []
        return [conform(table, row) for row in self._tables[table].slice(*where).to_pylist()]

    def versions(self, doc_id: str) -> set[str]:
        return {v for d, v in self.documents if d == doc_id}

    def doc_ids(self) -> set[str]:
        return {d for d, _ in self.documents}

    def error_for(self, doc_id: str, version: str) -> str | None:
        for row in self.errors:
            if row.get("doc_id") == doc_id and row.get("version") == version:
                return f"{row['path']}: {row['message']}"
        return None


def _parsed_raw(raw_dir: Path | None, document: dict):
    """The raw text the build saw with its sentences (parsed as the build parses it, no spaCy),
    or None if it is not at hand (missing, or edited since)."""
    if raw_dir is None:
        return None
    path = Path(raw_dir) / document["source"]
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != document["sha256"]:
        return None
    meta = path.with_name(f"{document['version']}.meta.json")
    raw = rawio.RawDocument(document["doc_id"], document["version"], path, document["source"],
                            meta if meta.is_file() else None)
    try:
        raw = rawio.load(raw, Path(raw_dir))
    except DocumentError:
        return None
    return parse_text(raw.text, doc_id=raw.doc_id, version=raw.version)


def _with_sentences(rows: list[dict], parsed) -> list[dict] | None:
    """Date rows with the text of the sentence each starts in, or None if the text does not match."""
    if parsed is None:
        return None
    starts = [s.start_char for s in parsed.sentences]
    out = []
    for row in rows:
        start, end = row.get("start_char"), row.get("end_char")
        if start is None or end is None or parsed.text[start:end] != row.get("text") or not starts:
            return None
        sentence = parsed.sentences[max(0, bisect.bisect_right(starts, start) - 1)]
        out.append({**row, "sentence": parsed.text[sentence.start_char:sentence.end_char]})
    return out


def compare(built: Built, raw_dir: Path | None, doc_id: str, from_version: str, to_version: str) -> PairDiff:
    """Diff two built versions of a document."""
    sides = []
    for version in (from_version, to_version):
        sides.append({t: built.rows(t, doc_id, version) for t in DIFF_TABLES})
    notes = []
    dated = [_with_sentences(side["dates"], _parsed_raw(raw_dir, built.documents[(doc_id, v)]))
             for side, v in zip(sides, (from_version, to_version))]
    if all(d is not None for d in dated):
        for side, rows in zip(sides, dated):
            side["dates"] = rows
    else:
        notes.append(f"the raw text of {doc_id} {from_version} or {to_version} is not in the raw folder as built, "
                     "so dates were matched by mention_id: a date whose sentence changed shows as removed and added")
    result = diff_versions(doc_id, from_version, to_version, sides[0], sides[1])
    result.notes = notes
    return result


# --- choosing the versions, building what is missing ---------------------------------------------

def _raw_versions(raw_dir: Path | None) -> dict[str, dict[str, rawio.RawDocument]]:
    if raw_dir is None or not Path(raw_dir).is_dir():
        return {}
    found, _ = rawio.discover(Path(raw_dir))
    out: dict[str, dict[str, rawio.RawDocument]] = defaultdict(dict)
    for raw in found:
        out[raw.doc_id][raw.version] = raw
    return out


def _stale(built: Built, raws: dict[str, dict[str, rawio.RawDocument]], doc_id: str, version: str) -> bool:
    """Whether the version is not built, or its raw file changed since it was."""
    document = built.documents.get((doc_id, version))
    if document is None:
        return True
    raw = raws.get(doc_id, {}).get(version)
    if raw is None:
        return False
    try:
        return hashlib.sha256(raw.path.read_bytes()).hexdigest() != document["sha256"]
    except OSError:
        return False


def plan(built: Built, raws: dict, doc_id: str | None, versions: list[str], all_pairs: bool) -> list[tuple[str, str, str]]:
    """The (doc_id, from, to) pairs to compare; raise PipelineError if the request cannot be met."""
    known = sorted(built.doc_ids() | set(raws))
    if doc_id is not None and doc_id not in known:
        hint = ", ".join(known[:20]) + (" ..." if len(known) > 20 else "") if known else "none"
        raise PipelineError(f"document {doc_id!r} is neither in {built.out_dir} nor in the raw folder; "
                            f"known documents: {hint}")
    pairs = []
    for doc in ([doc_id] if doc_id is not None else known):
        available = sorted(built.versions(doc) | set(raws.get(doc, {})))
        if all_pairs:
            pairs.extend((doc, a, b) for a, b in zip(available, available[1:]))
        elif versions:
            for v in versions:
                if v not in available:
                    raise PipelineError(f"version {v!r} of {doc} not found; versions: {', '.join(available)}")
            if versions[0] == versions[1]:
                raise PipelineError(f"FROM_VERSION and TO_VERSION are both {versions[0]!r}; give two versions")
            pairs.append((doc, versions[0], versions[1]))
        else:
            if len(available) < 2:
                raise PipelineError(f"{doc} has only one version ({', '.join(available)}); nothing to compare")
            pairs.append((doc, available[-2], available[-1]))
    return pairs


def _check_same_raw(out_dir: Path, raw_dir: Path | None) -> None:
    """Refuse a raw folder other than the one OUT was built from: building OUT from it would
    replace its tables and drop the documents of the first."""
    try:
        recorded = json.loads((Path(out_dir) / "interim" / "manifest.json").read_text(encoding="utf-8")).get("raw")
    except (OSError, ValueError, AttributeError):
        return
    if raw_dir is not None and recorded and Path(raw_dir).resolve() != Path(recorded):
        raise PipelineError(f"{out_dir} was built from {recorded}, not {raw_dir}: give --raw {recorded}, "
                            f"or --out another folder to build {raw_dir} there")


def ensure_built(out_dir: Path, raw_dir: Path | None, doc_id: str | None, versions: list[str],
                 all_pairs: bool, settings: Settings) -> tuple[Built, list[tuple[str, str, str]]]:
    """Read the built tables, building first if a version to compare is missing or out of date."""
    from ..build import build

    _check_same_raw(out_dir, raw_dir)
    raws = _raw_versions(raw_dir)
    built = Built(out_dir, None if all_pairs and doc_id is None else doc_id)
    pairs = plan(built, raws, doc_id, versions, all_pairs)
    needed = sorted({(d, v) for d, a, b in pairs for v in (a, b)})
    stale = [(d, v) for d, v in needed if _stale(built, raws, d, v)]
    if stale:  # only versions found in the raw folder can be missing or stale
        log.info("building %s from %s first: %d version(s) to compare are not built or changed since",
                 out_dir, raw_dir, len(stale))
        report = build(Path(raw_dir), Path(out_dir), settings)
        if report.failed:
            log.warning("warning: %d document(s) could not be built; see %s", len(report.failed),
                        Path(out_dir) / "json" / "errors.jsonl")
        built = Built(out_dir, None if all_pairs and doc_id is None else doc_id)
        for d, v in needed:
            if (d, v) not in built.documents:
                reason = built.error_for(d, v) or "see the errors table"
                raise PipelineError(f"{d} {v} could not be built: {reason}")
    return built, pairs
