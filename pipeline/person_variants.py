"""Spelling variants of one person's name in one document (used by ``pipeline.people``):
transliterations differ within a page ("Zheenbek KULUBAEV" ... "Foreign Minister Kulbayev";
"Abdullah Badawi" ... "Abdulah Badawi" ... "Mr. Abdualah"). Threshold in
``data/entity_rules.json`` (``surname_variant_min_similarity``)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.fuzz import ratio

from .nlp.lexicon import load_entity_rules, load_name_lexicon

if TYPE_CHECKING:
    from .people import _People

# "Mohammed bin Salman": Salman is the father (titles.json ``patronymic_particles``)
PATRONYMIC = load_name_lexicon().patronymic_particles


def spelling_variant(words: tuple[str, ...], people: _People) -> set[str]:
    """Rule 'spelling variants': a one-word reference spelled close to the last or the first
    word of a full name ("Foreign Minister Kulbayev" after "Zheenbek KULUBAEV", "Mr. Abdualah"
    after "Abdullah Badawi": transliterations differ) is that person: the same first letter,
    five letters or more, a rapidfuzz ratio of at least ``surname_variant_min_similarity``
    (never the father's name after a patronymic particle)."""
    if len(words) != 1 or len(words[0]) < 5:
        return set()
    word, minimum = words[0], load_entity_rules().surname_variant_min_similarity
    return {k for k in people.persons if len(people.words_of[k]) >= 2 and any(
        w[:1] == word[:1] and ratio(word, w) >= minimum for w in _variant_words(people.words_of[k]))}


def _variant_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a full name a one-word reference may spell: its first, and its last unless
    a patronymic particle comes before it."""
    return (words[0],) if words[-2] in PATRONYMIC else (words[0], words[-1])


def join_variant_spellings(keys: list[str], words_of: dict, full: dict, merged_into: dict[str, str]) -> None:
    """Rule 'spelling variants of a full name': two full names of as many words, the same but
    for one word spelled close (rapidfuzz ``ratio`` of at least ``surname_variant_min_similarity``,
    the same first letter, five letters or more; or a given name with one letter more: "Jon" and
    "John") are one person, written as most often ("Abdulah Badawi" and "Abdullah Badawi" in one
    story)."""
    minimum = load_entity_rules().surname_variant_min_similarity
    free = [k for k in keys if k not in merged_into]
    for i, a in enumerate(free):
        for b in free[i + 1:]:
            if b in merged_into or a in merged_into or not _one_word_apart(words_of[a], words_of[b], minimum):
                continue
            keep, drop = (a, b) if len(full[a]) >= len(full[b]) else (b, a)
            merged_into[drop] = keep


def join_swapped_orders(keys: list[str], words_of: dict, full: dict, merged_into: dict[str, str],
                        family_first: re.Pattern) -> None:
    """Rule 'a name in both orders': two full names of two words, the same words swapped
    ("OHTAKA Masato", read Masato Ohtaka, and "Mr. Ohtaka Masato"), are one person, written
    given name first as the family name in capitals shows, else as first written."""
    free = {words_of[k]: k for k in keys if k not in merged_into and len(words_of[k]) == 2}
    for words, a in sorted(free.items(), key=lambda kv: kv[1]):
        b = free.get((words[1], words[0]))
        if b is None or b == a or a in merged_into or b in merged_into:
            continue
        keep = _written_order(a, b, full, family_first)
        merged_into[b if keep == a else a] = keep


def _written_order(a: str, b: str, full: dict, family_first: re.Pattern) -> str:
    """Of two keys of one name in both orders: the one the family name in capitals gives, else
    the one written first."""
    caps = {k: any(family_first.match(r.text) for r in full[k]) for k in (a, b)}
    if caps[a] != caps[b]:
        return a if caps[a] else b
    first = min(full[a] + full[b], key=lambda r: r.start)
    return a if first in full[a] else b


def _one_word_apart(x: tuple[str, ...], y: tuple[str, ...], minimum: int) -> bool:
    if len(x) != len(y) or len(x) < 2:
        return False
    diff = [(i, p, q) for i, (p, q) in enumerate(zip(x, y)) if p != q]
    if len(diff) != 1:
        return False
    i, p, q = diff[0]
    if i < len(x) - 1 and _one_letter_more(p, q):
        return True  # a given name with a letter more: "Jon Huntsman" and "John Huntsman"
    return min(len(p), len(q)) >= 5 and p[:1] == q[:1] and ratio(p, q) >= minimum


def _one_letter_more(p: str, q: str) -> bool:
    """One word is the other with one letter added after the first (Jon/John, Mohamed/Mohammed)."""
    short, long_ = sorted((p, q), key=len)
    return len(short) >= 3 and len(long_) == len(short) + 1 and short[0] == long_[0] \
        and any(long_[:k] + long_[k + 1:] == short for k in range(1, len(long_)))
