"""Writing the diffs table and showing a comparison as text, Markdown or JSON."""
from __future__ import annotations

import json
import re
from pathlib import Path

from .. import export
from ..atomic import write_bytes_atomically
from .compare import DIFFS_TABLE, PairDiff, TableDiff

# --- writing and showing ------------------------------------------------------------------------

def diff_paths(out_dir: Path, doc_id: str, from_version: str, to_version: str) -> tuple[Path, Path]:
    stem = f"{doc_id}__{from_version}__{to_version}"
    base = Path(out_dir) / "diffs"
    return base / "parquet" / f"{stem}.parquet", base / "json" / f"{stem}.jsonl"


def write_diff(out_dir: Path, pair: PairDiff) -> tuple[Path, Path]:
    """Write the pair's rows of the diffs table as Parquet and JSONL (atomically, as export does)."""
    rows = export.sort_rows(DIFFS_TABLE, pair.rows())
    arrow_table = export.to_arrow(DIFFS_TABLE, rows)
    payload = export.jsonl_bytes(DIFFS_TABLE, rows)
    parquet_path, json_path = diff_paths(out_dir, pair.doc_id, pair.from_version, pair.to_version)
    export.write_parquet(parquet_path, arrow_table)
    write_bytes_atomically(json_path, payload, durable=True)
    return parquet_path, json_path


def _value(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _interval(start, end) -> str:
    if start is None and end is None:
        return "no date"
    return str(start) if start == end else f"{start}..{end}"


def _event_headline(row: dict, entity_id: str) -> str:
    kind = row.get("event_type") or "?"
    if row.get("mode"):
        kind += f"/{row['mode']}"
    who = "; ".join(row.get("people") or []) or ",".join(row.get("actors_iso3") or []) or "-"
    return (f"{entity_id}  {kind}  {_interval(row.get('date_start'), row.get('date_end'))}  "
            f"{row.get('place_name') or 'no place'}  {who}  \"{_clip(row.get('summary'), 100)}\"")


def _date_headline(row: dict, entity_id: str) -> str:  # noqa: ARG001 - one signature for every table
    extra = ", ".join(x for x in (row.get("precision"), "approximate" if row.get("approximate") else None,
                                  row.get("mod")) if x)
    where = (f"in \"{_clip(row['sentence'], 70)}\"" if row.get("sentence")
             else f"({row.get('mention_id')})")
    return f"{_interval(row.get('value_start'), row.get('value_end'))} ({extra})  \"{row.get('text')}\"  {where}"


def _person_headline(row: dict, entity_id: str) -> str:
    titles = "; ".join(row.get("titles") or [])
    return f"{entity_id}  {row.get('name')}" + (f"  titles: {titles}" if titles else "")


def _place_headline(row: dict, entity_id: str) -> str:
    detail = ", ".join(x for x in (row.get("kind"), row.get("country_iso3")) if x)
    return f"{entity_id}  {row.get('name')}" + (f" ({detail})" if detail else "")


_HEADLINES = {"events": _event_headline, "dates": _date_headline, "people": _person_headline,
              "places": _place_headline}


def headline(table: str, row: dict, entity_id: str) -> str:
    """One line naming the row: its key and main values."""
    make = _HEADLINES.get(table)
    return make(row, entity_id) if make else entity_id


def _counts(t: TableDiff) -> str:
    c = t.counts()
    return f"{c['added']} added, {c['removed']} removed, {c['changed']} changed"


def render_text(pair: PairDiff) -> str:
    title = f"{pair.doc_id}: {pair.from_version} -> {pair.to_version}"
    if not pair.differs:
        return f"{title}: no differences in {', '.join(pair.tables)}\n" + "".join(f"note: {n}\n" for n in pair.notes)
    lines = [title]
    width = max(len(n) for n in pair.tables)
    lines += [f"  {name:<{width}}  {_counts(t)}" for name, t in pair.tables.items()]
    for name, t in pair.tables.items():
        if not t.differs:
            continue
        lines += ["", f"{name}: {_counts(t)}"]
        lines += [f"  + {headline(name, e.row, e.entity_id)}" for e in t.added]
        lines += [f"  - {headline(name, e.row, e.entity_id)}" for e in t.removed]
        for c in t.changed:
            lines.append(f"  ~ {headline(name, c.new, c.entity_id)}")
            lines += [f"      {col}: {_value(old)} -> {_value(new)}" for col, (old, new) in c.columns.items()]
    lines += [f"note: {n}" for n in pair.notes]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)


def _code(text: str) -> str:
    """A Markdown code span holding text, whatever backticks it contains."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(pair: PairDiff) -> str:
    lines = [f"## {_md(pair.doc_id)}: {_code(pair.from_version)} → {_code(pair.to_version)}", ""]
    if not pair.differs:
        lines.append(f"No differences in {', '.join(pair.tables)}.")
    else:
        lines += ["| table | added | removed | changed |", "|---|--:|--:|--:|"]
        for name, t in pair.tables.items():
            c = t.counts()
            lines.append(f"| {name} | {c['added']} | {c['removed']} | {c['changed']} |")
        for name, t in pair.tables.items():
            if not t.differs:
                continue
            lines += ["", f"### {name}", ""]
            lines += [f"- **added** {_md(headline(name, e.row, e.entity_id))}" for e in t.added]
            lines += [f"- **removed** {_md(headline(name, e.row, e.entity_id))}" for e in t.removed]
            for c in t.changed:
                lines.append(f"- **changed** {_md(headline(name, c.new, c.entity_id))}")
                lines += [f"  - {_code(col)}: {_code(_value(old))} → {_code(_value(new))}"
                          for col, (old, new) in c.columns.items()]
    lines += [f"\n_Note: {_md(n)}_" for n in pair.notes]
    return "\n".join(lines) + "\n"


def render(pairs: list[PairDiff], fmt: str, many: bool) -> str:
    if fmt == "json":
        data = [p.to_json() for p in pairs] if many else pairs[0].to_json()
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if not pairs:
        return "no document has two versions to compare\n"
    draw = render_markdown if fmt == "markdown" else render_text
    return "\n".join(draw(p) for p in pairs)
