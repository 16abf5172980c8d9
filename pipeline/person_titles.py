"""A person's titles as the text writes them (``people.titles``; see ``pipeline.people``): the
title before the name, with whose it is when the text says so (``North Korean Minister of
Foreign Affairs Ri Yong Ho``, ``Foreign Minister Ri Su-Yong of North Korea``, ``U.S. Ambassador
to Japan X``), a title in apposition after it (``Kim Yong-nam, President of the Presidium of
...``) and a title the text says the person holds (``X became the first Australian Prime
Minister``, ``X serves as Under Secretary of State``, ``the appointment of X as Chargé
d'Affaires``) and credentials presented (``X presented his credentials to the Afghan
government``). A title that is part of a longer title of the same person is dropped."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .dates.lexicon import MONTH_FULL_ALT, WEEKDAY_ALT
from .gazetteer import Gazetteer, get_gazetteer
from .nlp.lexicon import NameLexicon, load_name_lexicon
from .nlp.spans import entity_at, title_before, title_to_country

__all__ = ["dedupe_titles", "titles_for"]


_DATE_TAIL = re.compile(rf"\s+(?:on|in)\s+(?:{WEEKDAY_ALT}|{MONTH_FULL_ALT})\b.*$")


def _clean_title(title: str) -> str:
    """Spaces folded, no trailing function word, no date the of-chain ran into ("President of
    Egypt on Sunday")."""
    title = _DATE_TAIL.sub("", " ".join(title.split()))
    return re.sub(r"\s+(?:of|the|and|for|on)$", "", title)


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _window_start(span: Span) -> int:
    """The first token of the text before a name that may hold its title: its sentence's start,
    40 tokens back at most. A sentence the model begins after an initialism or an honorific is
    no sentence ("Vietnamese Ambassador to the U.S. | Nguyen Tam Chien said", "the Ambassador of
    Bolivia, Señor Dr. Don | Luis Fernando Guachalla")."""
    honorific = load_name_lexicon().patterns["honorific_any"]
    try:
        sent_start = span.sent.start
        while sent_start > 0 and (_INITIALISM.fullmatch(span.doc[sent_start - 1].text)
                                  or honorific.fullmatch(span.doc[sent_start - 1].text)):
            sent_start = span.doc[sent_start - 1].sent.start
    except ValueError:  # no sentence boundaries (a pipeline without parser/senter)
        sent_start = 0
    return max(sent_start, span.start - 40, 0)


def _title_window(doc: Doc, span: Span, person_ends: list[int]) -> str:
    """The text before the name from its sentence's start (40 tokens at most), cut at the last
    clause break or the previous person's name."""
    first = _window_start(span)
    lo = doc[first].idx if first < span.start else span.start_char
    window = doc[first : span.start].text_with_ws if first < span.start else ""
    cut = max(window.rfind(c) for c in ",;:()\n") + 1
    prev_person_end = max((e for e in person_ends if e <= span.start_char), default=0)
    return window[max(cut, prev_person_end - lo, 0) :]


_PLACE_TAIL = re.compile(r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|and|of|the)){0,6}[ \t]*$")


def _apposed_window(doc: Doc, span: Span, person_ends: list[int], lex: NameLexicon) -> str:
    """Rule 'a title set off by a comma before the name': ``the President of Cyprus, Nikos
    Christodoulides``, ``the U.S. Commissioner at Riga, Evan Young``, ``the Ambassador of
    Bolivia, Señor Dr. Don X``: the clause before the comma, without a place it ends with
    (``at Riga``; rule 'an employer is no post': kept when it names a country's institution,
    ``the Permanent Under-Secretary at the Foreign and Commonwealth Office``), when only
    honorifics stand between the comma and the name; else ""."""
    first = _window_start(span)
    if first >= span.start:
        return ""
    lo = doc[first].idx
    text = doc[first : span.start].text_with_ws
    m = re.search(r",[ \t]*$", _without_honorifics(text, lex))
    if not m:
        return ""
    clause = text[: m.start()]
    prev_person_end = max((e for e in person_ends if e <= lo + m.start()), default=0)
    clause = clause[max(max(clause.rfind(c) for c in ",;:()\n") + 1, prev_person_end - lo, 0):]
    tail = _PLACE_TAIL.search(clause)
    if tail and _names_institution(tail.group(0)):
        return clause + " "  # "the Permanent Under-Secretary at the Foreign and Commonwealth Office"
    return _PLACE_TAIL.sub("", clause) + " "


