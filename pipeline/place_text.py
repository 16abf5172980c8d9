"""Text keys of place names: diacritics and quotes folded, lookup keys, slugs, cleaned surfaces
(used by ``pipeline.gazetteer`` and re-exported there)."""
from __future__ import annotations

import re
import unicodedata

from .textrules import strip_possessive

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_GENERIC_SUFFIX = re.compile(
    r"\s+(?:province|prefecture|city|county|region|island|islands|state|oblast|governorate|krai)$", re.IGNORECASE)


def fold(text: str) -> str:
    """Strip diacritics (``Wŏnsan`` -> ``Wonsan``) and unify quote and dash characters."""
    if text.isascii():
        return text.replace("`", "'")
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_key(text: str) -> str:
    """Lookup key: folded, case-folded, apostrophes and dots removed, hyphens as spaces."""
    text = fold(text).casefold()
    text = text.replace("'", "").replace(".", "")
    text = re.sub(r"[-_/,]+", " ", text)
    return " ".join(text.split())


def slugify(text: str) -> str:
    """``Sea of Japan`` -> ``sea-of-japan``; ``Ri Su-Yong`` -> ``ri-su-yong``."""
    text = fold(text).casefold().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def clean_surface(surface: str) -> str:
    """Trim whitespace, brackets and trailing punctuation; unify quotes; drop the possessive."""
    s = " ".join(fold(surface).split())
    s = s.strip(" \t\r\n()[]{}\"“”,;:!?")
    s = strip_possessive(s) if not _ACRONYM.match(s) else s
    return s.strip()
