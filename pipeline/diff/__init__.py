"""``python -m pipeline diff``: what changed in the extracted data between two versions of a
document (issue 6).

Rows of the events, dates, people and places tables are matched between the two versions by
stable keys, never by offsets, and their other columns compared:

=======  ===================================================  ==========================================
table    key                                                  not compared (offsets, ids, counts)
=======  ===================================================  ==========================================
events   event_id                                             doc_id, version, start_char, end_char,
                                                              evidence
dates    value_start, value_end, the sentence the date sits   doc_id, version, start_char, end_char,
         in (its words: punctuation and spacing ignored)      mention_id
people   person_id                                            doc_id, version, n_mentions
places   place_id                                             doc_id, version, n_mentions
=======  ===================================================  ==========================================

Every other column of the table's schema is compared (``compared_columns(table)``), so a column
added to a schema later is compared without a change here. Free-text columns (events.trigger,
events.summary, dates.text) are compared on their words: a comma removed from an event's sentence
is not a change in the extracted data. ``n_mentions`` grows and shrinks with every sentence that
names a country, so it is left out; the distinct surface forms (``mentions``) are compared.

A change in a compared column is a ``changed`` row naming the column; a change in the key is a
removal plus an addition. Rows with the same key within one version (the same date twice in a
sentence) are paired in the order they appear in the text. A date's sentence is found by parsing
the raw text again (cheap, no spaCy) when the raw file is at hand with the hash the build saw;
when it is not, dates are matched by mention_id instead (which also hashes the sentence's text)
and a note says so.

The comparison is a keyed join over plain Python rows rather than pandas or daff: the tables
have list-valued and nullable columns (which pandas compares awkwardly: NaN != NaN, lists are
not hashable), a document has at most a few hundred rows, and the keys are ours, not guessed.

Output: a report on stdout (text, ``--format markdown`` or ``--format json``) and, for
notebooks, the diffs table (``schemas/diffs.schema.json``) for each compared pair in
``OUT/diffs/parquet/<doc_id>__<from>__<to>.parquet`` and ``OUT/diffs/json/<...>.jsonl``;
``pandas.read_parquet("OUT/diffs/parquet")`` reads every pair as one table.
Modules: ``compare`` (rows, keys, the comparison), ``versions`` (the built datasets, which
versions to compare, building first), ``report`` (the diffs table, text/Markdown/JSON) and
``command`` (the command line).
"""
from __future__ import annotations

from .command import add_parser, run
from .compare import (
                      DIFF_TABLES,
                      IGNORED,
                      KEYS,
                      PairDiff,
                      TableDiff,
                      compared_columns,
                      contract_row,
                      diff_table,
                      diff_versions,
                      sentence_hash,
)
from .report import render, render_markdown, render_text, write_diff
from .versions import Built, compare, ensure_built

__all__ = ["DIFF_TABLES", "IGNORED", "KEYS", "Built", "PairDiff", "TableDiff", "add_parser", "compare",
           "compared_columns", "contract_row", "diff_table", "diff_versions", "ensure_built", "render",
           "render_markdown", "render_text", "run", "sentence_hash", "write_diff"]