def _names_institution(text: str) -> bool:
    """A country's institution named in text ("the Foreign and Commonwealth Office", "the State
    Department"): the title's employer, whose the person is, not a post's place."""
    return _institution_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _institution_pattern() -> re.Pattern:
    """The gazetteer's institutions' names, compiled once."""
    names = sorted(get_gazetteer().institutions, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@lru_cache(maxsize=4)
def _honorific_patterns(honorific_re: str, patronymic: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """(a run of honorifics with its spaces, the same run ending a text): honorifics, and the
    honorifics of patronymic names (``Sheikh``): "Sheikh ", "H.E. Mr. "."""
    alt = honorific_re + "".join("|" + re.escape(h) for h in patronymic)
    return (re.compile(rf"(?:[ \t]*(?<![\w'’-])(?i:{alt})(?![\w-]))+[ \t]*"),
            re.compile(rf"(?:(?<![\w'’-])(?i:{alt})[ \t]*)+$"))


def _honorific_runs(lex: NameLexicon) -> tuple[re.Pattern, re.Pattern]:
    return _honorific_patterns(lex.honorific_re, tuple(sorted(lex.patronymic_honorifics)))


def _without_honorifics(window: str, lex: NameLexicon) -> str:
    """The window without the honorifics that end it: a title stands before them
    ("United Arab Emirates Foreign Minister Sheikh Abdullah bin Zayed", "Foreign Minister Dr. X")."""
    m = _honorific_runs(lex)[1].search(window)
    return window[: m.start()] if m and m.start() > 0 else window


def _country_after(after_text: str, gaz: Gazetteer) -> str | None:
    """``Foreign Minister Ri Su-Yong of North Korea``: the country after the name, with article;
    a city or region after it gives its country (``Crown Prince ... of Abu Dhabi``)."""
    m = re.match(r"^[ \t]+of[ \t]+(?:the[ \t]+)?(\S+(?:[ \t]+\S+){0,5})", after_text[:80])
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        place = gaz.lookup(" ".join(words[:n]), alternates=False, fuzzy=False)
        if place and place[0].kind == "country":
            return gaz.country_with_article(place[0].place_id)
        if place and place[0].kind in ("city", "region") and place[0].country_iso3:
            return gaz.country_with_article(place[0].country_iso3)  # "Crown Prince ... of Abu Dhabi"
    return None


_ACTING = re.compile(r"(?<![\w-])(?i:acting)[ \t]+$")


def _title_before_name(window: str, after_text: str, gaz: Gazetteer, lex: NameLexicon) -> str | None:
    """Rule: the title written before the name, with whose it is when the text says so
    (``North Korean Minister ... Ri Yong Ho``, ``Foreign Minister Ri Su-Yong of North Korea``);
    rule 'an acting holder': "Acting" stays in the title (``Acting Secretary of State Frank L.
    Polk``), for an acting holder is not the office-holder the gazetteer lists."""
    before = title_before(window, lex) or title_to_country(window, lex, gaz)
    if not before:
        return None
    title = _whose_title(window, before, after_text, gaz)
    return f"Acting {title}" if _ACTING.search(window[: before[0]]) else title


def _whose_title(window: str, before: tuple[int, str], after_text: str, gaz: Gazetteer) -> str:
    """The title found before the name, with the country the text says it is of."""
    title = _clean_title(before[1])
    pre = window[: before[0]]
    body = organisation_before(pre)
    if body:  # "U.N. Secretary-General Antonio Guterres"; "Russia's U.N. Ambassador": Russia's
        iso3 = gaz.country_at_end(pre[: pre.rstrip().rfind(body)])
        return f"{body} {title} of {gaz.country_with_article(iso3)}" if iso3 else f"{body} {title}"
    head = re.split(r"\s+(?:to|for)\s+", title, maxsplit=1)[0]  # "Ambassador (to Japan)", "Envoy (for Yemen)"
    if gaz.countries_in(head, capitals=False):
        return title
    iso3 = gaz.country_at_end(window[: before[0]])
    whose = gaz.country_with_article(iso3) if iso3 else _country_after(after_text, gaz)
    return f"{head} of {whose}{title[len(head):]}" if whose else title


def organisation_before(text: str) -> str | None:
    """The international organisation (events lexicon ``international_organisations``) whose name
    ends ``text``, possessive or not ("the U.N.'s", "NATO"), as written; else None."""
    from .events.lexicon import load_lexicon

    names = load_lexicon().grammar.international_organisations
    words = re.sub(r"['’]s\s*$", "", text.rstrip()).split()
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]).lower() in names:
            return " ".join(words[-n:])
    return None


