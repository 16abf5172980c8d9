"""The language of a document, detected cheaply from a sample of its text with the
``lingua-language-detector`` package (offline: its models ship inside the package), among a
handful of languages only, which keeps it fast and its memory small."""
from __future__ import annotations

from functools import lru_cache

# ISO 639-1 codes the detector chooses among: English and the languages diplomatic pages about
# East Asia are most often in. Text in another language is given the closest of these.
LANGUAGES = ("en", "fr", "de", "es", "ru", "zh", "ja", "ko")
SAMPLE_CHARS = 1_000  # the start of the text is enough to tell, and keeps detection under ~5 ms
NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "ru": "Russian",
         "zh": "Chinese", "ja": "Japanese", "ko": "Korean"}


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language of text's first SAMPLE_CHARS characters (one of
    LANGUAGES), or None when there are too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


@lru_cache(maxsize=8)
def model_language(model: str) -> str | None:
    """The language code of an installed spaCy model (its meta.json's ``lang``), without loading it."""
    import spacy.util

    try:
        path = spacy.util.get_package_path(model)
    except Exception:  # noqa: BLE001 - not a package: a folder, or not installed
        from pathlib import Path

        path = Path(model)
    try:
        return spacy.util.get_model_meta(path).get("lang")
    except Exception:  # noqa: BLE001 - no meta.json: unknown
        return None


def warning(source: str, language: str | None, model: str) -> str | None:
    """The warning for a document in a language the model does not cover, or None."""
    covered = model_language(model)
    if language is None or covered is None or language == covered:
        return None
    return (f"{source}: the text looks {NAMES.get(language, language)} ({language}), which the model {model} "
            f"({covered}) does not cover: it was built, but its people, places, dates and events are unreliable "
            f"(documents.language says {language}); translate it or use a model for that language (--model)")
