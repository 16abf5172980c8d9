"""Stage 1, parse: find the text's structure (title, headings, paragraphs, numbered items,
bullets, sentences) with character offsets into the raw text. No NLP model is needed here."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .structure import Block, ParsedDocument, Sentence

# "- (3) March 30-31, 2014: ..." -> marker "- ", number 3
_ITEM = re.compile(r"^[-*•]\s*\((\d{1,3})\)\s*")
_BULLET = re.compile(r"^[-*•]\s+")
_NUMBERED = re.compile(r"^\((\d{1,3})\)\s*|^(\d{1,3})[.)]\s+")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote. Abbreviations such as
# "U.S." or "Mr." are kept whole by the exception list below.
_SENT_END = re.compile(r"""[.!?]['"’”)\]]*\s+(?=[A-Z0-9"'“‘(])""")
ABBREVIATIONS_PATH = Path(__file__).resolve().parent / "data" / "parse.json"


def _stop_words(path: Path, key: str, lower: bool) -> list[str]:
    """The list ``key`` of data/parse.json: words ending in a full stop (lower case when
    ``lower``). A bad file stops with a ValueError naming it."""
    words = json.loads(Path(path).read_text(encoding="utf-8")).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) and w.endswith(".") and (w == w.lower() or not lower)
                                              for w in words):
        case = "lower-case " if lower else ""
        raise ValueError(f"{path}: {key} must be a list of {case}words ending in '.'")
    return words


def load_abbreviations(path: Path = ABBREVIATIONS_PATH) -> frozenset[str]:
    """Words ending in a full stop that do not end a sentence ("Mr.", "U.S."): lower case, with
    the stop. A bad file stops with a ValueError naming it."""
    return frozenset(_stop_words(path, "abbreviations", lower=True))


def load_joined_honorifics(path: Path = ABBREVIATIONS_PATH) -> tuple[str, ...]:
    """Honorifics that may be written together ("Hon.Ms."), as written: the tokenizer's
    (``pipeline/nlp/tokenizer.py``)."""
    return tuple(_stop_words(path, "joined_honorifics", lower=False))


_ABBREVIATIONS = load_abbreviations()


def _is_title_line(line: str) -> bool:
    """The first line is the title unless it is long (over TITLE_CHARS) or reads as a sentence:
    it ends with a full stop that closes no abbreviation ("The Prime Minister spoke with
    President Zelenskyy this evening." opens a readout; titles and headlines end without one)."""
    if len(line) > TITLE_CHARS:
        return False
    stripped = line.rstrip(" '\"’”)")
    if not stripped.endswith("."):
        return True
    last = stripped.split()[-1].lower()
    return last in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)+", last))


def _looks_like_heading(line: str) -> bool:
    """A short line without final punctuation, mostly capitalised words, reads as a heading; so
    does a title-case line, or any line of at most DATED_HEADING_WORDS words, that ends with a
    year and a full stop: the section titles of a history page ("Establishment of the American
    Legation in La Paz, 1849.", "Legation established at Riga, 1922.")."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    if _DATED_HEADING.fullmatch(stripped):
        phrase = stripped[: stripped.rfind(",")]
        return _title_case(phrase) or len(phrase.split()) <= DATED_HEADING_WORDS and _one_sentence(phrase)
    if stripped.rstrip("\"”’')]")[-1:] in tuple(".!?;:,"):  # 'said: "... Guinea-Bissau."' ends a sentence
        return False
    words = stripped.split()
    if len(words) > 10:
        return False
    return stripped[0].isupper()


_DATED_HEADING = re.compile(r"[A-Z][^!?;:]*, (?:1[5-9]|20)\d\d\.")
_MINOR_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                          "the", "to", "with", "de", "del", "la", "le", "des", "du", "y"})


DATED_HEADING_WORDS = 6  # a line this short ending with ", <year>." is a section title in any case


def _one_sentence(phrase: str) -> bool:
    """No full stop inside but an abbreviation's or an initial's."""
    return not any(w.endswith(".") and w.lower() not in _ABBREVIATIONS and not re.fullmatch(r"(?:[A-Za-z]\.)+", w)
                   for w in phrase.split())


def _title_case(phrase: str) -> bool:
    """Every word is capitalised but short function words ("Elevation of American Legation to
    Embassy Status"): a section title, not a sentence."""
    words = [w for w in re.split(r"[\s\-–]+", phrase) if w]
    if not _one_sentence(phrase):
        return False  # a full stop inside: two sentences
    return len(words) <= 12 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR_WORDS for w in words)


