"""Stage 3, normalise: turn one document's spaCy output into rows of every table, with
canonical values (dates as intervals, people and places as canonical records, events)."""
from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from dataclasses import asdict
from datetime import date

from . import dates as dates_mod
from . import events as events_mod
from . import people as people_mod
from . import places as places_mod
from .extract import BlockDocs
from .people import EntityMention
from .person_country import Frame
from .schema import TABLES, validate_rows
from .structure import ParsedDocument
from .timing import StageTimer

# spaCy labels kept as ORG / NORP mentions when no person or place covers them
_OTHER_LABELS = {"ORG": "ORG", "NORP": "NORP"}


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _json_row(row: dict) -> dict:
    return {key: _json_value(value) for key, value in row.items()}


def mention_ids(doc: ParsedDocument, spans: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """(mention_id, sentence_index) per (label, start, end): ids hash the label, the text, the
    sentence's text and the occurrence within it, so they survive edits elsewhere in the text."""
    starts = [s.start_char for s in doc.sentences]
    seen: Counter = Counter()
    out = []
    for label, start, end in spans:
        sentence_index = max(0, bisect.bisect_right(starts, start) - 1) if starts else 0
        sentence = doc.sentences[sentence_index] if doc.sentences else None
        sentence_text = doc.text[sentence.start_char : sentence.end_char] if sentence else ""
        key = (label, doc.text[start:end], sentence_text)
        seen[key] += 1
        digest = hashlib.sha1("\x1f".join((*key, str(seen[key]))).encode("utf-8")).hexdigest()[:16]
        out.append((f"m-{digest}", sentence_index))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, mostly disjoint spans."""
    i = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 2) : i])


def _sentence_dates(doc: ParsedDocument, date_mentions) -> callable:
    """offset -> the dates of the sentence at offset, each as (first day, last day) YYYY-MM-DD;
    a sentence without a date has the date being narrated: the last one mentioned before it in
    its block (``... in August 2000 ... . Mr. Mori and Prime Minister X decided ...``)."""
    starts = [s.start_char for s in doc.sentences]
    by_sentence: dict[int, list[tuple[str, str]]] = {}
    for d in date_mentions:
        i = max(0, bisect.bisect_right(starts, d.start_char) - 1)
        by_sentence.setdefault(i, []).append((d.value_start.isoformat(), d.value_end.isoformat()))
    blocks = [(b.start_char, b.end_char) for b in doc.blocks]
    by_start = sorted((d.start_char, (d.value_start.isoformat(), d.value_end.isoformat())) for d in date_mentions)

    def narrated(offset: int) -> list[tuple[str, str]]:
        block = blocks[max(0, bisect.bisect_right(blocks, (offset, len(doc.text) + 1)) - 1)] if blocks else (0, 0)
        before = [v for s, v in by_start if block[0] <= s < offset]
        return before[-1:]

    def dates_at(offset: int) -> list[tuple[str, str]]:
        return by_sentence.get(max(0, bisect.bisect_right(starts, offset) - 1)) or narrated(offset)

    return dates_at


def _other_mentions(block_docs: BlockDocs, taken: list[tuple[int, int]]) -> list[EntityMention]:
    """ORG and NORP entities that no person, place or date covers."""
    return [
        EntityMention(_OTHER_LABELS[ent.label_], ent.text, offset + ent.start_char, offset + ent.end_char, None)
        for offset, sd in block_docs for ent in sd.ents
        if ent.label_ in _OTHER_LABELS and not _overlaps(taken, offset + ent.start_char, offset + ent.end_char)
    ]


def _mention_rows(doc: ParsedDocument, key: dict, date_mentions, entity_mentions) -> tuple[list[dict], list[dict]]:
    """Rows of the mentions table (dates first, then people, places, others) and of the dates table."""
    spans = [("DATE", d.start_char, d.end_char) for d in date_mentions] + \
            [(m.label, m.start_char, m.end_char) for m in entity_mentions]
    ids = mention_ids(doc, spans)
    mention_rows, date_rows = [], []
    for (mention_id, sentence_index), d in zip(ids, date_mentions):
        mention_rows.append({**key, "mention_id": mention_id, "label": "DATE", "text": d.text,
                             "start_char": d.start_char, "end_char": d.end_char,
                             "sentence_index": sentence_index, "entity_id": None})
        date_rows.append(_json_row({**key, "mention_id": mention_id, **asdict(d)}))
    for (mention_id, sentence_index), m in zip(ids[len(date_mentions):], entity_mentions):
        mention_rows.append({**key, "mention_id": mention_id, "label": m.label, "text": m.text,
                             "start_char": m.start_char, "end_char": m.end_char,
                             "sentence_index": sentence_index, "entity_id": m.entity_id})
    return mention_rows, date_rows


def _document_row(doc: ParsedDocument, key: dict) -> dict:
    published = doc.published.isoformat() if doc.published else None
    return {**key, "title": doc.title, "source": doc.source, "source_url": doc.meta.get("source_url"),
            "sha256": doc.sha256, "encoding": doc.encoding, "n_chars": len(doc.text), "published": published,
            "anchor_date": published, "language": doc.language}


def normalise_document(doc: ParsedDocument, block_docs: BlockDocs,
                       timer: StageTimer | None = None) -> dict[str, list[dict]]:
    """Rows of every table for one document version (JSON form: dates as YYYY-MM-DD). The
    seconds spent on dates, people, places and events are added to timer ("normalise.dates" ...)."""
    timer = timer if timer is not None else StageTimer()
    spacy_dates = [(offset + ent.start_char, offset + ent.end_char)
                   for offset, sd in block_docs for ent in sd.ents if ent.label_ == "DATE"]
    with timer("normalise.dates"):
        date_mentions = dates_mod.extract_dates(doc, extra_spans=spacy_dates)
    frame = Frame(title=doc.title, source_url=doc.meta.get("source_url"),
                  published=doc.published.isoformat() if doc.published else None)
    with timer("normalise.people"):
        people, person_mentions = people_mod.find_people(block_docs, frame, _sentence_dates(doc, date_mentions))
    with timer("normalise.places"):
        places, place_mentions = places_mod.find_places(block_docs, doc.published)
    taken = sorted((m.start_char, m.end_char) for m in (*person_mentions, *place_mentions))
    taken += [(d.start_char, d.end_char) for d in date_mentions]
    taken.sort()
    entity_mentions = [*person_mentions, *place_mentions, *_other_mentions(block_docs, taken)]
    key = {"doc_id": doc.doc_id, "version": doc.version}
    mention_rows, date_rows = _mention_rows(doc, key, date_mentions, entity_mentions)
    with timer("normalise.events"):
        event_rows = events_mod.find_events(doc, block_docs, date_mentions, people, person_mentions,
                                            places, place_mentions)
    tables = {
        "documents": [_document_row(doc, key)],
        "mentions": mention_rows,
        "dates": date_rows,
        "people": [_json_row({**key, **asdict(p)}) for p in people],
        "places": [_json_row({**key, **asdict(p)}) for p in places],
        "events": [_json_row({**key, **e}) for e in event_rows],
    }
    for table in TABLES:
        validate_rows(table, tables[table])
    return tables
