"""Actors: the countries and people an event's clause names, by role (source, target, other).

A clause's parties (``clause_parties``) are read from its subject (source; a passive subject is
the target, its by-agent the source), its objects and the objects of its party-marking
prepositions (``with``/``to``/``against``/``on``: targets, not inside a topic argument), the
content of a reported clause, and, for an event noun, its possessor and modifiers ("the
North's launch", "Japan-DPRK talks"). Each argument noun phrase (``np_parties``) names
countries and people (a person's country from ``persons``), by these rules in order:

* **Datelines.** A dateline (``SEOUL, May 7 (Yonhap) -``) is no part of a subject: its
  conjuncts and appositions after it are.
* **Shorthands.** "the North"/"the South" is the country the lexicon's ``shorthands`` give
  (North/South Korea) when the story names it.
* **Pronouns and plural anaphors** (``anaphora``): "it", "their", "the two ministers"; "I"
  is the speaker (``speaker``).
* **The phrase itself**: countries and people named in it; the subject of a relative clause
  on the noun ("the drills that the United States and South Korea launched"); a city standing
  for its government ("Seoul said"); a bare title on a government's page ("The Prime Minister
  spoke with ...": the publisher's office-holder); a definite description with nothing of its
  own ("The spokesman") takes an earlier subject with the same head.

The parties of a whole clause are ``roles.clause_parties``'s.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .. import office_holders
from ..textrules import NUMBER_WORDS
from . import anaphora, speaker
from .attackers import accused_attackers
from .lexicon import Grammar, Trigger
from .offices import office_country, titles
from .records import Parties
from .syntax import (
    has_det,
    np_tokens,
    runs,
    without_brief,
)

if TYPE_CHECKING:
    from .context import Context

@lru_cache(maxsize=8)
def _plural_anaphors(g: Grammar) -> re.Pattern:
    """'the two ministers', 'both sides', 'all three leaders', 'the two' ..."""
    heads = "|".join(sorted(g.collective_heads))
    return re.compile(
        r"^(?:both|the(?:\s+(?:two|three|four))?|the\s+both|all\s+three)\s+(?:" + heads + r")$"
        r"|^(?:both|the (?:two|three))$", re.IGNORECASE)


# ------------------------------------------------------------------ people and titles
def add_persons(ctx: Context, parties: Parties, start: int, end: int, role: str) -> None:
    """The people named in text[start:end] take part, with their countries where known."""
    for m in ctx.persons_in(start, end):
        name = ctx.person_name.get(m.entity_id)
        if name:
            parties.people.add(name)
        country = ctx.person_country.get(m.entity_id)
        if country:
            getattr(parties, role).add(country)
            continue
        if m.entity_id in ctx.org_people:
            continue  # an organisation's official: no country's side
        parties.people_unknown = True
        if name:
            parties.unknown.setdefault(name, role)
        if role == "source":
            parties.subject_people_unknown = True


# ------------------------------------------------------------------ one noun phrase
def _after_dateline(ctx: Context, unit: int, head_: Token, role: str, item, at_char: int) -> Parties:
    """Rule 'datelines': the parser often makes the dateline ("SEOUL, May 7 (Yonhap) -") the
    subject and the real subject its conjunct or apposition: keep those after the dateline."""
    parties = Parties()
    offset = ctx.units[unit][0]
    for c in head_.children:
        if c.dep_ in ("conj", "appos", "nmod") and not ctx.in_dateline(offset + c.idx):
            parties.update(np_parties(ctx, unit, c, role, item, at_char))
    return parties


def _take(parties: Parties, role: str, actors, people=(), unknown=()) -> Parties:
    """The parties an anaphor takes over; people of no known country stay unknown (later rules
    may find their country)."""
    getattr(parties, role).update(actors)
    parties.people |= set(people)
    for name in unknown:
        parties.unknown.setdefault(name, role)
        parties.people_unknown = True
    return parties


def _pronoun_parties(ctx: Context, low: str, role: str, item, at_char: int) -> Parties:
    """Rule 'pronouns': "they" in a bullet is the item's parties; "their" in news the parties of
    the last event with two or more; else the nearest fitting earlier subject."""
    g = ctx.lex.grammar
    parties = Parties()
    if low in g.pronouns_plural and item is not None:
        return _take(parties, role, item["actors"], item["people"])
    if low in g.pronouns_plural and ctx.news:
        return _take(parties, role, *anaphora.previous_parties(ctx, at_char, 2))
    if low in g.pronouns_first:
        return _take(parties, role, speaker.first_person(ctx, at_char))
    if low in g.pronouns_singular | g.pronouns_plural:
        return _take(parties, role, anaphora.antecedent(ctx, at_char, singular=low in g.pronouns_singular))
    return parties


def _plural_anaphor_parties(ctx: Context, phrase: str, role: str, item, at_char: int) -> Parties:
    """Rule 'the two ministers': the item's parties in a bullet; "the sides" the two countries of
    the last "between X and Y" before it; else an earlier event's group (a stated number
    choosing)."""
    if item is not None:
        return _take(Parties(), role, item["actors"], item["people"])
    words = phrase.split()
    if words[-1] == "sides":
        sides = anaphora.between_sides(ctx, at_char)
        if sides:  # "the situation between Armenia and Azerbaijan ... called for the sides to ..."
            return _take(Parties(), role, sides)
    numbers = NUMBER_WORDS
    count = 2 if words[0] == "both" else next((numbers[w] for w in words if w in numbers
                                               and w not in ("a", "an")), None)
    return _take(Parties(), role, *anaphora.previous_parties(ctx, at_char, count))


def _relative_subjects(ctx: Context, unit: int, head_: Token, role: str, item, at_char: int, parties: Parties):
    """"the drills that the United States and South Korea launched": the relative clause's
    subject is a party of what the noun names."""
    for c in head_.children:
        if c.dep_ == "relcl" and any(x.dep_ in ("dobj", "nsubjpass") and x.tag_ in ("WDT", "WP")
                                     for x in c.children):
            for x in c.children:
                if x.dep_ == "nsubj":
                    parties.update(np_parties(ctx, unit, x, role, item, at_char))


def _named_in_phrase(ctx: Context, unit: int, head_: Token, role: str, parties: Parties) -> None:
    """Countries and people the phrase names, "the North" inside it ("the North's launch"), a
    first-person possessive's speaker ("our consulate"), and a city standing for its
    government ("Seoul said", "talks with Tokyo")."""
    offset = ctx.units[unit][0]
    tokens = without_brief(np_tokens(head_, ctx.lex.grammar))
    for t in tokens:
        iso = ctx.lex.shorthands.get(t.lower_)
        if t.i != head_.i and iso and t.pos_ == "PROPN" and t.dep_ in ("poss", "pobj") \
                and has_det(t, "the") and iso in ctx.doc_countries:
            getattr(parties, role).add(iso)
        if role == "target" and t.dep_ == "poss" and t.lower_ in ctx.lex.grammar.pronouns_first:  # "closed our consulate"
            getattr(parties, role).update(speaker.first_person(ctx, offset + t.idx))
    for s, e in runs(tokens, offset):
        getattr(parties, role).update(ctx.countries(ctx.text[s:e]))
        add_persons(ctx, parties, s, e, role)
    hs = offset + head_.idx
    for m in ctx.places_in(hs, hs + len(head_.text)):
        place = ctx.place_record(m)
        if place is not None and getattr(place, "country_iso3", None):
            getattr(parties, role).add(place.country_iso3)


def _phrase_parties(ctx: Context, unit: int, head_: Token, role: str, item, at_char: int) -> Parties:
    """Rule 'the phrase itself' (see the module docstring)."""
    parties = Parties()
    _relative_subjects(ctx, unit, head_, role, item, at_char, parties)
    _named_in_phrase(ctx, unit, head_, role, parties)
    for c in head_.conjuncts:  # "President Macron and I spoke"
        if c.lower_ in ctx.lex.grammar.pronouns_first:
            getattr(parties, role).update(speaker.first_person(ctx, ctx.units[unit][0] + c.idx))
    for t in (head_, *head_.conjuncts):  # "The Prime Minister and the President condemned"
        office = office_country(ctx, t) or _leaders_government(ctx, t)
        if office:
            getattr(parties, role).add(office)
    if not parties.actors() and not parties.people and not parties.people_unknown:
        getattr(parties, role).update(_definite_description(ctx, head_, at_char))
    if not parties.actors() and not parties.people and head_.lower_ in titles():
        _unknown_person(parties, role)  # "The Foreign Secretary and Defence Secretary will visit"
    return parties


def _leaders_government(ctx: Context, head_: Token) -> str | None:
    """Rule 'a leader's government': a government word (``leader_governments``) named after a
    head of state or government in office at the document's date ("the Asad regime", "the
    Maduro government", "Putin's administration") is that leader's country; None when the name
    is no such holder or holders of more than one country."""
    if head_.lower_ not in ctx.lex.grammar.leader_governments or ctx.published is None:
        return None
    found = {e["country_iso3"] for c in head_.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
             for e in office_holders.holders(c.text, ctx.published) if e["office"] != "foreign_minister"}
    return next(iter(found)) if len(found) == 1 else None


def _definite_description(ctx: Context, head_: Token, at_char: int) -> frozenset[str]:
    """Rule 'definite descriptions': "The spokesman also condemned" takes the earlier subject
    with the same head word ("A spokesman for the Foreign Ministry of the DPRK"); an event or
    accord noun as the subject ("this treaty was signed") else the nearest earlier phrase with
    that head naming countries; in news, a title as the subject ("The senior Cabinet minister is
    visiting the Philippines", after "Foreign Secretary James Cleverly is set to visit ...") the
    nearest earlier singular subject, as "he" would."""
    if not any(has_det(head_, d) for d in ("the", "this", "that")):
        return frozenset()
    if head_.pos_ != "NOUN":  # a capitalised title: "The President also met President Tinubu"
        return _titled_subject(ctx, head_, at_char)
    earlier = anaphora.same_head_subject(ctx, head_, at_char)
    if not earlier and head_.dep_ in ("nsubj", "nsubjpass") and ctx.lex.lookup(head_, "NOUN"):
        earlier = anaphora.same_head_mention(ctx, head_, at_char)
    if not earlier and ctx.news and head_.dep_ in ("nsubj", "nsubjpass") and head_.lower_ in titles():
        earlier = anaphora.antecedent(ctx, at_char, singular=True)  # "The senior Cabinet minister is visiting"
    return earlier


def _titled_subject(ctx: Context, head_: Token, at_char: int) -> frozenset[str]:
    """Rule 'definite descriptions' for a title written with capitals, in a news organisation's
    story: "The President also met President Bola Tinubu" after "President Emmanuel Macron
    visited Nigeria", "The External Affairs Minister also met ..." after "External Affairs
    Minister S Jaishankar met ...": the nearest earlier singular subject, as "he" would. On a
    government's page the office rules decide (``offices.office_country``; the publisher's
    "The President thanked the Prime Minister" is the guest, not the last subject)."""
    if head_.pos_ != "PROPN" or not ctx.news or ctx.publisher is not None \
            or head_.dep_ not in ("nsubj", "nsubjpass") or head_.lower_ not in titles():
        return frozenset()
    return anaphora.antecedent(ctx, at_char, singular=True)


def _unknown_person(parties: Parties, role: str) -> None:
    """Rule 'titles of no country': a title naming no one and no country is a person whose
    country is unknown (the frame and venue rules may find it)."""
    parties.people_unknown = True
    if role == "source":
        parties.subject_people_unknown = True


def np_parties(ctx: Context, unit: int, head_: Token, role: str, item: dict | None, at_char: int) -> Parties:
    """The parties an argument noun phrase names, in the role given (see the module docstring)."""
    offset = ctx.units[unit][0]
    if ctx.in_dateline(offset + head_.idx):
        return _after_dateline(ctx, unit, head_, role, item, at_char)
    low = head_.lower_
    phrase = " ".join(t.lower_ for t in head_.subtree if not t.is_punct and t.tag_ != "POS")
    words = phrase.split()
    if len(words) == 2 and words[0] == "the" and words[1] in ctx.lex.shorthands \
            and (head_.pos_ == "PROPN" or low in ctx.lex.shorthands):
        iso = ctx.lex.shorthands[words[1]]
        return _take(Parties(), role, [iso] if iso in ctx.doc_countries else [])
    found = _anaphor_parties(ctx, head_, phrase, role, item, at_char)
    return found if found is not None else _phrase_parties(ctx, unit, head_, role, item, at_char)


def _anaphor_parties(ctx: Context, head_: Token, phrase: str, role: str, item: dict | None,
                     at_char: int) -> Parties | None:
    """A pronoun's, a plural anaphor's ("the two ministers"), a possessed group's ("with their
    defense ministers concluding talks": the group "their" stands for) or a subject "the
    country"'s parties (as "it"); None for a phrase that is none of these."""
    g = ctx.lex.grammar
    low, words = head_.lower_, phrase.split()
    if head_.pos_ == "PRON" or low in g.pronouns_singular | g.pronouns_plural | g.pronouns_first:
        return _pronoun_parties(ctx, low, role, item, at_char)
    if 0 < len(words) <= 4 and words[0] in g.pronouns_plural and words[-1] in g.collective_heads:
        return _pronoun_parties(ctx, words[0], role, item, at_char)
    if _plural_anaphors(g).match(phrase.strip()) or anaphora.titled_group(phrase, titles()):
        return _plural_anaphor_parties(ctx, phrase, role, item, at_char)
    if words[:1] == ["the"] and len(words) == 2 and low in g.country_anaphors and head_.dep_ in ("nsubj", "nsubjpass"):
        return _pronoun_parties(ctx, "it", role, item, at_char)  # "the country turned away from France": as "it"
    return None


def accused_parties(ctx: Context, unit: int, tok: Token, item, at_char: int) -> Parties:
    """The parties an accusation of the phrase headed by tok accuses: the doer of an attack
    with its own doer, else what the phrase names (rule 'the accused attacker')."""
    parties = Parties()
    row = Trigger(lemma="", pos="VERB", type="ACCUSE")
    for t in accused_attackers(ctx, tok, row) or [tok]:
        parties.update(np_parties(ctx, unit, t, "target", item, at_char))
    return parties
