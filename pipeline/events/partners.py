"""The other side: rules applied to every candidate once the document is read, for parties
the clause leaves unnamed, in this order:

0. **Street protests.** A demonstration, riot or strike whose protesters' country is unnamed
   is by people of the country it is held in, else of the story's one country.
1. **Office holders.** A participant whose country the text does not give is of the country
   whose office they held at the event's date, or at the publication date for an undated
   event (``data/office_holders.json``).
2. **Venue host.** A meeting with one known country, held in another country, with a
   participant whose country is unknown: the unknown side is the host.
3. **Frame partner** (never the publishing government for an attack it does not name, on its
   page about a country). The host of a diplomatic mission opened or closed ("opened its Embassy in
   Almaty"); else the document's other frame country (``frame``) when a participant's country
   is unknown, the act is bilateral by nature (a mission opened or closed, ties established
   or broken: ``BILATERAL_CLASSES``), a gift names no receiver ("provided $409.6 million in
   economic grant aid": ``GIVING_TYPES``), an attack names its doer and no target ("began a
   military campaign on October 7, 2001, that targeted terrorist facilities" on a page about
   Afghanistan), the clause says "the country", or the sentence (a meeting, agreement, cooperation) or
   the act's own clause (other acts but one-sided ones) names that country; both frame countries
   for an event with a date of its own that names no country and nobody, or only people of
   unknown country ("relations were resumed in 1956"), unless it is a meeting named for
   itself ("the ASEAN Summit Meeting held in October": a multilateral occasion).
   A bilateral act with both frame countries has no third party (``pair_only``).
4. **The country named before.** An act whose clause says "the country" while every frame
   country is already a party: the one other country the sentence before names.
5. **Story partner.** In news, an act of confrontation with one country, one of the two the
   story is about, is against the other.
6. **The readout's interlocutor.** In news, an accord signed naming no country and nobody on the
   day of the story's one meeting is between that meeting's two countries ("After the meeting,
   the Memorandum on Cooperation was signed"); and a request or a stance of support by one country
   with no target, dated the day of the story's meeting between that country and exactly one
   other, is addressed to that other (neither a plan); one addressed to that country by no
   one named is that other's ("The President thanked the Prime Minister" in the readout of the
   Prime Minister's call with the President of the UAE).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..textrules import DATELINE
from . import frame
from .plover import ATTACK_TYPES, CONFRONTATION_TYPES, DYADIC_TYPES, GIVING_TYPES, ONE_SIDED_TYPES, STREET_PROTEST_MODES
from .records import Candidate
from .syntax import runs, without_brief

if TYPE_CHECKING:
    from .context import Context


def office_holders(ctx: Context, c: Candidate) -> None:
    """Rule 'office holders': "President Biden spoke with Prime Minister Modi" on 2024-06-05 is
    USA and IND. Only a name that one country's office-holders answer to on that date counts;
    an undated event's people are looked up at the publication date (who they were as written)."""
    if not c.parties.unknown:
        return
    if c.date is not None:
        start, end = c.date.value_start, c.date.value_end
    elif ctx.published is not None:
        start = end = ctx.published
    else:
        return
    for name, role in list(c.parties.unknown.items()):
        country = ctx.holder_country(name, start, end)
        if country:
            getattr(c.parties, role).add(country)
            del c.parties.unknown[name]
    if not c.parties.unknown:
        c.parties.people_unknown = c.parties.subject_people_unknown = False


def venue_host(c: Candidate) -> None:
    """Rule 'venue host': "Foreign Minister Kono met Chinese Foreign Minister Wang Yi in Tokyo":
    the side whose country is unknown is the host, the venue's country; a visit to a place in
    another country ("will visit the storm-hit city of Tacloban") has that country as host; an
    attack by one country inside another ("a Colombian attack on rebels inside Ecuador") has
    that country as target, and so has an attack by no named country ("the terrorist attack that
    occurred in Ouagadougou in August": Burkina Faso) (``ATTACK_TYPES``); a coercion by no named
    country is that country's ("the Japanese national detained in Beijing": China's act). A
    meeting whose two sides are known is held in a third country's city, no party of it."""
    attack = c.type in ATTACK_TYPES
    if not (c.type == "CONSULT" or attack) or c.place is None \
            or not (c.parties.people_unknown or c.mode == "visit" or attack):
        return
    host = getattr(c.place, "country_iso3", None)
    if not attack and len(c.parties.actors()) >= 2 and host not in c.parties.actors():
        return  # two sides known, the venue a third country's ("met ... in Beijing" on the APEC sidelines)
    side = _host_side(c, host, attack) if host else None
    if side is not None:
        side.add(host)


