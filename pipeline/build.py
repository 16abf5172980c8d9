"""Runs the stages over a raw folder: the whole build, and each stage on its own.

Per-document results of the normalise stage are kept in ``OUT/interim/normalise`` keyed by
a hash of everything they depend on (raw bytes, metadata, code, model), so a rebuild runs
spaCy only on documents whose inputs changed.

The documents that need building are cut into chunks (a fixed rule on the list of documents,
so the same chunks whatever the number of workers) and each chunk is parsed, run through
spaCy and normalised by :func:`process_chunk`: in this process, in a pool of local worker
processes (``Settings.jobs``), or on a dask.distributed cluster (``Settings.executor``); see
``pipeline/parallel.py``. Results come back as the bytes of each document's cache file and
are written as they arrive, so memory is bounded by the chunks in flight, not the corpus.
The export stage then reads the cached rows back, document by document, in sorted order."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import export, language, rawio
from .config import Settings
from .errors import DocumentError, PipelineError
from .lock import output_lock
from .parse import parse_text
from .structure import ParsedDocument, from_dict, to_dict

log = logging.getLogger("pipeline")
PACKAGE_DIR = Path(__file__).resolve().parent
EXPORT_STATE = "export.json"


def _fingerprinted(path: Path, root: Path) -> bool:
    """Code (.py), schemas (.json) and every file of pipeline/data/ (whatever its kind)."""
    if "__pycache__" in path.parts or not path.is_file():
        return False
    return path.suffix in {".py", ".json", ".tsv"} or path.relative_to(root).parts[0] == "data"


def code_fingerprint() -> str:
    """Hash of the package's code, data and table schemas: a change invalidates cached results."""
    digest = hashlib.sha256()
    roots = [PACKAGE_DIR, PACKAGE_DIR.parent / "schemas"]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if _fingerprinted(p, root)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(raw: rawio.RawDocument, settings: Settings, code: str) -> str:
    payload = {"sha256": raw.sha256, "meta": raw.meta, "settings": settings.fingerprint(), "code": code}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def interim_path(out_dir: Path, stage: str, doc_id: str, version: str, suffix: str = ".json") -> Path:
    return Path(out_dir) / "interim" / stage / doc_id / f"{version}{suffix}"


def write_bytes_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def cache_bytes(key: str | None, tables: dict, jsonl: dict[str, str] | None = None) -> bytes:
    """The content of a document's normalise cache file: the key it was made for, the rows of
    every table and, when given, each table's JSONL lines for this document (the rows being
    then in the export's order), which the export writes as they are."""
    data = {"key": key, "tables": tables}
    if jsonl is not None:
        data["jsonl"] = jsonl
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def export_ready(tables: dict[str, list[dict]]) -> tuple[dict, dict[str, str]]:
    """A document's rows sorted as the export sorts them, and their JSONL lines: work done
    once per document, in the workers, instead of at every export."""
    tables = {table: export.sort_rows(table, rows) for table, rows in tables.items()}
    return tables, {table: export.jsonl_bytes(table, rows).decode("utf-8") for table, rows in tables.items()}


