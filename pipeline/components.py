"""spaCy components that repair the statistical NER's entity spans for diplomatic texts.

Each component is small and single-purpose; ``add_components(nlp)`` adds them after ``ner``
in this order:

1. ``diplo_ent_newlines``      - an entity never crosses a line break (``Ri Yong Ho\\n-``).
2. ``diplo_place_person_split`` - ``North Korea Ri Su-Yong`` (one GPE) -> GPE + PERSON.
3. ``diplo_place_names``       - gazetteer-driven place labels: ``ROK``/``DPRK``/``U.S.`` and
   other country aliases become GPE, places the model called PERSON/ORG become GPE/LOC/FAC
   (``Panmunjom``, ``Ulaanbaatar``), names the model missed are added (``North Korea`` in
   ``Japan-North Korea Red Cross Meeting``, ``UN headquarters``), misspellings next to a
   country or after a locative preposition are matched fuzzily (``Japan-North Koera``).
4. ``diplo_person_names``      - person spans: titles and honorifics are not part of the name,
   hyphenated given names are whole (``Moon Jae-in``), cut three-part East Asian names are
   completed (``Yoon Suk`` -> ``Yoon Suk Yeol``), East Asian names and ``<title> <Name>`` the
   model missed become PERSON (``Choe Son Hui``, ``Foreign Minister Kono``).
5. ``diplo_not_people``        - PERSON spans that are no person (``data/not_people.json``):
   agencies and platforms (``Xinhua``, ``Facebook``) become ORG, buildings (``the Kremlin``,
   ``APEC Haus``) FAC, institutions (``Border Police``, ``leader of Fine Gael``) ORG; spans with
   no capitalised word and lone acronyms are dropped; post-nominals (``MP``) are cut.

The word lists come from ``data/titles.json`` and ``data/places.json`` (see data/README.md).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import DATA_DIR, KIND_LABEL, get_gazetteer

TITLES_PATH = DATA_DIR / "titles.json"
NOT_PEOPLE_PATH = DATA_DIR / "not_people.json"

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE_WORDS = frozenset(
    "in at from to into near toward towards via across inside outside visit visited visiting visits "
    "reach reached reaching arrive arrived arriving left leave leaving around off through".split()
)
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An".split()
)
COMPONENT_ORDER = (
    "diplo_ent_newlines",
    "diplo_place_person_split",
    "diplo_place_names",
    "diplo_person_names",
    "diplo_not_people",
)


# ---------------------------------------------------------------------------------------------
# name hints (titles.json)
@dataclass(frozen=True)
class NameHints:
    titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    surnames: frozenset[str]
    not_name_words: frozenset[str]
    title_re: str  # regex alternation of titles (longest first), to be used case-insensitively
    honorific_re: str
    title_first_words: frozenset[str]  # lower-cased first word of every title
    title_last_words: frozenset[str]  # lower-cased last word of every title


def _trie_regex(words) -> str:
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


@lru_cache(maxsize=1)
def name_hints() -> NameHints:
    with open(TITLES_PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    titles = tuple(sorted(set(data.get("titles", [])), key=len, reverse=True))
    honorifics = tuple(sorted(set(data.get("honorifics", [])), key=len, reverse=True))

    def alternation(words):
        return _trie_regex(words) if words else "(?!)"

    return NameHints(
        titles=titles,
        honorifics=honorifics,
        surnames=frozenset(data.get("surname_first_surnames", [])),
        not_name_words=frozenset(data.get("not_name_words", [])),
        title_re=alternation(titles),
        honorific_re=alternation(honorifics),
        title_first_words=frozenset(t.split()[0].lower() for t in titles),
        title_last_words=frozenset(t.split()[-1].lower() for t in titles),
    )


@lru_cache(maxsize=1)
def name_patterns() -> dict[str, re.Pattern]:
    """Compiled regexes over raw text shared by the components and ``pipeline.people``."""
    h = name_hints()
    sur = "|".join(sorted((re.escape(s) for s in h.surnames), key=len, reverse=True)) or "(?!)"
    cap = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"
    chain = rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{cap}(?:[ \t]+(?:{cap}|of|the|and|for|on))*)"
    syll = r"[A-Z][a-z]{0,5}"
    return {
        # an East Asian name written surname first: Ri Su-Yong, Kim Yong-nam, Ri Yong Ho
        "ea_name": re.compile(
            rf"(?<![\w'’-])(?:{sur})[ \t]+(?:[A-Z][a-z]{{0,6}}-[A-Za-z][a-z]{{0,6}}|{syll}[ \t]+{syll})(?![\w'’-])"
        ),
        # surname + one syllable, i.e. possibly cut before the third part (Yoon Suk | Yeol)
        "ea_two": re.compile(rf"^(?:{sur})[ \t]+{syll}$"),
        "syllable_after": re.compile(rf"^[ \t]+({syll})(?![\w'’-])"),
        # what may follow a title up to the name: an of-chain, then spaces (see title_before)
        "title_tail": re.compile(rf"(?P<chain>{chain})?[ \t]+"),
        # a title at the start of a span (to strip from a PERSON entity)
        "title_start": re.compile(rf"^(?:the[ \t]+)?(?i:{h.title_re}|{h.honorific_re})(?![\w-])[ \t]*"),
        # apposition: ", [the] [country/demonym] Title [of-chain]"
        "title_after": re.compile(
            rf"^[ \t]*,[ \t]+(?:the[ \t]+)?(?P<pre>(?:[A-Z][\w.’'-]*[ \t]+){{0,3}}?)(?P<title>(?i:{h.title_re})(?![\w-]){chain}?)"
        ),
        "title_any": re.compile(rf"(?<![\w'’-])(?i:{h.title_re})(?![\w-])"),
        "chain": re.compile(chain),
    }


# ---------------------------------------------------------------------------------------------
# helpers
_LAST_TEXT: list = [None, ""]


def doc_text(doc: Doc) -> str:
    """``doc.text`` (spaCy rebuilds it from the tokens on every access), kept for the last doc."""
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[0] = doc
        _LAST_TEXT[1] = doc.text
    return _LAST_TEXT[1]


def _set_ents(doc: Doc, spans: list[Span]) -> None:
    doc.ents = filter_spans([s for s in spans if len(s) > 0])


def _strip_the(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:]
    return span


def _strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
        return span[:-1]
    return span


def _core(span: Span) -> Span:
    return _strip_possessive(_strip_the(span))


def _is_locative(doc: Doc, start: int) -> bool:
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE_WORDS


def _titlecase_token(tok) -> bool:
    return tok.is_alpha and tok.text[0].isupper()


def _after_title(doc: Doc, start: int) -> bool:
    """True when a title (with its of-chain) ends right before token ``start``."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ not in name_hints().title_last_words and not _titlecase_token(prev):
        return False
    char = doc[start].idx
    return title_before(doc_text(doc)[max(0, char - 120) : char]) is not None


