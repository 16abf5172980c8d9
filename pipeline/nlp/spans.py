"""Span helpers shared by the components, ``pipeline.people`` and ``pipeline.places``: where a
person's name starts inside an entity, which title ends before a word, and small token tests.

Every function gets the data it needs (a ``NameLexicon``, a ``Gazetteer``, the doc's text)
as an argument; nothing here holds state."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..gazetteer import Gazetteer
from ..textrules import POSSESSIVE_ENDINGS
from .lexicon import NameLexicon, load_entity_rules, load_name_lexicon

PLACE_LABELS = ("GPE", "LOC", "FAC")
POSSESSIVES = POSSESSIVE_ENDINGS  # 's, ’s and the bare apostrophe of a plural (textrules)


def set_ents(doc: Doc, spans: list[Span]) -> None:
    """Set ``doc.ents`` from possibly overlapping spans (the longest wins, empty ones dropped)."""
    doc.ents = filter_spans([s for s in spans if len(s) > 0])


def strip_the(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:]
    return span


def strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in POSSESSIVES:
        return span[:-1]
    return span


def core(span: Span) -> Span:
    """The span without a leading ``the`` and a trailing possessive."""
    return strip_possessive(strip_the(span))


def is_locative(doc: Doc, start: int, locative_words: frozenset[str]) -> bool:
    """A locative word (``in``, ``visited`` ...; entity_rules.json) before token ``start``,
    optionally followed by ``the``."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in locative_words


def titlecase_token(tok: Token) -> bool:
    return tok.is_alpha and tok.text[0].isupper()


def hyphen_before(tok: Token) -> bool:
    """True for the ``in`` of ``Jae-in``: a word glued to a hyphen glued to a word."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_


def hyphen_glued_end(doc: Doc, end: int, covered: frozenset[int] | set[int] = frozenset()) -> int:
    """Past the words glued by hyphens to token ``end - 1`` (``-in`` of ``Moon Jae-in``, ``-au-Prince``
    of ``Port-au-Prince``), none of them in ``covered``."""
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and end not in covered and end + 1 not in covered:
        end += 2
    return end


def hyphen_glued_start(doc: Doc, end: int) -> int:
    """Start of the word that ends at token ``end - 1``, with the words glued to it by hyphens
    (``Pryce-Harlow`` is one word of three tokens)."""
    start = end - 1
    while start >= 2 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return start


def entity_at(doc: Doc, i: int, label: str | None = None) -> Span | None:
    """The entity (of that label, when one is given) that token ``i`` lies in, else None."""
    return next((e for e in doc.ents if e.start <= i < e.end and (label is None or e.label_ == label)), None)


def hyphenated_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Rule 'a hyphenated name is whole': the words glued by hyphens to the name's end (``Moon
    Jae`` + ``-in``), and, for a name of two words or more that the model began after a hyphen,
    the capitalised word glued before it (``Paul-`` + ``Henri Damiba``, ``Jean-`` + ``Claude
    Juncker``); a country or organisation before the hyphen is no given name (``Franco-``)."""
    first = hyphen_glued_start(doc, start + 1)
    if end - start >= 2 and first < start and doc[first].is_title and doc[first].ent_type_ not in ("GPE", "NORP", "ORG"):
        start = first
    return start, hyphen_glued_end(doc, end)


def portfolio_before(s: Span) -> bool:
    """An entity right after a title's "for" or "of" ("Minister for | the Americas Teodor
    Vasquez" tagged ORG): the portfolio and the name after it."""
    doc = s.doc
    return s.start >= 2 and doc[s.start - 1].lower_ in ("for", "of") and titlecase_token(doc[s.start - 2])


def given_names_before(doc: Doc, start: int, text: str, lex: NameLexicon, place_word) -> int:
    """Rule: the one or two untagged capitalised words before a name, after a place, a title
    or an honorific, are its given names (``Special Envoy of South Korea Anna | Kono``,
    ``Ambassador to Canada Jay Pierrepont | Moffat``, ``H.E. Mr. Filipe | Jacinto Nyusi``):
    how many. ``place_word(text)``: whether a word names a place (then it is no given name)."""
    for k in (1, 2):
        j = start - k
        if j < 1 or not _given_word(doc[j], lex) or place_word(doc[j].text):
            return 0
        if doc[j - 1].ent_type_ in PLACE_LABELS or after_title(doc, j, lex, text) \
                or lex.patterns["honorific_any"].fullmatch(doc[j - 1].text) is not None:
            return k
    return 0


def _given_word(tok: Token, lex: NameLexicon) -> bool:
    """An untagged capitalised word on the name's line that is no title or listed non-name word."""
    if not titlecase_token(tok) or tok.ent_type_ or not tok.whitespace_ or "\n" in tok.whitespace_:
        return False
    return tok.text not in lex.not_name_words and tok.lower_ not in lex.title_last_words \
        and not lex.patterns["title_any"].fullmatch(tok.text)


def cut_short_person(s: Span, new: Span) -> bool:
    """A PERSON the model cut short at the end of a longer name after a title ("Varela" of
    "Ambassador of the Republic of Cape Verde Raul Querido Varela")."""
    return s.label_ == "PERSON" and new.start < s.start and s.end == new.end


