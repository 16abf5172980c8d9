"""The spaCy side of the pipeline: the model loader (``model.py``), the registered tokenizer
(``tokenizer.py``) and one component per file, each repairing the statistical NER's entity
spans for diplomatic texts, added after ``ner`` in this order:

1. ``diplo_ent_newlines`` (``ent_newlines.py``): an entity never crosses a line break.
2. ``diplo_place_person_split`` (``place_person_split.py``): ``North Korea Ri Su-Yong`` -> GPE + PERSON.
3. ``diplo_place_names`` (``place_names.py``): gazetteer-driven place labels.
4. ``diplo_person_names`` (``person_names.py``): person spans as names.
5. ``diplo_not_people`` (``not_people.py``): PERSON spans that are no person.

Their data (``data/titles.json``, ``data/entity_rules.json``, ``data/places.json``,
``data/not_people.json``, ``data/common_words.json``) is given to each component's ``initialize()`` and saved by its
``to_disk``. ``lexicon.py`` reads the name lexicon and the rules; ``spans.py`` holds the span
helpers the components share with ``pipeline.people`` and ``pipeline.places``."""
from __future__ import annotations

from .model import COMPONENT_ORDER, add_components, load_nlp

__all__ = ["COMPONENT_ORDER", "add_components", "load_nlp"]
