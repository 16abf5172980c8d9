"""The records the rules pass around: the parties of a clause and an event candidate."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


@dataclass
class Parties:
    """Countries and people found in the arguments of one clause, by role."""

    source: set[str] = field(default_factory=set)
    target: set[str] = field(default_factory=set)
    other: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # canonical names
    subject_people_unknown: bool = False  # a subject person whose country is unknown
    subject_found: bool = False
    people_unknown: bool = False  # some person (any role) whose country is unknown
    unknown: dict[str, str] = field(default_factory=dict)  # name of such a person -> role

    def actors(self) -> set[str]:
        return self.source | self.target | self.other

    def update(self, other: Parties) -> None:
        self.source |= other.source
        self.target |= other.target
        self.other |= other.other
        self.people |= other.people
        self.subject_people_unknown |= other.subject_people_unknown
        self.subject_found |= other.subject_found
        self.people_unknown |= other.people_unknown
        for name, role in other.unknown.items():
            self.unknown.setdefault(name, role)

    def copy(self) -> Parties:
        return dataclasses.replace(self, source=set(self.source), target=set(self.target), other=set(self.other),
                                   people=set(self.people), unknown=dict(self.unknown))

    def add_other_side(self, country: str) -> None:
        """The other side of an event: a target when it has a source, else a source."""
        (self.target if self.source else self.source).add(country)


@dataclass
class Candidate:
    type: str
    mode: str | None
    trigger: str
    start_char: int
    end_char: int
    summary: str
    date: object | None  # DateMention
    place: object | None  # PlaceRecord-like (place_id, name, country_iso3)
    parties: Parties
    block: int
    order: int  # position of the trigger, for stable merging
    own_date: bool = False
    own_place: bool = False
    from_item: bool = False
    min_actors: int = 0
    status: str = "occurred"  # one of STATUSES
    bilateral: bool = False  # an act between two states by its nature: a mission opened or closed, ties broken
    occasion: bool = False  # the clause names the meeting it is for ("meeting at the G20 Summit")
    anaphoric: bool = False  # a definite event noun whose clause names nobody ("The meeting took place")
    org_party: bool = False  # the clause names an organisation of no country as a party ("the Security Council")
    named_event: bool = False  # the trigger noun heads a proper name: "the ASEAN Summit Meeting held in October"
    act: str | None = None  # acts a history page tells apart on one day: "mission" (a mission opened,
    # raised or closed), "recognition" (a state or government recognised); None: others (ties established)
    content: frozenset[str] = frozenset()  # what a demand asks (``plover.CONTENT_TYPES``): lemmas
    unowned_attack: bool = False  # a condemnation of an attack whose doer no country is ("heinous attacks")


def short(text: str, limit: int = 300) -> str:
    """A summary: whitespace collapsed, at most limit characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
