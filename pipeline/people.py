"""People in a document: PERSON mentions grouped into one record per person, with titles.

Input: ``block_docs``, a list of ``(absolute offset of the block, spaCy Doc of the block text)``
in document order, from a pipeline that ran ``pipeline.components.add_components``.

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
* A single-word person whose title names an office (``Prime Minister Kishida``) gets the full
  name of the one official in ``data/officials.json`` with that surname and office (and
  country, when the title names one): ``Fumio Kishida``. Ambiguous surnames stay as written.
* ``person_id`` is the slug of the canonical name (``fumio-kishida``), so the same name gives
  the same id in every document and version.
* ``titles``: each role as written before the name (``Foreign Minister Fumio Kishida``), in
  apposition after it (``Kim Yong-nam, President of the Presidium of ...``), with whose role it
  is when the text says so: ``North Korean Minister of Foreign Affairs Ri Yong Ho`` and
  ``Foreign Minister Ri Su-Yong of North Korea`` give ``... of North Korea``. A title that is
  part of a longer title of the same person (``Minister`` in ``Foreign Minister``) is dropped.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from .components import PLACE_LABELS, doc_text, name_hints, name_patterns, title_before
from .gazetteer import get_gazetteer, slugify
from .names import in_parenthesis_place, person_span
from .person_country import Evidence, Frame, frame_countries, list_country, person_country


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
    provide``); it is always False for people."""

    label: str
    text: str
    start_char: int
    end_char: int
    entity_id: str | None
    metonymic: bool = False


@dataclass
class _Raw:
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    titles: list[str]
    list_country: str | None = None


def _words(name: str) -> tuple[str, ...]:
    """Normalised words of a name: ``Kim Jong-un`` -> ("kim", "jongun")."""
    return tuple(w for w in (re.sub(r"[^0-9a-z]", "", w) for w in _fold_lower(name).split()) if w)


def _fold_lower(text: str) -> str:
    from .gazetteer import fold

    return fold(text).casefold()


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
    # not an acronym before a name ("UN Ban Ki-moon", "KCNA Kim", "USS Nimitz")
    if len(caps) < 3 or not re.search(r"[AEIOUY]", caps) or caps in name_hints().not_name_words \
            or caps in _vessel_words() or _is_alias(caps):
        return name
    family = "-".join(p.capitalize() for p in caps.split("-"))
    if family in name_hints().surnames:
        return f"{family} {m.group(2)}"
    return f"{m.group(2)} {family}"


def _is_alias(word: str) -> bool:
    """A country name or alias or a data-file place (``ROK``, ``DPRK``), not a mere city."""
    found = get_gazetteer().lookup(word, alternates=False, fuzzy=False)
    return bool(found and found[1] == "alias")


@lru_cache(maxsize=1)
def _vessel_words() -> tuple[str, ...]:
    """``vessel_words`` of titles.json (``destroyer``, ``USS`` ...)."""
    from .components import TITLES_PATH

    with open(TITLES_PATH, encoding="utf-8") as fh:
        return tuple(json.load(fh).get("vessel_words", []))


@lru_cache(maxsize=1)
def _vessel_re() -> tuple[re.Pattern, set[str]]:
    words = _vessel_words()
    if not words:
        return re.compile(r"(?!)"), set()
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    lower = {w.casefold() for w in words if not w.isupper()}
    return re.compile(rf"(?:^|(?<=[^\w]))(?:{alts})\s*$", re.IGNORECASE), lower


def _is_vessel(doc: Doc, ent: Span, span: Span) -> bool:
    """``the aircraft carrier Theodore Roosevelt``, ``USS Ronald Reagan``: a ship, no person.
    Prefixes such as ``USS`` match as written (upper case), common nouns in any case."""
    pattern, lower = _vessel_re()
    if pattern.search(span[0].text + " ") and span[0].text.isupper() and len(span) > 1:
        return True  # "USS Ronald Reagan" as one entity
    first = max(0, min(ent.start, span.start) - 3)
    before = doc[first : span.start].text_with_ws if first < span.start else ""
    before = before.split("\n")[-1]
    m = pattern.search(before)
    if not m:
        return False
    word = m.group(0).strip()
    return word.isupper() or word.casefold() in lower




OFFICIALS_PATH = Path(__file__).resolve().parent / "data" / "officials.json"


def _office_key(title: str, synonyms: dict[str, str]) -> str:
    title = " ".join(title.split()).casefold()
    return synonyms.get(title, title)