def portfolio_glued_to_name(s: Span, new: Span) -> bool:
    """An ORG the model ran from a portfolio into the first word of the name after it
    ("External Relations and Cooperation Tete" before "Antonio Silva")."""
    return s.label_ == "ORG" and s.start < new.start < s.end <= new.end


def name_cut_in_two(doc: Doc, prev: Span, s: Span) -> bool:
    """Rule 'a name the model cut in two': two PERSON spans one space apart on a line, the
    second of capitalised name words only ("Prime Minister Peter Kauona" + "Keniaraisoona
    Kenilorea"), are one name of up to five words; of up to ten when the first holds a
    patronymic particle (titles.json ``patronymic_particles``: "Erywan bin Pehin Datu" +
    "Pekerma Jaya Haji Mohd Yusof")."""
    longest = 10 if any(t.lower_ in load_name_lexicon().patronymic_particles for t in prev) else 5
    return s.label_ == "PERSON" and s.start == prev.end and doc[prev.end - 1].whitespace_ == " " \
        and len(prev) + len(s) <= longest and all(titlecase_token(t) for t in s)


def after_last_country(doc: Doc, chain: Span, gaz: Gazetteer) -> int:
    """The first token after a portfolio chain's last country name when three or four name
    words follow it ("Ambassador of the Republic of Cape Verde | Raul Querido Varela"), else the
    chain's end."""
    spans = gaz.country_spans(chain.text)
    if not spans:
        return chain.end
    after = doc.char_span(chain.start_char + spans[-1][1], chain.end_char, alignment_mode="expand")
    words = [t for t in after if t.text not in ("-", "‐")] if after is not None else []
    return after.start if after is not None and len(words) in (3, 4) else chain.end


def longer_name_after_portfolio(doc: Doc, i: int, floor: int, name_word, common: frozenset[str]) -> int:
    """Rule 'three or four name words after a portfolio': the name at token ``i`` (two words)
    takes one or two more name words before it (``name_word(j)``) when a capitalised common word
    of the portfolio comes right before them ("Minister of External Relations and Cooperation |
    Tete Antonio Silva"; "... Hajj and Umrah | Tawfiq Al-Rabiah" stays, "and" no portfolio word).
    Never at or before token ``floor``."""
    j = i
    while i - j < 2 and j - 1 > floor and name_word(j - 1):
        j -= 1
    while j < i and not (titlecase_token(doc[j - 1]) and doc[j - 1].lower_ in common):
        j += 1
    return j


def after_place_of_noun(doc: Doc, start: int) -> bool:
    """Token ``start`` follows the "of" of a noun whose of-phrase is a place (entity_rules
    ``place_of_nouns``: "the incursion of Rafah", "the siege of Mariupol")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in load_entity_rules().place_of_nouns


def number_after(doc: Doc, i: int) -> bool:
    """A number right after token ``i`` (``May 3``, ``June 2019``)."""
    return i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].text[:1].isdigit())


def month_surname(doc: Doc, i: int, lexicon: NameLexicon) -> bool:
    """Token ``i`` is a month that is also a surname (``May``) used as one: right after a
    capitalised word on the same line, with no number after it (``Theresa May said``, not
    ``May 3``)."""
    if doc[i].text not in lexicon.month_surnames or i == 0:
        return False
    prev = doc[i - 1]
    return titlecase_token(prev) and prev.whitespace_ == " " and prev.text not in lexicon.not_name_words \
        and not number_after(doc, i)


def title_before(window: str, lexicon: NameLexicon) -> tuple[int, str] | None:
    """The title (with its of-chain: ``President of the Presidium ... of North Korea``) that ends
    ``window`` (followed only by spaces): (start offset in window, title text), leftmost first."""
    pats = lexicon.patterns
    tail = pats["title_tail"]
    for m in pats["title_any"].finditer(window):
        if m.start() > 0 and window[m.start() - 1] not in " \t\n(\"“":
            continue
        t = tail.fullmatch(window, m.end())
        if t is None and re.search(r"\s(?:of|for)\s", m.group(0)):
            t = pats["portfolio_and_tail"].fullmatch(window, m.end())  # "... Affairs and International Cooperation"
        if t:
            end = t.end("chain") if t.group("chain") else m.end()
            if next_title_in_chain(window[m.end() : end], pats) is not None:  # the later title is the name's
                continue
            return m.start(), window[m.start() : end]
    return None


def next_title_in_chain(chain: str, pats: dict) -> int | None:
    """Where a title's chain runs through "and" into another title, which makes it two people's
    ("Special Representative for the Horn of Africa Annette Weber | and Kenyan Foreign
    Minister"): the offset of that "and" in ``chain``, else None."""
    k = chain.find(" and ")
    while k >= 0:
        nxt = chain.find(" and ", k + 1)
        if pats["title_any"].search(chain, k, nxt if nxt >= 0 else len(chain)):
            return k
        k = nxt
    return None


_CAPS = r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}"
_TO_PLACE = re.compile(rf"[ \t]+to[ \t]+(?:the[ \t]+)?(?P<place>{_CAPS}(?:,?[ \t]+and[ \t]+(?:the[ \t]+)?{_CAPS})?)[ \t]*$")