def title_before(window: str) -> tuple[int, str] | None:
    """The title (with its of-chain: ``President of the Presidium ... of North Korea``) that ends
    ``window`` (followed only by spaces): (start offset in window, title text), leftmost first."""
    pats = name_patterns()
    tail = pats["title_tail"]
    for m in pats["title_any"].finditer(window):
        if m.start() > 0 and window[m.start() - 1] not in " \t\n(\"“":
            continue
        t = tail.fullmatch(window, m.end())
        if t:
            end = t.end("chain") if t.group("chain") else m.end()
            return m.start(), window[m.start() : end]
    return None


def name_start(doc: Doc, start: int, end: int) -> int:
    """First token of doc[start:end] after any leading "the", titles and honorifics
    (``Chief Cabinet Secretary Yoshimasa Hayashi`` -> ``Yoshimasa``); ``end`` if nothing is left."""
    pattern = name_patterns()["title_start"]
    while start < end:
        m = pattern.match(doc[start:end].text)
        if not m or not m.group(0):
            break
        cut = doc[start].idx + m.end()
        new_start = next((t.i for t in doc[start:end] if t.idx >= cut), end)
        if new_start == start:
            break
        start = new_start
    return start


def _place_for(text: str, *, strict: bool):
    """(place, how) for a span text; strict: only names the gazetteer knows as such
    (countries, aliases, data-file places, capitals and large cities)."""
    gaz = get_gazetteer()
    found = gaz.lookup(text, alternates=not strict, fuzzy=False)
    if not found:
        return None
    place, how = found
    if strict and how == "city":
        pop = gaz.city_population.get(place.place_id, 0)
        if pop < 100_000 and place.place_id not in _capital_ids():
            return None
    return found


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[str]:
    gaz = get_gazetteer()
    ids = set()
    for key, iso3 in gaz.capitals.items():
        pid = gaz._city(key)
        if pid and gaz.place(pid).country_iso3 == iso3:
            ids.add(pid)
    return frozenset(ids)