def _title_after_name(span: Span, after_text: str, person_starts: set[int], gaz: Gazetteer,
                      lex: NameLexicon) -> str | None:
    """Rule: a title in apposition after the name (``Kim Yong-nam, President of the Presidium
    of ...``), unless it is the next person's (``, Prime Minister Shinzo Abe``)."""
    m = lex.patterns["title_after"].match(after_text.split("\n", 1)[0])
    if not m:
        return None
    t_start = span.end_char + m.start("title")
    honorifics = _honorific_runs(lex)[0].match(after_text, m.end("title"))
    t_end = span.end_char + (honorifics.end() if honorifics else m.end("title"))
    if any(t_start < p <= t_end + 1 for p in person_starts):  # the next person's (after "Sheikh")
        return None
    if _title_of_next_person(span, after_text, t_end, person_starts):
        return None
    title = _clean_title(m.group("title"))
    pre = m.group("pre").strip()
    if pre and not gaz.countries_in(title, capitals=False):
        iso3 = gaz.country_at_end(pre)
        if iso3:
            title = f"{title} of {gaz.country_with_article(iso3)}"
    return title


_TITLE_PHRASE_WORDS = re.compile(r"(?:[ \t]+(?:to|of|for|and|the|in|[A-Z][\w.'’-]*))*[ \t]*")


def _title_of_next_person(span: Span, after_text: str, t_end: int, person_starts: set[int]) -> bool:
    """Rule 'a title in a list of titled names': a title after the comma whose own phrase (to,
    of, and, capitalised words; no comma) runs into the next person is that person's
    (``Muhammad Lutfi, Indonesian Ambassador to Australia and Vanuatu Siswo Pramono``)."""
    nxt = min((p for p in person_starts if p > t_end), default=None)
    if nxt is None:
        return False
    between = after_text[t_end - span.end_char : nxt - span.end_char]
    return bool(between) and _TITLE_PHRASE_WORDS.fullmatch(between) is not None


@lru_cache(maxsize=4)
def _predicate_pattern(title_re: str, chain: str) -> re.Pattern:
    """``X became the first Australian Prime Minister``, ``X serves as Under Secretary of
    State``, ``the appointment of X as Chargé d'Affaires``, ``the election of X, the leader of
    the party, as the new President of Egypt``: a title the name is said to hold, after a copula
    or ``as`` (an apposition may come between), with up to four words before it (``first
    post-war Japanese``; no preposition: "was accompanied by Minister ..." says none), its
    of-chain when it names a country, and no capitalised word after it (``was President Obama's
    envoy`` is Obama's title); "as well as" is no "as"."""
    verbs = (r"(?:(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+[a-z]+ed[ \t]+as|is|was|became|becomes|remains|remained"
             r"|serves[ \t]+as|served[ \t]+as|as(?![ \t]+well\b))")  # "was inaugurated as new President"
    function = r"(?:by|with|from|for|of|at|in|on|as)\b"  # "was accompanied by Minister ..." says no title
    return re.compile(rf"^(?:[ \t]*,[^,.;\n]{{1,80}},)?[ \t]+(?P<verb>{verbs})[ \t]+(?:(?:the|an?)[ \t]+)?"
                      rf"(?P<pre>(?:(?!{function})[\w.’'-]+[ \t]+){{0,4}}?)"
                      rf"(?P<title>(?i:{title_re}))(?![\w-])(?P<chain>{chain})?(?![\w-])(?![ \t]+[A-Z])")


def _title_predicate(after_text: str, gaz: Gazetteer, lex: NameLexicon, as_ok: bool = True) -> str | None:
    """Rule: a title the text says the person holds (``_predicate_pattern``), with whose it is
    when the words before it end in a country (``the first Australian Prime Minister`` ->
    ``Prime Minister of Australia``). An ``as``-phrase only when it can be about the name
    (``as_ok``): "the funeral for former Prime Minister Abe as Special Envoy of President of the
    Maldives" is the visitor's title, not Abe's."""
    m = _predicate_pattern(lex.title_re, lex.patterns["chain"].pattern).match(after_text.split("\n", 1)[0])
    if not m or m.group("verb").endswith("as") and not as_ok:
        return None
    chain = m.group("chain") or ""
    title = _clean_title(m.group("title") + (chain if gaz.countries_in(chain, capitals=False) else ""))
    iso3 = gaz.country_at_end(m.group("pre")) if m.group("pre").strip() else None
    return f"{title} of {gaz.country_with_article(iso3)}" if iso3 else title


