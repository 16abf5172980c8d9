"""Read the original: a saved .html/.htm or .pdf file, or an http(s) URL downloaded with a
timeout, a size limit and a user agent naming the project. Says whether it is HTML or PDF."""
from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..config import PIPELINE_VERSION
from ..errors import SourceError

USER_AGENT = f"diplo-pipeline/{PIPELINE_VERSION} (+README: python -m pipeline add)"
TIMEOUT_SECONDS = 30.0
MAX_BYTES = 50 * 1024 * 1024
SUFFIX_KINDS = {".html": "html", ".htm": "html", ".pdf": "pdf"}
CONTENT_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf"}
_UNTYPED = {"application/octet-stream", "binary/octet-stream", "application/x-download"}
_SAVE_INSTEAD = "or save the page in a browser and add the saved file"


@dataclass
class Original:
    """The bytes of a page or PDF, which of the two it is, and the URL it came from (if fetched)."""

    data: bytes
    kind: str  # "html" or "pdf"
    url: str | None = None


def is_url(source: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def load_source(source: str, timeout: float = TIMEOUT_SECONDS) -> Original:
    """The original named by SOURCE: an http(s) URL, or a path to a .html, .htm or .pdf file."""
    if is_url(source):
        if not re.match(r"^https?://", source, re.IGNORECASE):
            raise SourceError(source, "only http:// and https:// addresses can be fetched",
                              "give an http(s) URL or the path of a saved .html, .htm or .pdf file")
        return fetch_url(source, timeout)
    return read_file(Path(source))


def read_file(path: Path) -> Original:
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind is None:
        raise SourceError(path, "not an .html, .htm or .pdf file",
                          "save the page as HTML or PDF, or give its http(s) URL")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "no such file", "check the path") from None
    except OSError as exc:
        raise SourceError(path, f"cannot read the file ({exc.strerror})", "check the path and its permissions") from None
    return Original(data, sniff(data, kind, path), None)


def fetch_url(url: str, timeout: float = TIMEOUT_SECONDS) -> Original:
    """Download URL; any network failure, HTTP error, wrong content type or oversize body is a SourceError."""
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            data = response.read(MAX_BYTES + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise SourceError(url, f"the server answered HTTP {exc.code} {exc.reason}",
                          f"check the address, {_SAVE_INSTEAD}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
        raise SourceError(url, f"could not fetch it ({reason})",
                          f"check the address and the network connection, {_SAVE_INSTEAD}") from None
    if len(data) > MAX_BYTES:
        raise SourceError(url, f"the download is larger than {MAX_BYTES // 2**20} MB",
                          "give the address of the page or the PDF itself")
    return Original(data, sniff(data, kind_of_content(content_type, data, url), url), final_url)


def kind_of_content(content_type: str, data: bytes, url: str) -> str:
    kind = CONTENT_KINDS.get(content_type)
    if kind is None and content_type in _UNTYPED and _is_pdf(data):
        kind = "pdf"
    if kind is None:
        raise SourceError(url, f"the server sent {content_type}, not an HTML page or a PDF",
                          "give the address of the page or the PDF itself")
    return kind


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def sniff(data: bytes, kind: str, source: object) -> str:
    """The kind the bytes really are: a PDF served or saved as HTML is read as a PDF; a
    file said to be a PDF that is not one is refused."""
    if _is_pdf(data):
        return "pdf"
    if kind == "pdf":
        raise SourceError(source, "not a PDF (it does not start with %PDF-)",
                          "download the PDF again, or save the page as .html if it is a web page")
    return kind