def street_protest(ctx: Context, c: Candidate) -> None:
    """Rule 'a protest in the street is its country's': a demonstration, riot or strike
    (``STREET_PROTEST_MODES``) whose protesters' country the text leaves unnamed is by people of
    the country it is held in ("Opposition activists in Kyrgyzstan have launched rallies",
    "demonstrators gathered in Tbilisi"), else of the one country the story is about
    (``frame.story_subject``)."""
    if c.type != "PROTEST" or c.mode not in STREET_PROTEST_MODES or c.parties.actors():
        return
    host = getattr(c.place, "country_iso3", None) if c.place is not None else ctx.story_subject
    if host:
        c.parties.source.add(host)


def _host_side(c: Candidate, host: str, attack: bool) -> set[str] | None:
    """The side the venue's country takes, or None: the target of a visit or an attack, the
    other side of a meeting; with no country known, an attack's target and a coercion's author
    (a detention there is its authorities')."""
    actors = c.parties.actors()
    if len(actors) == 1 and host not in actors:
        return c.parties.target if c.mode == "visit" or attack else c.parties.source
    if attack and not actors:
        return c.parties.target if c.type == "ASSAULT" else c.parties.source
    return None


def _mission_host(c: Candidate) -> str | None:
    """"opened its Embassy in Almaty": the country of a mission's place, when not a party yet."""
    if not c.bilateral or c.place is None:
        return None
    host = getattr(c.place, "country_iso3", None)
    actors = c.parties.actors()
    return host if host and actors and host not in actors else None


def _named_countries(ctx: Context, c: Candidate):
    """Countries that may be the other side: a meeting's sentence, another act's own clause
    (without its dateline), none for a one-sided act."""
    if c.type in ONE_SIDED_TYPES:
        return ()
    if c.type in DYADIC_TYPES:
        s, e = ctx.sentence_span(c.order)
        located = ctx.span_of(s, e)
        if located is None:
            return ctx.countries(ctx.text[s:e])
        _, offset, span = located  # not the brief of an envoy it names ("UN Special Envoy for Yemen")
        return {iso for a, b in runs(without_brief(list(span)), offset) for iso in ctx.countries(ctx.text[a:b])}
    dateline = DATELINE.match(c.summary)
    return ctx.countries(c.summary[dateline.end():] if dateline else c.summary)


def _country_anaphor(ctx: Context, c: Candidate) -> bool:
    """"it has since withdrawn its tanks and troops from the country": the act's clause says
    "the country" (``country_anaphors``), which on a page about two countries is the other one."""
    words = c.summary.lower().split()
    return any(a == "the" and b.strip(".,;:") in ctx.lex.grammar.country_anaphors for a, b in zip(words, words[1:]))


def _names_nobody(ctx: Context, c: Candidate) -> bool:
    """A dated event on a two-country page that names no country and nobody of known country,
    not one-sided, not a meeting named for itself ("the ASEAN Summit Meeting held in October")."""
    if c.parties.actors() or c.parties.people and not c.parties.people_unknown or len(ctx.frame) != 2:
        return False
    dated = c.own_date or _dated_by_opening_sequence(ctx, c)
    return dated and c.type not in ONE_SIDED_TYPES and not (c.named_event and c.type == "CONSULT")


def _dated_by_opening_sequence(ctx: Context, c: Candidate) -> bool:
    """The event's evidence opens with a phrase of sequence that holds its date ("Following a
    joint announcement on March 23, 1943, ... the Legations were raised to the status of
    Embassy"): the date is the clause's own, not one borrowed from an earlier sentence."""
    d = c.date
    first = c.summary.split(maxsplit=1)[0].lower() if c.summary.strip() else ""
    return first in ctx.lex.grammar.sequence_preps and d is not None and \
        getattr(d, "start_char", None) is not None and c.start_char <= d.start_char < c.end_char


