"""Component ``diplo_person_names``: person spans as names.

* titles, honorifics and ``the`` at the front and a possessive at the end are not part of the
  name (``Foreign Minister Kono's`` -> ``Kono``);
* ``Sheikh`` (``patronymic_honorifics``) before a name with ``bin``/``ibn`` is an honorific
  (``Sheikh Abdullah bin Zayed Al Nahyan``); elsewhere it is part of the name (``Sheikh Hasina``);
* a surname in capitals after a one-word name is part of it (``Pōhiva TU’I’ONETOA``);
* a given name the model left out after a title or a place is added (``Minister of Foreign
  Affairs Anders | Abdullah``); a hyphenated given name is whole (``Moon Jae`` + ``-in``, ``Paul-``
  + ``Henri Damiba``); a three-part East Asian name cut after its second part is completed;
* East Asian surname-first names (``Choe Son Hui``) and ``<title> <Name>`` (``Foreign Minister
  Kono``) the model missed become PERSON; after a title with a portfolio, the name is the last
  two capitalised words, both no common English word (``Minister for Europe Leo Docherty``);
* a known office-holder's full name (a name or variant of ``data/office_holders.json``, two
  words or more) that the model tagged as a place or an organisation is PERSON (``Japan's Yoko
  Kamikawa`` tagged GPE), unless the gazetteer knows it as a place; so is a name of a given
  name, a middle initial and a surname and nothing else (``Henry C. Hall`` tagged FAC);
* an organisation that is a title of several words and a name (``Chargé d’Affaires Elijah
  Hise`` tagged ORG) gives way to the name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..office_holders import default_entries, name_key
from .base import DataComponent
from .lexicon import load_common_words
from .spans import (
    INITIALLED_NAME,
    PLACE_LABELS,
    POSSESSIVES,
    after_last_country,
    after_title,
    core,
    cut_short_person,
    given_names_before,
    hyphen_glued_start,
    hyphenated_name,
    longer_name_after_portfolio,
    month_surname,
    name_cut_in_two,
    name_start,
    next_title_in_chain,
    place_for,
    portfolio_before,
    portfolio_glued_to_name,
    set_ents,
    titlecase_token,
)


@lru_cache(maxsize=1)
def _holder_full_names() -> frozenset[str]:
    """Comparison keys of the office-holders' full names and variants (not bare surnames)."""
    return frozenset(name_key(n) for e in default_entries() for n in (e["name"], *e["variants"]) if " " in n.strip())


_CAPITAL_NEXT = re.compile(r"[ \t][A-Z]")
# a name with a quoted nickname inside: Josaia Voreqe 'Frank' Bainimarama
_NICKNAMED = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)* ['\"‘“][A-Z][\w-]*['\"’”] [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
_NAME_JOINT = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?=[A-Z])")  # ", ", " and ", ", and "
MAX_TITLED_NAME_TOKENS = 4


