"""Countries named in a phrase (names, aliases, demonyms, institutions, capitals): the part of
``pipeline.gazetteer.Gazetteer`` that reads phrases rather than single names."""
from __future__ import annotations

import re

from .place_text import clean_surface, normalize_key
from .textrules import strip_possessive


class CountryPhrases:
    """Mixin of ``Gazetteer``: needs its ``surface_names``, ``places``, ``demonyms``, ``institutions``,
    ``capitals``, ``ambiguous``, ``region_adjectives``, ``country_names`` and ``country_article``."""

    def _countries_pattern(self) -> re.Pattern:
        if self._countries_re is None:
            mapping: dict[str, str] = {}
            for text, pid in self.surface_names.items():
                place = self.places[pid]
                if place.kind == "country":
                    mapping[text] = pid
            for text, iso3 in self.demonyms.items():
                mapping.setdefault(text, iso3)
                if not text.endswith(("s", "ese", "ish", "ch", "sh", "i")):
                    mapping.setdefault(text + "s", iso3)  # "North Koreans"; "Japanese"/"Swiss" take no plural
            for text, iso3 in self.institutions.items():  # "the Kremlin", "State Department"
                mapping.setdefault(text, iso3)
            mapping.update(self._regions_named_after_countries(mapping))
            mapping.update(dict.fromkeys(self.region_adjectives, ""))  # "Latin American" names no country
            for text in list(mapping):
                if "'" in text:
                    mapping.setdefault(text.replace("'", "’"), mapping[text])
            self._countries_map = mapping
            alts = sorted(mapping, key=len, reverse=True)
            body = "|".join(re.escape(a) for a in alts)
            self._countries_re = re.compile(rf"(?<![\w.])(?:{body})(?![\w])")
        return self._countries_re

    def _regions_named_after_countries(self, mapping: dict[str, str]) -> dict[str, str]:
        """A region of one country whose name holds another's ("Northern Ireland", "New Mexico",
        "South Ossetia" is not one): its own country, matched before the shorter name inside.
        A world region or sea of no country, or a region several share, that holds a country's
        name ("Latin America", "Indian Ocean", "Gulf of Guinea", "New Guinea") names none: it
        maps to "" and is skipped."""
        inner = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(mapping, key=len, reverse=True))
                           + r")(?![\w])")
        out = {}
        for text, pid in self.surface_names.items():
            place = self.places[pid]
            if place.kind not in ("region", "sea") or text in mapping:
                continue
            own = place.country_iso3 or ""  # a world region, or one shared ("New Guinea"): none
            m = inner.search(text)
            if m is not None and mapping[m.group(0)] != own:
                out[text] = own
        return out

    def countries_in(self, text: str, *, capitals: bool = True) -> list[str]:
        key = (text, capitals)
        if key not in self._countries_found:
            if len(self._countries_found) >= 32768:
                self._countries_found.clear()
            self._countries_found[key] = self._countries_in(text, capitals)
        return list(self._countries_found[key])

    def _countries_in(self, text: str, capitals: bool) -> tuple[str, ...]:
        pattern = self._countries_pattern()
        found: list[str] = []
        taken: list[tuple[int, int]] = self.organisation_spans(text)
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue  # rule 'an organisation's name names no country' ("Voice of America")
            iso3 = self._countries_map[m.group(0)]
            taken.append(m.span())
            if iso3 and iso3 not in found:
                found.append(iso3)
        if capitals:
            for m in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", text):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                for cand in (m.group(0), m.group(0).split()[0]):
                    key = normalize_key(clean_surface(cand))
                    iso3 = self.capitals.get(key)
                    if iso3 and iso3 not in found:
                        found.append(iso3)
                        break
        return tuple(found)

    def country_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each country name, alias, demonym or institution in ``text``, in order;
        a world region holding a country's name ("Latin America") is none."""
        pattern = self._countries_pattern()
        return [m.span() for m in pattern.finditer(text) if self._countries_map[m.group(0)]]

    def is_demonym(self, text: str) -> bool:
        """``Japanese``, ``North Koreans``, ``Korean`` (ambiguous ones included)."""
        text = " ".join(text.split())
        if text in self.demonyms or normalize_key(text) in self.ambiguous:
            return True
        return text.endswith("s") and (text[:-1] in self.demonyms or normalize_key(text[:-1]) in self.ambiguous)

    def country_at_end(self, text: str) -> str | None:
        """ISO3 of a country name, alias or demonym (possessive allowed) that ends ``text``:
        ``"the North Korean "`` -> PRK, ``"Japan's "`` -> JPN."""
        stripped = text.rstrip()
        stripped = strip_possessive(stripped) if not stripped.endswith(".") else stripped
        if not stripped:
            return None
        pattern = self._countries_pattern()
        last = None
        for m in pattern.finditer(stripped, max(0, len(stripped) - 60)):
            last = m
        if last is None or last.end() != len(stripped):
            return None
        return self._countries_map[last.group(0)] or None

    def country_with_article(self, iso3: str) -> str:
        name = self.country_names.get(iso3, iso3)
        return f"the {name}" if iso3 in self.country_article else name