def _publisher_outside(ctx: Context, c: Candidate) -> bool:
    """An attack that does not name the publishing government, on its page about a country: the
    government comments on it, it is no party ("the terrorist attack that occurred in Ouagadougou
    in August" on mofa.go.jp is no Japanese act); so is an arrest ("those who were detained
    today" in a statement on Myanmar); one that names no party at all is the other country's."""
    return c.type in ("ASSAULT", "COERCE") and ctx.publisher in ctx.frame and ctx.publisher not in c.parties.actors()


def pair_only(ctx: Context, c: Candidate) -> None:
    """Rule 'a bilateral act stays within the pair': on a page framed by two countries, an act
    between two states by its nature (credentials presented, a mission opened, ties established:
    ``BILATERAL_CLASSES``) that has both as parties has no third ("U.S. Ambassador to the
    Netherlands Stanford Newel presented his credentials ... to Luxembourg": the envoy's other
    post; "presented his credentials to the Government of Luxembourg in London": where)."""
    if not c.bilateral or len(ctx.frame) != 2 or not ctx.frame <= c.parties.actors():
        return
    c.parties.source &= ctx.frame
    c.parties.target &= ctx.frame
    c.parties.other &= ctx.frame


def frame_partner(ctx: Context, c: Candidate) -> None:
    """Rule 'frame partner' (see the module docstring)."""
    host = _mission_host(c)
    if host:
        c.parties.add_other_side(host)
        return
    if _publisher_outside(ctx, c):
        if not c.parties.actors() and not c.parties.people:  # "those who were detained today" on Myanmar
            c.parties.source |= ctx.frame - {ctx.publisher}
        return
    if _names_nobody(ctx, c):
        # "relations were resumed in 1956", "Secretary Kerry and Foreign Minister Chikoti met in
        # July 2010" (neither's country known) on a relationship page
        c.parties.source |= ctx.frame
        return
    partner = frame.frame_partner(c.parties.actors(), ctx.frame, _other_side_implicit(ctx, c), _named_countries(ctx, c))
    if partner is not None:
        c.parties.add_other_side(partner)


def _other_side_implicit(ctx: Context, c: Candidate) -> bool:
    """The act has another side the text leaves unnamed: a participant of unknown country, an
    act bilateral by nature, a gift with no receiver ("provided $409.6 million in aid"), troops
    withdrawn from no place named ("were withdrawn"), an attack or a demand with a doer and no
    target ("began a military campaign", "urges the release of those who were detained"), or
    "the country"."""
    if c.parties.people_unknown or c.parties.subject_people_unknown or c.bilateral:
        return True
    if c.type in GIVING_TYPES and not c.parties.target:
        return True
    if c.type == "RETREAT" and c.mode == "withdraw" and len(c.parties.actors()) == 1:
        return True
    if c.type in ("ASSAULT", "REQUEST") and c.parties.source and not c.parties.target:
        return True  # "began a military campaign"; "Japan urges the release of those who were detained"
    return _country_anaphor(ctx, c)


def country_antecedent(ctx: Context, c: Candidate) -> None:
    """Rule 'the country named before': an act whose clause says "the country" while every
    frame country is already a party refers to the one country the sentence before names that
    is no party yet ("... discussed the concerning situation in Niger. The UK and Germany have
    both condemned the recent attempts to undermine democracy ... in the country"); not when the
    act's place lies in a party ("ordered the U.S. ambassador in Caracas to leave the country")."""
    actors = c.parties.actors()
    if not actors or not _country_anaphor(ctx, c) or (len(ctx.frame) == 2 and not ctx.frame <= actors):
        return
    if c.start_char < 2 or getattr(c.place, "country_iso3", None) in actors:
        return  # "ordered the U.S. ambassador in Caracas to leave the country": the place's country
    s, e = ctx.sentence_span(c.start_char - 2)
    before = ctx.countries(ctx.text[s:e]) - actors
    if len(before) == 1:
        c.parties.add_other_side(next(iter(before)))


