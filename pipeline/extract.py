"""Stage 2, extract: run spaCy over the parsed documents in batches and keep the Docs.

Texts go to ``nlp.pipe`` unit by unit (a block, or a run of its sentences when the block is
long), streamed across documents so memory is bounded by the batch, not the corpus."""
from __future__ import annotations

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


def text_units(doc: ParsedDocument) -> list[tuple[int, int]]:
    """(start, end) spans covering each block, split at sentence ends when a block is long."""
    units: list[tuple[int, int]] = []
    by_block: dict[int, list[tuple[int, int]]] = {}
    for sentence in doc.sentences:
        by_block.setdefault(sentence.block, []).append((sentence.start_char, sentence.end_char))
    for block in doc.blocks:
        if block.end_char - block.start_char <= MAX_UNIT_CHARS:
            units.append((block.start_char, block.end_char))
            continue
        start = end = None
        for s, e in by_block.get(block.index, []):
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


def run_nlp(docs: Iterable[ParsedDocument], nlp: Language,
            batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[ParsedDocument, BlockDocs]]:
    """Yield each document with its (offset, Doc) units, in input order, as soon as it is done."""
    pending: list[tuple[ParsedDocument, int]] = []

    def stream():
        for doc in docs:
            units = text_units(doc)
            pending.append((doc, len(units)))
            for start, end in units:
                yield doc.text[start:end], start

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


def save_block_docs(block_docs: BlockDocs, path: Path) -> None:
    docbin = DocBin(store_user_data=True)
    for offset, spacy_doc in block_docs:
        spacy_doc.user_data["offset"] = offset
        docbin.add(spacy_doc)
    write_bytes_atomically(path, docbin.to_bytes())


def load_block_docs(path: Path, vocab: Vocab) -> BlockDocs:
    docbin = DocBin(store_user_data=True).from_bytes(path.read_bytes())
    return [(d.user_data["offset"], d) for d in docbin.get_docs(vocab)]
