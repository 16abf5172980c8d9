"""Reading the raw folder: the layout ``raw/<doc_id>/<version>.txt`` with optional
``<version>.meta.json`` sidecars, decoding and checking each file. Never writes to raw/."""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import DocumentError

META_KEYS = {"title", "source_url", "published", "retrieved"}
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_HTML = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)
# The original a version was made from (pipeline add): kept for provenance, ignored by the build.
_ORIGINAL = re.compile(r"^[^.].*\.orig\.[A-Za-z0-9]+$")
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
    language: str | None = None  # ISO 639-1, detected by the build (pipeline/language.py)

    @property
    def published(self) -> date | None:
        value = self.meta.get("published")
        return date.fromisoformat(value) if value else None

    @property
    def title(self) -> str | None:
        return self.meta.get("title")


# Hidden entries skipped without a word: version control, notebooks, the Finder. Other
# hidden files (editor back-ups such as .v1.txt.swp) are skipped too; a hidden folder, or a
# name starting with "..", is reported, since it may well hold documents.
_IGNORED = {".git", ".svn", ".hg", ".ipynb_checkpoints", ".DS_Store", ".gitkeep", ".gitignore", ".gitattributes"}
_NAME_RULE = "must start with a letter or digit and use only ASCII letters, digits, '.', '_' or '-' (no spaces, no '..')"


def _ignored(path: Path) -> bool:
    name = path.name
    if name in _IGNORED or name.lower() in {"readme.md", "readme.txt", "readme"}:
        return True
    if _ORIGINAL.match(name) and path.is_file():
        return True
    return name.startswith(".") and not name.startswith("..") and not path.is_dir()


def _layout(path: Path, raw_dir: Path, message: str, doc_id: str | None = None,
            version: str | None = None) -> DocumentError:
    return DocumentError(path.relative_to(raw_dir).as_posix(), "discover", "layout", message, doc_id, version)


def _link_problem(path: Path, raw_dir: Path, root: Path, doc_id: str | None = None,
                  version: str | None = None) -> DocumentError | None:
    """A symbolic link is followed only when it points inside the raw folder."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return _layout(path, raw_dir, f"broken symbolic link (to {os.readlink(path)}); fix it or remove it",
                       doc_id, version)
    if target != root and root not in target.parents:
        return _layout(path, raw_dir, f"symbolic link to {target}, outside the raw folder; copy what it points to "
                       "into the raw folder instead (links are followed only within it)", doc_id, version)
    return None


def _check_raw_dir(raw_dir: Path) -> None:
    if raw_dir.exists() and not raw_dir.is_dir():
        raise NotADirectoryError(f"raw folder {raw_dir} is a file, not a folder; "
                                 "give --raw the folder that holds <doc_id>/<version>.txt")
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist; "
                                "give --raw the folder that holds <doc_id>/<version>.txt")


def discover(raw_dir: Path) -> tuple[list[RawDocument], list[DocumentError]]:
    """List the document versions under raw_dir, sorted by (doc_id, version), and layout errors:
    nothing in the raw folder is skipped without a word, apart from hidden tool files."""
    raw_dir = Path(raw_dir)
    _check_raw_dir(raw_dir)
    root = raw_dir.resolve()
    found: list[RawDocument] = []
    problems: list[DocumentError] = []
    for entry in sorted(raw_dir.iterdir()):
        if _ignored(entry):
            continue
        problem = _link_problem(entry, raw_dir, root)
        if problem is None and not entry.is_dir():
            problem = _layout(entry, raw_dir,
                              f"file directly in the raw folder; move it to {raw_dir.name}/<doc_id>/<version>.txt")
        if problem is None and (not _SAFE_NAME.match(entry.name) or ".." in entry.name):
            problem = _layout(entry, raw_dir, f"document folder name {_NAME_RULE}; rename it")
        if problem is not None:
            problems.append(problem)
            continue
        _discover_document(entry, raw_dir, root, found, problems)
    return found, problems


def _split_name(name: str) -> tuple[str | None, str | None]:
    """(version, kind) of a file name in a document folder: kind "text", "meta" or None."""
    if name.endswith(".meta.json"):
        return name[: -len(".meta.json")], "meta"
    if name.endswith(".txt"):
        return name[: -len(".txt")], "text"
    return None, None


def _entry_problem(path: Path, raw_dir: Path, root: Path, version: str | None) -> DocumentError | None:
    doc_id = path.parent.name
    problem = _link_problem(path, raw_dir, root, doc_id, version)
    if problem is None and path.is_dir():
        what = "a folder, not a text file or metadata sidecar" if version else "a folder inside a document folder"
        problem = _layout(path, raw_dir, f"{what}; versions are files {raw_dir.name}/<doc_id>/<version>.txt: "
                          "move its files up or remove it", doc_id, version)
    if problem is None and version is None:
        problem = _layout(path, raw_dir, "not a .txt text or .meta.json sidecar; it was skipped", doc_id)
    return problem


def _discover_document(folder: Path, raw_dir: Path, root: Path, found: list[RawDocument],
                       problems: list[DocumentError]) -> None:
    """The versions of one document folder, and what in it cannot be used. A version whose
    text or sidecar is unusable (a folder, a link out of the raw folder) is reported once and
    not built."""
    files: dict[str, dict[str, Path]] = {"text": {}, "meta": {}}
    unusable: set[str] = set()
    for path in sorted(folder.iterdir()):
        if _ignored(path):
            continue
        version, kind = _split_name(path.name)
        problem = _entry_problem(path, raw_dir, root, version)
        if problem is not None:
            problems.append(problem)
            if version is not None:
                unusable.add(version)
        else:
            files[kind][version] = path
    _versions(folder, raw_dir, files["text"], files["meta"], unusable, found, problems)


def _versions(folder: Path, raw_dir: Path, texts: dict[str, Path], metas: dict[str, Path], unusable: set[str],
              found: list[RawDocument], problems: list[DocumentError]) -> None:
    doc_id = folder.name
    for version, meta_path in metas.items():
        if version not in texts and version not in unusable:
            problems.append(_layout(meta_path, raw_dir, "metadata sidecar without its text; add the .txt file or "
                                    "remove the sidecar", doc_id, version))
    seen: dict[str, str] = {}
    for version, path in texts.items():
        prel = path.relative_to(raw_dir).as_posix()
        if version in unusable:
            continue
        if not _SAFE_NAME.match(version) or ".." in version:
            problems.append(_layout(path, raw_dir, f"version file name {_NAME_RULE}; rename it", doc_id))
        elif version.lower() in seen:
            problems.append(_layout(path, raw_dir, f"same version as {seen[version.lower()]} apart from letter case; "
                                    "keep one", doc_id, version))
        else:
            seen[version.lower()] = prel
            found.append(RawDocument(doc_id, version, path, prel, metas.get(version)))


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
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason}); "
                    "re-save it as UTF-8") from exc
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
        raise DocumentError(doc.source, "read", "unreadable",
                            f"cannot read the file ({exc.strerror}); make it readable (chmod a+r) or remove it",
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
