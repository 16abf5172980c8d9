"""Name-span helpers shared by ``pipeline.people`` and ``pipeline.places``: where a person's
name sits inside a PERSON entity, and when a PERSON entity is really a place."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .components import name_start


def person_span(doc: Doc, ent: Span) -> Span | None:
    """The name part of a PERSON entity: no leading title/honorific/"the", no possessive."""
    end = ent.end
    start = name_start(doc, ent.start, end)
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_space
                           or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def in_parenthesis_place(doc: Doc, span: Span) -> bool:
    """``(in Dinard)``, ``(at Camp Humphreys)``: a name right after in/at that closes a
    parenthesis is a place, not a person."""
    if span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].lower_ not in ("in", "at") or doc[span.start - 2].text != "(":
        return False
    return doc[span.end].text == ")"
