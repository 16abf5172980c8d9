"""A PDF's text with pdfminer.six, in the layout the parse stage reads.

pdfminer groups the characters of each page into text boxes (paragraphs, headings, lists) in
reading order. Then:

- page headers and footers are dropped: a box among the first or last two of a page whose
  text, with digits ignored (page numbers), is among the first or last two boxes of every
  page, when there are at least two pages;
- the lines of a box are joined into one paragraph, except that a line starting with a list
  marker (``-``, ``•``, ``(3)``, ``3.``) starts a new line of its own;
- a word hyphenated at a line end is joined (``consulta-`` + ``tions``) when the next line
  goes on in lower case; before a capital (``Japan-`` + ``North Korea``) the hyphen is kept
  and the lines joined without a space.

Title and publication date come from the document information (``/Title``, ``/CreationDate``).
An encrypted PDF that opens without a password is read; one that needs a password, and one
without a text layer (a scan), are refused."""
from __future__ import annotations

import io
import re

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer
from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException
from pdfminer.utils import decode_text

from ..errors import SourceError
from . import Extracted, tidy_lines

EDGE_BOXES = 2  # how many boxes at the top and at the bottom of a page may be a header or footer
_LIST_MARKER = re.compile(r"^([-–•*▪●]\s|\(\d{1,3}\)|\d{1,3}[.)]\s)")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def pdf_to_text(data: bytes, source: object) -> Extracted:
    info = _document_info(data, source)
    try:
        pages = [_boxes(page) for page in extract_pages(io.BytesIO(data))]
    except (PSException, ValueError, KeyError, TypeError) as exc:
        raise SourceError(source, f"a damaged PDF ({exc or type(exc).__name__})",
                          "download it again, or open it and save a new copy") from None
    lines = [line for page in drop_repeated_edges(pages) for box in page for line in reflow(box)]
    text = tidy_lines(lines)
    if not text:
        raise SourceError(source, "the PDF has no text layer (a scan or images only)",
                          "run OCR on it first (e.g. ocrmypdf) and add the result")
    return Extracted(text, _info_text(info, "Title"), _pdf_date(_info_text(info, "CreationDate")))


def _document_info(data: bytes, source: object) -> dict:
    """The document information dictionary; refuses PDFs that need a password."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise SourceError(source, "the PDF is encrypted and needs a password",
                          "open it with its password and save an unencrypted copy, then add that") from None
    except (PSException, ValueError, KeyError, TypeError) as exc:
        raise SourceError(source, f"not a readable PDF ({exc or type(exc).__name__})",
                          "download it again, or open it and save a new copy") from None
    merged: dict = {}
    for info in document.info:
        merged.update(info)
    return merged


def _info_text(info: dict, key: str) -> str | None:
    value = resolve1(info.get(key))
    if isinstance(value, bytes):
        value = decode_text(value)
    return value.strip() or None if isinstance(value, str) else None


def _pdf_date(value: str | None) -> str | None:
    """D:20220401090000+09'00' -> 2022-04-01; None unless year, month and day are all there."""
    match = _PDF_DATE.match(value or "")
    if not match or not match.group(3):
        return None
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"


def _boxes(page) -> list[list[str]]:
    """The page's text boxes in reading order, each as its lines."""
    boxes = []
    for element in page:
        if isinstance(element, LTTextContainer):
            lines = [line.strip() for line in element.get_text().splitlines() if line.strip()]
            if lines:
                boxes.append(lines)
    return boxes


def _edge_keys(boxes: list[list[str]]) -> set[str]:
    edges = boxes[:EDGE_BOXES] + boxes[-EDGE_BOXES:]
    return {re.sub(r"\d+", "#", " ".join(box)) for box in edges}


def drop_repeated_edges(pages: list[list[list[str]]]) -> list[list[list[str]]]:
    """Pages without the header and footer boxes that repeat on every page (digits ignored)."""
    if len(pages) < 2:
        return pages
    repeated = set.intersection(*(_edge_keys(page) for page in pages))
    kept = []
    for page in pages:
        edge = set(range(min(EDGE_BOXES, len(page)))) | set(range(max(0, len(page) - EDGE_BOXES), len(page)))
        kept.append([box for i, box in enumerate(page)
                     if not (i in edge and re.sub(r"\d+", "#", " ".join(box)) in repeated)])
    return kept


def reflow(lines: list[str]) -> list[str]:
    """A box's lines joined into paragraphs; a line with a list marker starts a new one."""
    out: list[str] = []
    for line in lines:
        if not out or _LIST_MARKER.match(line):
            out.append(line)
        elif re.search(r"[A-Za-z]-$", out[-1]) and line[:1].islower():
            out[-1] = out[-1][:-1] + line
        elif re.search(r"\w-$", out[-1]):
            out[-1] += line
        else:
            out[-1] += " " + line
    return out
