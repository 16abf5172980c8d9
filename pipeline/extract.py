"""Stage 2, extract: run spaCy over the parsed documents in batches and keep the Docs.

Texts go to ``nlp.pipe`` unit by unit (a block, or a run of its sentences when the block is
long), streamed across documents so memory is bounded by the batch, not the corpus."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from .atomic import write_bytes_atomically
from .config import DEFAULT_BATCH_SIZE
from .structure import ParsedDocument

MAX_UNIT_CHARS = 20_000
BlockDocs = list[tuple[int, Doc]]


def block_units(doc: ParsedDocument) -> list[list[tuple[int, int]]]:
    """Per block, in order: the (start, end) spans covering it, split at sentence ends when the
    block is long (a long block without sentences has none)."""
    by_block: dict[int, list[tuple[int, int]]] = {}
    for sentence in doc.sentences:
        by_block.setdefault(sentence.block, []).append((sentence.start_char, sentence.end_char))
    return [_without_marker(doc.text, _units_of_block(block, by_block.get(block.index, []))) for block in doc.blocks]


# a list marker opening a block: "1. ", "(2) ", "3) ", "- ", "• " (one or more); the model parses
# "1. On July 26, members ... announced" as two sentences, the second one broken
_MARKER = re.compile(r"[ \t]*(?:(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|[-•*–])[ \t]+)+")


def _without_marker(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The block's units with its first unit starting after a leading list marker, so that the
    model parses the sentence, not the number (offsets stay those of the text)."""
    if not units:
        return units
    start, end = units[0]
    m = _MARKER.match(text, start, end)
    if m is None or m.end() >= end:
        return units
    return [(m.end(), end)] + units[1:]


def _units_of_block(block, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if block.end_char - block.start_char <= MAX_UNIT_CHARS:
        return [(block.start_char, block.end_char)]
    units: list[tuple[int, int]] = []
    start = end = None
    for s, e in sentences:
        for piece_start in range(s, e, MAX_UNIT_CHARS):
            piece_end = min(e, piece_start + MAX_UNIT_CHARS)
            if start is not None and piece_end - start > MAX_UNIT_CHARS:
                units.append((start, end))
                start = None
            if start is None:
                start = piece_start
            end = piece_end
    if start is not None:
        units.append((start, end))
    return units


def unit_text(text: str, start: int, end: int) -> str:
    """What the model reads of a unit: its text with every line break inside it as a space (a
    hard-wrapped paragraph is one block across lines; the model would parse the breaks as
    words). The same length, so every offset stays the text's."""
    return text[start:end].replace("\r", " ").replace("\n", " ")


def text_units(doc: ParsedDocument) -> list[tuple[int, int]]:
    """(start, end) spans covering each block, split at sentence ends when a block is long."""
    return [unit for units in block_units(doc) for unit in units]


def block_ranges(doc: ParsedDocument, range_chars: int) -> list[list[tuple[int, int]]]:
    """The document's text units cut into ranges of whole blocks of about range_chars
    characters (a fixed rule on the document: the same ranges whatever the number of workers)."""
    ranges: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    size = 0
    for units in block_units(doc):
        chars = sum(e - s for s, e in units)
        if current and size + chars > range_chars:
            ranges.append(current)
            current, size = [], 0
        current.extend(units)
        size += chars
    if current:
        ranges.append(current)
    return ranges


def run_nlp(docs: Iterable[ParsedDocument], nlp: Language,
            batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[ParsedDocument, BlockDocs]]:
    """Yield each document with its (offset, Doc) units, in input order, as soon as it is done."""
    pending: list[tuple[ParsedDocument, int]] = []

    def stream():
        for doc in docs:
            units = text_units(doc)
            pending.append((doc, len(units)))
            for start, end in units:
                yield unit_text(doc.text, start, end), start

    current: BlockDocs = []
    for spacy_doc, offset in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        current.append((offset, spacy_doc))
        while pending and len(current) >= pending[0][1]:
            doc, count = pending.pop(0)
            yield doc, current[:count]
            current = current[count:]
    while pending:  # documents with no text units
        doc, _ = pending.pop(0)
        yield doc, []


def block_docs_bytes(block_docs: Iterable[tuple[int, Doc]]) -> bytes:
    """The (offset, Doc) units as a spaCy DocBin (offsets in each Doc's user_data)."""
    docbin = DocBin(store_user_data=True)
    for offset, spacy_doc in block_docs:
        spacy_doc.user_data["offset"] = offset
        docbin.add(spacy_doc)
    return docbin.to_bytes()


def block_docs_from_bytes(data: bytes, vocab: Vocab) -> BlockDocs:
    docbin = DocBin(store_user_data=True).from_bytes(data)
    return [(d.user_data["offset"], d) for d in docbin.get_docs(vocab)]


def save_block_docs(block_docs: BlockDocs, path: Path) -> None:
    write_bytes_atomically(path, block_docs_bytes(block_docs))


def load_block_docs(path: Path, vocab: Vocab) -> BlockDocs:
    return block_docs_from_bytes(path.read_bytes(), vocab)
