"""Component ``diplo_place_names``: place labels from the gazetteer.

* country aliases and other known places the model called PERSON/ORG/NORP become GPE/LOC/FAC
  (``ROK``, ``Panmunjom``, ``Ulaanbaatar``); a surname tagged as a place stays a person;
* a country's name the model tagged as a date or a number is that country (``Niger``);
* names the model missed are added (``North Korea`` in ``Japan-North Korea Red Cross
  Meeting``, ``UN headquarters``), also an upper-case dateline place (``PYONGYANG, Sept. 9``);
* misspellings next to a country in a hyphen compound or after a locative word are matched
  fuzzily (``Japan-North Koera``, ``a diplomat in Vladivostock``);
* a first-level region written with its kind that the model left untagged is a place (``Iwaki
  City, Fukushima Prefecture``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import KIND_LABEL
from ..place_context import town_of
from .base import DataComponent
from .lexicon import load_common_words
from .spans import (
    PLACE_LABELS,
    after_title,
    core,
    hyphen_glued_end,
    is_locative,
    place_for,
    set_ents,
    titlecase_token,
)

NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
REGION_WORDS = frozenset({"prefecture", "province", "oblast", "governorate", "krai"})  # a region's kind after its name


class PlaceNames(DataComponent):
    def __init__(self, nlp: Language, name: str, relabel: list[str], add_missing: bool, fuzzy: bool):
        super().__init__(nlp, name)
        self.relabel = set(relabel)
        self.add_missing = add_missing
        self.fuzzy = fuzzy
        self._tokenizer = nlp.tokenizer
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.surface: dict[str, str] = {}

    def _data_changed(self) -> None:
        texts = sorted(self.gazetteer.surface_names)
        texts += [t.replace("'", "’") for t in texts if "'" in t]
        self.surface = {t.casefold(): t for t in texts}
        self.matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self.matcher.add("PLACE", [self._tokenizer(t) for t in texts])

    # ------------------------------------------------------------------ relabelling entities
    def _span(self, doc: Doc, ent: Span, found) -> Span:
        return Span(doc, ent.start, ent.end, label=KIND_LABEL[found[0].kind])

    def _relabel_place(self, doc: Doc, ent: Span) -> Span:
        """Rule: a GPE/LOC/FAC takes its gazetteer kind's label; a lone surname-first surname
        (``Kim``, ``Moon``) that is no alias or capital is a PERSON (``host Yoon and Kishida``)."""
        name = core(ent)
        if self._national_thing(doc, name):
            return Span(doc, ent.start, ent.end, label="EVENT")
        surname = len(name) == 1 and name.text in self.lexicon.surnames
        found = self.gazetteer.lookup(name.text)
        if not found:
            return Span(doc, ent.start, ent.end, label="PERSON") if surname else ent
        place, how = found
        if surname and how != "alias" and not self.gazetteer.is_capital(place.place_id):
            return Span(doc, ent.start, ent.end, label="PERSON")
        label = KIND_LABEL[place.kind]
        return ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label)

    def _national_thing(self, doc: Doc, name: Span) -> bool:
        """Rule 'a nation's thing': one common English word (``common_words.json``) right after a
        nationality word is what that nation has or did, no town ("U.S. Recognition of Costa Rican
        Independence, 1849", not Independence, Missouri); no country, alias or capital."""
        if len(name) != 1 or name.start == 0 or doc[name.start - 1].ent_type_ != "NORP":
            return False
        if name[0].lower_ not in load_common_words():
            return False
        found = self.gazetteer.lookup(name.text, alternates=False, fuzzy=False)
        return not (found and (found[1] != "city" or self.gazetteer.is_capital(found[0].place_id)))

    def _relabel_person(self, doc: Doc, ent: Span, text: str) -> Span:
        """Rule: a PERSON that is a known place is that place, unless it is a surname, an East
        Asian name, after a title or before a role in apposition; a city only when a capital, very large, after a
        locative word or in a list of places ("Ajman, Umm al-Qaiwain, Fujairah, and Ras
        al-Khaimah", also by an alternate name); a misspelling of one or two words only after a
        locative word. A demonym is no person (``the Kazakh market``): NORP."""
        name = core(ent)
        if self._surely_a_person(doc, ent, name, text):
            return ent
        if self.gazetteer.is_demonym(name.text):
            return Span(doc, ent.start, ent.end, label="NORP")
        gaz = self.gazetteer
        listed = _in_place_list(doc, ent)
        locative = listed or is_locative(doc, ent.start, self.rules.locative_words)
        found = gaz.lookup(name.text, alternates=listed, fuzzy=False)
        if found and found[1] == "city":
            if not (locative or self._notable_city(found[0].place_id)):
                return ent
        elif not found and self.fuzzy and len(name) <= 2 and locative:
            found = gaz.lookup(name.text)
        return self._span(doc, ent, found) if found else ent

    def _surely_a_person(self, doc: Doc, ent: Span, name: Span, text: str) -> bool:
        """A surname, an East Asian name, a name after a title or before a role in apposition."""
        return name.text in self.lexicon.surnames or self.lexicon.patterns["ea_name"].fullmatch(name.text) \
            is not None or after_title(doc, ent.start, self.lexicon, text) or self._role_after(doc, ent)

    def _role_after(self, doc: Doc, ent: Span) -> bool:
        """Rule 'a person's role in apposition': a PERSON followed by ", a/an/the <role>" whose
        role ends in a title word ("Diego Garcia, a spokesman for the ministry, said") is that
        person, whatever place shares the name."""
        i = ent.end
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
            return False
        return any(t.lower_ in self.lexicon.title_last_words for t in doc[i + 2 : i + 5])

    def _notable_city(self, pid: str) -> bool:
        """A capital or a city of ``person_city_min_population`` people or more."""
        gaz = self.gazetteer
        return gaz.is_capital(pid) or gaz.city_population.get(pid, 0) >= self.rules.person_city_min_population

    def _relabel_other(self, doc: Doc, ent: Span) -> Span:
        """Rule: an ORG/NORP that is a well-known place (country, alias, capital, large city) is
        that place; an ORG of up to three words after a locative word may be a misspelling."""
        name = core(ent)
        found = place_for(self.gazetteer, name.text, strict=True,
                          min_population=self.rules.strict_city_min_population)
        if not found and self.fuzzy and ent.label_ != "NORP" and len(name) <= 3 \
                and is_locative(doc, ent.start, self.rules.locative_words):
            found = self.gazetteer.lookup(name.text)  # "a diplomat in Vladivostock"
        return self._span(doc, ent, found) if found else ent

    def _relabel(self, doc: Doc, ent: Span, text: str) -> Span:
        if ent.label_ in PLACE_LABELS:
            return self._relabel_place(doc, ent)
        if ent.label_ not in self.relabel:
            return ent
        if town_of(doc, ent, self.gazetteer, self.rules.town_words) is not None:
            return Span(doc, ent.start, ent.end, label="GPE")  # Rule: "the Syrian town of Douma"
        if ent.label_ == "PERSON":
            return self._relabel_person(doc, ent, text)
        return self._relabel_other(doc, ent)

    def _split_in_place(self, doc: Doc, ent: Span) -> list[Span]:
        """Rule: ``the Great Hall of the People in Beijing`` (one FAC) -> FAC + GPE, when the
        words after an inner ``in``/``at`` are a known place and the whole is not."""
        if ent.label_ not in ("FAC", "ORG", "LOC", "GPE", "EVENT") or len(ent) < 3:
            return [ent]
        for p in range(ent.start + 1, ent.end - 1):
            if doc[p].lower_ not in ("in", "at"):
                continue
            found = place_for(self.gazetteer, core(doc[p + 1 : ent.end]).text, strict=True,
                              min_population=self.rules.strict_city_min_population) or self._former(
                core(doc[p + 1 : ent.end]).text)
            if found and not self.gazetteer.lookup(core(ent).text, alternates=False, fuzzy=False):
                return [Span(doc, ent.start, p, label=ent.label_),
                        Span(doc, p + 1, ent.end, label=KIND_LABEL[found[0].kind])]
        return [ent]

    def _dateline(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Rule: ``PYONGYANG, Sept. 9 (KCNA) --``: an upper-case place name opening a block,
        then a comma, is a place."""
        j = 0
        while j < len(doc) and j < 3 and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1:
            j += 1
        if j == 0 or j >= len(doc) or doc[j].text != "," or any(e.start < j for e in spans):
            return spans
        found = self.gazetteer.lookup(doc[0:j].text, alternates=False, fuzzy=False)
        if not found or found[1] not in ("alias", "city"):
            return spans
        return spans + [Span(doc, 0, j, label=KIND_LABEL[found[0].kind])]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans = []
        for ent in doc.ents:
            for part in self._split_in_place(doc, ent):
                relabel = part.label_ in self.relabel or part.label_ in PLACE_LABELS
                spans.append(self._relabel(doc, part, text) if relabel else part)
        spans = self._dateline(doc, spans)
        if self.add_missing:
            spans = self._add_matches(doc, spans)
        if self.fuzzy:
            spans = self._add_contextual(doc, spans)
        if self.add_missing:
            spans = self._add_regions(doc, spans)
        set_ents(doc, spans)
        return doc

    # ------------------------------------------------------------------ regions written with their kind
    def _add_regions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Rule 'a region written with its kind': up to three capitalised words and a region word
        (``Prefecture``, ``Province``, ``Oblast``, ``Governorate``, ``Krai``) that the gazetteer
        knows as a first-level region are that region, whether the model left them untagged
        (``Fukushima Prefecture`` after ``Iwaki City,``) or tagged the name alone (``Idlib``
        of ``Idlib Governorate``: not the city); the region word in lower case after its country's
        possessive (``Thailand's Trat province``)."""
        ends = {ent.end: ent for ent in spans if ent.label_ in PLACE_LABELS}
        covered = {i for ent in spans for i in range(ent.start, ent.end)}
        for tok in doc:
            if tok.i in covered or tok.lower_ not in REGION_WORDS:
                continue
            region = self._region_before(doc, tok.i, covered, ends.get(tok.i))
            if region is not None and (titlecase_token(tok) or self._owned_by_its_country(doc, region)):
                spans = [e for e in spans if not (region.start <= e.start and e.end <= region.end)] + [region]
                covered.update(range(region.start, region.end))
        return spans

    def _owned_by_its_country(self, doc: Doc, region: Span) -> bool:
        """The region written after its own country's possessive ("Cambodia's | Pursat province")."""
        i = region.start
        if i < 2 or doc[i - 1].text not in ("'s", "’s"):
            return False
        country = self.gazetteer.lookup(doc[i - 2].text, alternates=False, fuzzy=False)
        place = self.gazetteer.lookup(region.text, alternates=False, fuzzy=False)
        return bool(country and place) and country[0].kind == "country" and country[0].place_id == place[0].country_iso3

    def _region_before(self, doc: Doc, i: int, covered: set[int], ent: Span | None) -> Span | None:
        """The region span ending with the region word at ``i``: the place entity right before it
        with the word, else up to three untagged capitalised words with it."""
        starts = [ent.start] if ent is not None else [i - k for k in (3, 2, 1)]
        for start in starts:
            if start < 0 or ent is None and any(j in covered or not titlecase_token(doc[j]) for j in range(start, i)):
                continue
            found = self.gazetteer.lookup(doc[start : i + 1].text, alternates=False, fuzzy=False)
            if found and found[0].kind == "region":
                return Span(doc, start, i + 1, label="GPE")
        return None

    # ------------------------------------------------------------------ names the model missed
    def _case_ok(self, span: Span) -> bool:
        """A match as written, or capitalised, or after a lower-case region prefix; acronyms only
        as written (``US``, not ``us``)."""
        text = span.text
        written = self.surface.get(text.casefold())
        if written is None:
            return False
        if text == written:
            return True
        if written.replace(".", "").isupper():
            return False
        return text[:1].isupper() or self._prefixed(span)

    def _prefixed(self, span: Span) -> bool:
        """Rule 'region prefix': a known name whose first word is a lower-case compass word or
        ``sub`` (``region_prefixes``) before a capitalised word (``sub-Saharan Africa``,
        ``southern Africa``, ``northern Europe``) is matched with its prefix."""
        first = span[0]
        rest = next((t for t in span[1:] if t.text not in ("-", "‐")), None)
        return first.text in self.rules.region_prefixes and rest is not None and rest.text[:1].isupper()

    @staticmethod
    def _trim_numeric(doc: Doc, spans: list[Span], owner: dict[int, int], m: Span, overlapping: set[int]) -> bool:
        """Rule: a place name inside a numeric entity that starts before it (``Sunday, South
        Korea's`` tagged DATE): the numeric entity ends before the name. True when done."""
        numeric = {j for j in overlapping if spans[j].label_ in NUMERIC_LABELS and spans[j].start < m.start}
        if not numeric or numeric != overlapping:
            return False
        for j in numeric:
            end = m.start
            while end > spans[j].start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            spans[j] = Span(doc, spans[j].start, end, label=spans[j].label_)
            for i in range(end, m.end):
                owner.pop(i, None)
        return True

    @staticmethod
    def _swallows(spans: list[Span], m: Span, overlapping: set[int]) -> bool:
        """Rule: a match replaces entities it holds whole (``UN headquarters`` over ORG ``UN``),
        unless one already is the match or is a PERSON at least as long."""
        cores = [core(spans[j]) for j in overlapping]
        if not all(m.start <= c.start and c.end <= m.end for c in cores):
            return False
        if any(c.start == m.start and c.end == m.end for c in cores):
            return False  # already the same span; labelled by _relabel
        return not any(spans[j].label_ == "PERSON" and len(core(spans[j])) >= len(m) for j in overlapping)

    def _missed_matches(self, doc: Doc) -> list[Span]:
        """Gazetteer names in the doc, longest first, written in an acceptable case."""
        return [m for m in filter_spans([doc[s:e] for _m, s, e in self.matcher(doc)]) if self._case_ok(m)]

    def _add_matches(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Rule: gazetteer names (countries, aliases, data-file places) the model missed."""
        matches = self._missed_matches(doc)
        if not matches:
            return spans
        owner = {i: idx for idx, ent in enumerate(spans) for i in range(ent.start, ent.end)}
        drop: set[int] = set()
        added = []
        for m in matches:
            found = self.gazetteer.lookup(m.text, alternates=False, fuzzy=False)
            if not found:
                continue
            place = Span(doc, m.start, m.end, label=KIND_LABEL[found[0].kind])
            overlapping = {owner[i] for i in range(m.start, m.end) if i in owner}
            if self._trim_numeric(doc, spans, owner, m, overlapping) or not overlapping:
                added.append(place)
            elif self._swallows(spans, m, overlapping) or _country_as_number(spans, m, overlapping, found[0]):
                drop |= overlapping
                added.append(place)
        return [s for i, s in enumerate(spans) if i not in drop] + added

    # ------------------------------------------------------------------ misspellings in context
    def _word_run_end(self, doc: Doc, i: int, covered: set[int]) -> int:
        """End of the run of up to three untagged capitalised words from ``i``, on one line; a
        name glued by hyphens is one word (``Port-au-Prince``)."""
        calendar = self.rules.calendar_words
        j = i
        while j < len(doc) and j - i < 3 and j not in covered and titlecase_token(doc[j]) \
                and doc[j].text not in calendar and "\n" not in doc[j].whitespace_:
            j = hyphen_glued_end(doc, j + 1, covered)
            if not doc[j - 1].whitespace_:
                break
        return j

    @staticmethod
    def _hyphen_context(doc: Doc, i: int, j: int, covered: set[int]) -> bool:
        """The words doc[i:j] are glued by a hyphen to an entity (``Japan-North Koera``)."""
        before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
            and not doc[i - 1].whitespace_ and (i - 2) in covered
        after = j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and (j + 1) in covered
        return before or after

    def _contextual_label(self, span: Span) -> str | None:
        """The label of a place the words name (fuzzily): a city of the context population or a
        capital, no alternate name, no lone surname."""
        found = self.gazetteer.lookup(span.text)
        if not found or found[1] == "alternate" and not self._former_name(found[0]):
            return None
        place, how = found
        if how == "city" and not self.gazetteer.is_capital(place.place_id) \
                and self.gazetteer.city_population.get(place.place_id, 0) < self.rules.context_city_min_population:
            return None
        if len(span) == 1 and span.text in self.lexicon.surnames:
            return None
        return KIND_LABEL[place.kind]

    def _former(self, text: str):
        """(place, how) when text is a city's former name (rule 'a city's former name'), else None."""
        found = self.gazetteer.lookup(text, fuzzy=False)
        return found if found and found[1] == "alternate" and self._former_name(found[0]) else None

    def _former_name(self, place) -> bool:
        """Rule 'a city's former name': another name of a capital or of a city of
        ``strict_city_min_population`` people or more ("Commercial Agent in Tamatave": Toamasina;
        "the Consulate at Tananarive": Antananarivo) is that city, in a place's context."""
        pid = place.place_id
        return place.kind == "city" and (self.gazetteer.is_capital(pid) or self.gazetteer.city_population.get(
            pid, 0) >= self.rules.strict_city_min_population)

    def _contextual_place(self, doc: Doc, spans: list[Span], i: int, j: int, locative: bool):
        """(place span, entity it absorbs or None) for the words from ``i``, longest first; after
        a locative word the next entity may complete them (``in Johor Bahru``, ``Bahru`` PERSON)."""
        ends = list(range(j, i, -1))
        nxt = next((e for e in spans if e.start == j and e.label_ != "DATE"), None) if locative else None
        if nxt is not None and doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_:
            ends.insert(0, nxt.end)
        for k in ends:
            label = self._contextual_label(doc[i:k])
            if label is not None:
                return Span(doc, i, k, label=label), (nxt if k > j else None)
        return None

    def _add_contextual(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Rule: untagged capitalised words next to a country in a hyphen compound
        (``Japan-North Koera``) or after a locative word (``in Sinuiju``) that name a place."""
        covered = {i for ent in spans for i in range(ent.start, ent.end)}
        added = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if i in covered or not titlecase_token(tok) or tok.text in self.rules.calendar_words:
                i += 1
                continue
            j = self._word_run_end(doc, i, covered)
            locative = is_locative(doc, i, self.rules.locative_words) or _renamed(doc, i)
            if self._hyphen_context(doc, i, j, covered) or locative:
                hit = self._contextual_place(doc, spans, i, j, locative)
                if hit is not None:
                    place, absorbed = hit
                    if absorbed is not None:
                        spans = [e for e in spans if e is not absorbed]
                    added.append(place)
                    covered.update(range(place.start, place.end))
            i = max(j, i + 1)
        return spans + added


@Language.factory(
    "diplo_place_names",
    default_config={"relabel": ["ORG", "PERSON", "NORP"], "add_missing": True, "fuzzy": True},
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_place_names(nlp: Language, name: str, relabel: list[str], add_missing: bool, fuzzy: bool) -> PlaceNames:
    """Label place names from the gazetteer: relabel ``relabel`` entities that are places,
    add country/alias/data-file names the model missed, fuzzy-match misspellings in context."""
    return PlaceNames(nlp, name, relabel, add_missing, fuzzy)


def _country_as_number(spans: list[Span], m: Span, overlapping: set[int], place) -> bool:
    """Rule 'a country tagged as a number': a country's name the model tagged DATE, CARDINAL ...
    as a whole entity ("the concerning situation in Niger" tagged DATE) is the country."""
    return place.kind == "country" and len(overlapping) == 1 and all(
        spans[j].label_ in NUMERIC_LABELS and (spans[j].start, spans[j].end) == (m.start, m.end) for j in overlapping)


def _in_place_list(doc: Doc, ent: Span) -> bool:
    """Rule 'a name in a list of places': the entity before it or after it, across a comma (and
    "and"/"or"), is a place."""
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("and", "or"):
        i -= 1
    before = i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ in PLACE_LABELS
    j = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else len(doc)
    if j < len(doc) and doc[j].lower_ in ("and", "or"):
        j += 1
    return before or j < len(doc) and doc[j].ent_type_ in PLACE_LABELS


def _renamed(doc: Doc, i: int) -> bool:
    """Rule 'a city's former name': "Tananarive (now Antananarivo)": the words after "(now" name
    the place as it is called today, a place's context like a locative word."""
    return i >= 2 and doc[i - 1].lower_ == "now" and doc[i - 2].text == "("
