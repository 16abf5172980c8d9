"""People in a document: PERSON mentions grouped into one record per person, with titles.

Input: ``block_docs``, a list of ``(absolute offset of the block, spaCy Doc of the block text)``
in document order, from a pipeline that ran ``pipeline.nlp.add_components``.

Rules (documented for the tables' users):

* A mention's span is the name as written, without a title (``Minister Kishida`` -> ``Kishida``),
  without a leading ``the`` and without a possessive ``'s``; ``text`` is always the raw slice.
* Full names (two words or more) that differ only in case, spaces or hyphens are one person
  (``Kim Jong Un`` = ``Kim Jong-un``); the canonical name is the most frequent longest form.
* A shorter reference (``Abe``, ``Kishida``, ``Ri Su-Yong`` after ``Foreign Minister Ri Su-Yong``)
  joins the full name whose first or last words it equals (surname-first East Asian names and
  given-name-first names alike). A reference that fits two or more people is ambiguous: its
  mention is kept with ``entity_id=None`` and it joins no record. A reference that fits nobody
  is a person of its own (``Kono``).
* A name written family name first in capitals (``MOTEGI Toshimitsu``, Japanese government
  style) has the canonical name ``Toshimitsu Motegi``; Korean/Chinese surnames keep their order.
* Not people: a span after a vessel word (``the destroyer John Finn``, ``USS Nimitz``;
  ``vessel_words`` in titles.json) and a name in ``(in X)`` closing a parenthesis (a place).
* A single-word person whose title names an office (``Prime Minister Kishida``, ``Secretary
  Kerry``) gets the full name of the one office-holder in ``data/office_holders.json`` with
  that surname and office (and country, when the title names one) in office at the mention's
  date: its sentence's, else the date being narrated, else ``published``
  (``pipeline.holder_names``). Without a date, or when no holder fits, the one official of
  ``data/officials.json`` with that surname and office. Two or more: as written.
* ``person_id`` is the slug of the canonical name (``fumio-kishida``), so the same name gives
  the same id in every document and version.
* ``titles``: each role as written before the name (``Foreign Minister Fumio Kishida``), in
  apposition after it (``Kim Yong-nam, President of the Presidium of ...``), with whose role it
  is when the text says so: ``North Korean Minister of Foreign Affairs Ri Yong Ho`` and
  ``Foreign Minister Ri Su-Yong of North Korea`` give ``... of North Korea``; a title with
  ``to <country>`` before the name keeps it (``U.S. Ambassador to Japan X``: ``Ambassador of the
  United States to Japan``); a title the text says the person holds (``X became the first
  Australian Prime Minister``, ``X serves as Under Secretary of State``,
  ``pipeline.person_titles``). A title that is
  part of a longer title of the same person (``Minister`` in ``Foreign Minister``) is dropped.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer, get_gazetteer, slugify
from .holder_names import complete, fitting
from .nlp.lexicon import NameLexicon, load_common_words, load_name_lexicon
from .nlp.spans import PLACE_LABELS, entity_at, in_parenthesis_place, mislabelled_city, person_span, title_before
from .officials import complete_from_officials
from .parse import split_sentences
from .person_country import Frame, list_country, set_countries
from .person_spans import body_words, cut_off, headline_name, inverted_speech, lower_vocabulary
from .person_spans import name_words as _words
from .person_titles import dedupe_titles, descriptor_country, titles_for
from .person_variants import PATRONYMIC, join_swapped_orders, join_variant_spellings, spelling_variant
from .textrules import POSSESSIVE_CLITICS

__all__ = ["EntityMention", "PersonRecord", "find_people", "given_first"]


@dataclass
class PersonRecord:
    person_id: str
    name: str
    mentions: list[str] = field(default_factory=list)
    n_mentions: int = 0
    titles: list[str] = field(default_factory=list)
    country_iso3: str | None = None
    country_source: str | None = None


@dataclass(frozen=True)
class EntityMention:
    """One mention of a person or place; offsets are absolute, ``text`` is the raw slice.
    ``metonymic`` marks a capital city standing for its government (``Pyongyang has yet to
    provide``); it is always False for people. ``name`` is a place's name as the text gives it
    where a rule found the place by another of its names (``the Syrian town of Douma``:
    GeoNames' Duma), else None."""

    label: str
    text: str
    start_char: int
    end_char: int
    entity_id: str | None
    metonymic: bool = False
    name: str | None = None


@dataclass
class _Raw:
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    titles: list[str]
    list_country: str | None = None


def _key(words: tuple[str, ...]) -> str:
    return "".join(words)


# ---------------------------------------------------------------------------------------------
# names as written
_CAPS_FAMILY_FIRST = re.compile(r"^([A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?)\s+([A-Z][a-z'’]+(?:[- ][A-Za-z][a-z'’]+)*)$")


def given_first(name: str) -> str:
    """``HAYASHI Yoshimasa`` (family name first, in capitals: Japanese government style) ->
    ``Yoshimasa Hayashi``. Korean and Chinese surnames (``surname_first_surnames``) keep their
    order (``KIM Jong Un`` -> ``Kim Jong Un``); other names are returned unchanged."""
    name = " ".join(name.split())
    m = _CAPS_FAMILY_FIRST.match(name)
    if not m:
        return name
    caps = m.group(1)
    lex = load_name_lexicon()
    # not an acronym before a name ("UN Ban Ki-moon", "KCNA Kim", "USS Nimitz")
    if len(caps) < 3 or not re.search(r"[AEIOUY]", caps) or caps in lex.not_name_words \
            or caps in lex.vessel_words or _is_alias(caps):
        return name
    family = "-".join(p.capitalize() for p in caps.split("-"))
    if family in lex.surnames:
        return f"{family} {m.group(2)}"
    return f"{m.group(2)} {family}"


def _is_alias(word: str) -> bool:
    """A country name or alias or a data-file place (``ROK``, ``DPRK``), not a mere city."""
    found = get_gazetteer().lookup(word, alternates=False, fuzzy=False)
    return bool(found and found[1] == "alias")


def _is_vessel(doc: Doc, ent: Span, span: Span, lex: NameLexicon) -> bool:
    """Rule: a span after a vessel word (``the aircraft carrier Theodore Roosevelt``, ``USS
    Ronald Reagan``) is a ship, no person. Prefixes such as ``USS`` match as written (upper
    case), common nouns in any case."""
    pattern = lex.patterns["vessel"]
    if pattern.search(span[0].text + " ") and span[0].text.isupper() and len(span) > 1:
        return True  # "USS Ronald Reagan" as one entity
    first = max(0, min(ent.start, span.start) - 3)
    before = doc[first : span.start].text_with_ws if first < span.start else ""
    m = pattern.search(before.split("\n")[-1])
    if not m:
        return False
    word = m.group(0).strip()
    return word.isupper() or word.casefold() in lex.vessel_lower


# ---------------------------------------------------------------------------------------------
# list countries
def _list_country_at(doc: Doc, span: Span, sentence_starts: list[int]) -> str | None:
    """The list country of the text before the name in its sentence, cut by the parse stage's
    rule (an abbreviation such as ``Hon.`` or a ``;`` after ``included`` ends no sentence)."""
    start = max((s for s in sentence_starts if s <= span.start_char), default=0)
    return list_country(doc.text[start : span.start_char])


# ---------------------------------------------------------------------------------------------
# mentions
def _name_spans(doc: Doc, lex: NameLexicon) -> list[Span]:
    """The name part of every PERSON entity that is a person: not words that are never names
    (``Missiles launched ...`` at a sentence start), not a ship, not ``(in X)``, not a city after
    in/at (``arrived in Toamasina``: ``nlp.spans.mislabelled_city``)."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        span = person_span(doc, ent, lex)
        if span is None or not any(ch.isalpha() for ch in span.text):
            continue
        if all(t.text in lex.not_name_words or not t.is_alpha for t in span) or _named_for_a_place(span, lex):
            continue
        if _is_vessel(doc, ent, span, lex) or in_parenthesis_place(doc, span) or mislabelled_city(doc, ent, get_gazetteer()):
            continue
        spans.append(_before_spaced_dash(doc, span))
    return spans


def _named_for_a_place(span: Span, lex: NameLexicon) -> bool:
    """Rule: a word that is never a name followed by a place is an institution named for the
    place (``Legation Tirana``, ``Embassy Kabul``, ``Consulate Lagos``), no person."""
    if len(span) < 2 or span[0].text not in lex.not_name_words:
        return False
    return get_gazetteer().lookup(span[1:].text, alternates=False, fuzzy=False) is not None


def _before_spaced_dash(doc: Doc, span: Span) -> Span:
    """A name ends at a spaced dash: "King Abdullah - 2004-03-09" in a headline is "King
    Abdullah" (a hyphen inside a name has no spaces around it: "Ri Son-gwon")."""
    for t in span[1:]:
        if t.text in ("-", "–", "—") and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_:
            return doc[span.start:t.i]
    return span




def _collect_mentions(block_docs: list[tuple[int, Doc]], lex: NameLexicon) -> list[_Raw]:
    raws: list[_Raw] = []
    lower = lower_vocabulary(block_docs)
    found = [(offset, doc, _name_spans(doc, lex)) for offset, doc in block_docs]
    body = body_words(found)
    for n, (offset, doc, spans) in enumerate(found):
        spans = [sp for sp in (headline_name(doc, sp, lower, body) for sp in spans) if sp is not None]
        spans = [inverted_speech(doc, sp) for sp in spans if not cut_off(doc, sp, n == len(block_docs) - 1)]
        starts = {sp.start_char for sp in spans}
        ends = [sp.end_char for sp in spans]
        sentence_starts = [s for s, _e in split_sentences(doc.text, 0, len(doc.text))] if spans else []
        for span in spans:
            raws.append(_Raw(offset + span.start_char, offset + span.end_char, span.text,
                             _words(given_first(span.text)), titles_for(doc, span, starts, ends),
                             _list_country_at(doc, span, sentence_starts) or descriptor_country(doc, span)))
    return _written_as_places(raws, block_docs)


def _written_as_places(raws: list[_Raw], block_docs: list[tuple[int, Doc]]) -> list[_Raw]:
    """Rule 'a name the document writes as a place': one word tagged PERSON with no title
    ("Legation established at Kovno (later Kaunas)") that the document tags elsewhere as a place
    the gazetteer knows ("The U.S. Legation at Kaunas") is that place, unless the document also
    writes it as a person: with a title or inside a longer name ("Senator Warren")."""
    places = {e.text for _o, doc in block_docs for e in doc.ents
              if e.label_ in PLACE_LABELS and len(e) == 1 and e.text[:1].isupper()}
    if not places:
        return raws
    personal = {w for r in raws if r.titles or len(r.words) > 1 for w in r.words}
    gaz = get_gazetteer()

    def a_place(r: _Raw) -> bool:
        return (len(r.words) == 1 and not r.titles and r.text in places and r.words[0] not in personal
                and gaz.lookup(r.text, alternates=False, fuzzy=False) is not None)
    return [r for r in raws if not a_place(r)]


@dataclass
class _People:
    """The full names of a document: key -> longest words, the keys merged into a longer name,
    and the keys that are people."""

    words_of: dict[str, tuple[str, ...]]
    merged_into: dict[str, str]
    persons: list[str]

    def owner(self, words: tuple[str, ...]) -> str | None:
        key = self.merged_into.get(_key(words), _key(words))
        return key if len(words) >= 2 and key in self.persons else None

    def fitting(self, words: tuple[str, ...]) -> set[str]:
        """The people whose first or last words are ``words`` (a shorter reference)."""
        return {k for k in self.persons if _extends(self.words_of[k], words)}


def _extends(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """``words`` are the first or last words of the strictly longer name ``longer``; the name
    after a patronymic particle is the father's, no reference to the son ("King Salman" is not
    "Mohammed bin Salman"); a patronymic honorific before the first name refers to the one whose
    name goes on with the particle ("Shaikh Khalid" after "Khalid Bin Ahmed Al Khalifa")."""
    n = len(words)
    if len(longer) <= n:
        return _honorific_reference(longer, words)
    return longer[:n] == words or longer[-n:] == words and longer[-n - 1] not in PATRONYMIC \
        or _honorific_reference(longer, words) or _first_surname(longer, words)


def _first_surname(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Rule 'the first of two surnames': a one-word reference to the second-to-last word of a
    name of three words or more, no particle, is that person ("Minister Hill" for "Alexandra
    Hill Tinoco", "López" for "Andrés Manuel López Obrador")."""
    return len(words) == 1 and len(longer) >= 3 and longer[-2] == words[0] and words[0] not in _particles()


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(p.casefold() for p in load_name_lexicon().name_particles) | PATRONYMIC


def _honorific_reference(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    rest = words[1:]
    return len(words) >= 2 and words[0] in _patronymic_honorifics() and len(longer) > len(rest) \
        and longer[: len(rest)] == rest and longer[len(rest)] in PATRONYMIC


@lru_cache(maxsize=1)
def _patronymic_honorifics() -> frozenset[str]:
    return frozenset(h.casefold() for h in load_name_lexicon().patronymic_honorifics)


def _full_names(raws: list[_Raw]) -> _People:
    """Rule: full names (two words or more) with the same words are one person; one that is the
    first or last words of exactly one longer full name joins it (``Kim Jong`` -> ``Kim Jong Un``)."""
    full: dict[str, list[_Raw]] = defaultdict(list)
    for r in raws:
        if len(r.words) >= 2:
            full[_key(r.words)].append(r)
    keys = sorted(full, key=lambda k: -max(len(r.words) for r in full[k]))
    words_of = {k: max((r.words for r in full[k]), key=len) for k in keys}
    merged_into: dict[str, str] = {}
    for k in keys:
        targets = [o for o in keys if o not in merged_into and _extends(words_of[o], words_of[k])]
        if len(targets) == 1:
            merged_into[k] = targets[0]
    join_variant_spellings(keys, words_of, full, merged_into)
    join_swapped_orders(keys, words_of, full, merged_into, _CAPS_FAMILY_FIRST)
    return _People(words_of, merged_into, [k for k in keys if k not in merged_into])


def _assign(raws: list[_Raw], people: _People) -> list[str | None]:
    """Rule: each mention's person: its full name's, else the one person a shorter reference
    fits (None when it fits two or more), else a single-word person of its own."""
    assignment: list[str | None] = []
    for r in raws:
        owner = people.owner(r.words)
        if owner is not None:
            assignment.append(owner)
            continue
        targets = people.fitting(r.words) or spelling_variant(r.words, people)
        if len(targets) == 1:
            assignment.append(targets.pop())
        else:
            assignment.append(None if targets else "single:" + _key(r.words))
    return assignment


# ---------------------------------------------------------------------------------------------
# untagged references to a known person
def _reference_index(people: _People) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for k in people.persons:
        index[people.words_of[k][0]].add(k)
        index[people.words_of[k][-1]].add(k)
    return index


def _reference_forms(raws: list[_Raw], index: dict[str, set[str]]) -> set[str]:
    """First and last words of the full names as written that refer to exactly one person."""
    forms = set()
    for r in raws:
        parts = given_first(r.text).split()
        if len(parts) >= 2:
            forms.update((parts[0], parts[-1]))
    return {f for f in forms if _words(f) and len(index.get(_words(f)[0], ())) == 1}


def _tagged_reference(doc: Doc, tok: Token, gaz: Gazetteer) -> bool:
    """A one-word GPE/ORG/NORP entity that is no known place (``Yoon`` tagged GPE)."""
    ent = entity_at(doc, tok.i)
    core = [t for t in ent if t.text not in POSSESSIVE_CLITICS and t.lower_ != "the"]
    if len(core) != 1 or ent.label_ not in ("GPE", "ORG", "NORP", *PLACE_LABELS):
        return False
    return not gaz.lookup(tok.text, alternates=False, fuzzy=False)


def _untagged_reference(doc: Doc, tok: Token, gaz: Gazetteer, lex: NameLexicon) -> bool:
    """A standalone capitalised word, not part of a longer name (a title before it is fine),
    that is no known place."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
        if title_before(doc[max(0, tok.i - 30) : tok.i].text_with_ws, lex) is None:
            return False
    if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
        return False
    return not gaz.lookup(tok.text, alternates=False, fuzzy=False)


def _is_reference(doc: Doc, tok: Token, index: dict[str, set[str]], gaz: Gazetteer, lex: NameLexicon) -> bool:
    if not tok.is_alpha or not tok.text[0].isupper() or len(tok.text) < 3 or tok.text in lex.not_name_words:
        return False
    w = _words(tok.text)
    if len(w) != 1 or len(index.get(w[0], ())) != 1 or tok.ent_type_ == "PERSON":
        return False
    return _tagged_reference(doc, tok, gaz) if tok.ent_type_ else _untagged_reference(doc, tok, gaz, lex)


def _block_names(doc: Doc, lex: NameLexicon) -> tuple[set[int], list[int]]:
    """Start and end offsets of the names of every PERSON entity of a block."""
    names = [person_span(doc, e, lex) for e in doc.ents if e.label_ == "PERSON"]
    names = [sp for sp in names if sp is not None]
    return {sp.start_char for sp in names}, [sp.end_char for sp in names]


def _whole_name_start(doc: Doc, tok: Token, full: tuple[str, ...]) -> int:
    """Rule 'the whole name before its last word': a reference word that closes the person's
    full name written out ("... and Cooperation Dionisio Babo Soares", the model tagging none
    of it) is that full name, not its last word after a title of "Dionisio Babo"."""
    n = len(full) - 1
    if n >= 1 and tok.i >= n and _words(doc[tok.i - n : tok.i + 1].text) == full:
        return tok.i - n
    return tok.i


def _extra_mentions(block_docs: list[tuple[int, Doc]], people: _People, index: dict[str, set[str]],
                    taken: set[int], forms: set[str]) -> list[_Raw]:
    """Rule: single words equal to the first/last word of exactly one known person that the
    model left untagged or tagged GPE/ORG/NORP (and that are no known place) are mentions."""
    hashes = numpy.array(sorted(hash_string(f) for f in forms), dtype="uint64")
    if not index or not len(hashes):
        return []
    gaz, lex = get_gazetteer(), load_name_lexicon()
    out = []
    for offset, doc in block_docs:
        if not len(doc):
            continue
        hits = [doc[int(i)] for i in numpy.nonzero(numpy.isin(doc.to_array(ORTH), hashes))[0]]
        hits = [t for t in hits if offset + t.idx not in taken and _is_reference(doc, t, index, gaz, lex)]
        if not hits:
            continue
        # the names in this block, so that ", South Korean President Yoon ..." after the word
        # stays the next person's title, not an apposition to this one
        starts, ends = _block_names(doc, lex)
        for tok in hits:
            first = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in PATRONYMIC else tok.i  # "bin Laden"
            (key,) = index[_words(tok.text)[0]]
            whole = _whole_name_start(doc, tok, people.words_of[key])
            if offset + doc[whole].idx not in taken:
                first = min(first, whole)
            span = doc[first : tok.i + 1]
            titles = titles_for(doc, span, starts, ends)
            out.append(_Raw(offset + span.start_char, offset + span.end_char, span.text, _words(span.text), titles))
    return out


_FUNCTION_POS = ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART")


def _given_name_word(tok: Token, gaz: Gazetteer, lex: NameLexicon, lower: set[str]) -> bool:
    """A capitalised word that may be a given name: no place, title, honorific, non-name word,
    common English word or function word ("Hover Over Macron's US Visit") or word the document also writes in
    lower case, and no part of a longer entity."""
    if not (tok.is_alpha and tok.text[0].isupper() and not tok.text.isupper()) or tok.lower_ in lower \
            or tok.lower_ in load_common_words() or tok.pos_ in _FUNCTION_POS:
        return False
    if tok.ent_type_ and not (tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")):
        return False
    return tok.text not in lex.not_name_words and not lex.patterns["title_start"].match(tok.text) \
        and not lex.patterns["honorific_any"].fullmatch(tok.text) and not gaz.lookup(tok.text, alternates=False, fuzzy=False) \
        and not gaz.countries_in(tok.text)


def _one_of(tok: Token, singles: set[str]) -> bool:
    """The token is one word of a one-word person's name."""
    words = _words(tok.text)
    return len(words) == 1 and words[0] in singles


def _given_names_before(block_docs: list[tuple[int, Doc]], raws: list[_Raw], lex: NameLexicon) -> list[_Raw]:
    """Rule 'the given name the model split off': a one-word person the document names ("Mr
    Khashoggi's") written elsewhere after a capitalised word the model did not tag as part of
    a name ("the murder of Jamal Khashoggi", both words tagged GPE) is that full name there."""
    singles = {r.words[0] for r in raws if len(r.words) == 1}
    if not singles:
        return []
    taken = {i for r in raws for i in range(r.start, r.end)}
    gaz, lower, out = get_gazetteer(), lower_vocabulary(block_docs), []
    for offset, doc in block_docs:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if _one_of(tok, singles) and not _one_of(prev, singles) and prev.whitespace_ == " " \
                    and offset + tok.idx not in taken and offset + prev.idx not in taken \
                    and _given_name_word(prev, gaz, lex, lower):
                start, end = offset + prev.idx, offset + tok.idx + len(tok.text)
                text = doc.text[prev.idx : tok.idx + len(tok.text)]
                out.append(_Raw(start, end, text, _words(text), []))
                taken.update(range(start, end))
    return out


# ---------------------------------------------------------------------------------------------
# records
def _complete(word: str, members: list[_Raw], dates_of) -> str:
    """Rule (issue 15, d): a single word after office titles is the one office-holder of that
    surname and office at the mentions' dates (``pipeline.holder_names``); two or more: as
    written; none, or no date: the one official of that surname and office in
    ``data/officials.json`` (``Kishida`` -> ``Fumio Kishida``)."""
    titled = [(m.titles, dates_of(m)) for m in members if m.titles]
    hit = complete(word, titled)
    if hit:
        return hit[0]
    if fitting(word, titled):
        return word
    return complete_from_officials(word, [t for m in members for t in m.titles]) or word


def _canonical_name(key: str, members: list[_Raw], people: _People, dates_of) -> str:
    """Rule: the most frequent of the longest forms (ties: the first seen); a single word with
    an office title is completed from the office-holders (``_complete``)."""
    if key.startswith("single:"):
        named = members
    else:
        own = [m for m in members if people.merged_into.get(_key(m.words), _key(m.words)) == key]
        longest = max(len(m.words) for m in own)
        named = [m for m in own if len(m.words) == longest]
    name_forms = Counter(given_first(m.text) for m in named)
    first_seen: dict[str, int] = {}
    for m in members:
        first_seen.setdefault(given_first(m.text), m.start)
    name = sorted(name_forms, key=lambda f: (-name_forms[f], first_seen[f]))[0]
    if key.startswith("single:") and len(name.split()) == 1:
        name = _complete(name, members, dates_of)
    return name


def _records(groups: dict[str, list[_Raw]], people: _People, dates_of
             ) -> tuple[dict[str, PersonRecord], dict[str, str]]:
    """One record per person id (two groups with the same slug are merged), and key -> id."""
    merged: dict[str, PersonRecord] = {}
    id_of: dict[str, str] = {}
    for k, members in groups.items():
        name = _canonical_name(k, members, people, dates_of)
        pid = id_of[k] = slugify(name)
        rec = PersonRecord(pid, name, sorted({m.text for m in members}), len(members),
                           dedupe_titles([t for m in members for t in m.titles]))
        old = merged.get(pid)
        if old is None:
            merged[pid] = rec
            continue
        old.mentions = sorted(set(old.mentions) | set(rec.mentions))
        old.n_mentions += rec.n_mentions
        old.titles = dedupe_titles(old.titles + rec.titles)
    return merged, id_of


def find_people(block_docs: list[tuple[int, Doc]], frame: Frame | None = None,
                sentence_dates=None) -> tuple[list[PersonRecord], list[EntityMention]]:
    """Person records and mentions of one document. ``frame`` (title, source URL, published
    date) and ``sentence_dates`` (absolute offset -> dates of that sentence, YYYY-MM-DD) feed the
    person's country (``pipeline.person_country``)."""
    raws = _collect_mentions(block_docs, load_name_lexicon())
    raws.extend(_given_names_before(block_docs, raws, load_name_lexicon()))
    people = _full_names(raws)
    index = _reference_index(people)
    taken = {i for r in raws for i in range(r.start, r.end)}
    raws.extend(_extra_mentions(block_docs, people, index, taken, _reference_forms(raws, index)))
    assignment = _assign(raws, people)
    groups: dict[str, list[_Raw]] = defaultdict(list)
    for r, k in zip(raws, assignment):
        if k is not None:
            groups[k].append(r)
    frame = frame or Frame()

    def dates_of(r: _Raw) -> list[list]:
        """The dates of a mention, in the order they are tried: its sentence's (or the date
        being narrated, ``sentence_dates``), then ``published``."""
        return [sentence_dates(r.start) if sentence_dates else [], [frame.published] if frame.published else []]

    records, id_of = _records(groups, people, dates_of)
    set_countries(records, groups, id_of, frame, sentence_dates)
    mentions = [EntityMention("PERSON", r.text, r.start, r.end, id_of.get(k) if k is not None else None)
                for r, k in zip(raws, assignment)]
    mentions.sort(key=lambda m: (m.start_char, m.end_char))
    return sorted(records.values(), key=lambda r: r.person_id), mentions
