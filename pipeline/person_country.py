"""The country a person acts for (``people.country_iso3``) and where it was found
(``people.country_source``), from general evidence in this order:

1. ``text``: a list the text introduces with a country (``participants from the Mongolian
   side: Mr. X, ...; participants from the Japanese side: ...``, ``Participating Australian
   Ministers were; ...``: the last such introducer before the name in its sentence; or a
   country with one or two nouns right before the name: ``U.S. citizen X``, ``his Japanese
   counterpart X``, ``pipeline.person_titles.descriptor_country``), then the
   person's titles as the text writes them, which carry the country when the text
   names it (``Mongolian President X``, ``India's Prime Minister X``, ``President X of Mongolia``,
   ``X, Vietnam's foreign minister``, ``Mr. X, Prime Minister of Japan``: all become a title
   ``... of <Country>``), or a country written inside a title (``U.S. Ambassador``); the most
   frequent over all the person's mentions (ties: the first). ``Ambassador to Japan`` is no
   evidence for Japan; it rules Japan out. A title written after an international
   organisation's name (``U.N. Secretary-General Antonio Guterres``) and no country is of no
   country: the steps below are not tried.
2. ``gazetteer``: the one country of the office-holders (``data/office_holders.json``, terms
   by day, and ``data/officials.json``, by year) with that full name who were in office at the
   dates of the sentences that name the person (an overview page published in 2018 that says
   ``Prime Minister Yoshiro Mori's visit to India in August 2000``; a sentence without a date
   has the date being narrated, the last one before it in its paragraph), else, when none was
   in office then, at the document's ``published`` date, else at any time: a full name held
   in one country only keeps it (``former Prime Minister Shinzo Abe`` in 2022).
   A one-word name written with no title (``ensuring Putin fails``) gets the one country of
   the office-holders answering to it at the same dates.
3. ``frame``: the countries the document's title names, when there are two or more and the
   text rules out all but one: ``Japan-Mongolia Summit Meeting`` decides nothing for a minister,
   but ``Mr. X, Ambassador to Mongolia`` there is of Japan. A title naming one country decides
   nothing: the publisher's own country is often left out of it (``Readout of the President's
   call with Prime Minister X of India`` names the guest's country, not the host's).

4. ``frame`` too: a titled person on a government publisher's page (``data/publishers.json``,
   by the domain of ``source_url``: ``Defence Secretary X`` on GOV.UK) is of the publisher's
   country, unless a title sends them there (``Ambassador to Japan``) or names an office whose
   holder in that country at the document's dates is someone else (``Foreign Minister X`` on
   state.gov, ``Prime Minister X`` on dfat.gov.au), or an office the country never had
   (``President X`` on mofa.go.jp), or a deputy of one (``First Vice President X`` on GOV.UK).
5. ``frame`` again: such a person, whose title names an office someone else held in the
   publisher's country, is of the one other country the document's title names
   (``Foreign Minister Chikoti`` on state.gov's ``U.S. Relations With Angola``).
6. ``frame``, last: in a news site's story (URL known) whose title names one country, a titled
   person is of that country (``Prime Minister Carlos Gomes`` in ``Guinea-Bissau Troops Fire
   ...``).

Otherwise both columns are null.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .gazetteer import get_gazetteer
from .officials import name_key, official_terms
from .person_titles import organisation_before

_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_PORTFOLIO = re.compile(r"\s+for\s+")
_TO_COUNTRY = re.compile(r"\bto\s+(?:the\s+)?(?P<rest>.+)$")


@dataclass(frozen=True)
class Frame:
    """What the document says about itself: title, publisher (source URL) and date."""

    title: str | None = None
    source_url: str | None = None
    published: str | None = None  # YYYY-MM-DD


@dataclass
class Evidence:
    """One person's titles and the dates (YYYY-MM-DD) of the sentences that name them."""

    titles: list[str] = field(default_factory=list)
    list_countries: list[str] = field(default_factory=list)
    sentence_dates: list[str] = field(default_factory=list)


