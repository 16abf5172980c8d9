"""Name lexicon: official titles, honorifics, surname-first surnames, words that are never part
of a name and vessel words (``pipeline/data/titles.json``), with the regexes built from them.

A ``NameLexicon`` is plain data: components receive one in ``initialize()`` and save it with
``to_disk``; the normalise stage (``pipeline.people``, ``pipeline.places``) reads the data file
through ``load_name_lexicon(path)``, which parses each file once."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TITLES_PATH = DATA_DIR / "titles.json"

LIST_KEYS = ("titles", "honorifics", "surname_first_surnames", "word_surnames", "month_surnames", "not_name_words",
             "vessel_words", "name_particles", "patronymic_honorifics", "patronymic_particles", "envoy_words",
             "given_name_honorifics")


def trie_regex(words) -> str:
    """One regex alternation for many phrases, with common prefixes factored out (Python's
    ``re`` tries alternatives one by one; a trie keeps the title regexes fast). Matching is
    meant to be case-insensitive, so the trie is built on lower-cased phrases; a space matches
    any run of spaces/tabs and an apostrophe matches ' or ’."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        if ch == " ":
            return "[ \t]+"
        if ch in "'’":
            return "['’]"
        return re.escape(ch)

    def build(node: dict) -> str:
        end = "" in node
        branches = [char(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # greedy: the longest title wins, the shorter one is the fallback
        return f"(?:{body})?" if end else body

    return build(trie)


def _alternation(words) -> str:
    return trie_regex(words) if words else "(?!)"


def _honorific_alternation(honorifics, given_names, particles) -> str:
    """Honorifics as a regex alternation; one that is also a given name (``Don``) is no
    honorific before a name of one capitalised word (``Don Farrell``, ``Don McKinnon``), but is
    before a longer one (``Señor Dr. Don Luis Fernando Guachalla``) or alone."""
    plain = [h for h in honorifics if h not in given_names]
    more = rf"[ \t]+(?:(?:{_alternation(particles)})[ \t]+)?[A-Z]"  # "Don Pedro de Alcantara"
    one_word = rf"(?-i:(?![ \t]+[A-Z][\w'’-]*(?![\w'’-])(?!{more})))"  # case counts inside (?i:)
    guarded = "|".join(re.escape(h) + one_word for h in sorted(given_names, key=len, reverse=True))
    return "|".join(p for p in (_alternation(plain) if plain else "", guarded) if p) or "(?!)"


def _surname_re(surnames) -> str:
    return "|".join(sorted((re.escape(s) for s in surnames), key=len, reverse=True)) or "(?!)"


def _compile_patterns(surnames: frozenset[str], word_surnames: frozenset[str], title_re: str,
                      honorific_re: str) -> dict[str, re.Pattern]:
    """Regexes over raw text shared by the components and ``pipeline.people``. A surname that
    is also an English word (``To``, ``O``) starts a name only with a hyphenated given name."""
    sur = _surname_re(surnames)
    plain = _surname_re(surnames - word_surnames)
    cap = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"
    # an of-chain ("President of the Presidium of ...") or a portfolio ("Minister for Europe",
    # "Under Secretary of State for Political Affairs")
    # (it ends in a capitalised word: "... Regional Integration Shirley Ayorkor Botchwey | and her guest")
    # ("... at the Foreign Office": an employer with its article; "Commissioner at Riga" is a post)
    link = r"(?:(?:of|for)[ \t]+(?:the[ \t]+)?|at[ \t]+the[ \t]+)"
    chain = rf"(?:[ \t]+{link}{cap}(?:(?:[ \t]+(?:of|the|and|for|on))*[ \t]+{cap})*)"
    syll = r"[A-Z][a-z]{0,5}"
    return {
        # an East Asian name written surname first: Ri Su-Yong, Kim Yong-nam, Ri Yong Ho
        "ea_name": re.compile(
            rf"(?<![\w'’-])(?:(?:{sur})[ \t]+[A-Z][a-z]{{0,6}}-[A-Za-z][a-z]{{0,6}}"
            rf"|(?:{plain})[ \t]+{syll}[ \t]+{syll})(?![\w'’-])"
        ),
        # surname + one syllable, i.e. possibly cut before the third part (Yoon Suk | Yeol)
        "ea_two": re.compile(rf"^(?:{plain})[ \t]+{syll}$"),
        "syllable_after": re.compile(rf"^[ \t]+({syll})(?![\w'’-])"),
        # what may follow a title up to the name: an of-chain, then spaces (see title_before)
        "title_tail": re.compile(rf"(?P<chain>{chain})?[ \t]+"),
        # a portfolio title continued by "and" ("Minister of Foreign Affairs | and International Cooperation")
        "portfolio_and_tail": re.compile(rf"(?P<chain>[ \t]+and[ \t]+{cap}(?:[ \t]+(?:{cap}|of|the|and|for|on))*)[ \t]+"),
        # the same continuation with the name after it, ending in a capitalised word
        "and_chain": re.compile(rf"[ \t]+and[ \t]+{cap}(?:(?:[ \t]+(?:of|the|and|for|on))*[ \t]+{cap})*"),
        # a title at the start of a span (to strip from a PERSON entity), an acronym before it too
        # ("NSC Spokesperson Ned Price")
        "title_start": re.compile(rf"^(?:the[ \t]+)?(?:[A-Z]{{2,6}}[ \t]+(?=(?i:{title_re})(?![\w-])))?"
                                  rf"(?i:(?:{title_re})s?|{honorific_re})(?![\w-])[ \t]*"),
        # apposition: ", [the] [country/demonym] Title [of-chain]"
        "title_after": re.compile(
            rf"^[ \t]*,[ \t]+(?:the[ \t]+)?(?P<pre>(?:[A-Z][\w.’'-]*[ \t]+){{0,3}}?)(?P<title>(?i:{title_re})(?![\w-]){chain}?)"
        ),
        "title_any": re.compile(rf"(?<![\w'’-])(?i:{title_re})(?![\w-])"),
        # a plural title before names ("Presidents Trump and Kenyatta", "Foreign Ministers Wang and Lavrov")
        "title_plural": re.compile(rf"(?<![\w'’-])(?i:{title_re})s(?![\w-])"),
        # an honorific before a name ("the Hon Marise Payne", "Hon. Wera Mori, MP")
        "honorific_any": re.compile(rf"(?<![\w'’-])(?i:{honorific_re})(?![\w-])"),
        "chain": re.compile(chain),
    }



def check_word_lists(data: dict, keys, source: str, extra_keys=()) -> None:
    """Raise ValueError naming the file unless every key is a list of non-empty strings and no
    other key (but ``_about`` and ``extra_keys``) is present."""
    for key in keys:
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ValueError(f"{source}: '{key}' must be a list of non-empty strings")
    unknown = set(data) - set(keys) - set(extra_keys) - {"_about"}
    if unknown:
        raise ValueError(f"{source}: unknown keys {sorted(unknown)}")

@dataclass(frozen=True)
class NameLexicon:
    """The contents of titles.json and what is derived from them (see pipeline/data/README.md)."""

    titles: tuple[str, ...]  # longest first
    honorifics: tuple[str, ...]
    surnames: frozenset[str]
    not_name_words: frozenset[str]
    vessel_words: tuple[str, ...]
    word_surnames: frozenset[str] = frozenset()  # surnames that are also English words: To, O
    month_surnames: frozenset[str] = frozenset()  # months that are also surnames: May
    name_particles: frozenset[str] = frozenset()  # lower-case parts inside a name: bin, de, van
    patronymic_honorifics: frozenset[str] = frozenset()  # "Sheikh" before "Abdullah bin Zayed", not "Sheikh Hasina"
    patronymic_particles: frozenset[str] = frozenset()  # "bin": the name after it is the father's
    envoy_words: frozenset[str] = frozenset()  # lower case: a title with one names someone sent abroad
    given_name_honorifics: frozenset[str] = frozenset()  # "Don": an honorific only before two name words
    title_re: str = field(init=False)  # regex alternation of titles, used case-insensitively
    honorific_re: str = field(init=False)
    title_first_words: frozenset[str] = field(init=False)  # lower-cased first word of every title
    title_last_words: frozenset[str] = field(init=False)  # lower-cased last word of every title
    patterns: dict[str, re.Pattern] = field(init=False, repr=False, compare=False)
    vessel_lower: frozenset[str] = field(init=False)  # vessel words matched in any case

    def _vessel_pattern(self) -> re.Pattern:
        """A vessel word ending a text (``the destroyer ``), case-insensitively."""
        if not self.vessel_words:
            return re.compile(r"(?!)")
        alts = "|".join(re.escape(w) for w in sorted(self.vessel_words, key=len, reverse=True))
        return re.compile(rf"(?:^|(?<=[^\w]))(?:{alts})\s*$", re.IGNORECASE)

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "title_re", _alternation(self.titles))
        put(self, "honorific_re", _honorific_alternation(self.honorifics, self.given_name_honorifics,
                                                               self.name_particles))
        put(self, "title_first_words", frozenset(t.split()[0].lower() for t in self.titles))
        put(self, "title_last_words", frozenset(t.split()[-1].lower() for t in self.titles))
        put(self, "patterns", _compile_patterns(self.surnames, self.word_surnames, self.title_re, self.honorific_re))
        self.patterns["vessel"] = self._vessel_pattern()
        put(self, "vessel_lower", frozenset(w.casefold() for w in self.vessel_words if not w.isupper()))

    @classmethod
    def from_dict(cls, data: dict, source: str = TITLES_PATH.name) -> NameLexicon:
        """Validate and build: every list key present, each a list of non-empty strings."""
        check_word_lists(data, LIST_KEYS, source)
        for key, within in (("word_surnames", "surname_first_surnames"), ("month_surnames", "not_name_words"),
                            ("given_name_honorifics", "honorifics")):
            outside = sorted(set(data[key]) - set(data[within]))
            if outside:
                raise ValueError(f"{source}: '{key}' {outside} must also be in '{within}'")
        return cls(
            titles=tuple(sorted(set(data["titles"]), key=len, reverse=True)),
            honorifics=tuple(sorted(set(data["honorifics"]), key=len, reverse=True)),
            surnames=frozenset(data["surname_first_surnames"]),
            not_name_words=frozenset(data["not_name_words"]),
            vessel_words=tuple(data["vessel_words"]),
            word_surnames=frozenset(data["word_surnames"]),
            month_surnames=frozenset(data["month_surnames"]),
            name_particles=frozenset(data["name_particles"]),
            patronymic_honorifics=frozenset(data["patronymic_honorifics"]),
            patronymic_particles=frozenset(data["patronymic_particles"]),
            envoy_words=frozenset(w.lower() for w in data["envoy_words"]),
            given_name_honorifics=frozenset(data["given_name_honorifics"]),
        )

    @classmethod
    def from_file(cls, path: Path | str = TITLES_PATH) -> NameLexicon:
        with open(path, encoding="utf-8") as fh:
            return cls.from_dict(json.load(fh), Path(path).name)

    def to_dict(self) -> dict:
        return {
            "titles": sorted(self.titles),
            "honorifics": sorted(self.honorifics),
            "surname_first_surnames": sorted(self.surnames),
            "word_surnames": sorted(self.word_surnames),
            "month_surnames": sorted(self.month_surnames),
            "not_name_words": sorted(self.not_name_words),
            "name_particles": sorted(self.name_particles),
            "patronymic_honorifics": sorted(self.patronymic_honorifics),
            "patronymic_particles": sorted(self.patronymic_particles),
            "vessel_words": list(self.vessel_words),
            "envoy_words": sorted(self.envoy_words),
            "given_name_honorifics": sorted(self.given_name_honorifics),
        }


# ---------------------------------------------------------------------------------------------
# common_words.json: common English words that are no given name or surname
COMMON_WORDS_PATH = DATA_DIR / "common_words.json"
_COMMON_WORD = re.compile(r"[a-z]{3,}")


def common_words_from_dict(data: dict, source: str = COMMON_WORDS_PATH.name) -> frozenset[str]:
    """Validate (one key, a list of lower-case ASCII words of three letters or more) and return
    the words."""
    check_word_lists(data, ("common_words",), source)
    bad = [w for w in data["common_words"] if not _COMMON_WORD.fullmatch(w)]
    if bad:
        raise ValueError(f"{source}: 'common_words' must hold lower-case words of 3+ letters, not {bad[:3]}")
    return frozenset(data["common_words"])


@lru_cache(maxsize=4)
def load_common_words(path: Path | str = COMMON_WORDS_PATH) -> frozenset[str]:
    """The words of a common_words file, parsed once per path."""
    return common_words_from_dict(read_json(Path(path)), Path(path).name)


@lru_cache(maxsize=4)
def load_name_lexicon(path: Path | str = TITLES_PATH) -> NameLexicon:
    """The lexicon of a titles file, parsed once per path (for the normalise stage)."""
    return NameLexicon.from_file(path)


def read_json(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# entity_rules.json: context words and population thresholds of the entity repairs
RULES_PATH = DATA_DIR / "entity_rules.json"
_RULE_LISTS = ("locative_words", "calendar_words", "region_prefixes", "town_words", "institution_nouns",
               "masthead_words", "place_nouns", "currency_words", "place_of_nouns", "noble_titles", "subregion_words")
_RULE_NUMBERS = ("strict_city_min_population", "context_city_min_population",
                 "person_city_min_population", "nested_city_min_population", "foreign_city_min_population",
                 "surname_variant_min_similarity")


@dataclass(frozen=True)
class EntityRules:
    """Context words and thresholds of the place/person repairs (see pipeline/data/README.md)."""

    locative_words: frozenset[str]
    calendar_words: frozenset[str]
    region_prefixes: frozenset[str]
    town_words: frozenset[str]
    institution_nouns: frozenset[str]
    masthead_words: frozenset[str]
    place_nouns: frozenset[str]
    currency_words: frozenset[str]
    place_of_nouns: frozenset[str]
    noble_titles: frozenset[str]
    subregion_words: frozenset[str]
    strict_city_min_population: int
    context_city_min_population: int
    person_city_min_population: int
    nested_city_min_population: int
    foreign_city_min_population: int
    surname_variant_min_similarity: int  # 0-100: a one-word reference spelled this close to a surname is it

    @classmethod
    def from_dict(cls, data: dict, source: str = RULES_PATH.name) -> EntityRules:
        check_word_lists(data, _RULE_LISTS, source, extra_keys=_RULE_NUMBERS)
        for key in _RULE_NUMBERS:
            value = data.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{source}: '{key}' must be a non-negative integer")
        return cls(*(frozenset(data[key]) for key in _RULE_LISTS), *(data[key] for key in _RULE_NUMBERS))

    @classmethod
    def from_file(cls, path: Path | str = RULES_PATH) -> EntityRules:
        return cls.from_dict(read_json(Path(path)), Path(path).name)

    def to_dict(self) -> dict:
        data: dict = {key: sorted(getattr(self, key)) for key in _RULE_LISTS}
        data.update({key: getattr(self, key) for key in _RULE_NUMBERS})
        return data


@lru_cache(maxsize=4)
def load_entity_rules(path: Path | str = RULES_PATH) -> EntityRules:
    """The rules of an entity_rules file, parsed once per path (for the normalise stage)."""
    return EntityRules.from_file(path)
