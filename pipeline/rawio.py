"""Reading the raw folder: the layout ``raw/<doc_id>/<version>.txt`` with optional
``<version>.meta.json`` sidecars, decoding and checking each file. Never writes to raw/."""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import DocumentError

META_KEYS = {"title", "source_url", "published", "retrieved"}
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_HTML = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b")


@dataclass
class RawDocument:
    doc_id: str
    version: str
    path: Path
    source: str
    meta_path: Path | None = None
    text: str = ""
    sha256: str = ""
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def published(self) -> date | None:
        value = self.meta.get("published")
        return date.fromisoformat(value) if value else None

    @property
    def title(self) -> str | None:
        return self.meta.get("title")


def discover(raw_dir: Path) -> tuple[list[RawDocument], list[DocumentError]]:
    """List the document versions under raw_dir, sorted by (doc_id, version), and layout errors."""
    raw_dir = Path(raw_dir)
    if raw_dir.exists() and not raw_dir.is_dir():
        raise NotADirectoryError(f"raw folder {raw_dir} is a file, not a folder; "
                                 "give --raw the folder that holds <doc_id>/<version>.txt")
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist; "
                                "give --raw the folder that holds <doc_id>/<version>.txt")
    found: list[RawDocument] = []
    problems: list[DocumentError] = []
    for entry in sorted(raw_dir.iterdir()):
        rel = entry.relative_to(raw_dir).as_posix()
        if entry.name.startswith(".") or entry.name.lower() in {"readme.md", "readme.txt", "readme"}:
            continue
        if entry.is_file():
            problems.append(DocumentError(rel, "discover", "layout",
                f"file directly in the raw folder; move it to {raw_dir.name}/<doc_id>/<version>.txt"))
            continue
        if not _SAFE_NAME.match(entry.name) or ".." in entry.name:
            problems.append(DocumentError(rel, "discover", "layout",
                "document folder name must be ASCII letters, digits, '.', '_' or '-' (no spaces, no '..'); rename it"))
            continue
        texts = {p.name[:-4]: p for p in sorted(entry.glob("*.txt")) if p.is_file()}
        for meta_path in sorted(entry.glob("*.meta.json")):
            if meta_path.name[: -len(".meta.json")] not in texts:
                problems.append(DocumentError(meta_path.relative_to(raw_dir).as_posix(), "discover", "layout",
                    "metadata sidecar without its text; add the .txt file or remove the sidecar",
                    doc_id=entry.name, version=meta_path.name[: -len(".meta.json")]))
        seen: dict[str, str] = {}
        for version, path in texts.items():
            prel = path.relative_to(raw_dir).as_posix()
            if not _SAFE_NAME.match(version) or ".." in version:
                problems.append(DocumentError(prel, "discover", "layout",
                    "version file name must be ASCII letters, digits, '.', '_' or '-' (no spaces, no '..'); rename it",
                    doc_id=entry.name))
                continue
            if version.lower() in seen:
                problems.append(DocumentError(prel, "discover", "layout",
                    f"same version as {seen[version.lower()]} apart from letter case; keep one",
                    doc_id=entry.name, version=version))
                continue
            seen[version.lower()] = prel
            meta_path = entry / f"{version}.meta.json"
            found.append(RawDocument(entry.name, version, path, prel,
                                     meta_path if meta_path.is_file() else None))
        for other in sorted(entry.iterdir()):
            if other.is_file() and not (other.suffix == ".txt" or other.name.endswith(".meta.json")) \
                    and not other.name.startswith("."):
                problems.append(DocumentError(other.relative_to(raw_dir).as_posix(), "discover", "layout",
                    "not a .txt text or .meta.json sidecar; it was skipped", doc_id=entry.name))
    return found, problems


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Decode raw bytes: BOMs first, then UTF-8, then cp1252 with a warning; refuse binary data."""
    notes: list[str] = []
    if any(data.startswith(m) for m in _BINARY_MAGIC):
        raise DocumentError(path, "read", "binary",
            "binary file (image, PDF or archive) saved as .txt; convert it to plain text first")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, notes
            except UnicodeDecodeError as exc:
                raise DocumentError(path, "read", "encoding",
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason}); re-save it as UTF-8") from exc
    if b"\x00" in data[:4096]:
        raise DocumentError(path, "read", "binary",
            "contains NUL bytes: a binary file or UTF-16 without a byte-order mark; re-save it as UTF-8")
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="strict") if _is_cp1252(data) else None
    if text is None:
        raise DocumentError(path, "read", "encoding",
            "not valid UTF-8 and not Windows-1252 text; re-save it as UTF-8")
    notes.append(f"{path}: not valid UTF-8; decoded as Windows-1252 (cp1252). Re-save it as UTF-8 to silence this warning")
    return text, "cp1252", notes


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def check_text(text: str, path: str) -> None:
    if not text.strip():
        raise DocumentError(path, "read", "empty",
            "the file is empty or holds only whitespace; add the document's text or remove the file")
    if _HTML.match(text):
        raise DocumentError(path, "read", "html",
            "an HTML page saved as .txt; save the page as plain text (e.g. the browser's 'Save as text') instead")
    controls = sum(1 for ch in text[:100_000] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text[:100_000]) // 20):
        raise DocumentError(path, "read", "binary",
            "mostly control characters: not a text file; convert it to plain text first")


def read_meta(meta_path: Path, rel: str) -> tuple[dict, list[str]]:
    notes: list[str] = []
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise DocumentError(rel, "read", "unreadable",
            f"cannot read the metadata sidecar ({exc.strerror}); make it a readable file (chmod a+r) or remove it") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(rel, "read", "metadata",
            f"metadata sidecar is not valid JSON ({exc}); fix it or remove it") from exc
    if not isinstance(meta, dict):
        raise DocumentError(rel, "read", "metadata", "metadata sidecar must be a JSON object")
    unknown = sorted(set(meta) - META_KEYS)
    if unknown:
        notes.append(f"{rel}: unknown metadata keys ignored: {', '.join(unknown)} (known: {', '.join(sorted(META_KEYS))})")
    for key in ("published", "retrieved"):
        value = meta.get(key)
        if value is None:
            continue
        try:
            date.fromisoformat(str(value)[:10])
            if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
                raise ValueError
        except ValueError as exc:
            raise DocumentError(rel, "read", "metadata",
                f"'{key}' is {value!r}, not a date; write it as YYYY-MM-DD") from exc
    clean = {k: meta[k] for k in sorted(META_KEYS) if meta.get(k) is not None}
    if "published" in clean:
        clean["published"] = clean["published"][:10]
    return clean, notes


def load(doc: RawDocument, raw_dir: Path) -> RawDocument:
    """Read, hash, decode and check one document version; raise DocumentError if it is unusable."""
    try:
        data = doc.path.read_bytes()
    except OSError as exc:
        raise DocumentError(doc.source, "read", "unreadable", f"cannot read the file ({exc.strerror}); make it readable (chmod a+r) or remove it",
                            doc.doc_id, doc.version) from exc
    try:
        doc.sha256 = hashlib.sha256(data).hexdigest()
        doc.text, doc.encoding, doc.warnings = decode(data, doc.source)
        check_text(doc.text, doc.source)
        if doc.meta_path is not None:
            doc.meta, notes = read_meta(doc.meta_path, doc.meta_path.relative_to(raw_dir).as_posix())
            doc.warnings.extend(notes)
    except DocumentError as exc:
        exc.doc_id, exc.version = doc.doc_id, doc.version
        raise
    return doc