def is_capital(place_id: str) -> bool:
    return place_id in _capital_ids()


# ---------------------------------------------------------------------------------------------
# 1. no entity across a line break
@Language.component("diplo_ent_newlines")
def ent_newlines(doc: Doc) -> Doc:
    """Cut every entity at its first line break; the part before the break is kept."""
    changed = False
    spans = []
    for ent in doc.ents:
        end = ent.end
        for i in range(ent.start, ent.end):
            tok = doc[i]
            if tok.is_space and "\n" in tok.text or (i > ent.start and "\n" in doc[i - 1].whitespace_):
                end = i
                break
        while end > ent.start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text in "-–—,;:"):
            end -= 1
        if end != ent.end:
            changed = True
            if end > ent.start:
                spans.append(Span(doc, ent.start, end, label=ent.label_))
        else:
            spans.append(ent)
    if changed:
        _set_ents(doc, spans)
    return doc


# ---------------------------------------------------------------------------------------------
# 2. "North Korea Ri Su-Yong" -> GPE + PERSON
class PlacePersonSplitter:
    def __init__(self, labels):
        self.labels = set(labels)

    @staticmethod
    def _name_like(span: Span) -> bool:
        hints = name_hints()
        words = [t for t in span if t.text not in ("-", "‐")]
        if not words or any(not _titlecase_token(t) and not (t.is_alpha and t.i > span.start
                                                             and doc_hyphen_before(t)) for t in words):
            return False
        if any(t.text in hints.not_name_words for t in words):
            return False
        return not get_gazetteer().lookup(span.text, alternates=False, fuzzy=False)

    def _split_point(self, doc: Doc, ent: Span) -> int | None:
        """Token index where a person's name starts inside ``ent``, or None."""
        if ent.label_ != "PERSON":
            # "North Korea Ri Su-Yong": an East Asian name at the end
            for m in name_patterns()["ea_name"].finditer(ent.text):
                if m.start() == 0 or m.end() != len(ent.text):
                    continue
                person = doc.char_span(ent.start_char + m.start(), ent.start_char + m.end())
                if person is not None and person.start > ent.start:
                    return person.start
        # "Vietnam Li Jin", "Malaysia Sergey Motegi": a country name, then a name of 2+ words
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        min_rest = 1 if ent.label_ == "PERSON" else 2
        after_of = ent.start > 0 and doc[ent.start - 1].lower_ == "of"
        for k in range(ent.end - min_rest, start, -1):
            if ent.label_ == "PERSON" and not after_of and k - start < 2:
                continue  # "Jordan Peterson" is a name; "of Vietnam Li Jin" is not
            found = get_gazetteer().lookup(doc[start:k].text, alternates=False, fuzzy=False)
            if found and found[1] == "alias" and self._name_like(doc[k : ent.end]) \
                    and len([t for t in doc[k : ent.end] if t.text != "-"]) >= min_rest:
                return k
        return None

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        changed = False
        hints = name_hints()
        for ent in doc.ents:
            if ent.label_ not in self.labels or len(ent) < 2:
                spans.append(ent)
                continue
            if ent.label_ == "PERSON" and any(t.text in hints.not_name_words
                                              for t in doc[name_start(doc, ent.start, ent.end) + 1 : ent.end]):
                # "Russia Relations" (from "Mongolia-Russia Relations") is no person
                changed = True
                start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
                for k in range(ent.end - 1, start, -1):
                    found = get_gazetteer().lookup(doc[start:k].text, alternates=False, fuzzy=False)
                    if found and found[1] == "alias":
                        spans.append(Span(doc, start, k, label=KIND_LABEL[found[0].kind]))
                        break
                continue
            k = self._split_point(doc, ent)
            if k is None:
                spans.append(ent)
                continue
            prefix = _strip_the(doc[ent.start : k])
            found = _place_for(prefix.text, strict=False)
            if found:
                spans.append(Span(doc, prefix.start, k, label=KIND_LABEL[found[0].kind]))
            elif ent.label_ != "PERSON":
                spans.append(Span(doc, ent.start, k, label=ent.label_))
            spans.append(Span(doc, k, ent.end, label="PERSON"))
            changed = True
        if changed:
            _set_ents(doc, spans)
        return doc