def write_json_atomically(path: Path, data) -> None:
    write_bytes_atomically(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def read_cache_entry(path: Path, key: str) -> dict | None:
    """The cache file's content if it is whole and was made from the same inputs, else None."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("tables"), dict):
        return None
    return data


def read_cached(path: Path, key: str) -> dict | None:
    """The cached tables if the file is whole and was made from the same inputs, else None."""
    data = read_cache_entry(path, key)
    return None if data is None else data["tables"]


def parse_raw(raw: rawio.RawDocument) -> ParsedDocument:
    return parse_text(raw.text, doc_id=raw.doc_id, version=raw.version, source=raw.source,
                      sha256=raw.sha256, title=raw.title, published=raw.published,
                      encoding=raw.encoding, meta=raw.meta, language=raw.language)


@dataclass
class BuildReport:
    built: int = 0
    reused: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    # seconds spent per stage: summed over worker processes for parse, spacy, normalise
    # (and its parts when PIPELINE_STAGE_TIMINGS=1), in this process for the rest
    timings: dict[str, float] = field(default_factory=dict)
    exported: bool = False  # False when the tables were already up to date
    action: str = "processed"  # what was done to the `built` documents, for the summary

    @property
    def ok(self) -> bool:
        return not self.failed

    def add_time(self, stage: str, seconds: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds


def detect_language(raw: rawio.RawDocument, model: str, report: BuildReport) -> None:
    """Set raw.language from its text; warn when the model does not cover it."""
    raw.language = language.detect(raw.text)
    _warn_language(raw.source, raw.language, model, report)


def _warn_language(source: str, code: str | None, model: str, report: BuildReport) -> None:
    note = language.warning(source, code, model)
    if note is not None:
        report.warnings.append(note)


def load_raw(raw_dir: Path, report: BuildReport, strict: bool = False,
             model: str | None = None) -> list[rawio.RawDocument]:
    """Discover and read every document version; bad ones go to the report."""
    candidates, problems = rawio.discover(raw_dir)
    report.failed.extend(problems)
    loaded = []
    for raw in candidates:
        try:
            loaded.append(rawio.load(raw, raw_dir))
            report.warnings.extend(raw.warnings)
            detect_language(raw, model or Settings().model, report)
        except DocumentError as exc:
            report.failed.append(exc)
        if strict and report.failed:
            break
    return loaded


@dataclass
class Pending:
    """A document version to build: read again when its chunk is sent, so texts are not all kept."""
    raw: rawio.RawDocument  # without its text
    key: str
    n_chars: int


def scan(raw_dir: Path, out_dir: Path, settings: Settings, code: str, report: BuildReport,
         strict: bool = False) -> tuple[dict[tuple[str, str], str], list[Pending]]:
    """Read and hash every document version; return the cache key of each one that is up to
    date in the cache, and the ones to build (bad documents go to the report)."""
    candidates, problems = rawio.discover(raw_dir)
    report.failed.extend(problems)
    if strict and report.failed:
        return {}, []
    cached: dict[tuple[str, str], str] = {}
    todo: list[Pending] = []
    for raw in candidates:
        try:
            rawio.load(raw, raw_dir)
        except DocumentError as exc:
            report.failed.append(exc)
            if strict:
                break
            continue
        report.warnings.extend(raw.warnings)
        key = cache_key(raw, settings, code)
        tables = read_cached(interim_path(out_dir, "normalise", raw.doc_id, raw.version), key)
        if tables is not None:
            cached[(raw.doc_id, raw.version)] = key
            report.reused += 1
            _warn_language(raw.source, (tables.get("documents") or [{}])[0].get("language"), settings.model, report)
        else:
            detect_language(raw, settings.model, report)
            todo.append(Pending(raw, key, len(raw.text)))
        raw.text = ""
    return cached, todo


def plan_chunks(todo: list[Pending], chunk_chars: int, max_docs: int = 256) -> list[list[Pending]]:
    """Consecutive runs of documents of about chunk_chars characters: one task each. The rule
    depends on the documents only, never on the number of workers, so every executor sends
    spaCy the same batches."""
    chunks: list[list[Pending]] = []
    current: list[Pending] = []
    size = 0
    for item in todo:
        if current and (size + item.n_chars > chunk_chars or len(current) >= max_docs):
            chunks.append(current)
            current, size = [], 0
        current.append(item)
        size += item.n_chars
    if current:
        chunks.append(current)
    return chunks


def build(raw_dir: Path, out_dir: Path, settings: Settings | None = None, strict: bool = False,
          progress: bool = False) -> BuildReport:
    """Build every table from raw_dir into out_dir; return what happened. Holds out_dir's lock
    (``pipeline/lock.py``): a second build into the same folder waits for this one."""
    with output_lock(out_dir):
        return _build(raw_dir, out_dir, settings, strict, progress)


def _build(raw_dir: Path, out_dir: Path, settings: Settings | None, strict: bool, progress: bool) -> BuildReport:
    settings = settings or Settings()
    started = time.perf_counter()
    report = BuildReport()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    code = code_fingerprint()
    cached, todo = scan(raw_dir, out_dir, settings, code, report, strict)
    report.add_time("scan", time.perf_counter() - started)
    if not (cached or todo or report.failed):
        raise PipelineError(f"raw folder {raw_dir} holds no documents (<doc_id>/<version>.txt), so nothing was "
                            f"built and the tables in {out_dir} are unchanged; check --raw")
    if strict and report.failed:
        return report
    done: dict[tuple[str, str], str] = dict(cached)
    if todo and not _build_todo(todo, raw_dir, out_dir, settings, code, report, done, strict, progress):
        return report
    if strict and report.failed:
        return report
    if not done and _output_files(out_dir):
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
                report: BuildReport, done: dict[tuple[str, str], str], strict: bool, progress: bool) -> bool:
    """Run the documents to build through the executor, caching each result as it arrives and
    adding it to done; False if stopped at a failure (strict)."""
    from .parallel import run_chunks

    chunks = plan_chunks(todo, settings.chunk_chars)
    if settings.executor == "local":  # no more worker processes than chunks
        settings = replace(settings, jobs=min(settings.resolved_jobs(), len(chunks)))
    bar = _progress_bar(len(todo), progress)
    results = run_chunks(_chunk_payloads(chunks, raw_dir, settings, code, report), settings, code)
    try:
        for outcomes, timings in results:
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
                return False
    finally:
        results.close()
        bar.close()
    return True


def _chunk_payloads(chunks: list[list[Pending]], raw_dir: Path, settings: Settings, code: str,
                    report: BuildReport) -> Iterator[list[tuple[rawio.RawDocument, str]]]:
    """Each chunk's documents with their texts, read again from raw_dir as the chunk is sent."""
    for chunk in chunks:
        payload = []
        for item in chunk:
            raw = rawio.RawDocument(item.raw.doc_id, item.raw.version, item.raw.path, item.raw.source,
                                    item.raw.meta_path)
            try:
                rawio.load(raw, raw_dir)
            except DocumentError as exc:  # changed or removed since the scan
                report.failed.append(exc)
                continue
            key = item.key if raw.sha256 == item.raw.sha256 and raw.meta == item.raw.meta \
                else cache_key(raw, settings, code)
            raw.warnings, raw.language = [], item.raw.language
            payload.append((raw, key))
        if payload:
            yield payload


# --- the work of one chunk: in this process, a local worker or a dask worker -----------------

_STAGE_TIMES: dict[str, float] = {}
_CHUNK_LOCK = threading.Lock()  # one chunk at a time per process: a spaCy pipeline is not shared between threads
_WORKER_CODE: list[str] = []


def install_stage_timers() -> None:
    """Time the normalise stage's parts (dates, people, places, events) for the benchmark."""
    from . import dates, events, people, places

    for module, name, stage in ((dates, "extract_dates", "normalise.dates"), (people, "find_people", "normalise.people"),
                                (places, "find_places", "normalise.places"), (events, "find_events", "normalise.events")):
        func = getattr(module, name)
        if getattr(func, "_stage_timer", False):
            continue

        def timed(*args, __func=func, __stage=stage, **kwargs):
            began = time.perf_counter()
            try:
                return __func(*args, **kwargs)
            finally:
                _STAGE_TIMES[__stage] = _STAGE_TIMES.get(__stage, 0.0) + time.perf_counter() - began

        timed._stage_timer = True
        setattr(module, name, timed)


def stage_timers_requested() -> bool:
    return os.environ.get("PIPELINE_STAGE_TIMINGS", "") not in ("", "0")


def process_chunk(chunk: list[tuple[rawio.RawDocument, str]], model: str, batch_size: int,
                  code: str | None = None) -> tuple[list[tuple], dict[str, float]]:
    """Parse, run spaCy on and normalise one chunk of documents.

    Returns one outcome per document, in order: (doc_id, version, key, cache file bytes or
    None, error fields or None), and the seconds spent per stage. With ``code``, check first
    that this process runs the same pipeline code as the one that computed the keys."""
    with _CHUNK_LOCK:
        if code is not None:
            if not _WORKER_CODE:
                _WORKER_CODE.append(code_fingerprint())
            if _WORKER_CODE[0] != code:
                raise PipelineError(
                    "this worker runs different pipeline code (or data) than the client: install the "
                    "same checkout of the project on every worker (see bench/README.md, 'Scale')")
        return _process_chunk(chunk, model, batch_size)


def _process_chunk(chunk, model, batch_size):
    began = time.perf_counter()
    from . import nlp as nlp_mod
    from .extract import run_nlp
    from .normalise import normalise_document

    if stage_timers_requested():
        install_stage_timers()
    _STAGE_TIMES.clear()
    nlp = nlp_mod.load_nlp(model)  # once per process, then cached
    times = {"load_model": time.perf_counter() - began, "parse": 0.0, "spacy": 0.0, "normalise": 0.0,
             "serialise": 0.0}
    keys = {(raw.doc_id, raw.version): (raw, key) for raw, key in chunk}
    outcomes: dict[tuple[str, str], tuple] = {}

    def failure(raw, stage, message):
        return (raw.doc_id, raw.version, None, None,
                {"path": raw.source, "stage": stage, "error": "internal", "message": message,
                 "doc_id": raw.doc_id, "version": raw.version})

    def parsed() -> Iterator[ParsedDocument]:
        for raw, _ in chunk:
            began = time.perf_counter()
            try:
                doc = parse_raw(raw)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
                outcomes[(raw.doc_id, raw.version)] = failure(raw, "parse", f"parse failed: {exc!r}")
                continue
            finally:
                times["parse"] += time.perf_counter() - began
            yield doc

    stream = run_nlp(parsed(), nlp, batch_size)
    while True:
        began = time.perf_counter()
        parse_before = times["parse"]
        try:
            doc, block_docs = next(stream)
        except StopIteration:
            times["spacy"] += time.perf_counter() - began - (times["parse"] - parse_before)
            break
        times["spacy"] += time.perf_counter() - began - (times["parse"] - parse_before)
        raw, key = keys[(doc.doc_id, doc.version)]
        began = time.perf_counter()
        try:
            tables = normalise_document(doc, block_docs)
        except Exception as exc:  # noqa: BLE001
            log.debug("normalise failed for %s", raw.source, exc_info=True)
            outcomes[(raw.doc_id, raw.version)] = failure(
                raw, "normalise", f"normalise failed: {exc!r}; run with --debug and report it")
            continue
        finally:
            times["normalise"] += time.perf_counter() - began
        began = time.perf_counter()
        tables, jsonl = export_ready(tables)
        outcomes[(raw.doc_id, raw.version)] = (raw.doc_id, raw.version, key, cache_bytes(key, tables, jsonl), None)
        times["serialise"] += time.perf_counter() - began
    times.update(_STAGE_TIMES)
    return [outcomes[(raw.doc_id, raw.version)] for raw, _ in chunk], times


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked from this one

    return Bar(total=total, desc="documents", unit="doc", disable=not enabled, leave=False)


# --- export: every table from the cached rows -------------------------------------------------

def _export_signature(documents: list[tuple[str, str, str]], errors: list[dict], code: str) -> str:
    payload = {"documents": documents, "errors": errors, "code": code}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _output_files(out_dir: Path) -> list[Path]:
    return sorted(p for folder in ("parquet", "json") if (out_dir / folder).is_dir()
                  for p in (out_dir / folder).iterdir() if p.is_file() and not p.name.startswith("."))


def _file_state(out_dir: Path) -> dict[str, list[int]]:
    return {p.relative_to(out_dir).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns] for p in _output_files(out_dir)}


