"""A web page's main text with trafilatura, and its title, canonical URL and publication date
from its metadata (htmldate, reading meta tags and structured data only, never guessing from
the text). Navigation, menus, footers, cookie banners and scripts are left out; headings,
paragraphs and list items come out one per line, list items as ``- item`` (nested ones too),
and the items of a numbered list (``<ol>``) carry their number, ``- (3) …``, as the parse
stage expects, unless their text already starts with one."""
from __future__ import annotations

import re

import htmldate
import trafilatura

from ..errors import SourceError
from . import Extracted, tidy_lines

# Fewer characters than this is not an article: a page that is all menus, or built by scripts.
MIN_TEXT_CHARS = 200
_STARTS_NUMBERED = re.compile(r"^\s*(\(\d{1,3}\)|\d{1,3}[.)]\s)")


def html_to_text(data: bytes, source: object, url: str | None = None) -> Extracted:
    """The main text and metadata of the page in DATA (bytes in any encoding the page declares)."""
    tree = trafilatura.load_html(data)
    if tree is None:
        raise SourceError(source, "could not be read as an HTML page", "save the page again as HTML")
    number_ordered_lists(tree)
    # favor_precision: a version holding menu text is worse than a clear refusal
    text = trafilatura.extract(tree, url=url, favor_precision=True, include_comments=False,
                               include_tables=True, include_images=False, include_links=False)
    text = tidy_lines((text or "").splitlines())
    if len(text) < MIN_TEXT_CHARS:
        raise SourceError(source, "no main text found (only navigation, menus or scripts)",
                          "give the address of the article itself, or save the page once it has fully "
                          "loaded in a browser")
    meta = trafilatura.extract_metadata(trafilatura.load_html(data), default_url=url)
    title = meta.title.strip() if meta and meta.title else None
    if title and text.splitlines()[0] != title:
        text = f"{title}\n{text}"  # the parse stage reads the first line as the title
    published = htmldate.find_date(trafilatura.load_html(data), extensive_search=False, original_date=True,
                                   outputformat="%Y-%m-%d")
    return Extracted(text, title, published, (meta.url if meta else None) or url)


def number_ordered_lists(tree) -> None:
    """Write each ``<ol>`` item's number, ``(n) ``, before its text, from the list's ``start``."""
    for ol in tree.iter("ol"):
        try:
            number = int(ol.get("start", "1"))
        except ValueError:
            number = 1
        for li in ol.iterchildren("li"):
            if not _STARTS_NUMBERED.match(li.text_content()):
                li.text = f"({number}) " + (li.text or "")
            number += 1