def _abbreviation(word: str) -> bool:
    """A lower-cased word ending in a full stop that closes an abbreviation: a known one, initials
    ("u.s."), or known ones written together ("hon.ms.", "h.e.mr.")."""
    if word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.){1,3}", word):
        return True
    parts = [p + "." for p in word.rstrip(".").split(".")]
    return len(parts) > 1 and all(p in _ABBREVIATIONS or re.fullmatch(r"[a-z]\.", p) for p in parts)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (absolute offsets), trimming whitespace."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENT_END.finditer(text, start, end):
        before = text[cursor : match.start() + 1]
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        if _abbreviation(last_word):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


# A line longer than LONG_LINE characters is not one paragraph but a text saved without line
# breaks (a page saved as one paragraph): it is cut at the list markers inside it ("- (3)"),
# then at sentence ends into paragraphs of about PARAGRAPH_CHARS, and a "sentence" longer than
# LONG_LINE at the last space before the limit. The longest paragraph of the recorded corpora
# is under 900 characters. A first line longer than TITLE_CHARS is a paragraph, not a title.
LONG_LINE = 2_000
PARAGRAPH_CHARS = 1_000
TITLE_CHARS = 300
WRAPPED_MIN_BREAKS = 3  # see _hard_wrapped
_CLOSED_LINE = re.compile(r"""[.!?:;|'\"’”)\]]$""")
_INLINE_ITEM = re.compile(r"\s(?=[-*•]\s*\(\d{1,3}\)\s)")


def _hard_cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Pieces of text[start:end] of at most LONG_LINE characters, cut at spaces where there are."""
    while end - start > LONG_LINE:
        cut = text.rfind(" ", start + 1, start + LONG_LINE)
        cut = cut if cut > start else start + LONG_LINE
        yield start, cut
        start = cut
    yield start, end


def split_long_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraph spans for text[start:end], a line too long to be one (see LONG_LINE)."""
    cuts = [start, *(m.end() for m in _INLINE_ITEM.finditer(text, start, end)), end]
    pieces: list[tuple[int, int]] = []
    for part_start, part_end in zip(cuts, cuts[1:]):
        para: tuple[int, int] | None = None
        for s, e in split_sentences(text, part_start, part_end):
            for ps, pe in _hard_cuts(text, s, e):
                if para is not None and pe - para[0] > PARAGRAPH_CHARS:
                    pieces.append(para)
                    para = None
                para = (ps, pe) if para is None else (para[0], pe)
        if para is not None:
            pieces.append(para)
    return pieces


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, content) of every line without its line break; long lines come in pieces."""
    offset = 0
    for line in text.splitlines(keepends=True):
        start = offset
        offset += len(line)
        content = line.rstrip("\r\n")
        if len(content) <= LONG_LINE:
            yield start, content
            continue
        for s, e in split_long_line(text, start, start + len(content)):
            yield s, text[s:e]


def _line_kind(body: str, first: bool) -> tuple[str, int, int | None]:
    """(kind, where the text starts after its list marker, item number) of a stripped line."""
    item = _ITEM.match(body)
    if item:
        return "item", item.end(), int(item.group(1))
    bullet = _BULLET.match(body)
    if bullet:
        numbered = _NUMBERED.match(body[bullet.end():])
        if numbered:
            return "item", bullet.end() + numbered.end(), int(numbered.group(1) or numbered.group(2))
        return "bullet", bullet.end(), None
    if first and _is_title_line(body):
        return "title", 0, None
    return ("heading" if _looks_like_heading(body) else "paragraph"), 0, None


class _Outline:
    """The blocks found so far and the heading and item the next block may belong to."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.last_heading: int | None = None
        self.last_item: int | None = None

    def parent(self, kind: str) -> int | None:
        if kind == "item":
            return self.last_heading
        if kind == "bullet":
            return self.last_item if self.last_item is not None else self.last_heading
        return self.last_heading if kind == "paragraph" else None

    def extend(self, end: int) -> None:
        """The last block goes on to end: a paragraph (a title or heading so extended was the
        first line of one)."""
        last = self.blocks[-1]
        if last.kind != "paragraph" and self.last_heading == last.index:
            self.last_heading = None
        self.blocks[-1] = replace(last, kind="paragraph", end_char=end, parent=self.last_heading)

    def add(self, kind: str, start: int, end: int, number: int | None) -> None:
        index = len(self.blocks)
        self.blocks.append(Block(index, kind, start, end, self.parent(kind), number))
        if kind in ("title", "heading"):
            self.last_heading, self.last_item = index, None
        elif kind == "item":
            self.last_item = index
        elif kind == "paragraph":
            self.last_item = None