def doc_hyphen_before(tok) -> bool:
    """True for the ``in`` of ``Jae-in``: a word glued to a hyphen glued to a word."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_


@Language.factory("diplo_place_person_split",
                  default_config={"labels": ["GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"]})
def make_place_person_split(nlp: Language, name: str, labels: list[str]):
    """Split an entity that ends in a personal name into (place or rest, PERSON):
    ``North Korea Ri Su-Yong`` (East Asian name), ``Vietnam Li Jin`` (country + name)."""
    return PlacePersonSplitter(labels)


# ---------------------------------------------------------------------------------------------
# 3. gazetteer place labels
class PlaceNames:
    def __init__(self, nlp: Language, relabel: list[str], add_missing: bool, fuzzy: bool):
        self.relabel = set(relabel)
        self.add_missing = add_missing
        self.fuzzy = fuzzy
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        gaz = get_gazetteer()
        texts = sorted(gaz.surface_names)
        texts += [t.replace("'", "’") for t in texts if "'" in t]
        self.surface = {t.casefold(): t for t in texts}
        self.matcher.add("PLACE", [nlp.make_doc(t) for t in texts])

    def _label_for(self, found) -> str:
        return KIND_LABEL[found[0].kind]

    def _relabel(self, doc: Doc, ent: Span) -> Span:
        core = _core(ent)
        text = core.text
        hints = name_hints()
        if ent.label_ in PLACE_LABELS:
            found = get_gazetteer().lookup(text)
            if not found:
                if len(core) == 1 and text in hints.surnames:
                    return Span(doc, ent.start, ent.end, label="PERSON")  # "host Yoon and Kishida"
                return ent
            place, how = found
            if len(core) == 1 and text in hints.surnames and how != "alias" and not is_capital(place.place_id):
                return Span(doc, ent.start, ent.end, label="PERSON")  # "Kim", "Moon" as a town
            label = KIND_LABEL[place.kind]
            return ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label)
        if ent.label_ not in self.relabel:
            return ent
        if ent.label_ == "PERSON":
            if text in hints.surnames or name_patterns()["ea_name"].fullmatch(text):
                return ent
            if _after_title(doc, ent.start):
                return ent
            found = get_gazetteer().lookup(text, alternates=False, fuzzy=False)
            if found:
                place, how = found
                if how == "city":
                    pop = get_gazetteer().city_population.get(place.place_id, 0)
                    if not (is_capital(place.place_id) or pop >= 1_000_000 or _is_locative(doc, ent.start)):
                        return ent
            elif self.fuzzy and len(core) <= 2 and _is_locative(doc, ent.start):
                found = get_gazetteer().lookup(text)
            if not found:
                return ent
            return Span(doc, ent.start, ent.end, label=self._label_for(found))
        # ORG / NORP / others named as places
        found = _place_for(text, strict=True)
        if not found and self.fuzzy and ent.label_ != "NORP" and len(core) <= 3 and _is_locative(doc, ent.start):
            found = get_gazetteer().lookup(text)  # "a diplomat in Vladivostock"
        if not found:
            return ent
        return Span(doc, ent.start, ent.end, label=self._label_for(found))

    def _case_ok(self, span: Span) -> bool:
        text = span.text
        written = self.surface.get(text.casefold())
        if written is None:
            return False
        if text == written:
            return True
        letters = written.replace(".", "")
        if letters.isupper():  # acronyms match only as written: "US" but not "us"
            return False
        return text[:1].isupper()

    def _split_in_place(self, doc: Doc, ent: Span) -> list[Span]:
        """``the Great Hall of the People in Beijing`` (one FAC) -> FAC + GPE, when the words
        after an inner ``in``/``at`` are a known place and the whole is not."""
        if ent.label_ not in ("FAC", "ORG", "LOC", "GPE", "EVENT") or len(ent) < 3:
            return [ent]
        for p in range(ent.start + 1, ent.end - 1):
            if doc[p].lower_ not in ("in", "at"):
                continue
            tail = doc[p + 1 : ent.end]
            found = _place_for(_core(tail).text, strict=True)
            if found and not get_gazetteer().lookup(_core(ent).text, alternates=False, fuzzy=False):
                return [Span(doc, ent.start, p, label=ent.label_), Span(doc, p + 1, ent.end, label=KIND_LABEL[found[0].kind])]
        return [ent]

    def _dateline(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """``PYONGYANG, Sept. 9 (KCNA) --``: an upper-case place name opening a block, then a comma."""
        j = 0
        while j < len(doc) and j < 3 and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1:
            j += 1
        if j == 0 or j >= len(doc) or doc[j].text != "," or any(e.start < j for e in spans):
            return spans
        found = get_gazetteer().lookup(doc[0:j].text, alternates=False, fuzzy=False)
        if not found or found[1] not in ("alias", "city"):
            return spans
        return spans + [Span(doc, 0, j, label=KIND_LABEL[found[0].kind])]

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            for part in self._split_in_place(doc, ent):
                spans.append(self._relabel(doc, part) if part.label_ in self.relabel or part.label_ in PLACE_LABELS
                             else part)
        spans = self._dateline(doc, spans)
        if self.add_missing:
            spans = self._add_matches(doc, spans)
        if self.fuzzy:
            spans = self._add_contextual(doc, spans)
        _set_ents(doc, spans)
        return doc

    def _add_matches(self, doc: Doc, spans: list[Span]) -> list[Span]:
        matches = [doc[s:e] for _m, s, e in self.matcher(doc)]
        matches = [m for m in filter_spans(matches) if self._case_ok(m)]
        if not matches:
            return spans
        owner = {}
        for idx, ent in enumerate(spans):
            for i in range(ent.start, ent.end):
                owner[i] = idx
        drop = set()
        added = []
        for m in matches:
            found = get_gazetteer().lookup(m.text, alternates=False, fuzzy=False)
            if not found:
                continue
            label = KIND_LABEL[found[0].kind]
            overlapping = {owner[i] for i in range(m.start, m.end) if i in owner}
            numeric = {j for j in overlapping if spans[j].label_ in _NUMERIC_LABELS and spans[j].start < m.start}
            if numeric and numeric == overlapping:
                # "Sunday, South Korea's" tagged DATE: the date ends before the place name
                for j in numeric:
                    end = m.start
                    while end > spans[j].start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                        end -= 1
                    spans[j] = Span(doc, spans[j].start, end, label=spans[j].label_)
                    for i in range(end, m.end):
                        owner.pop(i, None)
                added.append(Span(doc, m.start, m.end, label=label))
                continue
            if not overlapping:
                added.append(Span(doc, m.start, m.end, label=label))
                continue
            # the match swallows whole entities only ("UN headquarters" over ORG "UN")
            inside = all(m.start <= _core(spans[j]).start and _core(spans[j]).end <= m.end for j in overlapping)
            if inside:
                same = [j for j in overlapping if _core(spans[j]).start == m.start and _core(spans[j]).end == m.end]
                if same:
                    continue  # already the same span; labelled by _relabel
                if any(spans[j].label_ == "PERSON" and len(_core(spans[j])) >= len(m) for j in overlapping):
                    continue
                drop |= overlapping
                added.append(Span(doc, m.start, m.end, label=label))
        return [s for i, s in enumerate(spans) if i not in drop] + added

    def _add_contextual(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Untagged capitalised words next to a country in a hyphen compound
        (``Japan-North Koera``) or after a locative preposition (``in Sinuiju``)."""
        covered = set()
        for ent in spans:
            covered.update(range(ent.start, ent.end))
        hints = name_hints()
        added = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if i in covered or not _titlecase_token(tok) or tok.text in _CALENDAR_WORDS:
                i += 1
                continue
            j = i
            while j < n and j - i < 3 and j not in covered and _titlecase_token(doc[j]) \
                    and doc[j].text not in _CALENDAR_WORDS and "\n" not in doc[j].whitespace_:
                j += 1
                if not doc[j - 1].whitespace_:
                    break
            hyphen_ctx = (i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_
                          and not doc[i - 1].whitespace_ and (i - 2) in covered) or \
                         (j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and (j + 1) in covered)
            loc_ctx = _is_locative(doc, i)
            if hyphen_ctx or loc_ctx:
                ends = list(range(j, i, -1))
                # "in Johor Bahru" with "Bahru" tagged PERSON: try the word and that entity together
                nxt = next((e for e in spans if e.start == j and e.label_ != "DATE"), None) if loc_ctx else None
                if nxt is not None and doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_:
                    ends.insert(0, nxt.end)
                for k in ends:
                    span = doc[i:k]
                    found = get_gazetteer().lookup(span.text)
                    if not found:
                        continue
                    place, how = found
                    if how == "city":
                        pop = get_gazetteer().city_population.get(place.place_id, 0)
                        if pop < 50_000 and not is_capital(place.place_id):
                            continue
                    if how == "alternate":
                        continue
                    if len(span) == 1 and span.text in hints.surnames:
                        continue
                    if k > j:
                        spans = [e for e in spans if e is not nxt]
                    added.append(Span(doc, i, k, label=KIND_LABEL[place.kind]))
                    covered.update(range(i, k))
                    break
            i = max(j, i + 1)
        return spans + added


