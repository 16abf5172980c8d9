"""The trigger lexicon, ``data/event_triggers.json``: which words signal an event, of which
PLOVER type and mode, and the closed word lists (``grammar``) and thresholds the rules read.

``load_lexicon`` reads and checks it: every type one of PLOVER's 16, every mode one of that
type's modes, every class a trigger names defined, every news agency an ISO 3166 alpha-3
code, every ``grammar`` list and threshold present (and no unknown one). The file's format is
documented in ``pipeline/data/README.md``.
"""
from __future__ import annotations

import dataclasses
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .plover import PLOVER_TYPES

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "event_triggers.json"
_NEVER = r"(?!x)x"


class LexiconError(ValueError):
    pass


# requirements read from the parse, not a word class (see data/README.md, trigger row fields)
SYNTACTIC_REQUIREMENTS = ("actor_object", "party_object", "ties_subject", "envoy_leave", "undesirable", "present_for",
                          "joint_intent")


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: a lemma with its part of speech, PLOVER type and optional mode."""

    lemma: str
    pos: str  # VERB or NOUN
    type: str
    mode: str | None = None
    requires: str | None = None  # a word class that must occur in the clause, or one of SYNTACTIC_REQUIREMENTS
    with_: tuple[str, ...] = ()  # a dependent that must be present ("call on", "exchange views")
    min_actors: int = 0
    prep_type: tuple[tuple[str, str], ...] = ()  # preposition -> type override ("regret for")
    cue_type: tuple[tuple[str, str], ...] = ()  # word class among modifiers -> type override
    host: bool = False  # the subject hosts, the object visits


@dataclass(frozen=True)
class Grammar:
    """Closed word lists of the clause rules (the lexicon's ``grammar`` key; see data/README.md)."""

    modals: frozenset[str] = frozenset()  # a modal blocks a clause ("would meet")
    future_aux: frozenset[str] = frozenset()  # will/shall: a plan in a news story
    present_aux: frozenset[str] = frozenset()  # "are holding talks": ongoing
    progressive_aux: frozenset[str] = frozenset()  # "were holding talks": realis
    hypothetical_marks: frozenset[str] = frozenset()  # if, unless ...: never an event
    plan_heads: frozenset[str] = frozenset()  # "is to visit", "plans to meet"
    future_modifiers: frozenset[str] = frozenset()  # "the proposed visit": not an event
    plan_modifiers: frozenset[str] = frozenset()  # "the upcoming visit": a plan
    speech_acts: frozenset[str] = frozenset()  # "The DPRK condemns": the statement of the day
    speech_nouns: frozenset[str] = frozenset()  # "I offer congratulations": the statement of the day
    country_anaphors: frozenset[str] = frozenset()  # "the country": the frame's other country
    anniversary_nouns: frozenset[str] = frozenset()  # "on the 30th anniversary of ... this year": its date
    effect_nouns: frozenset[str] = frozenset()  # "came into force", "took effect": the subject's event happens
    pledge_aux: frozenset[str] = frozenset()  # "stated that Japan would provide": aid pledged when said
    intention_nouns: frozenset[str] = frozenset()  # "conveyed Japan's intention to provide assistance"
    joining_verbs: frozenset[str] = frozenset()  # "joined the ministers for a meeting": the meeting held
    conflict_nouns: frozenset[str] = frozenset()  # "Discussing Putin's war in Ukraine": the country it is waged in
    regional_group_heads: frozenset[str] = frozenset()  # "West African leaders": a body of no one country
    leader_governments: frozenset[str] = frozenset()  # "the Asad regime": the leader's country
    anaphoric_determiners: frozenset[str] = frozenset()  # "condemns such escalation": the act named before
    ranking: frozenset[str] = frozenset()  # "its first test of the year": a description
    pronouns_singular: frozenset[str] = frozenset()
    pronouns_plural: frozenset[str] = frozenset()
    pronouns_first: frozenset[str] = frozenset()  # "I", "me", "my": the speaker (speaker.py)
    anticipation_verbs: frozenset[str] = frozenset()  # "look" forward to meeting: a plan; a later date dates the visit
    topic_object_verbs: frozenset[str] = frozenset()  # "discussed Ukraine": the object is a topic
    comitatives: frozenset[str] = frozenset()  # "along with China": a partner of the subject
    deployment_preps: frozenset[str] = frozenset()  # "sent troops into Somalia": the other side
    withdrawal_preps: frozenset[str] = frozenset()  # "withdrawing from Somalia": the other side
    bilateral_words: frozenset[str] = frozenset()  # "a bilateral agreement": between two states
    international_organisations: frozenset[str] = frozenset()  # "the Security Council": a party of no country
    aid_preps: frozenset[str] = frozenset()  # aid "in response to the outbreak in X", "for X": X receives it
    landing_verbs: frozenset[str] = frozenset()  # a missile that "landed in Japan's zone": Japan is the target
    collective_heads: frozenset[str] = frozenset()  # "the two ministers", "both sides"
    role_preps: frozenset[str] = frozenset()  # their object is a party (with, against, to ...)
    np_preps: frozenset[str] = frozenset()  # kept inside an argument noun phrase
    spokesperson: frozenset[str] = frozenset()  # heads whose for-phrase is who they speak for
    settlements: frozenset[str] = frozenset()  # "the Wonsan area", "the port city of Busan"
    time_units: frozenset[str] = frozenset()  # "held a phone call hours after", parsed "call hours"
    sequence_preps: frozenset[str] = frozenset()  # "came to power following an invasion": it happened
    stance_verbs: frozenset[str] = frozenset()  # "reiterated its support": a stance noun taken
    recognition_triggers: frozenset[str] = frozenset()  # a recognition is its own act, not the ties
    founding_triggers: frozenset[str] = frozenset()  # "established diplomatic relations": ties founded, once
    relations_words: frozenset[str] = frozenset()  # what founding_triggers found to make ties (not a mission)
    round_nouns: frozenset[str] = frozenset()  # "are in another round of talks": the talks
    decision_verbs: frozenset[str] = frozenset()  # "decided to extend aid": the act is done
    obligation_modals: frozenset[str] = frozenset()  # "Russia should release ...": a demand when said
    topic_verb_partner_preps: frozenset[str] = frozenset()  # "discussed X with Y": only these mark a party
    condemning_adjectives: frozenset[str] = frozenset()  # "said that the attack was unacceptable": an accusation
    approving_adjectives: frozenset[str] = frozenset()  # "... is not acceptable": an accusation
    quote_verbs: frozenset[str] = frozenset()  # '"I condemn it," X said', 'X said: "We call for"': X speaks the quote
    demand_speech_verbs: frozenset[str] = frozenset()  # "made clear that Russia should ...": who demands
    quantity_nouns: frozenset[str] = frozenset()  # "signed a number of agreements": the of-object counts
    implicative_verbs: frozenset[str] = frozenset()  # "led the United States to sever relations": it did
    attendance_verbs: frozenset[str] = frozenset()  # "visiting New York to attend the UN General Assembly"
    light_nouns: frozenset[str] = frozenset()  # "announced the beginning of a normalization process"
    opinion_nouns: frozenset[str] = frozenset()  # "agreed on the need for": a view, no agreement
    figurative_objects: frozenset[str] = frozenset()  # "seize the opportunity": no hostile act
    received_things: frozenset[str] = frozenset()  # "received warm response from X": a thing, no visitor
    habitual_adjectives: frozenset[str] = frozenset()  # "have had regular visits": many acts, no event
    habitual_adverbs: frozenset[str] = frozenset()  # "has repeatedly refused": many acts, no event
    span_preps: frozenset[str] = frozenset()  # "in recent years", "over the past months": a span of acts
    recent_words: frozenset[str] = frozenset()  # "recent", "past": a span reaching the present
    process_units: frozenset[str] = frozenset()  # "after several years of talks": a process, no event
    audience_words: frozenset[str] = frozenset()  # "speaking to reporters": an audience, no one met
    separation_nouns: frozenset[str] = frozenset()  # "independence of Kosovo from Serbia": no party
    unity_verbs: frozenset[str] = frozenset()  # "were united in condemnation of": the stance happens, theirs
    policy_nouns: frozenset[str] = frozenset()  # "U.S. policy toward Colombia supports ...": a policy, no statement


@dataclass(frozen=True)
class Thresholds:
    """Numbers the rules use (the lexicon's ``thresholds`` key)."""

    news_opening_blocks: int = 6  # paragraphs in which a word of the day of writing makes a news story
    section_partner_min_entries: int = 3  # entries with a country before its dominant partner counts
    section_partner_share: tuple[int, int] = (2, 3)  # the partner's share of those entries (a fraction)
    directed_min_countries: int = 2  # a directed act (plover.DIRECTED_TYPES) with fewer countries makes no row
    story_pair_min_sentences: int = 2  # sentences naming a country before it can be one of a story's pair
    story_subject_min_sentences: int = 3  # sentences naming a story's one country (twice any other's)
    stance_max_days: int = 366  # a stance dated by a longer interval is a policy held, no act


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    support_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    classes: dict[str, frozenset[str]]
    modes: dict[str, frozenset[str]]
    mode_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    topic_preps: dict[str, frozenset[str]]  # per type, and "default"
    reporting_verbs: frozenset[str] = frozenset()
    background_adverbs: frozenset[str] = frozenset()
    news_agencies: dict[str, str] = field(default_factory=dict)
    news_deixis: re.Pattern = re.compile(_NEVER)  # words of the day of writing ("today", "this evening")
    grammar: Grammar = field(default_factory=Grammar)
    thresholds: Thresholds = field(default_factory=Thresholds)
    shorthands: dict[str, str] = field(default_factory=dict)  # "the North" -> ISO3, when the story names it
    national_titles: dict[str, str] = field(default_factory=dict)  # "the Taoiseach" -> IRL: an office of one country
    continuator_states: dict[str, str] = field(default_factory=dict)  # "the Soviet Union" -> RUS

    def lookup(self, token: Token, pos: str | None = None) -> tuple[Trigger, ...]:
        """Rows for a token by its lemma (or its lower-cased form, or a naive singular)."""
        if pos is None:
            return self.lookup(token, "VERB") + self.lookup(token, "NOUN")
        for form in _forms(token):
            rows = self.triggers.get((form, pos))
            if rows:
                return rows
        return ()


# ------------------------------------------------------------------ lemma forms
def _plural_forms(word: str) -> list[str]:
    if word.endswith("ies") and len(word) > 4:
        return [word[:-3] + "y"]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return [word[:-1]]
    return []


def _past_forms(lower: str) -> list[str]:
    """staged -> stage, stag; tried -> try; planned -> plan."""
    forms = [lower[:-1], lower[:-2]]
    if lower.endswith("ied"):
        forms.append(lower[:-3] + "y")
    if len(lower) > 5 and lower[-3] == lower[-4]:
        forms.append(lower[:-3])
    return forms


def _gerund_forms(lower: str) -> list[str]:
    forms = [lower[:-3], lower[:-3] + "e"]
    if lower[-4] == lower[-5]:
        forms.append(lower[:-4])
    return forms


def _forms(token: Token) -> list[str]:
    """Lemma candidates: the lemmatizer's, the word itself and naive de-inflections (the small
    model's lemmatizer has slips such as staged -> "stag")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    forms = [lemma, lower]
    for word in (lemma, lower):
        forms += _plural_forms(word)
    if token.tag_ in ("VBD", "VBN") and lower.endswith("ed") and len(lower) > 4:
        forms += _past_forms(lower)
    elif token.tag_ == "VBG" and lower.endswith("ing") and len(lower) > 5:
        forms += _gerund_forms(lower)
    return list(dict.fromkeys(forms))


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    """Whether any lemma form of the token is one of the words."""
    return any(f in words for f in _forms(token))


# ------------------------------------------------------------------ loading and checking
def _check_row(raw: dict, modes: dict, classes: dict) -> None:
    """A trigger row's type, pos, mode, class and overrides are known."""
    name = raw["lemma"]
    if raw["type"] not in PLOVER_TYPES:
        raise LexiconError(f"{name}: type {raw['type']} is not a PLOVER type")
    if raw["pos"] not in ("VERB", "NOUN"):
        raise LexiconError(f"{name}: pos must be VERB or NOUN")
    mode = raw.get("mode")
    if mode is not None and mode not in modes.get(raw["type"], ()):
        raise LexiconError(f"{name}: mode {mode} is not a {raw['type']} mode")
    requires = raw.get("requires")
    if requires is not None and requires not in SYNTACTIC_REQUIREMENTS and requires not in classes:
        raise LexiconError(f"{name}: unknown class {requires}")
    for override in list(raw.get("prep_type", {}).values()) + list(raw.get("cue_type", {}).values()):
        if override not in PLOVER_TYPES:
            raise LexiconError(f"{name}: override type {override} is not a PLOVER type")
    for cls in raw.get("cue_type", {}):
        if cls not in classes:
            raise LexiconError(f"{name}: unknown class {cls}")


def _trigger(raw: dict) -> Trigger:
    return Trigger(
        lemma=raw["lemma"].lower(), pos=raw["pos"], type=raw["type"], mode=raw.get("mode"),
        requires=raw.get("requires"), with_=tuple(w.lower() for w in raw.get("with", ())),
        min_actors=int(raw.get("min_actors", 0)), prep_type=tuple(sorted(raw.get("prep_type", {}).items())),
        cue_type=tuple(sorted(raw.get("cue_type", {}).items())), host=bool(raw.get("host", False)))


def _triggers(data: dict, modes: dict, classes: dict) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    rows: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for raw in data["triggers"]:
        _check_row(raw, modes, classes)
        rows[(raw["lemma"].lower(), raw["pos"])].append(_trigger(raw))
    return {k: tuple(v) for k, v in rows.items()}


def _iso3_table(data: dict, key: str) -> dict[str, str]:
    """A lower-cased word -> ISO 3166 alpha-3 table (``news_agencies``, ``shorthands``,
    ``national_titles``, ``continuator_states``)."""
    table = {k.lower(): v for k, v in data.get(key, {}).items()}
    for name, iso3 in table.items():
        if not (isinstance(iso3, str) and re.fullmatch(r"[A-Z]{3}", iso3)):
            raise LexiconError(f"{key} {name}: {iso3!r} is not an ISO 3166 alpha-3 code")
    return table


def _grammar(data: dict) -> Grammar:
    """The ``grammar`` word lists: every field of Grammar, no other key."""
    raw = data.get("grammar", {})
    names = {f.name for f in dataclasses.fields(Grammar)}
    if set(raw) != names:
        raise LexiconError(f"grammar: missing {sorted(names - set(raw))}, unknown {sorted(set(raw) - names)}")
    for name, words in raw.items():
        if not (isinstance(words, list) and all(isinstance(w, str) for w in words)):
            raise LexiconError(f"grammar: {name} must be a list of words")
    return Grammar(**{name: frozenset(w.lower() for w in words) for name, words in raw.items()})


def _thresholds(data: dict) -> Thresholds:
    raw = data.get("thresholds", {})
    names = {f.name for f in dataclasses.fields(Thresholds)}
    if set(raw) != names:
        raise LexiconError(f"thresholds: missing {sorted(names - set(raw))}, unknown {sorted(set(raw) - names)}")
    share = raw["section_partner_share"]
    if not (isinstance(share, list) and len(share) == 2 and all(isinstance(x, int) and x > 0 for x in share)):
        raise LexiconError("thresholds: section_partner_share is [numerator, denominator]")
    return Thresholds(news_opening_blocks=int(raw["news_opening_blocks"]),
                      section_partner_min_entries=int(raw["section_partner_min_entries"]),
                      section_partner_share=(share[0], share[1]),
                      directed_min_countries=int(raw["directed_min_countries"]),
                      story_pair_min_sentences=int(raw["story_pair_min_sentences"]),
                      story_subject_min_sentences=int(raw["story_subject_min_sentences"]),
                      stance_max_days=int(raw["stance_max_days"]))


def _topic_preps(data: dict) -> dict[str, frozenset[str]]:
    topic = {t: frozenset(v) for t, v in data.get("topic_preps", {}).items()}
    if "default" not in topic:
        raise LexiconError("topic_preps: a 'default' list is needed")
    return topic


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object whose keys are all different (JSON keeps the last of a repeated key silently)."""
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise LexiconError(f"repeated keys {repeated}: each list is defined once")
    return dict(pairs)


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read and check the trigger lexicon (every type one of the 16, modes from PLOVER's tables)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_keys)
    types = tuple(data["types"])
    if set(types) != set(PLOVER_TYPES):
        raise LexiconError(f"lexicon types {types} are not PLOVER's 16")
    modes = {t: frozenset(v) for t, v in data.get("modes", {}).items()}
    classes = {k: frozenset(w.lower() for w in v) for k, v in data.get("classes", {}).items()}
    mode_cues = {t: tuple((m, frozenset(w.lower() for w in words)) for m, words in cues.items())
                 for t, cues in data.get("mode_cues", {}).items()}
    return Lexicon(
        triggers=_triggers(data, modes, classes),
        support_verbs=frozenset(v.lower() for v in data.get("support_verbs", ())),
        occurrence_verbs=frozenset(v.lower() for v in data.get("occurrence_verbs", ())),
        classes=classes, modes=modes, mode_cues=mode_cues, topic_preps=_topic_preps(data),
        reporting_verbs=frozenset(v.lower() for v in data.get("reporting_verbs", ())),
        background_adverbs=frozenset(v.lower() for v in data.get("background_adverbs", ())),
        news_agencies=_iso3_table(data, "news_agencies"), news_deixis=_phrase_pattern(classes.get("news_deixis", ())),
        grammar=_grammar(data), thresholds=_thresholds(data),
        shorthands=_iso3_table(data, "shorthands"), national_titles=_iso3_table(data, "national_titles"),
        continuator_states=_iso3_table(data, "continuator_states"))


def _phrase_pattern(phrases) -> re.Pattern:
    """One case-insensitive pattern matching any of the phrases as whole words."""
    if not phrases:
        return re.compile(_NEVER)
    alternatives = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def classify(text: str, lexicon: Lexicon | None = None) -> list[tuple[str, str, str | None]]:
    """(lemma, type, mode) of every row matching a bare word: a helper for tests and review."""
    lexicon = lexicon or load_lexicon()
    word = text.lower().strip()
    out = []
    for pos in ("VERB", "NOUN"):
        for row in lexicon.triggers.get((word, pos), ()):
            out.append((row.lemma, row.type, row.mode))
    return out