def country_of_title(title: str) -> str | None:
    """``Prime Minister of Japan`` -> JPN; ``U.S. Ambassador`` -> USA; ``Ambassador to Japan`` ->
    None (a country after "to" is where the person is sent, not whom they serve), and so is a
    country in a portfolio after "for" (``Special Envoy for Yemen``, ``Director General for North
    American Affairs``): what the office deals with."""
    gaz = get_gazetteer()
    for m in reversed(list(_OF_COUNTRY.finditer(title))):
        place = gaz.lookup(title[m.end():], alternates=False, fuzzy=False)
        if place and place[0].kind == "country":
            return place[0].place_id
    found = gaz.countries_in(posting_head(title), capitals=False)
    return found[0] if len(found) == 1 else None


def posting_head(text: str) -> str:
    """The words before a posting ("to Japan") or a brief ("for Yemen"): a country there is whose
    the person is, one after it is not."""
    return _PORTFOLIO.split(_TO_COUNTRY.split(text, maxsplit=1)[0], maxsplit=1)[0]


def _ruled_out(title: str) -> set[str]:
    """Countries a title rules out: ``Ambassador to Japan`` -> {JPN}."""
    m = _TO_COUNTRY.search(title)
    return set(get_gazetteer().countries_in(m.group("rest"), capitals=False)) if m else set()


_LIST_INTRO = re.compile(
    r"(?P<who>(?:[A-Z][\w’'-]*[ \t]+){1,3})(?:side|delegation|[Mm]inisters|participants|officials|members)"
    r"\b[ \t]*(?:\([^)]*\)[ \t]*)?(?:[:;]|included\b|were\b|are\b|includ|by\b)")


def list_country(sentence_before: str) -> str | None:
    """The country of the last list introducer in the text before a name in its sentence:
    ``participants from the Mongolian side: Mr. A, ...`` -> MNG for A; ``attended ... from the
    Lao side by Mr. A`` -> LAO."""
    last = None
    for m in _LIST_INTRO.finditer(sentence_before):
        last = m
    if last is None:
        return None
    found = get_gazetteer().countries_in(last.group("who"), capitals=False)
    return found[0] if len(found) == 1 else None


def _majority(values: list[str]) -> str | None:
    return Counter(values).most_common(1)[0][0] if values else None


def text_country(titles: list[str]) -> str | None:
    votes = Counter(c for t in titles if (c := country_of_title(t)))
    if not votes:
        return None
    order = {c: i for i, c in reversed(list(enumerate(country_of_title(t) for t in titles)))}
    return sorted(votes, key=lambda c: (-votes[c], order[c]))[0]


def gazetteer_countries(name: str, dates: list) -> set[str]:
    """The countries of the office-holders of that full name in office at one of ``dates``
    (``YYYY-MM-DD`` or (first, last) day pairs; ``data/office_holders.json``, by day;
    ``data/officials.json``, by year)."""
    from .holder_names import holders_between, interval

    spans = [interval(d) for d in dates if d]
    found = {e["country_iso3"] for e in holders_between(name, spans)} if len(name.split()) >= 2 else set()
    return found | {iso for iso, start, end in official_terms().get(name_key(name), [])
                    for first, last in spans if start <= int(last[:4]) and int(first[:4]) <= end}


def gazetteer_country(name: str, levels: list[list]) -> str | None:
    """The one country at the first date level (the sentences' dates, then ``published``)
    where any office-holder of that name was in office; None when two or more."""
    for dates in levels:
        found = gazetteer_countries(name, dates)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


ANY_TIME = ("0001-01-01", "9999-12-31")


def former_holder_country(name: str) -> str | None:
    """Rule 'an office-holder keeps their country': a full name that answers to office-holders
    of one country only, in office at any time (``former Prime Minister Shinzo Abe`` in 2022,
    ``the late President John F. Kennedy``), is of that country; a full name held in two
    countries decides nothing. A one-word name never qualifies (``Abdullah``)."""
    found = gazetteer_countries(name, [ANY_TIME]) if len(name.split()) >= 2 else set()
    return found.pop() if len(found) == 1 else None