@Language.factory(
    "diplo_place_names",
    default_config={"relabel": ["ORG", "PERSON", "NORP"], "add_missing": True, "fuzzy": True},
)
def make_place_names(nlp: Language, name: str, relabel: list[str], add_missing: bool, fuzzy: bool):
    """Label place names from the gazetteer: relabel ``relabel`` entities that are places,
    add country/alias/data-file names the model missed, fuzzy-match misspellings in context."""
    return PlaceNames(nlp, relabel, add_missing, fuzzy)


# ---------------------------------------------------------------------------------------------
# 4. person names
class PersonNames:
    def __init__(self, extend_hyphenated: bool, complete_east_asian: bool, east_asian_pattern: bool,
                 title_pattern: bool, strip_titles: bool, extend_given_name: bool = True):
        self.extend_hyphenated = extend_hyphenated
        self.extend_given_name = extend_given_name
        self.complete_east_asian = complete_east_asian
        self.east_asian_pattern = east_asian_pattern
        self.title_pattern = title_pattern
        self.strip_titles = strip_titles

    def _fix(self, doc: Doc, ent: Span) -> Span | None:
        pats = name_patterns()
        hints = name_hints()
        start, end = ent.start, ent.end
        # titles / honorifics / "the" at the front are not part of the name
        if self.strip_titles:
            start = name_start(doc, start, end)
        # possessive at the end is not part of the name
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if start >= end:
            return None
        # a given name the model left out: "Minister of Foreign Affairs Anders | Abdullah",
        # "Special Envoy of South Korea Anna | Kono"
        if self.extend_given_name and start >= 2:
            prev = doc[start - 1]
            if _titlecase_token(prev) and not prev.ent_type_ and prev.whitespace_ and "\n" not in prev.whitespace_ \
                    and prev.text not in hints.not_name_words and prev.lower_ not in hints.title_last_words \
                    and not pats["title_any"].fullmatch(prev.text) \
                    and not _place_for(prev.text, strict=True) \
                    and (doc[start - 2].ent_type_ in PLACE_LABELS or _after_title(doc, start - 1)):
                start -= 1
        # hyphenated given name cut by the model: "Moon Jae" + "-in"
        if self.extend_hyphenated:
            while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2
        # three-part East Asian name cut after the second part: "Yoon Suk" + "Yeol"
        if self.complete_east_asian and end < len(doc) and "\n" not in doc[end - 1].whitespace_:
            text = doc[start:end].text
            if pats["ea_two"].match(text) and doc[end - 1].whitespace_:
                tail = doc[end - 1].idx + len(doc[end - 1].text)
                m = pats["syllable_after"].match(doc_text(doc)[tail : tail + 12])
                if m and m.group(1) not in hints.not_name_words and not doc[end].ent_type_ in PLACE_LABELS:
                    nxt = end + 1
                    if not (nxt < len(doc) and _titlecase_token(doc[nxt]) and doc[end].whitespace_):
                        end += 1
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label="PERSON")

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                fixed = self._fix(doc, ent)
                if fixed is not None:
                    spans.append(fixed)
            else:
                spans.append(ent)
        spans = self._resolve_overlaps(spans)
        if self.east_asian_pattern:
            spans = self._add_pattern_names(doc, spans)
        if self.title_pattern:
            spans = self._add_titled_names(doc, spans)
        _set_ents(doc, spans)
        return doc

    @staticmethod
    def _resolve_overlaps(spans: list[Span]) -> list[Span]:
        """An extended PERSON wins over the (shorter) entity it now overlaps."""
        persons = [s for s in spans if s.label_ == "PERSON"]
        out = []
        for s in spans:
            if s.label_ != "PERSON" and any(p.start < s.end and s.start < p.end for p in persons):
                if all(p.start <= s.start and s.end <= p.end for p in persons if p.start < s.end and s.start < p.end):
                    continue
            out.append(s)
        return out

    def _claim(self, doc: Doc, spans: list[Span], new: Span) -> list[Span] | None:
        """Add PERSON ``new`` if it overlaps no PERSON and no place, and only swallows whole
        non-person entities; returns the new list or None."""
        kept = []
        for s in spans:
            if s.start < new.end and new.start < s.end:
                if s.label_ == "PERSON":
                    return None
                if s.label_ in PLACE_LABELS and _place_for(_core(s).text, strict=False):
                    return None
                if not (new.start <= s.start and s.end <= new.end):
                    return None
                continue
            kept.append(s)
        kept.append(new)
        return kept

    def _add_pattern_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        pats = name_patterns()
        hints = name_hints()
        text = doc_text(doc)
        for m in pats["ea_name"].finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None or "\n" in m.group(0):
                continue
            if any(t.text in hints.not_name_words for t in span[1:]):
                continue
            after = text[m.end() : m.end() + 2]
            if re.match(r"[ \t][A-Z]", after):
                continue  # part of a longer name: "Kim Il Sung Square"
            if span.start > 0:
                prev = doc[span.start - 1]
                if _titlecase_token(prev) and prev.text not in hints.not_name_words \
                        and not _after_title(doc, span.start) and not (prev.ent_type_ in PLACE_LABELS):
                    continue
            claimed = self._claim(doc, spans, Span(doc, span.start, span.end, label="PERSON"))
            if claimed is not None:
                spans = claimed
        return spans

    def _add_titled_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        pats = name_patterns()
        hints = name_hints()
        gaz = get_gazetteer()
        if not any(t.lower_ in hints.title_first_words for t in doc):
            return spans
        text = doc_text(doc)
        for m in pats["title_any"].finditer(text):
            rest = text[m.end() : m.end() + 2]
            if not re.match(r"[ \t][A-Z]", rest):
                continue
            first = doc.char_span(m.end() + 1, m.end() + 2, alignment_mode="expand")
            if first is None:
                continue
            i = first.start
            j = i
            while j < len(doc) and j - i < 4:
                tok = doc[j]
                if _titlecase_token(tok) and tok.text not in hints.not_name_words:
                    j += 1
                elif tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_ \
                        and j + 1 < len(doc) and doc[j + 1].is_alpha:
                    j += 2
                else:
                    break
                if "\n" in doc[j - 1].whitespace_:
                    break
            if j == i:
                continue
            if j < len(doc) and doc[j].text == "of":
                continue  # "President of ..." is a title chain, not a name
            span = doc[i:j]
            if any(t.ent_type_ == "PERSON" for t in span):
                continue
            if gaz.lookup(span.text, alternates=False, fuzzy=False) or gaz.countries_in(span.text):
                continue
            if pats["title_any"].fullmatch(span.text):
                continue
            claimed = self._claim(doc, spans, Span(doc, i, j, label="PERSON"))
            if claimed is not None:
                spans = claimed
        return spans


