"""A minimal PDF writer for test fixtures: pages of text lines in Helvetica, written by hand
(catalog, pages, content streams, a cross-reference table), so no PDF library is needed to
make them. Text in Windows-1252 (the font's WinAnsiEncoding, so ’ works); each line is placed at
its own height on a US-Letter page."""
from __future__ import annotations

# One line of a page: (y from the bottom in points, font size, text).
Line = tuple[float, float, str]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: list[Line]) -> bytes:
    ops = [f"BT /F1 {size:g} Tf 1 0 0 1 72 {y:g} Tm ({_escape(text)}) Tj ET" for y, size, text in lines]
    return "\n".join(ops).encode("cp1252")


def _image_content() -> bytes:
    """A page with only a drawn 8x8 grey image: what a scan without a text layer looks like."""
    return b"q 200 0 0 200 72 500 cm BI /W 8 /H 8 /CS /G /BPC 8 ID " + bytes(range(0, 256, 4)) + b" EI Q"


def make_pdf(pages: list[list[Line]] | None = None, info: dict[str, str] | None = None,
             image_only: bool = False) -> bytes:
    """The bytes of a PDF with the given pages (or one image-only page) and document info."""
    contents = [_image_content()] if image_only else [_content(lines) for lines in pages or []]
    n = len(contents)
    # objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content stream per page
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< " + " ".join(f"/{k} ({_escape(v)})" for k, v in (info or {}).items()) + " >>").encode("cp1252"),
    ]
    for i, stream in enumerate(contents):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def page(top: float, lines: list[tuple[float, str]], header: str | None = None,
         footer: str | None = None, leading: float = 14) -> list[Line]:
    """Lines of 11-point text from `top` downwards; (gap, text) puts `gap` extra points before a
    line (a new paragraph or heading). A header and footer line are placed at the top and bottom."""
    placed: list[Line] = []
    if header:
        placed.append((750, 9, header))
    y = top
    for gap, text in lines:
        y -= gap
        placed.append((y, 11, text))
        y -= leading
    if footer:
        placed.append((40, 9, footer))
    return placed