def _open_line(body: str) -> bool:
    """A prose line that stops mid-sentence: no sentence end, colon or table bar at its end."""
    return bool(body) and not _CLOSED_LINE.search(body)


def _continuation(body: str) -> bool:
    """A prose line going on from the one before: no list marker or table bar, and it opens in
    lower case or with a number ("government in Guinea ...", "157 were killed ...")."""
    return bool(body) and (body[0].islower() or body[0].isdigit()) and not (
        _ITEM.match(body) or _BULLET.match(body) or _NUMBERED.match(body) or "|" in body)


def _line_break(text: str, before: tuple[int, str], line_start: int) -> bool:
    """Whether a line break (not the cut of a long line) ends the line before."""
    return "\n" in text[before[0] + len(before[1]):line_start]


def _hard_wrapped(text: str, lines: list[tuple[int, str]]) -> bool:
    """Rule 'a hard-wrapped text': a text whose lines break inside sentences (saved from a
    mailing, a wire archive or a PDF) is recognised by at least WRAPPED_MIN_BREAKS open lines
    followed at once by a lower-case or numeric continuation."""
    breaks = sum(1 for a, b in zip(lines, lines[1:])
                 if _open_line(a[1].strip()) and _continuation(b[1].strip()) and _line_break(text, a, b[0]))
    return breaks >= WRAPPED_MIN_BREAKS


def parse_blocks(text: str) -> list[Block]:
    """The title, headings, numbered items, bullets and paragraphs of text, with offsets. In a
    hard-wrapped text (``_hard_wrapped``) an open prose line and the prose line right after it
    are one paragraph."""
    outline = _Outline()
    lines = list(_lines(text))
    wrapped = _hard_wrapped(text, lines)
    joinable = False  # the line before was open prose, in a hard-wrapped text
    for i, (line_start, content) in enumerate(lines):
        body_start = line_start + len(content) - len(content.lstrip())
        body = content.strip()
        if not body.strip("-*•"):  # blank, or a list marker with nothing after it
            joinable = False
            continue
        kind, marker, number = _line_kind(body, not outline.blocks)
        if joinable and marker == 0 and "|" not in body and _line_break(text, lines[i - 1], line_start):
            outline.extend(body_start + len(body))
        elif body_start + marker >= body_start + len(body):  # a bare marker such as "- "
            continue
        else:
            outline.add(kind, body_start + marker, body_start + len(body), number)
        joinable = wrapped and _open_line(body) and outline.blocks[-1].kind in ("title", "paragraph", "heading")
    return outline.blocks


def parse_text(
    text: str,
    doc_id: str = "doc",
    version: str = "v1",
    source: str = "",
    sha256: str = "",
    **fields,
) -> ParsedDocument:
    """Parse a decoded text into a ParsedDocument with blocks and sentences."""
    doc = ParsedDocument(doc_id=doc_id, version=version, text=text, source=source, sha256=sha256, **fields)
    doc.blocks = blocks = parse_blocks(text)
    if doc.title is None and blocks and blocks[0].kind == "title":
        doc.title = doc.block_text(blocks[0])
    sentences: list[Sentence] = []
    for block in blocks:
        for s, e in split_sentences(text, block.start_char, block.end_char):
            sentences.append(Sentence(len(sentences), block.index, s, e))
    doc.sentences = sentences
    return doc
