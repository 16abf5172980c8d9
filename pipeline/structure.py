"""Types shared by the stages: a document's text and its structure, with offsets into the text.

Every offset is a Python string index into ``ParsedDocument.text`` (the raw text as decoded),
so ``text[start_char:end_char]`` is always the span's text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

BLOCK_KINDS = ("title", "heading", "paragraph", "item", "bullet")


@dataclass(frozen=True)
class Block:
    """One line-level unit of the text.

    ``kind`` is one of BLOCK_KINDS: ``item`` is a numbered list entry such as
    ``- (3) March 30-31, 2014: ... (in Beijing)``, ``bullet`` an unnumbered ``- `` entry.
    The span excludes the list marker (``- `` and ``(3) ``). ``parent`` is the index of the
    block that governs this one: the item above a bullet, the heading above a paragraph or item.
    """

    index: int
    kind: str
    start_char: int
    end_char: int
    parent: int | None = None
    number: int | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    block: int
    start_char: int
    end_char: int


@dataclass
class ParsedDocument:
    doc_id: str
    version: str
    text: str
    source: str
    sha256: str
    title: str | None = None
    published: date | None = None
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)
    language: str | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def block_text(self, block: Block) -> str:
        return self.text[block.start_char : block.end_char]


def to_dict(doc: ParsedDocument) -> dict:
    """JSON form of a parsed document (for the parse stage's output)."""
    return {
        "doc_id": doc.doc_id, "version": doc.version, "text": doc.text, "source": doc.source,
        "sha256": doc.sha256, "title": doc.title, "encoding": doc.encoding, "meta": doc.meta,
        "language": doc.language,
        "published": doc.published.isoformat() if doc.published else None,
        "blocks": [[b.index, b.kind, b.start_char, b.end_char, b.parent, b.number] for b in doc.blocks],
        "sentences": [[s.index, s.block, s.start_char, s.end_char] for s in doc.sentences],
    }


def from_dict(data: dict) -> ParsedDocument:
    published = data.get("published")
    return ParsedDocument(
        doc_id=data["doc_id"], version=data["version"], text=data["text"], source=data["source"],
        sha256=data["sha256"], title=data.get("title"), encoding=data.get("encoding", "utf-8"),
        meta=data.get("meta", {}), language=data.get("language"), published=date.fromisoformat(published) if published else None,
        blocks=[Block(*b) for b in data["blocks"]],
        sentences=[Sentence(*s) for s in data["sentences"]],
    )
