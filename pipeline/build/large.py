"""Large documents: one document longer than ``Settings.large_doc_chars`` uses every worker.

The client parses it and cuts its text units into ranges of whole blocks of about
``Settings.block_range_chars`` characters (``extract.block_ranges``: a fixed rule on the
document, so the same ranges, and the same spaCy batches, whatever the number of workers).
Each range is one task (``worker.RangeTask``): a worker runs spaCy over it and returns its
Docs as DocBin bytes. The client keeps the bytes as they arrive, in order; when the last
range is in, it turns them back into Docs, normalises the whole document once (so the rows
are those of ``--jobs 1``) and makes its cache file. Only one range's Docs live in a worker,
and the client holds Docs only while it normalises.

:class:`TaskStream` turns the build's chunks into the executor's tasks and records, in
order, what each task was, so that the results (which come back in the same order) can be
told apart."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from .. import rawio
from ..config import Settings
from ..extract import unit_text
from ..timing import StageTimer
from .cache import cache_bytes, export_ready
from .worker import Outcome, RangeTask, _failure, parse_raw

Payload = list[tuple[rawio.RawDocument, str]]


class LargeDocument:
    """One large document on its way: parsed, its ranges sent, their Docs' bytes gathered."""

    def __init__(self, raw: rawio.RawDocument, key: str, doc, ranges: list[list[tuple[int, int]]],
                 settings: Settings, progress: bool):
        self.raw, self.key, self.doc, self.settings = raw, key, doc, settings
        self.ranges = ranges
        self.parts: list[bytes | None] = [None] * len(ranges)
        self.missing = len(ranges)
        self.bar = _range_bar(f"{raw.doc_id}/{raw.version}", len(ranges), progress)

    def tasks(self) -> Iterator[RangeTask]:
        for index, units in enumerate(self.ranges):
            yield RangeTask(self.raw.doc_id, self.raw.version, index, [(s, unit_text(self.doc.text, s, e)) for s, e in units])
        self.ranges = []  # the units' texts were copied into the tasks: nothing more to keep

    def add(self, index: int, data: bytes, timer: StageTimer) -> list[Outcome]:
        """Keep one range's bytes; after the last one, the document's outcome (else nothing)."""
        self.parts[index] = data
        self.missing -= 1
        self.bar.update(1)
        if self.missing:
            return []
        self.bar.set_postfix_str("normalising")
        try:
            return [self._finish(timer)]
        finally:
            self.bar.close()

    def _finish(self, timer: StageTimer) -> Outcome:
        from .. import nlp as nlp_mod
        from ..extract import block_docs_from_bytes
        from ..normalise import normalise_document

        with timer("load_model"):
            vocab = nlp_mod.load_nlp(self.settings.model).vocab
        with timer("serialise"):
            block_docs = [item for data in self.parts for item in block_docs_from_bytes(data, vocab)]
        self.parts = []
        raw, key = self.raw, self.key
        with timer("normalise"):
            try:
                tables = normalise_document(self.doc, block_docs, timer)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
                return _failure(raw, "normalise", exc)
        del block_docs
        with timer("serialise"):
            tables, jsonl = export_ready(tables)
            return (raw.doc_id, raw.version, key, cache_bytes(key, tables, jsonl), None)


def _range_bar(name: str, total: int, enabled: bool):
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked from this one

    return Bar(total=total, desc=name, unit="range", disable=not enabled, leave=False)


class TaskStream:
    """The executor's tasks from the build's chunks: a chunk's ordinary documents as one task,
    each large document as its range tasks. ``sent`` holds, in order, None for a chunk task and
    (LargeDocument, range index) for a range task."""

    def __init__(self, payloads: Iterable[Payload], settings: Settings, progress: bool = False):
        self.payloads = payloads
        self.settings = settings
        self.progress = progress
        self.sent: deque = deque()
        self.timer = StageTimer()  # the client's own work: parsing large documents

    def __iter__(self) -> Iterator:
        limit = self.settings.large_doc_chars
        for payload in self.payloads:
            small = [(raw, key) for raw, key in payload if len(raw.text) <= limit]
            if small:
                self.sent.append(None)
                yield small
            for raw, key in payload:
                if len(raw.text) > limit:
                    yield from self._large(raw, key)

    def _large(self, raw: rawio.RawDocument, key: str) -> Iterator:
        try:
            with self.timer("parse"):
                doc = parse_raw(raw)
        except Exception:  # noqa: BLE001 - a worker parses it again and reports the error
            self.sent.append(None)
            yield [(raw, key)]
            return
        from ..extract import block_ranges

        ranges = block_ranges(doc, self.settings.block_range_chars)
        if not ranges:  # no text to run spaCy on: an ordinary task
            self.sent.append(None)
            yield [(raw, key)]
            return
        raw.text = ""  # the parsed document keeps the text
        big = LargeDocument(raw, key, doc, ranges, self.settings, self.progress)
        for task in big.tasks():
            self.sent.append((big, task.index))
            yield task

    def outcomes(self, result: tuple) -> tuple[list[Outcome], dict[str, float]]:
        """The documents finished by the next result, and the seconds the work took."""
        item = self.sent.popleft()
        if item is None:
            return result
        big, index = item
        data, seconds = result
        timer = StageTimer()
        timer.seconds = dict(seconds)
        outcomes = big.add(index, data, timer)
        for stage, value in self.timer.seconds.items():
            timer.add(stage, value)
        self.timer = StageTimer()
        return outcomes, timer.seconds