@Language.factory(
    "diplo_person_names",
    default_config={
        "extend_hyphenated": True,
        "complete_east_asian": True,
        "east_asian_pattern": True,
        "title_pattern": True,
        "strip_titles": True,
        "extend_given_name": True,
    },
)
def make_person_names(nlp: Language, name: str, extend_hyphenated: bool, complete_east_asian: bool,
                      east_asian_pattern: bool, title_pattern: bool, strip_titles: bool, extend_given_name: bool):
    """Repair PERSON spans: no titles, whole hyphenated and three-part East Asian names, and
    names the model missed after a title or in East Asian surname-first form."""
    return PersonNames(extend_hyphenated, complete_east_asian, east_asian_pattern, title_pattern, strip_titles,
                       extend_given_name)


# ---------------------------------------------------------------------------------------------
# 5. not people
_NOT_PEOPLE_KEYS = ("agencies", "platforms", "buildings", "building_words", "institution_words",
                    "post_nominals", "organisation_roles")


@dataclass(frozen=True)
class NotPeople:
    organisations: frozenset[str]  # agencies and platforms, case-folded
    buildings: frozenset[str]
    building_words: frozenset[str]
    institution_words: frozenset[str]
    post_nominals: frozenset[str]  # as written
    organisation_roles: frozenset[str]