@lru_cache(maxsize=1)
def _officials() -> tuple[dict[str, str], dict[tuple[str, str, str], set[str]]]:
    """(office synonym -> office, (surname, ISO3, office) -> full names) from officials.json."""
    try:
        with open(OFFICIALS_PATH, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return {}, {}
    synonyms: dict[str, str] = {}
    for office, others in data.get("office_synonyms", {}).items():
        for t in [office, *others]:
            synonyms[" ".join(t.split()).casefold()] = office.casefold()
    index: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for entry in data.get("officials", []):
        surnames = entry.get("surnames") or [entry["name"].split()[-1]]
        for office in entry.get("offices", []):
            for surname in surnames:
                index[(surname.casefold(), entry["country"], _office_key(office["title"], synonyms))].add(entry["name"])
    return synonyms, dict(index)


def complete_from_officials(surname: str, titles: list[str]) -> str | None:
    """``Kishida`` with the title ``Prime Minister of Japan`` -> ``Fumio Kishida``: the one
    official in data/officials.json with that surname who held that office in that country.
    A title without a country (``Prime Minister Kishida``) must fit one official of any country;
    a surname shared by two holders of the office (``Kono``, ``Lee``) completes nothing."""
    synonyms, index = _officials()
    if not index:
        return None
    gaz = get_gazetteer()
    found: set[str] = set()
    sur = surname.casefold()
    for title in titles:
        # "Secretary of State of the United States": the last "of" before a country
        country = None
        for m in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", title))):
            place = gaz.lookup(title[m.end():], alternates=False, fuzzy=False)
            if place and place[0].kind == "country":
                country = (title[: m.start()], place[0].place_id)
                break
        if country:
            found |= index.get((sur, country[1], _office_key(country[0], synonyms)), set())
        else:  # no country: the office must fit one official of any country
            office = _office_key(title, synonyms)
            found |= {n for (s2, _iso, o), names in index.items() if s2 == sur and o == office for n in names}
    return found.pop() if len(found) == 1 else None


def _key(words: tuple[str, ...]) -> str:
    return "".join(words)




def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    title = re.sub(r"\s+(?:of|the|and|for|on)$", "", title)
    return title


def _titles_for(doc: Doc, span: Span, person_starts: set[int], person_ends: list[int] | None = None) -> list[str]:
    pats = name_patterns()
    gaz = get_gazetteer()
    found: list[str] = []
    # window before the name, from the sentence start (40 tokens at most), cut at the last
    # clause break or the previous person's name; only that part of the text is built
    try:
        sent_start = span.sent.start
    except ValueError:  # no sentence boundaries (a pipeline without parser/senter)
        sent_start = 0
    first = max(sent_start, span.start - 40, 0)
    lo = doc[first].idx if first < span.start else span.start_char
    window = doc[first : span.start].text_with_ws if first < span.start else ""
    cut = max(window.rfind(c) for c in ",;:()\n") + 1
    ends = person_ends if person_ends is not None else _person_ends(doc)
    prev_person_end = max((e for e in ends if e <= span.start_char), default=0)
    window = window[max(cut, prev_person_end - lo, 0) :]
    last = min(len(doc), span.end + 45)
    after_text = doc[span.end - 1].whitespace_ + (doc[span.end : last].text_with_ws if span.end < last else "")
    before = title_before(window)
    if before:
        title = _clean_title(before[1])
        if not gaz.countries_in(title, capitals=False):
            whose = None
            iso3 = gaz.country_at_end(window[: before[0]])
            if iso3:
                whose = gaz.country_with_article(iso3)
            else:
                # "Foreign Minister Ri Su-Yong of North Korea"
                m = re.match(r"^[ \t]+of[ \t]+(?:the[ \t]+)?(\S+(?:[ \t]+\S+){0,5})", after_text[:80])
                if m:
                    words = m.group(1).split()
                    for n in range(len(words), 0, -1):
                        place = gaz.lookup(" ".join(words[:n]), alternates=False, fuzzy=False)
                        if place and place[0].kind == "country":
                            whose = gaz.country_with_article(place[0].place_id)
                            break
            if whose:
                title = f"{title} of {whose}"
        found.append(title)
    # apposition after the name: "Kim Yong-nam, President of the Presidium of ..."
    m = pats["title_after"].match(after_text.split("\n", 1)[0])
    if m:
        t_start = span.end_char + m.start("title")
        t_end = span.end_char + m.end("title")
        # ", Prime Minister Shinzo Abe": the title of the next person, not an apposition
        if not any(t_start < p <= t_end + 1 for p in person_starts):
            title = _clean_title(m.group("title"))
            pre = m.group("pre").strip()
            if pre and not gaz.countries_in(title, capitals=False):
                iso3 = gaz.country_at_end(pre)
                if iso3:
                    title = f"{title} of {gaz.country_with_article(iso3)}"
            found.append(title)
    return found


def _list_country_at(doc: Doc, span: Span) -> str | None:
    try:
        sent_start = span.sent.start_char
    except ValueError:
        sent_start = 0
    return list_country(doc_text(doc)[sent_start : span.start_char])


def _person_ends(doc: Doc) -> list[int]:
    return [e.end_char for e in doc.ents if e.label_ == "PERSON"]


def _dedupe_titles(titles: list[str]) -> list[str]:
    by_lower: dict[str, str] = {}
    for t in titles:
        low = t.casefold()
        # prefer the capitalised spelling
        if low not in by_lower or (t[:1].isupper() and not by_lower[low][:1].isupper()):
            by_lower[low] = t
    kept = []
    for low, t in by_lower.items():
        if any(other != low and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", other) for other in by_lower):
            continue
        kept.append(t)
    return sorted(kept)


def find_people(block_docs: list[tuple[int, Doc]], frame: Frame | None = None,
                sentence_dates=None) -> tuple[list[PersonRecord], list[EntityMention]]:
    """Person records and mentions of one document. ``frame`` (title, source URL, published
    date) and ``sentence_dates`` (absolute offset -> dates of that sentence, YYYY-MM-DD) feed the
    person's country (``pipeline.person_country``)."""
    raws: list[_Raw] = []
    claimed: list[tuple[int, int]] = []
    hints = name_hints()
    for offset, doc in block_docs:
        starts = set()
        spans = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            span = person_span(doc, ent)
            if span is None or not any(ch.isalpha() for ch in span.text):
                continue
            if all(t.text in hints.not_name_words or not t.is_alpha for t in span):
                continue  # "Missiles launched ..." at the start of a sentence
            if _is_vessel(doc, ent, span) or in_parenthesis_place(doc, span):
                continue
            spans.append(span)
            starts.add(span.start_char)
        ends = [sp.end_char for sp in spans]
        for span in spans:
            titles = _titles_for(doc, span, starts, ends)
            raws.append(_Raw(offset + span.start_char, offset + span.end_char, span.text,
                             _words(given_first(span.text)), titles, _list_country_at(doc, span)))
            claimed.append((offset + span.start_char, offset + span.end_char))

    # full names: two words or more
    full: dict[str, list[_Raw]] = defaultdict(list)
    for r in raws:
        if len(r.words) >= 2:
            full[_key(r.words)].append(r)
    # a full name that is the first or last words of a longer full name of exactly one person
    # joins it ("Kim Jong" -> "Kim Jong Un")
    keys = sorted(full, key=lambda k: -max(len(r.words) for r in full[k]))
    words_of = {k: max((r.words for r in full[k]), key=len) for k in keys}
    merged_into: dict[str, str] = {}
    for k in keys:
        w = words_of[k]
        targets = [o for o in keys if o != k and len(words_of[o]) > len(w) and o not in merged_into
                   and (words_of[o][: len(w)] == w or words_of[o][-len(w) :] == w)]
        if len(targets) == 1:
            merged_into[k] = targets[0]
    persons = [k for k in keys if k not in merged_into]

    # extra mentions: the model labelled a known surname GPE/ORG/NORP ("Yoon" as GPE) or missed it
    ref_index: dict[str, set[str]] = defaultdict(set)
    for k in persons:
        w = words_of[k]
        ref_index[w[0]].add(k)
        ref_index[w[-1]].add(k)
    forms = set()
    for r in raws:
        parts = given_first(r.text).split()
        if len(parts) >= 2:
            forms.update((parts[0], parts[-1]))
    raws.extend(_extra_mentions(block_docs, ref_index, claimed, forms))

    # assign every mention
    assignment: list[str | None] = []
    singles: dict[str, list[_Raw]] = defaultdict(list)
    for r in raws:
        k = _key(r.words)
        if len(r.words) >= 2:
            k = merged_into.get(k, k)
            if k in persons:
                assignment.append(k)
                continue
        targets = set()
        for k2 in persons:
            w = words_of[k2]
            n = len(r.words)
            if n < len(w) and (w[:n] == r.words or w[-n:] == r.words):
                targets.add(k2)
        if len(targets) == 1:
            assignment.append(targets.pop())
        elif len(targets) > 1:
            assignment.append(None)
        else:
            assignment.append("single:" + k)
            singles[k].append(r)

    groups: dict[str, list[_Raw]] = defaultdict(list)
    for r, k in zip(raws, assignment):
        if k is not None:
            groups[k].append(r)

    records: list[PersonRecord] = []
    id_of: dict[str, str] = {}
    for k, members in groups.items():
        if k.startswith("single:"):
            name_forms = Counter(given_first(m.text) for m in members)
        else:
            longest = max(len(m.words) for m in members if _key(m.words) == k or merged_into.get(_key(m.words)) == k)
            name_forms = Counter(given_first(m.text) for m in members
                                 if len(m.words) == longest and (_key(m.words) == k or merged_into.get(_key(m.words)) == k))
        first_seen = {}
        for m in members:
            first_seen.setdefault(given_first(m.text), m.start)
        name = sorted(name_forms, key=lambda f: (-name_forms[f], first_seen[f]))[0]
        if k.startswith("single:") and len(name.split()) == 1:
            name = complete_from_officials(name, [t for m in members for t in m.titles]) or name
        pid = slugify(name)
        id_of[k] = pid
        titles = _dedupe_titles([t for m in members for t in m.titles])
        records.append(PersonRecord(
            person_id=pid,
            name=name,
            mentions=sorted({m.text for m in members}),
            n_mentions=len(members),
            titles=titles,
        ))
    # two records with the same slug (e.g. two single-word people) are merged
    merged: dict[str, PersonRecord] = {}
    for rec in records:
        if rec.person_id in merged:
            old = merged[rec.person_id]
            old.mentions = sorted(set(old.mentions) | set(rec.mentions))
            old.n_mentions += rec.n_mentions
            old.titles = _dedupe_titles(old.titles + rec.titles)
        else:
            merged[rec.person_id] = rec
    _set_countries(merged, groups, id_of, frame or Frame(), sentence_dates)
    mentions = [
        EntityMention("PERSON", r.text, r.start, r.end, id_of.get(k) if k is not None else None)
        for r, k in zip(raws, assignment)
    ]
    mentions.sort(key=lambda m: (m.start_char, m.end_char))
    return sorted(merged.values(), key=lambda r: r.person_id), mentions


def _set_countries(records: dict[str, PersonRecord], groups: dict[str, list[_Raw]], id_of: dict[str, str],
                   frame: Frame, sentence_dates) -> None:
    """country_iso3 and country_source of every record (see pipeline.person_country)."""
    frame_set = frame_countries(frame)
    evidence: dict[str, Evidence] = defaultdict(Evidence)
    for k, members in groups.items():
        ev = evidence[id_of[k]]
        for m in members:
            ev.titles.extend(m.titles)
            if m.list_country:
                ev.list_countries.append(m.list_country)
            if sentence_dates is not None:
                ev.sentence_dates.extend(sentence_dates(m.start))
    for pid, rec in records.items():
        rec.country_iso3, rec.country_source = person_country(rec.name, evidence[pid], frame, frame_set)


def _extra_mentions(block_docs, ref_index: dict[str, set[str]], claimed: list[tuple[int, int]],
                    surface_forms: set[str]) -> list[_Raw]:
    """Single words equal to the first/last word of exactly one known person that the model
    left untagged or tagged GPE/ORG/NORP (and that are no known place)."""
    if not ref_index:
        return []
    hints = name_hints()
    gaz = get_gazetteer()
    taken = set()
    for s, e in claimed:
        taken.update(range(s, e))
    out = []
    forms = {f for f in surface_forms if _words(f) and len(ref_index.get(_words(f)[0], ())) == 1}
    hashes = numpy.array(sorted(hash_string(f) for f in forms), dtype="uint64")
    if not len(hashes):
        return []
    starts_of = None
    for offset, doc in block_docs:
        if not len(doc):
            continue
        hits = numpy.nonzero(numpy.isin(doc.to_array(ORTH), hashes))[0]
        for i in hits:
            tok = doc[int(i)]
            if not tok.is_alpha or not tok.text[0].isupper() or len(tok.text) < 3:
                continue
            w = _words(tok.text)
            if len(w) != 1 or len(ref_index.get(w[0], ())) != 1:
                continue
            if offset + tok.idx in taken or tok.text in hints.not_name_words:
                continue
            if tok.ent_type_ == "PERSON":
                continue
            if tok.ent_type_:
                ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
                core = [t for t in ent if t.text not in ("'s", "’s") and t.lower_ != "the"]
                if len(core) != 1 or ent.label_ not in ("GPE", "ORG", "NORP", *PLACE_LABELS):
                    continue
                if gaz.lookup(tok.text, alternates=False, fuzzy=False):
                    continue
            else:
                # untagged: a standalone capitalised word, not part of a longer name
                prev = doc[tok.i - 1] if tok.i > 0 else None
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
                    if title_before(doc[max(0, tok.i - 30) : tok.i].text_with_ws) is None:
                        continue
                if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
                    continue
                if gaz.lookup(tok.text, alternates=False, fuzzy=False):
                    continue
            start = offset + tok.idx
            # the names in this block, so that ", South Korean President Yoon ..." after the
            # word stays the next person's title, not an apposition to this one
            if starts_of is None or starts_of[0] is not doc:
                spans = [sp for e in doc.ents if e.label_ == "PERSON" and (sp := person_span(doc, e)) is not None]
                starts_of = (doc, {sp.start_char for sp in spans}, [sp.end_char for sp in spans])
            titles = _titles_for(doc, doc[tok.i : tok.i + 1], starts_of[1], starts_of[2])
            out.append(_Raw(start, start + len(tok.text), tok.text, w, titles))
    return out
