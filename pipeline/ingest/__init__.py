"""``pipeline add``: a saved web page, a PDF or a URL becomes a raw version.

One module per step: ``fetch`` reads a file or downloads a URL and tells HTML from PDF,
``html`` and ``pdf`` turn the original into plain text in the layout the parse stage reads
(one paragraph, heading, numbered item or bullet per line) with the metadata found in it,
``write`` chooses the version name and writes ``raw/<doc_id>/<version>.txt``, its
``.meta.json`` and the original as ``.orig.html`` / ``.orig.pdf``, and ``command`` is the
command line. Only ``command``, ``fetch`` and ``write`` are imported by ``python -m pipeline``;
the HTML and PDF libraries are loaded when a page or PDF is converted."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Extracted:
    """The text of a page or PDF and what its metadata says about it (None when it says nothing)."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source_url: str | None = None


def tidy_lines(lines) -> str:
    """Lines stripped of surrounding whitespace, blank ones dropped, each ending in a newline."""
    kept = [line.strip() for line in lines]
    return "".join(f"{line}\n" for line in kept if line)