def _load_not_people(data: dict) -> NotPeople:
    """Validate not_people.json: every key present, each a list of non-empty strings."""
    unknown = set(data) - set(_NOT_PEOPLE_KEYS) - {"_about"}
    if unknown:
        raise ValueError(f"{NOT_PEOPLE_PATH.name}: unknown keys {sorted(unknown)}")
    for key in _NOT_PEOPLE_KEYS:
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ValueError(f"{NOT_PEOPLE_PATH.name}: '{key}' must be a list of non-empty strings")

    def folded(key):
        return frozenset(" ".join(v.split()).casefold() for v in data[key])

    return NotPeople(folded("agencies") | folded("platforms"), folded("buildings"), folded("building_words"),
                     folded("institution_words"), frozenset(data["post_nominals"]),
                     folded("organisation_roles"))


@lru_cache(maxsize=1)
def not_people() -> NotPeople:
    with open(NOT_PEOPLE_PATH, encoding="utf-8") as fh:
        return _load_not_people(json.load(fh))


def not_person_label(doc: Doc, span: Span) -> str | None:
    """The label a PERSON name span really has (ORG, FAC), "" when it is no entity at all, or
    None when it may be a person."""
    lex = not_people()
    words = [t for t in span if not t.is_punct]
    if not words or not any(t.text[:1].isupper() for t in words):
        return ""  # "assumed power": no capitalised word
    text = " ".join(span.text.split()).casefold()
    if text in lex.organisations:
        return "ORG"
    if text in lex.buildings:
        return "FAC"
    last = words[-1].lower_
    if len(words) > 1 and last in lex.building_words:
        return "FAC"
    if len(words) > 1 and last in lex.institution_words:
        return "ORG"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in lex.organisation_roles:
        return "ORG"  # "leader of Fine Gael"
    if len(words) == 1 and _lone_acronym(doc, words[0]):
        return "ORG"
    return None


