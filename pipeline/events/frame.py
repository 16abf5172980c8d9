"""The frame of a document for its events: the countries it is about and the government it
speaks for, used where a clause leaves a party unnamed.

- ``publisher_country``: a government's own page speaks for that government
  (``data/publishers.json``, by web domain of the sidecar's ``source_url``, or of the page a
  web archive's copy keeps): a bare title in it
  ("The Prime Minister spoke with President Zelenskyy" on GOV.UK) is that country's
  office-holder.
- ``title_countries``: a page titled for a relationship ("Japan-India Relations", "U.S.
  Relations With Vietnam", "Papua New Guinea-Australia Ministerial Forum") names its two
  countries: they are the default parties of its events.
- ``frame_partner``: an event with one of the two frame countries as its only country and a
  participant whose country is unknown (or an act on a diplomatic mission) is between the
  two; so is a meeting, agreement or cooperation (``plover.DYADIC_TYPES``) whose sentence names the
  other, and any other act but a one-sided one (``plover.ONE_SIDED_TYPES``: launches, drills) whose
  own clause names it ("lodged a protest concerning the judgments of the Supreme Court of
  the ROK").
- ``story_pair``: a news story whose title names no two countries is about the two its
  sentences name most.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

DATA = Path(__file__).resolve().parent.parent / "data"


class FrameDataError(ValueError):
    """The publishers file is malformed."""


@lru_cache(maxsize=2)
def _publishers_file(path: Path) -> dict:
    """The publishers file, read once per process (``publishers`` and ``host_domains`` share it)."""
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def publishers(path: Path = DATA / "publishers.json") -> dict[str, str]:
    """Domain -> ISO3, validated: lower-case domains, three-letter upper-case codes."""
    data = _publishers_file(path)
    table = data.get("publishers")
    if not isinstance(table, dict):
        raise FrameDataError(f"{path}: 'publishers' must be an object of domain -> ISO3")
    for domain, iso3 in table.items():
        if domain != domain.lower() or "." not in domain or not (isinstance(iso3, str) and len(iso3) == 3
                                                                  and iso3.isupper()):
            raise FrameDataError(f"{path}: bad entry {domain!r}: {iso3!r}")
    return table


def original_host(source_url: str | None) -> str:
    """The host of the page a URL is: a web archive's copy names the page it keeps
    (``https://web.archive.org/web/2009.../http://www.voanews.com/...`` ->
    ``www.voanews.com``); other URLs their own host."""
    url = source_url or ""
    kept = max(url.find("/http://", 8), url.find("/https://", 8))
    return (urlsplit(url[kept + 1 :] if kept >= 0 else url).hostname or "").lower()


def publisher_country(source_url: str | None, table: dict[str, str] | None = None) -> str | None:
    """The country a page's publisher speaks for, by the longest matching domain suffix of the
    page's host (an archived copy's original)."""
    if not source_url:
        return None
    host = original_host(source_url)
    table = publishers() if table is None else table
    labels = host.split(".")
    for i in range(len(labels) - 1):
        iso3 = table.get(".".join(labels[i:]))
        if iso3:
            return iso3
    return None


@lru_cache(maxsize=1)
def host_domains(path: Path = DATA / "publishers.json") -> frozenset[str]:
    """Domains whose first label is the host country's ISO 3166 alpha-2 code (``host_subdomains``:
    ``ni.usembassy.gov`` is the U.S. Embassy in Nicaragua), validated."""
    domains = _publishers_file(path).get("host_subdomains", [])
    if not isinstance(domains, list) or not all(isinstance(d, str) and d == d.lower() and "." in d for d in domains):
        raise FrameDataError(f"{path}: 'host_subdomains' must be a list of lower-case domains")
    return frozenset(domains)


def embassy_host(source_url: str | None) -> str | None:
    """The host country of an embassy's page (``host_domains``): ``https://ni.usembassy.gov/...``
    -> NIC; None for other pages."""
    import pycountry

    host = original_host(source_url)
    label, _, rest = host.partition(".")
    if rest.startswith("www."):
        rest = rest[4:]
    if rest not in host_domains() or len(label) != 2:
        return None
    country = pycountry.countries.get(alpha_2=label.upper())
    return country.alpha_3 if country else None


def embassy_pair(source_url: str | None, publisher: str | None, news: bool) -> frozenset[str]:
    """Rule 'an embassy's host': an embassy's page (``host_subdomains``) that is no news story and
    whose title names no pair has the publisher and the host country as its two default parties
    (a history of relations on ``ni.usembassy.gov`` titled "History of Diplomatic Relations"); an
    embassy's statements are often about the host's own affairs, so they get no such frame."""
    host = None if news else embassy_host(source_url)
    return frozenset({publisher, host}) if host and publisher and host != publisher else frozenset()


def title_countries(title: str | None, countries_in: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The two countries a relationship title names; empty unless it names exactly two."""
    if not title:
        return frozenset()
    found = frozenset(countries_in(title))
    return found if len(found) == 2 else frozenset()


def frame_pair(title: str | None, publisher: str | None, countries_in: Callable[[str], Iterable[str]],
               holders_in: Callable[[str], Iterable[str]] = lambda title: ()) -> frozenset[str]:
    """The document's two default parties: the title's two countries; or, on a government's
    page whose title names one other country ("Readout of the President's call with the
    Prime Minister of India"), the publisher and that country; or, naming none, one other
    country's office-holder at the page's date ("PM call with President Trump": holders_in)."""
    pair = title_countries(title, countries_in)
    if pair or not title or publisher is None:
        return pair
    named = frozenset(countries_in(title)) - {publisher}
    if not named:
        named = frozenset(holders_in(title)) - {publisher}
    return frozenset({publisher, *named}) if len(named) == 1 else frozenset()


def story_pair(sentence_countries: Iterable[frozenset[str]], min_sentences: int) -> frozenset[str]:
    """The two countries a news story is about: the two named in the most sentences, when the
    second is named in at least min_sentences and in more than any third ("Ecuador ...
    Colombian ... Venezuela": Colombia and Ecuador); empty otherwise."""
    counts: dict[str, int] = {}
    for countries in sentence_countries:
        for c in countries:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or ranked[1] < min_sentences or len(ranked) > 2 and ranked[2] == ranked[1]:
        return frozenset()
    top = sorted(counts, key=lambda c: (-counts[c], c))[:2]
    return frozenset(top)


def story_subject(sentence_countries: Iterable[frozenset[str]], min_sentences: int) -> str | None:
    """The one country a news story is about: named in at least min_sentences sentences and in
    twice as many as any other ("African Union: Will Suspend Mauritania's Membership Due to
    Coup": Mauritania); None otherwise."""
    counts: dict[str, int] = {}
    for countries in sentence_countries:
        for c in countries:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < min_sentences or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def frame_partner(actors: set[str], pair: frozenset[str], unknown_party: bool,
                  sentence_countries: Iterable[str]) -> str | None:
    """The other frame country for an event whose only country is one of the pair, when a
    participant's country is unknown or the sentence names the other country."""
    if len(pair) != 2 or len(actors) != 1 or not actors <= pair:
        return None
    other = next(iter(pair - actors))
    return other if unknown_party or other in set(sentence_countries) else None
