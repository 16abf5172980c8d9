"""Component ``diplo_ent_newlines``: an entity never crosses a line break (``Ri Yong Ho\\n-``)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .spans import set_ents

_TRAILING = "-–—,;:"


def _cut_end(doc: Doc, ent: Span) -> int:
    """End of ``ent`` at its first line break, without the spaces and dashes before it."""
    end = ent.end
    for i in range(ent.start, ent.end):
        tok = doc[i]
        if tok.is_space and "\n" in tok.text or (i > ent.start and "\n" in doc[i - 1].whitespace_):
            end = i
            break
    while end > ent.start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text in _TRAILING):
        end -= 1
    return end


@Language.component("diplo_ent_newlines", assigns=["doc.ents"], requires=["doc.ents"])
def ent_newlines(doc: Doc) -> Doc:
    """Cut every entity at its first line break; the part before the break is kept."""
    changed = False
    spans = []
    for ent in doc.ents:
        end = _cut_end(doc, ent)
        if end == ent.end:
            spans.append(ent)
            continue
        changed = True
        if end > ent.start:
            spans.append(Span(doc, ent.start, end, label=ent.label_))
    if changed:
        set_ents(doc, spans)
    return doc