class PersonNames(DataComponent):
    def __init__(self, nlp: Language, name: str, extend_hyphenated: bool, complete_east_asian: bool,
                 east_asian_pattern: bool, title_pattern: bool, strip_titles: bool, extend_given_name: bool):
        super().__init__(nlp, name)
        self.extend_hyphenated = extend_hyphenated
        self.extend_given_name = extend_given_name
        self.complete_east_asian = complete_east_asian
        self.east_asian_pattern = east_asian_pattern
        self.title_pattern = title_pattern
        self.strip_titles = strip_titles

    # ------------------------------------------------------------------ repairing PERSON spans
    def _function_word_end(self, doc: Doc, start: int, end: int) -> int:
        """Rule: a lower-case word that is no name particle ends a name (``Kenyatta for Your
        Excellency`` -> ``Kenyatta``; ``Mohammed bin Salman``, ``Park Geun-hye`` stay whole)."""
        for t in doc[start + 1 : end]:
            if t.is_alpha and t.is_lower and doc[t.i - 1].whitespace_ and t.text not in self.lexicon.name_particles:
                return t.i
        return end

    def _particle_end(self, doc: Doc, start: int, end: int) -> int:
        """Rule: a name that ends in name particles or is followed by them (``Ursula von`` with
        ``Leyen`` tagged a place; ``Frans van der``) goes on to the capitalised word after them
        (``Ursula von der Leyen``)."""
        particles = self.lexicon.name_particles
        j = end
        while j > start + 1 and doc[j - 1].text in particles:
            j -= 1
        k = j
        while k < len(doc) and k - j < 3 and doc[k].text in particles and doc[k - 1].whitespace_:
            k += 1
        if k > j and k < len(doc) and titlecase_token(doc[k]) and doc[k - 1].whitespace_:
            return k + 1
        return end

    def _place_word(self, text: str) -> bool:
        return bool(place_for(self.gazetteer, text, strict=True, min_population=self.rules.strict_city_min_population))

    def _east_asian_end(self, doc: Doc, start: int, end: int, text: str) -> int:
        """Rule: a surname-first name of two parts followed by one more syllable, not itself
        followed by a capitalised word, is a cut three-part name (``Yoon Suk`` + ``Yeol``)."""
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_ or not doc[end - 1].whitespace_:
            return end
        pats = self.lexicon.patterns
        if not pats["ea_two"].match(doc[start:end].text):
            return end
        tail = doc[end - 1].idx + len(doc[end - 1].text)
        m = pats["syllable_after"].match(text[tail : tail + 12])
        if not m or m.group(1) in self.lexicon.not_name_words or doc[end].ent_type_ in PLACE_LABELS:
            return end
        nxt = end + 1
        if nxt < len(doc) and titlecase_token(doc[nxt]) and doc[end].whitespace_:
            return end
        return end + 1

    def _family_name_before(self, doc: Doc, start: int, end: int) -> bool:
        """Rule (one-syllable family names, issue 15): an untagged surname-first family name
        right before a given name of one or two short parts or a hyphenated one is part of the
        name (``To`` + ``Lam``, ``O`` + ``Kwang-chol``, ``Ri`` + ``Son-gwon``); one that is also an
        English word (``To``, ``O``; ``word_surnames``) at a sentence start only before a
        hyphenated given name."""
        if start < 1:
            return False
        prev, lex = doc[start - 1], self.lexicon
        if prev.text not in lex.surnames or prev.ent_type_ or prev.whitespace_ != " ":
            return False
        parts = [t for t in doc[start:end] if t.text not in ("-", "‐")]
        hyphenated = len(parts) < end - start
        if not 1 <= len(parts) <= 2 or not doc[start].text[:1].isupper() \
                or not all(t.is_alpha and len(t.text) <= 7 for t in parts):
            return False
        sentence_start = start - 1 == 0 or bool(prev.is_sent_start)
        return hyphenated or not (sentence_start and prev.text in lex.word_surnames)

    def _proper_nouns_after(self, doc: Doc, start: int, end: int) -> int:
        """Rule (names of three or more parts, issue 15): the one or two untagged proper nouns
        right after a name, before a word that is not capitalised, are its last parts
        (``Sheikh Hasina`` + ``Wazed``, ``Wiliame`` + ``Maivalili Katonivere``): a name is never
        cut shorter. A one-word name takes two (``Wiliame`` after an honorific), a longer one."""
        k = 0
        while k < 2 and end + k < len(doc) and doc[end + k - 1].whitespace_ == " ":
            nxt = doc[end + k]
            if nxt.ent_type_ and not self._unknown_head_word(doc, end + k) or nxt.tag_ != "NNP" \
                    or not self._free_name_word(nxt):
                break
            k += 1
        if k == 0 or end - start + k < 3 and end - start < 2:
            return 0
        after = end + k
        return k if after >= len(doc) or not titlecase_token(doc[after]) else 0

    def _unknown_head_word(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a one-word place or group entity no source knows, and the word before
        it hangs on it as a compound (``Luhut Binsar`` + ``Pandjaitan`` tagged NORP): a name's
        last part the model mislabelled."""
        tok = doc[i]
        if tok.ent_type_ not in ("GPE", "NORP", "LOC", "ORG") or tok.ent_iob_ != "B" \
                or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            return False
        prev = doc[i - 1]
        return prev.dep_ == "compound" and prev.head.i == i and not self.gazetteer.is_demonym(tok.text)

    def _capital_surname_after(self, doc: Doc, start: int, end: int) -> bool:
        """Rule 'a surname in capitals': a one-word name followed by an untagged word in
        capitals, letters with apostrophes or hyphens inside (``Pōhiva TU’I’ONETOA``, as a
        foreign ministry writes surnames), ends with it; not a known acronym or place."""
        if end - start != 1 or end >= len(doc) or doc[end - 1].whitespace_ != " ":
            return False
        tok = doc[end]
        letters = re.sub(r"[’'‘-]", "", tok.text)
        return not tok.ent_type_ and len(letters) >= 3 and letters.isalpha() and letters.isupper() \
            and tok.text not in self.lexicon.not_name_words \
            and not self.gazetteer.lookup(tok.text, alternates=False, fuzzy=False)

    def _proper_noun_before(self, doc: Doc, start: int) -> bool:
        """Rule (names of three or more parts, issue 15): an untagged proper noun opening the
        sentence right before a name is its first part (``Sheikh`` + ``Hasina Wazed``)."""
        if start < 1:
            return False
        prev = doc[start - 1]
        if prev.ent_type_ or prev.tag_ != "NNP" or prev.whitespace_ != " " or not self._free_name_word(prev):
            return False
        return start - 1 == 0 or bool(prev.is_sent_start)

    def _names_before_particle(self, doc: Doc, start: int) -> int:
        """Rule: a name that opens with a particle (``bin Sultan``) takes the one or two untagged
        capitalised name words right before it (``Seyed Syeed`` + ``bin Sultan``)."""
        if doc[start].text not in self.lexicon.name_particles:
            return start
        new = start
        while new > 0 and start - new < 2 and doc[new - 1].whitespace_ == " " and not doc[new - 1].ent_type_ \
                and self._free_name_word(doc[new - 1]):
            new -= 1
        return new

    def _free_name_word(self, tok) -> bool:
        """A capitalised word that may be part of a name: no non-name word, title or place."""
        lex = self.lexicon
        return titlecase_token(tok) and tok.text not in lex.not_name_words and tok.lower_ not in lex.title_last_words \
            and tok.lower_ not in lex.title_first_words and not lex.patterns["title_start"].match(tok.text) \
            and not self.gazetteer.lookup(tok.text, alternates=False, fuzzy=False)

    @staticmethod
    def _hyphen_parts(ent: Span) -> list[str]:
        """The parts of a span joined by hyphens (``Nepal-Peru``), else []."""
        parts = [p.strip() for p in ent.text.split("-") if p.strip()]
        return parts if len(parts) >= 2 else []

    def _countries_joined(self, ent: Span) -> bool:
        """Rule: countries joined by hyphens are no person (``Nepal-Peru`` relations)."""
        parts = self._hyphen_parts(ent)
        countries = self.gazetteer.countries_in
        return bool(parts) and all(len(countries(p, capitals=False)) == 1 for p in parts)

    def _start_of_title(self, ent: Span, text: str) -> bool:
        """Rule: a span that is the start of a title the text goes on to write is no person
        (``Chargé`` of ``Chargé d’Affaires John Appleton``)."""
        m = self.lexicon.patterns["title_any"].match(text, ent.start_char)
        return m is not None and m.end() > ent.end_char

    def _names_joined(self, doc: Doc, ent: Span) -> bool:
        """Rule: names of two people joined by a hyphen are no one person ("a Sharon-Abdullah
        meeting"): each part is the last word of another person the text names."""
        parts = self._hyphen_parts(ent)
        if not parts or " " in ent.text.strip():
            return False
        last_words = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e.start != ent.start}
        return all(p in last_words for p in parts)

    def _fix(self, doc: Doc, ent: Span, text: str) -> Span | None:
        """The repaired PERSON span (see the module docstring), or None when nothing is left."""
        if self._countries_joined(ent) or self._names_joined(doc, ent) or self._start_of_title(ent, text):
            return None
        start, end = ent.start, ent.end
        if self.strip_titles:
            start = self._after_title_inside(doc, name_start(doc, start, end, self.lexicon), end)
        end = self._function_word_end(doc, start, end)
        while end > start and doc[end - 1].text in POSSESSIVES:
            end -= 1
        if start >= end:
            return None
        if self.extend_given_name and end - start < 3:
            start -= given_names_before(doc, start, text, self.lexicon, self._place_word)
        if end - start == 1 and start > 0 and doc[start - 1].text in self.lexicon.patronymic_particles:
            start -= 1  # "expel bin Laden": the family name with its particle
        end = self._particle_end(doc, start, end)
        if self.extend_hyphenated:  # "Moon Jae" + "-in"; "Paul-" + "Henri Damiba"
            start, end = hyphenated_name(doc, start, end)
        if self.complete_east_asian:
            end = self._east_asian_end(doc, start, end, text)
        return self._without_patronymic_honorific(self._whole_name(doc, ent, start, end))

    def _after_title_inside(self, doc: Doc, start: int, end: int) -> int:
        """Rule: a span that begins inside a title starts after it ("First | Lady Jeannette
        Kagame": the word before and the first word make a title)."""
        if end - start > 1 and start > 0 and self.lexicon.patterns["title_start"].fullmatch(doc[start - 1 : start + 1].text):
            return start + 1
        return start

    def _without_patronymic_honorific(self, span: Span) -> Span:
        """"Sheikh Abdullah bin Zayed Al Nahyan" -> "Abdullah bin Zayed Al Nahyan" (a name with
        bin/ibn/bint); "Sheikh Hasina" keeps it."""
        if len(span) > 2 and span[0].text in self.lexicon.patronymic_honorifics and any(
                t.lower_ in self.lexicon.patronymic_particles for t in span[1:]):
            return Span(span.doc, span.start + 1, span.end, label=span.label_)
        return span

    def _whole_name(self, doc: Doc, ent: Span, start: int, end: int) -> Span:
        """The span with the parts the model left out: a family name before, a month surname
        or a last proper noun after, a first proper noun before (see the rules above)."""
        if self.complete_east_asian and self._family_name_before(doc, start, end):
            start -= 1
        if end < len(doc) and month_surname(doc, end, self.lexicon):
            end += 1
        elif self._capital_surname_after(doc, start, end):
            end += 1
        else:
            end += self._proper_nouns_after(doc, start, end)
        if self._proper_noun_before(doc, start):
            start -= 1
        start = self._names_before_particle(doc, start)
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label="PERSON")

    @staticmethod
    def _join_nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
        """Rule: a name the model split at a quoted nickname is one name (``Josaia Voreqe`` +
        ``'Frank' Bainimarama``); the people stage reads it without the nickname; so is a name
        it cut in two (``_one_name``)."""
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ == "PERSON" and s.label_ not in PLACE_LABELS and s.start - prev.end <= 3 \
                    and (_NICKNAMED.fullmatch(doc.text[prev.start_char : s.end_char]) or name_cut_in_two(doc, prev, s)):
                out[-1] = Span(doc, prev.start, s.end, label="PERSON")
                continue
            out.append(s)
        return out

    @staticmethod
    def _resolve_overlaps(spans: list[Span]) -> list[Span]:
        """An extended PERSON wins over the (shorter) entity it now overlaps."""
        persons = [s for s in spans if s.label_ == "PERSON"]
        out = []
        for s in spans:
            touching = [p for p in persons if p.start < s.end and s.start < p.end]
            if s.label_ != "PERSON" and touching and all(p.start <= s.start and s.end <= p.end for p in touching):
                continue
            out.append(s)
        return out

    # ------------------------------------------------------------------ names the model missed
    def _claim(self, spans: list[Span], new: Span) -> list[Span] | None:
        """Add PERSON ``new`` if it overlaps no PERSON and no place, and only swallows whole
        non-person entities; returns the new list or None."""
        kept = []
        for s in spans:
            if not (s.start < new.end and new.start < s.end):
                kept.append(s)
                continue
            if s.label_ == "PERSON" or not (new.start <= s.start and s.end <= new.end):
                return None
            if s.label_ in PLACE_LABELS and place_for(self.gazetteer, core(s).text, strict=False):
                return None
        kept.append(new)
        return kept

    def _pattern_name_ok(self, doc: Doc, span: Span, text: str, m_end: int) -> bool:
        """An East Asian name match that is no part of a longer name (``Kim Il Sung Square``)
        and follows no capitalised word other than a title or a place."""
        lex = self.lexicon
        if any(t.text in lex.not_name_words for t in span[1:]):
            return False
        if _CAPITAL_NEXT.match(text[m_end : m_end + 2]):
            return False
        if span.start == 0:
            return True
        prev = doc[span.start - 1]
        return not (titlecase_token(prev) and prev.text not in lex.not_name_words
                    and not after_title(doc, span.start, lex, text) and prev.ent_type_ not in PLACE_LABELS)

    def _add_pattern_names(self, doc: Doc, spans: list[Span], text: str) -> list[Span]:
        """Rule: an East Asian surname-first name (``Choe Son Hui``) is a PERSON."""
        for m in self.lexicon.patterns["ea_name"].finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None or "\n" in m.group(0) or not self._pattern_name_ok(doc, span, text, m.end()):
                continue
            claimed = self._claim(spans, Span(doc, span.start, span.end, label="PERSON"))
            if claimed is not None:
                spans = claimed
        return spans

    def _titled_name_word(self, doc: Doc, i: int, j: int) -> bool:
        """A capitalised name word; a non-name word only as a family name first (``To Lam``) or
        a month surname later (``Theresa May``)."""
        tok, lex = doc[j], self.lexicon
        if j > i and tok.text in lex.name_particles:  # "Rodrigo de Vivero", "Mohammed bin Salman"
            return j + 1 < len(doc) and titlecase_token(doc[j + 1])
        if not titlecase_token(tok) or j > i and tok.is_upper and tok.is_alpha and len(tok.text) >= 2:
            return False  # a post-nominal ends the name: "the Hon Mark Coulton MP"
        if tok.text not in lex.not_name_words:
            return True
        if j == i and tok.text in lex.surnames:
            return j + 1 < len(doc) and titlecase_token(doc[j + 1])
        return j > i and month_surname(doc, j, lex)

    def _titled_name_end(self, doc: Doc, i: int) -> int:
        """End of up to four capitalised words (hyphen-glued parts included) from token ``i``."""
        j = i
        while j < len(doc) and j - i < MAX_TITLED_NAME_TOKENS:
            tok = doc[j]
            if self._titled_name_word(doc, i, j):
                j += 1
            elif tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_ \
                    and j + 1 < len(doc) and doc[j + 1].is_alpha:
                j += 2
            else:
                break
            if "\n" in doc[j - 1].whitespace_:
                break
        return j

    def _titled_name(self, doc: Doc, text: str, title_end: int) -> Span | None:
        """The name right after a title ending at character ``title_end``, if any."""
        if not _CAPITAL_NEXT.match(text[title_end : title_end + 2]):
            return None
        first = doc.char_span(title_end + 1, title_end + 2, alignment_mode="expand")
        if first is None:
            return None
        i = first.start
        j = self._titled_name_end(doc, i)
        if j == i or (j < len(doc) and doc[j].text == "of"):
            return None  # "President of ..." is a title chain, not a name
        span = doc[i:j]
        if any(t.ent_type_ == "PERSON" for t in span) or self._gazetteer_name(span):
            return None
        return span

    def _portfolio_name(self, doc: Doc, text: str, title: re.Match) -> Span | None:
        """Rule 'a name after a portfolio': "Minister for Europe Leo Docherty", "Under Secretary
        of State for Political Affairs Victoria Nuland": after the title's for- or of-chain, which
        a regex cannot tell from the name, the last two capitalised words are the name when the
        chain keeps a word of its own and neither is a common English word, a place or a title;
        so are two such words set off by a comma after the chain ("UK Minister for Europe, Leo
        Docherty visits ...")."""
        title_end, pats = title.end(), self.lexicon.patterns
        m = pats["chain"].match(text, title_end)
        if m is None and re.search(r"\s(?:of|for)\s", title.group(0)):
            m = pats["and_chain"].match(text, title_end)  # "Minister of Foreign Affairs | and Regional Integration ..."
        cut = next_title_in_chain(m.group(0), pats) if m else None
        chain_end = m.start() + cut if cut is not None else m.end() if m else None
        chain = doc.char_span(title_end, chain_end, alignment_mode="contract") if m else None
        if chain is None:
            return None
        chain = doc[chain.start : self._particle_end(doc, chain.start, chain.end)]  # "... Staffan de Mistura"
        if chain.end + 2 < len(doc) and doc[chain.end].text == ",":
            name = doc[chain.end + 1 : chain.end + 3]
            if self._name_after_portfolio(doc, name):
                return name  # else the name ends the chain: "Minister for Industry and Science Ed Husic, and"
        i = hyphen_glued_start(doc, hyphen_glued_start(doc, chain.end))  # the chain's last two words
        while i > chain.start + 2 and doc[i].text in self.lexicon.name_particles:
            i -= 1  # "Special Envoy for Syria Staffan de Mistura"
        i = min(i, after_last_country(doc, chain, self.gazetteer))
        common = load_common_words()
        i = longer_name_after_portfolio(doc, i, chain.start + 1, lambda j: self._name_word_before(doc[j], common), common)
        if i < chain.start + 2:
            return None
        name = doc[i : chain.end]
        return name if self._name_after_portfolio(doc, name) else None

    def _name_word_before(self, tok, common: frozenset[str]) -> bool:
        """A capitalised word, no common word, title, country or region (a city's name may be a
        given name: "Lucas", "Shirley")."""
        place = self.gazetteer.lookup(tok.text, alternates=False, fuzzy=False)
        return titlecase_token(tok) and tok.lower_ not in common and (place is None or place[0].kind == "city") \
            and not self.lexicon.patterns["title_any"].fullmatch(tok.text)

    def _name_after_portfolio(self, doc: Doc, name: Span) -> bool:
        common = load_common_words()
        if name.end < len(doc) and titlecase_token(doc[name.end]) or not titlecase_token(doc[name.start - 1]) \
                and doc[name.start - 1].text != ",":
            return False
        if not all(t.text in self.lexicon.name_particles or t.text in ("-", "‐") or titlecase_token(t) and t.lower_ not in common
                   and self._titled_name_word(doc, name.start, t.i) for t in name):
            return False
        # a PERSON may end the name (the model cut it short: spans.cut_short_person), not open it
        return not any(t.ent_type_ == "PERSON" for t in name[:1]) and not self._gazetteer_name(name)

    def _add_titled_names(self, doc: Doc, spans: list[Span], text: str) -> list[Span]:
        """Rule: capitalised words right after a title (``Foreign Minister Kono``) or an honorific
        (``the Hon Marise Payne``, ``Hon. Wera Mori, MP``) are a PERSON, unless they are a place,
        a title or part of a title chain; an entity that only adds the honorific, a title or a
        post-nominal (``the Hon Mark Coulton MP`` tagged ORG) gives way."""
        pats = self.lexicon.patterns
        matches = list(pats["honorific_any"].finditer(text))
        if any(t.lower_ in self.lexicon.title_first_words for t in doc):
            matches += pats["title_any"].finditer(text)
        for m in matches:
            span = self._titled_name(doc, text, m.end()) or self._portfolio_name(doc, text, m)
            if span is None:
                continue
            new = Span(doc, span.start, span.end, label="PERSON")
            claimed = self._claim([s for s in spans if not self._trappings_of(s, new) and not cut_short_person(s, new)
                                  and not portfolio_glued_to_name(s, new)], new)
            if claimed is not None:
                spans = claimed
        return spans

    def _add_plural_titled_names(self, doc: Doc, spans: list[Span], text: str) -> list[Span]:
        """Rule: the names after a plural title, joined by "and" or commas, are each a PERSON
        ("Presidents Trump and Kenyatta", "Foreign Ministers Wang, Lavrov and Blinken")."""
        for m in self.lexicon.patterns["title_plural"].finditer(text):
            end = m.end()
            while _CAPITAL_NEXT.match(text[end:end + 2]):
                first = doc.char_span(end + 1, end + 2, alignment_mode="expand")
                j = self._titled_name_end(doc, first.start) if first is not None else 0
                if first is None or j == first.start:
                    break
                span = doc[first.start:j]
                if not any(t.ent_type_ == "PERSON" for t in span) and not self._gazetteer_name(span):
                    claimed = self._claim(spans, Span(doc, span.start, span.end, label="PERSON"))
                    spans = claimed if claimed is not None else spans
                joint = _NAME_JOINT.match(text, span.end_char)
                if joint is None:
                    break
                end = joint.end() - 1
        return spans

    def _gazetteer_name(self, span: Span) -> bool:
        """A place, a country or a title rather than a name."""
        gaz = self.gazetteer
        return bool(gaz.lookup(span.text, alternates=False, fuzzy=False) or gaz.countries_in(span.text)
                    or self.lexicon.patterns["title_any"].fullmatch(span.text))

    def _trappings_of(self, s: Span, new: Span) -> bool:
        """Whether non-person entity s is name ``new`` with only an honorific, a title, ``the``
        or an all-capital post-nominal (``MP``, ``QC``) around it."""
        if s.label_ == "PERSON" or not (s.start <= new.start and new.end <= s.end) or (s.start, s.end) == (new.start, new.end):
            return False
        lex = self.lexicon
        rest = [t for t in s if not new.start <= t.i < new.end]
        if all(t.lower_ == "the" or t.is_punct or (t.is_upper and len(t.text) <= 4)
               or lex.patterns["title_start"].match(t.text) for t in rest):
            return True
        return new.end == s.end and (self._title_of_words(s.doc[s.start : new.start].text) or portfolio_before(s))

    def _title_of_words(self, prefix: str) -> bool:
        """A title of several words, with or without "the": "Chargé d’Affaires"."""
        prefix = prefix[4:] if prefix.lower().startswith("the ") else prefix
        return bool(prefix) and self.lexicon.patterns["title_any"].fullmatch(prefix) is not None

    def _holder_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Rules 'known office-holders' and 'a middle initial' (module docstring)."""
        out = []
        for s in spans:
            name = core(s)
            if s.label_ in ("GPE", "LOC", "ORG", "NORP", "FAC") and len(name) >= 2 and not self._gazetteer_name(name) \
                    and (name_key(name.text) in _holder_full_names() or INITIALLED_NAME.fullmatch(name.text)):
                s = Span(doc, name.start, name.end, label="PERSON")
            out.append(s)
        return out

    def _month_surname_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Rule (names of three or more parts, issue 15): a lone month, tagged DATE or untagged,
        used as a surname after an untagged proper noun is a name (``Theresa May arrived``)."""
        for i in [s.start for s in spans if s.label_ == "DATE" and len(s) == 1 and s.start > 0] + \
                [t.i for t in doc if t.i > 0 and not t.ent_type_ and t.text in self.lexicon.month_surnames]:
            prev = doc[i - 1]
            if prev.ent_type_ or prev.tag_ != "NNP" or not month_surname(doc, i, self.lexicon) \
                    or not self._free_name_word(prev):
                continue
            claimed = self._claim(spans, Span(doc, i - 1, i + 1, label="PERSON"))
            if claimed is not None:
                spans = claimed
        return spans

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans = []
        for ent in doc.ents:
            fixed = self._fix(doc, ent, text) if ent.label_ == "PERSON" else ent
            if fixed is not None:
                spans.append(fixed)
        spans = self._join_nicknames(doc, self._resolve_overlaps(spans))
        spans = self._month_surname_names(doc, self._holder_names(doc, spans))
        if self.east_asian_pattern:
            spans = self._add_pattern_names(doc, spans, text)
        if self.title_pattern:
            spans = self._add_titled_names(doc, spans, text)
            spans = self._add_plural_titled_names(doc, spans, text)
        set_ents(doc, spans)
        return doc


@Language.factory(
    "diplo_person_names",
    default_config={
        "extend_hyphenated": True,
        "complete_east_asian": True,
        "east_asian_pattern": True,
        "title_pattern": True,
        "strip_titles": True,
        "extend_given_name": True,
    },
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_person_names(nlp: Language, name: str, extend_hyphenated: bool, complete_east_asian: bool,
                      east_asian_pattern: bool, title_pattern: bool, strip_titles: bool,
                      extend_given_name: bool) -> PersonNames:
    """Repair PERSON spans: no titles, whole hyphenated and three-part East Asian names, and
    names the model missed after a title or in East Asian surname-first form."""
    return PersonNames(nlp, name, extend_hyphenated, complete_east_asian, east_asian_pattern, title_pattern,
                       strip_titles, extend_given_name)