def surname_country(word: str, levels: list[list]) -> str | None:
    """A one-word name written with no title (``ensuring Putin fails``): the one country of the
    office-holders answering to it (``data/office_holders.json``) at the first date level where
    any was in office; the caller's last level may be ``ANY_TIME`` (rule 'an office-holder keeps
    their country' for a surname: "the end of Assad's brutal regime" two days after his fall)."""
    from .holder_names import holders_between

    for dates in levels:
        found = {e["country_iso3"] for e in holders_between(word, dates)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _publisher(frame: Frame) -> str | None:
    from .events.frame import publisher_country

    return publisher_country(frame.source_url) if frame.source_url else None


def _holders_of(iso3: str, levels: list[list]) -> list[dict]:
    """The office-holders of a country in office at one of the dates of ``levels``."""
    from .holder_names import interval
    from .office_holders import default_entries

    spans = [interval(d) for level in levels for d in level if d]
    return [e for e in default_entries() if e["country_iso3"] == iso3
            and any(e["start"] <= b and (e["end"] is None or e["end"] >= a) for a, b in spans)]


def publisher_person(name: str, titles: list[str], frame: Frame, levels: list[list]) -> str | None:
    """A titled person on a government publisher's page (``data/publishers.json``: ``Defence
    Secretary X`` on GOV.UK) is of the publisher's country, unless a title sends them there
    (``Ambassador to Japan`` on mofa.go.jp) or names an office whose holder in that country at
    the document's dates is someone else (``Foreign Minister X`` on state.gov, where the
    Secretary of State holds that office; ``Prime Minister X`` on dfat.gov.au while another
    was Australia's Prime Minister). Without a date, nothing."""
    iso3 = _publisher(frame)
    if iso3 is None or not titles or not any(levels) or iso3 in {c for t in titles for c in _ruled_out(t)}:
        return None
    return None if _office_elsewhere(iso3, name, titles, levels) or _no_such_office(iso3, titles) else iso3


_DEPUTY = re.compile(r"^(?:(?:first|second|vice|deputy|acting)[\s-]+)+", re.IGNORECASE)


def _no_such_office(iso3: str, titles: list[str]) -> bool:
    """Every title names an office of the office-holders gazetteer that the country never had
    (``President`` on mofa.go.jp: Japan's head of government is a Prime Minister), or a deputy
    of one (``First Vice President`` on GOV.UK: the United Kingdom has no President)."""
    holders = [_office_countries(_DEPUTY.sub("", t)) for t in titles]
    return bool(titles) and all(holders) and not any(iso3 in countries for countries in holders)


def no_such_office(iso3: str, title: str) -> bool:
    """The title names an office (or a deputy of one) that the country never had."""
    return _no_such_office(iso3, [title])


@lru_cache(maxsize=1024)
def _office_countries(title: str) -> frozenset[str]:
    """The countries whose office-holders (any term) hold the office a title names."""
    from .holder_names import title_fits
    from .office_holders import default_entries

    return frozenset(e["country_iso3"] for e in default_entries() if title_fits(title, e))


def _office_elsewhere(iso3: str, name: str, titles: list[str], levels: list[list]) -> bool:
    """A title names an office that someone else held in ``iso3`` at the dates of ``levels``."""
    from .holder_names import title_fits
    from .office_holders import name_key, names_of

    key = name_key(name)
    return any(title_fits(t, e) and key not in names_of(e) for t in titles for e in _holders_of(iso3, levels))


def other_side(name: str, titles: list[str], frame: Frame, levels: list[list], countries: set[str]) -> str | None:
    """Rule: on a government publisher's page about one other country (the document's title
    names it: ``U.S. Relations With Angola``, ``South Africa``, ``Papua New Guinea-Australia
    Ministerial Forum``), a person whose title names an office that someone else held in the
    publisher's country at the document's dates is of that other country (``Foreign Minister
    Chikoti`` on state.gov while Kerry was Secretary of State, ``President Nelson Mandela`` in
    1994, ``Prime Minister Marape`` on dfat.gov.au)."""
    iso3 = _publisher(frame)
    if iso3 is None or not titles or not any(levels) or not (
            _office_elsewhere(iso3, name, titles, levels) or _no_such_office(iso3, titles)):
        return None
    left = countries - {iso3} - {c for t in titles for c in _ruled_out(t)}
    return next(iter(left)) if len(left) == 1 else None


def story_country(titles: list[str], frame: Frame, countries: set[str]) -> str | None:
    """Rule 'the story's one country': in a news organisation's story (its ``source_url`` known and
    no government publisher's; without it the publisher, maybe a neighbour's agency, is unknown)
    whose title names one country (``Guinea-Bissau Troops Fire on ...``), a titled person with
    no other evidence (``Prime Minister Carlos Gomes``, ``army spokesman Philip Aguer``) is of
    that country, unless a title rules it out (``Ambassador to Guinea-Bissau``) or names someone
    sent abroad (``nuclear envoy``: titles.json ``envoy_words``), likely of another country."""
    if not titles or len(countries) != 1 or not frame.source_url or _publisher(frame) is not None or _envoy(titles):
        return None
    left = countries - {c for t in titles for c in _ruled_out(t)}
    return next(iter(left), None)


def _envoy(titles: list[str]) -> bool:
    from .nlp.lexicon import load_name_lexicon

    words = load_name_lexicon().envoy_words
    return any(w in words for t in titles for w in (t.lower(), *t.lower().split()))


def frame_countries(frame: Frame) -> set[str]:
    """The countries the document's title names (``Japan-Mongolia Relations`` -> JPN, MNG)."""
    return set(get_gazetteer().countries_in(frame.title, capitals=False)) if frame.title else set()


def person_country(name: str, evidence: Evidence, frame: Frame, frame_set: set[str] | None = None
                   ) -> tuple[str | None, str | None]:
    """(country_iso3, country_source) for one person; see the module docstring."""
    iso3 = text_country(evidence.titles) or _majority(evidence.list_countries)
    if iso3:
        return iso3, "text"
    if _international(evidence.titles):
        return None, None
    levels = [evidence.sentence_dates, [frame.published] if frame.published else []]
    iso3 = _gazetteer_evidence(name, evidence, levels)
    if iso3:
        return iso3, "gazetteer"
    countries = frame_countries(frame) if frame_set is None else frame_set
    left = countries - {c for t in evidence.titles for c in _ruled_out(t)}
    if len(countries) >= 2 and len(left) == 1:
        return next(iter(left)), "frame"
    iso3 = publisher_person(name, evidence.titles, frame, levels) or \
        other_side(name, evidence.titles, frame, levels, countries) or \
        story_country(evidence.titles, frame, countries)
    return (iso3, "frame") if iso3 else (None, None)


def _international(titles: list[str]) -> bool:
    """Rule 'an international body's official': a title written after an international
    organisation's name ("U.N. Secretary-General Antonio Guterres", "NATO Secretary General Jens
    Stoltenberg") is of no country, whatever office the person once held at home."""
    return any(organisation_before(" ".join(t.split()[:n])) for t in titles for n in (1, 2, 3))


def _gazetteer_evidence(name: str, evidence: Evidence, levels: list[list]) -> str | None:
    """Step 2 of the module docstring: a full name at its dates, else at any time; a one-word
    name written with no title at its dates."""
    iso3 = gazetteer_country(name, levels) or former_holder_country(name)
    if not iso3 and len(name.split()) == 1 and not evidence.titles:
        iso3 = surname_country(name, [*levels, [ANY_TIME]])
    return iso3


def set_countries(records: dict, groups: dict[str, list], id_of: dict[str, str],
                  frame: Frame, sentence_dates) -> None:
    """Set country_iso3 and country_source of every person record (``pipeline.people``) from its
    mentions' titles, list countries and sentence dates."""
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