def _tables_up_to_date(out_dir: Path, signature: str) -> dict | None:
    """The recorded row counts if the last export was made from exactly these cached results
    and its files are still there, unchanged (size and modification time), else None."""
    try:
        state = json.loads((out_dir / "interim" / EXPORT_STATE).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("signature") != signature or not state.get("files"):
        return None
    try:
        if _file_state(out_dir) != state["files"]:
            return None
    except OSError:
        return None
    return state.get("rows")


def export_tables(out_dir: Path, documents: list[tuple[str, str, str]], errors: list[dict], code: str,
                  report: BuildReport) -> None:
    """Write every table from the cached rows of documents [(doc_id, version, key)], sorted.

    Skipped when the tables on disk were written from the same cached results, errors and
    code. Otherwise the tables are written into OUT/interim/export-staging first and moved
    into place once all are whole, so a build killed while exporting leaves every previous
    table as it was."""
    signature = _export_signature(documents, errors, code)
    rows = _tables_up_to_date(out_dir, signature)
    if rows is not None:
        report.rows = rows
        return
    state_path = out_dir / "interim" / EXPORT_STATE
    state_path.unlink(missing_ok=True)

    def entries() -> Iterator[tuple[dict, dict | None]]:
        for doc_id, version, key in documents:
            path = interim_path(out_dir, "normalise", doc_id, version)
            entry = read_cache_entry(path, key)
            if entry is None:
                raise PipelineError(f"{path} changed during the build; run the build again")
            jsonl = entry.get("jsonl")
            yield entry["tables"], jsonl if isinstance(jsonl, dict) else None

    def tables() -> Iterator[dict]:
        return (tables for tables, _ in entries())

    report.rows = write_staged(out_dir, lambda staging: export.write_tables_streaming(staging, tables, errors, entries))
    report.exported = True
    write_json_atomically(state_path, {"signature": signature, "rows": report.rows, "files": _file_state(out_dir)})


def write_staged(out_dir: Path, write: Callable[[Path], dict[str, int]]) -> dict[str, int]:
    """Have write(staging) write every table into OUT/interim/export-staging, then move them
    into place once all are whole: an error (disk full) or a kill while writing leaves every
    previous table as it was. Returns what write returned."""
    staging = out_dir / "interim" / "export-staging"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        rows = write(staging)
        export.remove_stale_temporaries(out_dir)
        for path in _output_files(staging):
            target = out_dir / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return rows


# --- each stage on its own -------------------------------------------------------------

def run_parse_stage(raw_dir: Path, out_dir: Path) -> BuildReport:
    report = BuildReport()
    manifest = []
    for raw in load_raw(Path(raw_dir), report):
        try:
            doc = parse_raw(raw)
        except Exception as exc:  # noqa: BLE001
            report.failed.append(DocumentError(raw.source, "parse", "internal", f"parse failed: {exc!r}",
                                               raw.doc_id, raw.version))
            continue
        write_json_atomically(interim_path(out_dir, "parse", raw.doc_id, raw.version), to_dict(doc))
        manifest.append([raw.doc_id, raw.version])
        report.built += 1
    write_manifest(out_dir, manifest, [e.row() for e in report.failed], raw_dir)
    return report


def write_manifest(out_dir: Path, documents: list, errors: list[dict], raw_dir: Path | None = None) -> None:
    """Which document versions the last parse or build saw, and from which raw folder: the
    export stage reads these, and diff checks the raw folder."""
    data = {"documents": [list(d) for d in documents], "errors": errors}
    if raw_dir is not None:
        data["raw"] = str(Path(raw_dir).resolve())
    write_json_atomically(Path(out_dir) / "interim" / "manifest.json", data)


def _manifest(out_dir: Path) -> dict:
    path = Path(out_dir) / "interim" / "manifest.json"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run the parse stage first")
    return json.loads(path.read_text(encoding="utf-8"))


def run_extract_stage(out_dir: Path, settings: Settings) -> BuildReport:
    from .extract import run_nlp, save_block_docs
    from .nlp import load_nlp

    report = BuildReport()
    nlp = load_nlp(settings.model)
    docs = (from_dict(json.loads(interim_path(out_dir, "parse", d, v).read_text(encoding="utf-8")))
            for d, v in _manifest(out_dir)["documents"])
    for doc, block_docs in run_nlp(docs, nlp, settings.batch_size):
        save_block_docs(block_docs, interim_path(out_dir, "extract", doc.doc_id, doc.version, ".spacy"))
        report.built += 1
    return report


def run_normalise_stage(out_dir: Path, settings: Settings) -> BuildReport:
    import spacy

    from .extract import load_block_docs
    from .normalise import normalise_document

    report = BuildReport()
    # The English vocabulary's lexical attributes (is_alpha, like_num, ...) are used by the
    # normalisers; the saved Docs carry everything else, so the model itself is not loaded.
    vocab = spacy.blank("en").vocab
    for d, v in _manifest(out_dir)["documents"]:
        doc = from_dict(json.loads(interim_path(out_dir, "parse", d, v).read_text(encoding="utf-8")))
        block_docs = load_block_docs(interim_path(out_dir, "extract", d, v, ".spacy"), vocab)
        tables = normalise_document(doc, block_docs)
        write_json_atomically(interim_path(out_dir, "normalise", d, v), {"key": None, "tables": tables})
        report.built += 1
    return report


def run_export_stage(out_dir: Path) -> BuildReport:
    manifest = _manifest(out_dir)
    report = BuildReport(built=len(manifest["documents"]), action="exported")

    def tables() -> Iterator[dict]:
        return (json.loads(interim_path(out_dir, "normalise", d, v).read_text(encoding="utf-8"))["tables"]
                for d, v in manifest["documents"])

    report.rows = write_staged(Path(out_dir), lambda staging: export.write_tables_streaming(
        staging, tables, manifest["errors"]))
    return report