_CREDENTIALS = re.compile(
    r"^[ \t]+(?:(?:has|had|will)[ \t]+)?(?:present(?:ed|s|ing)?)[ \t]+(?:his|her|their)[ \t]+"
    r"(?:credentials|letters?[ \t]+of[ \t]+credence)(?:[ \t]+as[ \t]+(?P<title>[^,.;]{2,60}?)(?=[ \t]+to[ \t]|[,.;]|$))?"
    r"(?:[ \t]+to[ \t]+(?:the[ \t]+)?(?P<to>[^,.;]{2,60}))?")


def _credentials_title(after_text: str, gaz: Gazetteer, lex: NameLexicon) -> str | None:
    """Rule 'credentials presented': a person who presents credentials to one country's
    government or head of state is its envoy, not its national (``X presented his credentials
    to the Afghan government`` -> ``Envoy to Afghanistan``; ``... as Ambassador to the
    Government of Iceland`` -> ``Ambassador to Iceland``). Without a country, the title it names
    (``presented his credentials as Ambassador``), else nothing: ``to the President`` does not say
    whose."""
    m = _CREDENTIALS.match(after_text.split("\n", 1)[0])
    if not m:
        return None
    named = lex.patterns["title_any"].match(m.group("title") or "")
    iso3 = _receiving_country(m.group("to") or "", gaz)
    if iso3 is None:
        return named.group(0) if named else None
    return f"{named.group(0) if named else 'Envoy'} to {gaz.country_with_article(iso3)}"


_RECEIVER = r"(?:government|authorities|court|king|queen|emperor|president|sultan|emir|shah|regent)"


def _receiving_country(phrase: str, gaz: Gazetteer) -> str | None:
    """The country that receives credentials: ``the Government of Iceland``, ``the King of
    Nepal``, ``Uruguay``, ``the Afghan government``; not a country word inside another name
    (``the Federation of Central American States``)."""
    phrase = re.sub(rf"^(?i:{_RECEIVER})[ \t]+of[ \t]+(?:the[ \t]+)?", "", phrase.strip())
    words = phrase.split()
    for n in range(min(4, len(words)), 0, -1):
        place = gaz.lookup(" ".join(words[:n]), alternates=False, fuzzy=False)
        if place and place[0].kind == "country":
            return place[0].place_id
        if n < len(words) and re.fullmatch(rf"(?i:{_RECEIVER})", words[n]):
            iso3 = gaz.country_at_end(" ".join(words[:n]) + " ")
            if iso3:
                return iso3
    return None


def _as_phrase_about(span: Span) -> bool:
    """Whether an "as" after the name can say what the name is: the name is a subject or object,
    or after "of" or "with" ("the election of X as President", "with X as Chargé d'Affaires"),
    not the object of another preposition ("the funeral for Abe as Special Envoy")."""
    root = span.root
    return root.dep_ != "pobj" or root.head.lower_ in ("of", "with")


def titles_for(doc: Doc, span: Span, person_starts: set[int], person_ends: list[int]) -> list[str]:
    """The titles written before the name, in apposition after it, in a predicate and in
    credentials presented."""
    gaz = get_gazetteer()
    lex = load_name_lexicon()
    last = min(len(doc), span.end + 45)
    after_text = doc[span.end - 1].whitespace_ + (doc[span.end : last].text_with_ws if span.end < last else "")
    window = _without_honorifics(_title_window(doc, span, person_ends), lex)
    if not _honorific_runs(lex)[1].sub("", window).strip():
        window = _apposed_window(doc, span, person_ends, lex)
    found = [_title_before_name(window, after_text, gaz, lex), _title_after_name(span, after_text, person_starts, gaz, lex),
             _title_predicate(after_text, gaz, lex, _as_phrase_about(span)), _credentials_title(after_text, gaz, lex)]
    return [t for t in found if t]