def _lone_acronym(doc: Doc, tok) -> bool:
    """``CSEP`` alone in a mixed-case line: an acronym, not a name in capitals."""
    if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 2):
        return False
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)]
    return any(ch.islower() for ch in line)


@Language.component("diplo_not_people")
def drop_not_people(doc: Doc) -> Doc:
    """Relabel or drop PERSON entities that are no person; cut post-nominals (``MP``)."""
    spans = []
    changed = False
    post = not_people().post_nominals
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            spans.append(ent)
            continue
        end = ent.end
        while end - 1 > ent.start and doc[end - 1].text in post:
            end -= 1
        name = doc[name_start(doc, ent.start, end) : end]
        label = not_person_label(doc, name) if len(name) else ""
        if label is None and end == ent.end:
            spans.append(ent)
            continue
        changed = True
        if label is None:
            spans.append(Span(doc, ent.start, end, label="PERSON"))
        elif label:
            spans.append(Span(doc, name.start, name.end, label=label))
    if changed:
        _set_ents(doc, spans)
    return doc


# ---------------------------------------------------------------------------------------------
_ABBREV_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Tokenize ``U.S.-North Korea`` as ``U.S.`` ``-`` ``North`` (the default infixes keep
    ``U.S.-North`` as one token, which hides both countries from the NER)."""
    tokenizer = nlp.tokenizer
    finditer = getattr(tokenizer, "infix_finditer", None)
    current = getattr(finditer, "__self__", None)
    pattern = getattr(current, "pattern", None)
    if pattern is None or _ABBREV_HYPHEN in pattern:
        return
    tokenizer.infix_finditer = re.compile(f"{pattern}|{_ABBREV_HYPHEN}").finditer


def add_components(nlp: Language) -> None:
    """Add the diplomacy components after ``ner`` (idempotent)."""
    _split_abbreviation_hyphens(nlp)
    get_gazetteer()  # load the gazetteer now, not while the first document is processed
    previous = "ner" if "ner" in nlp.pipe_names else None
    for name in COMPONENT_ORDER:
        if name not in nlp.pipe_names:
            if previous is None:
                nlp.add_pipe(name, last=True)
            else:
                nlp.add_pipe(name, after=previous)
        previous = name