def story_partner(ctx: Context, c: Candidate) -> None:
    """Rule 'the story's other country': in news, an act of confrontation with one country, one
    of the two the story is about (``frame.story_pair``), is against the other ("Colombian
    officials apologized for the incident", "Saturday's attack by Colombian troops" in a story
    about Colombia and Ecuador); not when the act names its other side (a person whose country
    is unknown), nor, in a government's statement on a country, for that country's own acts
    ("members of Niger's Armed Forces announced the detention of President Bazoum" on
    mofa.go.jp is no act against Japan; "Japan condemns" is against Niger), nor for the
    condemnation of an attack no country is said to have made ("strongly condemn such heinous
    attacks" in a statement on Iraq: Iraq is where, not who)."""
    if ctx.story_subject is not None and c.type in SUBJECT_TYPES:
        _story_subject_partner(ctx, c)
        return
    if not ctx.news or c.type not in CONFRONTATION_TYPES or len(ctx.story_pair) != 2 or c.org_party \
            or c.unowned_attack:
        return  # "Russia vetoed the renewal of a panel of the United Nations": the organisation is the other side
    actors = c.parties.actors()
    if "target" in c.parties.unknown.values() or c.parties.target and c.parties.target == c.parties.source:
        return  # the act names its other side
    if ctx.publisher in ctx.story_pair and ctx.publisher not in actors:
        return  # a government's statement on a country: that country's own acts are not against it
    if len(actors) == 1 and actors < ctx.story_pair:
        c.parties.add_other_side(next(iter(ctx.story_pair - actors)))


SUBJECT_TYPES = ("ACCUSE", "REQUEST", "SANCTION")  # what others say or do about a story's one country


def _story_subject_partner(ctx: Context, c: Candidate) -> None:
    """Rule 'the story's one country': in a news story about one country (``frame.story_subject``),
    a condemnation, a demand or a sanction with one other country and no other side named is
    about that country ("The United States, European Union and Arab League have all condemned
    Wednesday's coup", "AU chief Bernard Membe of Tanzania issued a statement condemning the
    military coup" in a story about Mauritania); not a condemnation of an attack no country is
    said to have made ("strongly condemn such heinous attacks" in a story about Iraq)."""
    actors = c.parties.actors()
    if len(actors) == 1 and ctx.story_subject not in actors and "target" not in c.parties.unknown.values() \
            and not c.unowned_attack:  # "condemn such heinous attacks": the country is where, not who
        c.parties.add_other_side(ctx.story_subject)


def _meetings_by_day(cands: list[Candidate]) -> dict:
    """(start, end) -> the country pairs of the meetings held then (not planned)."""
    meetings: dict = {}
    for c in cands:
        if c.type == "CONSULT" and c.status != "planned" and c.date is not None and len(c.parties.actors()) == 2:
            meetings.setdefault((c.date.value_start, c.date.value_end), set()).add(frozenset(c.parties.actors()))
    return meetings


def readout_interlocutor(ctx: Context, cands: list[Candidate]) -> None:
    """Rule 'the readout's interlocutor' (module docstring): "Prime Minister Abe also requested
    continued support for Japan's Self-Defense Forces" in the readout of his summit with the
    President of Djibouti is a request to Djibouti."""
    if not ctx.news:
        return
    meetings = _meetings_by_day(cands)
    for c in cands:
        _meeting_pair(c, meetings)
        actors = c.parties.actors()
        one_sided = not c.parties.target or not c.parties.source  # "The President thanked the Prime Minister"
        if c.type not in ("REQUEST", "SUPPORT") or c.status == "planned" or not one_sided or len(actors) != 1 \
                or c.date is None:
            continue
        pairs = [m for m in meetings.get((c.date.value_start, c.date.value_end), ()) if actors < m]
        if len(pairs) == 1:
            c.parties.add_other_side(next(iter(pairs[0] - actors)))


def _meeting_pair(c: Candidate, meetings: dict) -> None:
    """An accord signed that names no country and nobody ("After the meeting, the “Memorandum on
    Cooperation” was signed": ``acts``), on the day of the story's one meeting, is between that
    meeting's two countries; not one the text refers back to ("the agreement was reached")."""
    if c.act != "accord" or c.anaphoric or c.parties.actors() or c.parties.people or c.parties.people_unknown \
            or c.date is None or c.status == "planned":
        return
    pairs = meetings.get((c.date.value_start, c.date.value_end), ())
    if len(pairs) == 1:
        c.parties.source |= next(iter(pairs))
