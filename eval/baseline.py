"""A naive baseline for reference: the spaCy model's own entities, no pipeline logic.

PERSON -> people (the entity text as the name), GPE/LOC -> places (ISO3 only when pycountry
finds the name; no coordinates), DATE -> dates valued by dateparser.parse (one day, day
precision; dropped when it does not parse), no events. Rows have the columns the scorer reads.
"""
from __future__ import annotations

import warnings
from datetime import datetime

import dateparser
import pycountry

from eval.corpus import read_text
from eval.matching import fold


def iso3_of(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def parse_date(text: str, published: str | None) -> str | None:
    settings = {"RELATIVE_BASE": datetime.fromisoformat(published)} if published else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = dateparser.parse(text, settings=settings)
    return value.date().isoformat() if value else None


def rows_for(doc, key: dict, published: str | None) -> dict[str, list[dict]]:
    """Baseline rows of one spaCy Doc; key = {"doc_id", "version"}."""
    tables: dict[str, list[dict]] = {"dates": [], "people": [], "places": [], "events": []}
    seen: set[tuple[str, str]] = set()
    for ent in doc.ents:
        if ent.label_ == "DATE" and (day := parse_date(ent.text, published)):
            tables["dates"].append({**key, "text": ent.text, "start_char": ent.start_char, "end_char": ent.end_char,
                                    "value_start": day, "value_end": day, "precision": "day"})
        elif ent.label_ in ("PERSON", "GPE", "LOC") and (ent.label_, fold(ent.text)) not in seen:
            seen.add((ent.label_, fold(ent.text)))
            if ent.label_ == "PERSON":
                tables["people"].append({**key, "name": ent.text})
            else:
                iso3 = iso3_of(ent.text)
                tables["places"].append({**key, "name": ent.text, "country_iso3": iso3, "kind": "country" if iso3 else "other",
                                         "latitude": None, "longitude": None})
    return tables


def baseline_tables(corpus, golds: list[dict], model: str) -> dict[str, list[dict]]:
    import spacy

    nlp = spacy.load(model)
    tables: dict[str, list[dict]] = {"dates": [], "people": [], "places": [], "events": []}
    texts = [read_text(corpus, g) for g in golds]
    for g, doc in zip(golds, nlp.pipe(texts)):
        published = (g.get("source") or {}).get("published")
        for area, rows in rows_for(doc, {"doc_id": g["doc_id"], "version": g["version"]}, published).items():
            tables[area].extend(rows)
    return tables