def dedupe_titles(titles: list[str]) -> list[str]:
    """Rule: a title that is part of a longer title of the same person is dropped; the
    capitalised spelling is kept."""
    by_lower: dict[str, str] = {}
    for t in titles:
        low = t.casefold()
        if low not in by_lower or (t[:1].isupper() and not by_lower[low][:1].isupper()):
            by_lower[low] = t
    kept = []
    for low, t in by_lower.items():
        if any(other != low and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", other) for other in by_lower):
            continue
        kept.append(t)
    return sorted(kept)


_SUCH_AS = (("such", "as"), ("like",))


def descriptor_country(doc: Doc, span: Span) -> str | None:
    """The country a descriptor before the name gives (``_own_descriptor_country``), else the
    one a plural descriptor gives the list the name ends (rule 'a descriptor shared by a list':
    ``American citizens Paul Whelan and Trevor Reed``: both are American)."""
    own = _own_descriptor_country(doc, span) or _copula_subject_country(doc, span) or _apposition_country(span)
    if own is not None:
        return own
    first = span
    for _ in range(5):
        first = _listed_after(doc, first)
        if first is None:
            return None
        if doc[first.start - 1].tag_ == "NNS":
            return _own_descriptor_country(doc, first)
    return None


def _listed_after(doc: Doc, span: Span) -> Span | None:
    """The person name before ``span`` in a list ("A and B", "A, B", "A, and B"), or None."""
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in ("and", ","):
        return None
    if doc[i].lower_ == "and" and doc[i - 1].text == ",":
        i -= 1
    return next((e for e in doc.ents if e.end == i and e.label_ == "PERSON"), None)


def _own_descriptor_country(doc: Doc, span: Span) -> str | None:
    """Rule: a country or demonym with one or two common nouns right before a name says whose
    the person is (``U.S. citizen Kenneth Bae``, ``Polish heroes such as Tadeusz Kosciuszko``,
    ``the Chinese dissident Liu Xiaobo``), also a country's organisation (``Chinese Foreign
    Ministry spokesman Hong Lei``): the nouns must be tagged nouns, not titles (those are
    ``titles_for``'s). The name may stand in apposition, between a comma and the end of its
    phrase (``his Vietnamese counterpart, Phung Quang Thanh.``)."""
    i = span.start - 1 if _apposition(doc, span) else span.start
    for words in _SUCH_AS:
        n = len(words)
        if i >= n and tuple(t.lower_ for t in doc[i - n : i]) == words:
            i -= n
            break
    nouns = 0
    while i > 0 and nouns < 2 and doc[i - 1].is_lower and doc[i - 1].tag_ in ("NN", "NNS"):
        i -= 1
        nouns += 1
    if nouns == 0 or i == 0:
        return None
    if doc[i - 1].ent_type_ == "ORG":
        return _organisation_country(doc, i - 1)
    if doc[i - 1].ent_type_ not in ("NORP", "GPE"):
        return None
    return get_gazetteer().country_at_end(doc[max(0, i - 4) : i].text + " ")


def _one_country(text: str) -> str | None:
    """The one country (or demonym's country) a text names, else None."""
    found = get_gazetteer().countries_in(text, capitals=False)
    return found[0] if len(found) == 1 else None


def _apposition_country(span: Span) -> str | None:
    """Rule 'who the apposition says the person is': a common-noun apposition naming one country
    (``William Henry Hastie, a judge on the U.S. Court of Appeals``, ``Simon Mann, a former
    officer in the British Army``); a country after "to" or "for" is where they are sent or
    their brief (``the ambassador to Japan``), no evidence (``person_country.posting_head``)."""
    from .person_country import posting_head  # person_country reads this module's titles

    for c in span.root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower:
            iso3 = _one_country(posting_head(c.doc[c.left_edge.i : c.right_edge.i + 1].text))
            if iso3:
                return iso3
    return None


def _copula_subject_country(doc: Doc, span: Span) -> str | None:
    """Rule 'the post the name fills': a name that is what a copula's subject is, the subject
    an office or an envoy (a title or ``envoy_words``) with one country before its noun, is of
    that country (``The first U.S. diplomatic representative in Bulgaria was Charles M.
    Dickinson``); the words after the noun say where the post was, not whose."""
    root = span.root
    if root.dep_ != "attr" or root.head.lemma_ != "be":
        return None
    subj = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    lex = load_name_lexicon()
    if subj is None or subj.ent_type_ == "PERSON" or not (
            lex.patterns["title_any"].fullmatch(subj.text) or subj.lower_ in lex.envoy_words):
        return None
    return _one_country(doc[subj.left_edge.i : subj.i].text)


def _apposition(doc: Doc, span: Span) -> bool:
    """The name set off by a comma before it and punctuation (or the end) after it."""
    return span.start > 1 and doc[span.start - 1].text == "," and (
        span.end == len(doc) or doc[span.end].is_punct)


def _organisation_country(doc: Doc, i: int) -> str | None:
    """"Chinese Foreign Ministry spokesman Hong Lei": the one country the organisation's name
    before the role names (its demonym or name)."""
    ent = entity_at(doc, i, "ORG")
    if ent is None or ent.end != i + 1:
        return None
    countries = set(get_gazetteer().countries_in(ent.text))
    return countries.pop() if len(countries) == 1 else None