def title_to_country(window: str, lexicon: NameLexicon, gaz: Gazetteer) -> tuple[int, str] | None:
    """A title followed by ``to <country>`` (or two joined by ``and``) that ends ``window``
    (``U.S. Ambassador to Japan`` before ``Rahm Emanuel``; ``Ambassador to Australia and
    Vanuatu``): (start offset in window, the title with its to-country)."""
    m = _TO_PLACE.search(window)
    if not m or not gaz.countries_in(m.group("place"), capitals=False):
        return None
    found = title_before(window[: m.start()] + " ", lexicon)
    return (found[0], window[found[0] :].rstrip()) if found else None


def after_title(doc: Doc, start: int, lexicon: NameLexicon, text: str) -> bool:
    """True when a title (with its of-chain) ends right before token ``start``; ``text`` is
    ``doc.text``."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ not in lexicon.title_last_words and not titlecase_token(prev):
        return False
    char = doc[start].idx
    return title_before(text[max(0, char - 120) : char], lexicon) is not None


def name_start(doc: Doc, start: int, end: int, lexicon: NameLexicon) -> int:
    """First token of doc[start:end] after any leading "the", titles and honorifics
    (``Chief Cabinet Secretary Yoshimasa Hayashi`` -> ``Yoshimasa``); ``end`` if nothing is left."""
    pattern = lexicon.patterns["title_start"]
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


def _abbreviation_stop(doc: Doc, i: int, start: int) -> bool:
    """The full stop of a short capitalised abbreviation the tokenizer split off ("Sr" "."):
    part of the name ("Robert Smith, Sr.")."""
    return doc[i].text == "." and i - 1 > start and not doc[i - 1].whitespace_ \
        and len(doc[i - 1].text) <= 3 and doc[i - 1].text[:1].isupper() and doc[i - 1].text.isalpha()


def person_span(doc: Doc, ent: Span, lexicon: NameLexicon) -> Span | None:
    """The name part of a PERSON entity: no leading title/honorific/"the", no possessive."""
    end = ent.end
    start = name_start(doc, ent.start, end, lexicon)
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_space or doc[end - 1].is_punct) \
            and not _abbreviation_stop(doc, end - 1, start):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def in_parenthesis_place(doc: Doc, span: Span) -> bool:
    """``(in Dinard)``, ``(at Camp Humphreys)``: a name right after in/at that closes a
    parenthesis is a place, not a person."""
    if span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].lower_ not in ("in", "at") or doc[span.start - 2].text != "(":
        return False
    return doc[span.end].text == ")"


# a given name, a middle initial and a surname, nothing else: a person whatever the model says
# ("Henry C. Hall" tagged FAC); "John F. Kennedy Airport" has more words and stays a facility
INITIALLED_NAME = re.compile(r"[A-Z][a-z]+ (?:[A-Z]\. ){1,2}[A-Z][a-z'’-]+(?:,? Jr\.)?")
LOCATIVE_PREPS = frozenset({"in", "at", "to", "from", "near", "outside", "into"})
NOT_PLACE_LABELS = frozenset({"LANGUAGE", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "PERSON"})


def mislabelled_city(doc: Doc, span: Span, gazetteer: Gazetteer):
    """Rule 'a city the model mislabelled': a name tagged as no place (``NOT_PLACE_LABELS``)
    right after a locative preposition (``today's attack in Tunis`` tagged LANGUAGE, ``arrived
    in Toamasina`` tagged PERSON; a PERSON only after "in" or "at"), or after the "of" of a noun
    whose of-phrase is a place (entity_rules ``place_of_nouns``: ``a full military incursion of
    Rafah`` tagged PERSON), that is a national capital or a city of
    ``geonames.mislabelled_city_min_population`` people (places.json): that city; else None."""
    if span.label_ not in NOT_PLACE_LABELS or span.start == 0 or len(span) > 3:
        return None
    prep = doc[span.start - 1].lower_
    locative = prep in LOCATIVE_PREPS and not (span.label_ == "PERSON" and prep not in ("in", "at"))
    if not locative and not after_place_of_noun(doc, span.start):
        return None
    minimum = int(gazetteer.config.get("geonames", {}).get("mislabelled_city_min_population", 100_000))
    found = place_for(gazetteer, span.text, strict=True, min_population=minimum)
    return found[0] if found and found[0].kind == "city" else None


def place_for(gazetteer: Gazetteer, text: str, *, strict: bool, min_population: int = 0):
    """(place, how) for a span text; strict: only names the gazetteer knows as such
    (countries, aliases, data-file places, capitals and cities of ``min_population``+)."""
    found = gazetteer.lookup(text, alternates=not strict, fuzzy=False)
    if not found:
        return None
    place, how = found
    if strict and how == "city":
        if gazetteer.city_population.get(place.place_id, 0) < min_population \
                and not gazetteer.is_capital(place.place_id):
            return None
    return found
