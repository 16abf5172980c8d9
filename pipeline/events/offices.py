"""Bare titles and the office they name: "The Prime Minister spoke with ..." on a government's
page is that government's office-holder.

* ``bare_title``: a definite title with no name or country of its own ("the Foreign
  Secretary"; not "Prime Minister Modi", "the Indian Prime Minister").
* ``office_country``: the one country that has the office (``national_titles``: "the
  Taoiseach"), else the publisher's, unless the publisher's country never had it ("The
  President thanked the Prime Minister" on GOV.UK); a for-phrase naming no country is part of
  the office ("the Minister for Africa"); in a news readout of the publisher with one other
  country, a title the publisher lacks is the other country's (``_interlocutor_office``).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..person_country import no_such_office
from .syntax import has_det

if TYPE_CHECKING:
    from .context import Context

_TITLES_PATH = Path(__file__).resolve().parent.parent / "data" / "titles.json"


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(t.lower() for t in json.loads(_TITLES_PATH.read_text(encoding="utf-8"))["titles"])


def bare_title(ctx: Context, head_: Token) -> bool:
    """A definite title with no name or country of its own: "The Prime Minister", "the
    Foreign Secretary" (not "Prime Minister Modi", "the Indian Prime Minister")."""
    if not has_det(head_, "the"):
        return False
    words = [c for c in head_.children if c.dep_ == "compound"] + [head_]
    words.sort(key=lambda t: t.i)
    if any(c.dep_ in ("amod", "poss", "nmod", "appos", "flat")
           or c.ent_type_ in ("PERSON", "GPE", "NORP") and c.dep_ not in ("conj", "cc")  # "the Prime Minister and Lula"
           for c in head_.children):
        return False
    phrase = " ".join(t.text for t in words)
    return phrase.lower() in titles() and not ctx.countries(phrase)


def office_country(ctx: Context, head_: Token) -> str | None:
    """The country of a bare title's office: the one country that has it (``national_titles``:
    "the Taoiseach and I spoke" on GOV.UK), else the publisher's ("The Prime Minister spoke
    with ..." on a government's page: its own office-holder), unless the publisher's country
    never had that office ("The President thanked the Prime Minister" on GOV.UK)."""
    if not bare_title(ctx, head_):
        return None
    words = sorted([c for c in head_.children if c.dep_ == "compound"] + [head_], key=lambda t: t.i)
    title = " ".join(t.text for t in words) + _portfolio(ctx, head_)
    national = ctx.lex.national_titles.get(title.lower())
    if national or ctx.publisher is None:
        return national
    if not no_such_office(ctx.publisher, title):
        return ctx.publisher
    return _interlocutor_office(ctx, title)


def _interlocutor_office(ctx: Context, title: str) -> str | None:
    """Rule 'the interlocutor's title': in a government's news readout whose frame pairs it with
    one other country ("PM call with President Trump" on GOV.UK), a bare title the publisher's
    country never had and the other country has ("The Prime Minister and the President
    condemned ...") is the other country's office-holder."""
    if not ctx.news or len(ctx.frame) != 2 or ctx.publisher not in ctx.frame:
        return None
    other = next(iter(ctx.frame - {ctx.publisher}))
    return None if no_such_office(other, title) else other


def _portfolio(ctx: Context, head_: Token) -> str:
    """A bare title's for-phrase naming no country, which tells its office ("the Minister | for
    Africa" on GOV.UK: the UK's Minister for Africa, though the UK has no plain "Minister");
    "" when there is none."""
    prep = next((c for c in head_.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None:
        return ""
    phrase = " ".join(t.text for t in prep.subtree)
    return "" if ctx.countries(phrase) else " " + phrase
