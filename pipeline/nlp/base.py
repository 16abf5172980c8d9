"""What the data-holding components share: the name lexicon, the entity rules and the place
gazetteer, given to ``initialize()`` (objects or file paths; default: ``pipeline/data/``) and
saved by ``to_disk`` as the three data files, read back by ``from_disk``."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from spacy import util
from spacy.language import Language

from ..gazetteer import PLACES_PATH, Gazetteer
from .lexicon import RULES_PATH, TITLES_PATH, EntityRules, NameLexicon, write_json

TITLES_FILE = "titles.json"
RULES_FILE = "entity_rules.json"
PLACES_FILE = "places.json"


class NotInitialized(RuntimeError):
    pass


class DataComponent:
    """Base of the components that read the lexicon, the rules and the gazetteer."""

    name: str = ""

    def __init__(self, nlp: Language, name: str) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self._lexicon: NameLexicon | None = None
        self._rules: EntityRules | None = None
        self._gazetteer: Gazetteer | None = None

    # ------------------------------------------------------------------ data
    @property
    def lexicon(self) -> NameLexicon:
        return self._require(self._lexicon)

    @property
    def rules(self) -> EntityRules:
        return self._require(self._rules)

    @property
    def gazetteer(self) -> Gazetteer:
        return self._require(self._gazetteer)

    def _require(self, value):
        if value is None:
            raise NotInitialized(f"component {self.name!r} has no data: call its initialize() "
                                 f"(pipeline.nlp.add_components does)")
        return value

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None,
                   lexicon: NameLexicon | None = None, rules: EntityRules | None = None,
                   gazetteer: Gazetteer | None = None, titles_path: str | Path | None = None,
                   rules_path: str | Path | None = None, places_path: str | Path | None = None) -> None:
        """Set the component's data: the objects given, else the files given, else the
        project's data files."""
        self._lexicon = lexicon or NameLexicon.from_file(titles_path or TITLES_PATH)
        self._rules = rules or EntityRules.from_file(rules_path or RULES_PATH)
        self._gazetteer = gazetteer or Gazetteer.load(places_path or PLACES_PATH)
        self._data_changed()

    def _data_changed(self) -> None:
        """Hook: rebuild whatever is derived from the data (matchers)."""

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / TITLES_FILE, self.lexicon.to_dict())
        write_json(path / RULES_FILE, self.rules.to_dict())
        write_json(path / PLACES_FILE, self.gazetteer.config)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()):
        path = util.ensure_path(path)
        self.initialize(titles_path=path / TITLES_FILE, rules_path=path / RULES_FILE,
                        places_path=path / PLACES_FILE)
        return self
