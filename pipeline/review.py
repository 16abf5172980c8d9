"""Offline HTML review pages: each document version's text with every extracted mention
highlighted and its normalised value shown on hover and in a side table.

``OUT/review/<doc_id>/<version>.html`` per document version and ``OUT/review/index.html``
linking them all. Pages are self-contained (inline CSS, no scripts, nothing fetched) and
deterministic: the same tables and raw text give the same bytes.

Rendering: mentions (DATE, PERSON, PLACE, ORG, NORP) are ``<mark>`` elements, one per
mention row, nested where one mention lies inside another; a mention that crosses another
continues after it as a ``<span class="m cont">``. Event evidence spans are a background band
drawn around text runs only (``<span class="ev">``), so they may overlap mentions and each other
freely."""
from __future__ import annotations

import argparse
import hashlib
import html
import logging
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import pyarrow.parquet as pq

from .atomic import write_bytes_atomically
from .rawio import decode
from .schema import ALL_TABLES

log = logging.getLogger("pipeline")

LABEL_NAMES = {"DATE": "date", "PERSON": "person", "PLACE": "place", "ORG": "organisation",
               "NORP": "nationality or group"}
COUNTED = ("mentions", "dates", "people", "places", "events")

CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222}
header{padding:.8em 1.2em;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:1.25em;margin:0 0 .2em}
header p{margin:.2em 0;color:#555}
main{display:flex;gap:1.2em;padding:1em 1.2em;align-items:flex-start}
.text{flex:1 1 55%;white-space:pre-wrap;line-height:1.9;max-width:60em}
aside{flex:1 1 45%;max-height:calc(100vh - 7em);overflow:auto;position:sticky;top:.5em}
table{border-collapse:collapse;font-size:13px;width:100%;margin-bottom:1.5em}
th,td{border:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top}
th{background:#f0f0f0;position:sticky;top:0}
mark,.m{padding:0 .1em;border-radius:3px;color:inherit}
mark.date,.m.date{background:#cfe8ff}
mark.person,.m.person{background:#ffd6d6}
mark.place,.m.place{background:#d4f5d4}
mark.org,.m.org{background:#eadcff}
mark.norp,.m.norp{background:#ffe9c7}
mark mark{outline:1px solid #888}
.ev{border-bottom:3px solid #e6a700;background:rgba(255,230,120,.35)}
.ev.many{border-bottom-color:#b35900;background:rgba(255,190,90,.4)}
.legend span{margin-right:.8em;padding:0 .3em}
.warn{color:#a00;font-weight:600}
.num{text-align:right}
"""


# --- reading -----------------------------------------------------------------------------

def _rows(out_dir: Path, table: str) -> list[dict]:
    path = Path(out_dir) / "parquet" / f"{table}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: build the datasets first (python -m pipeline build --out {out_dir})")
    return pq.read_table(path).to_pylist()


def _by_doc(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        grouped[(row["doc_id"], row["version"])].append(row)
    return grouped


def read_text(raw_dir: Path, document: dict) -> tuple[str | None, str | None]:
    """The decoded raw text of a documents row, or (None, why not)."""
    path = Path(raw_dir) / document["source"]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"cannot read {path} ({exc.strerror})"
    if hashlib.sha256(data).hexdigest() != document["sha256"]:
        return None, f"{path} changed since the datasets were built; rebuild them"
    try:
        text, _, _ = decode(data, document["source"])
    except Exception as exc:  # noqa: BLE001 - report, do not crash the other pages
        return None, f"cannot decode {path}: {exc}"
    return text, None


# --- normalised values -------------------------------------------------------------------

def _iso(value) -> str:
    return value.isoformat() if value is not None else "?"


def date_value(row: dict) -> str:
    start, end = _iso(row["value_start"]), _iso(row["value_end"])
    parts = [start if start == end else f"{start} – {end}", row["precision"]]
    if row.get("approximate"):
        parts.append("approximate")
    if row.get("mod"):
        parts.append(f"mod: {row['mod']}")
    parts.append(f"resolution: {row['resolution']}")
    return " · ".join(parts)


def person_value(row: dict) -> str:
    value = row["name"]
    if row.get("titles"):
        value += " — " + "; ".join(row["titles"])
    return value


def _coord(value: float | None) -> str:
    return f"{value:.4f}"


def place_value(row: dict) -> str:
    parts = [row["name"], row["kind"]]
    countries = row.get("countries_iso3") or ([row["country_iso3"]] if row.get("country_iso3") else [])
    if countries:
        parts.append("+".join(countries))
    if row.get("latitude") is not None and row.get("longitude") is not None:
        parts.append(f"{_coord(row['latitude'])}, {_coord(row['longitude'])}")
    return " · ".join(parts)


def event_value(row: dict) -> str:
    kind = row["event_type"] + (f" ({row['mode']})" if row.get("mode") else "")
    if row.get("date_start") is None:
        when = "date unknown"
    elif row["date_start"] == row["date_end"]:
        when = _iso(row["date_start"])
    else:
        when = f"{_iso(row['date_start'])} – {_iso(row['date_end'])}"
    if row.get("date_precision"):
        when += f" ({row['date_precision']})"
    parts = [kind, when]
    if row.get("place_name"):
        parts.append(f"in {row['place_name']}")
    if row.get("actors_iso3"):
        parts.append("actors: " + ", ".join(row["actors_iso3"]))
    if row.get("source_iso3") or row.get("target_iso3"):
        parts.append(f"{', '.join(row.get('source_iso3') or []) or '?'} → {', '.join(row.get('target_iso3') or []) or '?'}")
    if row.get("people"):
        parts.append("people: " + ", ".join(row["people"]))
    return " · ".join(parts)


def mention_value(mention: dict, dates: dict, people: dict, places: dict) -> str:
    label = mention["label"]
    if label == "DATE":
        row = dates.get((mention["mention_id"], mention["start_char"]))
        return date_value(row) if row else "(no row in dates)"
    if label == "PERSON":
        row = people.get(mention["entity_id"])
        return person_value(row) if row else "(no row in people)"
    if label == "PLACE":
        row = places.get(mention["entity_id"])
        return place_value(row) if row else "(no row in places)"
    return f"{LABEL_NAMES.get(label, label.lower())} (not normalised)"


# --- rendering the text ------------------------------------------------------------------

def _attr(value) -> str:
    return html.escape(str(value), quote=True)


class _Renderer:
    """Writes the text's pieces between span boundaries, keeping the open marks on a stack: a
    mark that ends inside another is closed and the outer ones reopened as continuations."""

    def __init__(self, mentions: list[dict], events: list[dict]):
        self.starts: dict[int, list[dict]] = defaultdict(list)
        self.ends: dict[int, list[dict]] = defaultdict(list)
        for m in mentions:
            self.starts[m["start"]].append(m)
            self.ends[m["end"]].append(m)
        for group in self.starts.values():  # outer (longer) first, then by index: deterministic nesting
            group.sort(key=lambda m: (-m["end"], m["index"]))
        self.events = events
        self.out: list[str] = []
        self.stack: list[dict] = []
        self.first_event_fragment: set[int] = set()

    def open_mention(self, m: dict, first: bool) -> None:
        if first:
            extra = "".join(f' {k}="{_attr(v)}"' for k, v in m["attrs"].items())
            self.out.append(f'<mark class="{m["css"]}" id="m{m["index"]}"{extra} title="{_attr(m["title"])}">')
        else:
            self.out.append(f'<span class="m {m["css"]} cont" data-cont="m{m["index"]}" title="{_attr(m["title"])}">')
        self.stack.append({**m, "first": first})

    def close_top(self) -> dict:
        m = self.stack.pop()
        self.out.append("</mark>" if m["first"] else "</span>")
        return m

    def boundary(self, pos: int) -> None:
        """Close the marks ending at pos (reopening those closed on the way), open those starting."""
        closing = {id(m) for m in self.ends.get(pos, ())}
        if closing:
            reopen = []
            while any(m["id"] in closing for m in self.stack):
                m = self.close_top()
                if m["id"] not in closing:
                    reopen.append(m)
            for m in reversed(reopen):
                self.open_mention(m, first=False)
        for m in self.starts.get(pos, ()):
            self.open_mention({**m, "id": id(m)}, first=True)

    def piece(self, text: str, pos: int, nxt: int) -> None:
        """text[pos:nxt], in the band of the events that cover it."""
        chunk = html.escape(text[pos:nxt], quote=False)
        covering = [e for e in self.events if e["start"] <= pos and nxt <= e["end"]]
        if not covering:
            self.out.append(chunk)
            return
        names = " ".join(f"e{e['index']}" for e in covering)
        css = "ev many" if len(covering) > 1 else "ev"
        ident = ""
        for e in covering:
            if e["index"] not in self.first_event_fragment:
                self.first_event_fragment.add(e["index"])
                if not ident:
                    ident = f' id="e{e["index"]}"'
        # inside a mark the mark's title must win on hover, so the band carries none there
        title = "" if self.stack else ' title="' + _attr("\n".join(e["title"] for e in covering)) + '"'
        self.out.append(f'<span class="{css}" data-events="{names}"{ident}{title}>{chunk}</span>')


def render_text(text: str, mentions: list[dict], events: list[dict]) -> str:
    """HTML for ``text`` with ``mentions`` as nested marks and ``events`` as a band.

    ``mentions`` items: start, end, index, css, title, attrs (dict of extra attributes);
    ``events`` items: start, end, index, title. Spans must satisfy 0 <= start < end <= len(text)."""
    bounds = {0, len(text)}
    for span in (*mentions, *events):
        bounds.update((span["start"], span["end"]))
    points = sorted(bounds)
    renderer = _Renderer(mentions, events)
    for i, pos in enumerate(points):
        renderer.boundary(pos)
        if i + 1 < len(points):
            renderer.piece(text, pos, points[i + 1])
    while renderer.stack:
        renderer.close_top()
    return "".join(renderer.out)


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _table(headers: list[str], rows: list[list[str]], caption: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(row) + "</tr>\n" for row in rows)
    return (f"<table>\n<caption>{html.escape(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>\n{body}</tbody>\n</table>\n")


def _td(value, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<td{cls}>{html.escape('' if value is None else str(value))}</td>"


def _mention_marks(text: str, tables: dict[str, list[dict]], problems: list[str],
                   limits: tuple[int, int] | None = None) -> tuple[list[dict], list[list[str]]]:
    """The marks over the text and the side table's rows, one per mention; with limits
    (characters shown, rows listed), only the marks within the shown text and the first rows."""
    shown, max_rows = limits or (len(text), len(tables["mentions"]))
    dates = {(r["mention_id"], r["start_char"]): r for r in tables["dates"]}
    people = {r["person_id"]: r for r in tables["people"]}
    places = {r["place_id"]: r for r in tables["places"]}
    marks, mention_rows = [], []
    for index, m in enumerate(tables["mentions"]):
        ok = 0 <= m["start_char"] < m["end_char"] <= len(text) and text[m["start_char"]:m["end_char"]] == m["text"]
        if not ok:
            problems.append(f"mention {m['mention_id']} {m['text']!r} does not match the text at "
                            f"{m['start_char']}:{m['end_char']}")
        shown_here = ok and m["end_char"] <= shown
        if not shown_here and index >= max_rows:
            continue
        value = mention_value(m, dates, people, places)
        if shown_here:
            marks.append({"start": m["start_char"], "end": m["end_char"], "index": index,
                          "css": m["label"].lower(), "title": f"{m['label']}: {value}",
                          "attrs": {"data-label": m["label"], "data-mention-id": m["mention_id"],
                                    "data-entity-id": m["entity_id"] or "", "data-value": value}})
        if index < max_rows:
            link = f'<a href="#m{index}">{index}</a>' if shown_here else str(index)
            mention_rows.append([f'<td class="num">{link}</td>', _td(m["label"]), _td(m["text"]),
                                 _td(f"{m['start_char']}–{m['end_char']}"), _td(value)])
    return marks, mention_rows


def _event_date(e: dict) -> str:
    if e.get("date_start") is None:
        return ""
    if e["date_start"] == e["date_end"]:
        return _iso(e["date_start"])
    return f"{_iso(e['date_start'])} – {_iso(e['date_end'])}"


def _event_bands(text: str, events: list[dict], problems: list[str],
                 limits: tuple[int, int] | None = None) -> tuple[list[dict], list[list[str]]]:
    """The evidence bands over the text and the side table's rows, one per event; with limits
    (characters shown, rows listed), only the bands within the shown text and the first rows."""
    shown, max_rows = limits or (len(text), len(events))
    bands, event_rows = [], []
    for index, e in enumerate(events):
        value = event_value(e)
        ok = 0 <= e["start_char"] < e["end_char"] <= len(text)
        if not ok:
            problems.append(f"event {e['event_id']} has offsets {e['start_char']}:{e['end_char']} outside the text")
        ok = ok and e["end_char"] <= shown
        if ok:
            bands.append({"start": e["start_char"], "end": e["end_char"], "index": index,
                          "title": f"EVENT: {value}\ntrigger: {e['trigger']}"})
        if index >= max_rows:
            continue
        link = f'<a href="#e{index}">{index}</a>' if ok else str(index)
        event_rows.append([f'<td class="num">{link}</td>',
                           _td(e["event_type"] + (f" ({e['mode']})" if e.get("mode") else "")),
                           _td(_event_date(e) + (f" ({e['date_precision']})" if e.get("date_precision") else "")),
                           _td(e.get("place_name")), _td(", ".join(e["actors_iso3"])),
                           _td(", ".join(e["people"])), _td(e["trigger"]), _td(e["summary"])])
    return bands, event_rows


def _document_header(document: dict, tables: dict[str, list[dict]], problems: list[str]) -> str:
    name = f"{document['doc_id']} / {document['version']}"
    counts = " · ".join(f"{len(tables[t])} {t}" for t in COUNTED)
    legend = "".join(f'<span class="m {label.lower()}">{html.escape(LABEL_NAMES[label])}</span>'
                     for label in LABEL_NAMES) + '<span class="ev">event evidence</span>'
    warn = "".join(f'<p class="warn">{html.escape(p)}</p>' for p in problems)
    return (f'<header>\n<p><a href="../index.html">All documents</a></p>\n'
            f"<h1>{html.escape(document.get('title') or name)}</h1>\n"
            f"<p>{html.escape(name)} · source {html.escape(document['source'])}"
            f"{' · published ' + _iso(document['published']) if document.get('published') else ''}"
            f" · {html.escape(counts)}</p>\n<p class=\"legend\">{legend}</p>\n{warn}</header>")


# A long version's page shows the first part of its text and the first rows of its tables, so
# that it stays a few MB; the tables of OUT/json and OUT/parquet hold every row.
TEXT_LIMIT = 200_000  # characters of the text shown
MARKS_LIMIT = 5_000  # mentions highlighted (the text is cut before the next one)
ROWS_LIMIT = 3_000  # rows of each side table


def shown_length(text: str, limit: int, starts: list[int] | None = None) -> int:
    """How much of the text the page shows: all of it, or up to the last line end before
    limit and before the start of the mention after the first MARKS_LIMIT (starts: the
    mentions' start offsets)."""
    starts = sorted(starts or ())
    if len(starts) > MARKS_LIMIT:
        limit = min(limit, starts[MARKS_LIMIT])
    if len(text) <= limit:
        return len(text)
    cut = text.rfind("\n", 0, limit) + 1
    return cut if cut > limit // 2 else limit


def _cut_note(text: str, shown: int, tables: dict[str, list[dict]], marks: list, bands: list) -> str:
    if shown >= len(text):
        return ""
    left = len(tables["mentions"]) - len(marks)
    return (f'<p class="warn">Text truncated: the first {shown:,} of {len(text):,} characters are shown; '
            f"{len(text) - shown:,} characters with {left:,} of {len(tables['mentions']):,} mentions and "
            f"{len(tables['events']) - len(bands):,} of {len(tables['events']):,} events are left out of the text "
            f"(every row is in the tables, OUT/json and OUT/parquet).</p>\n")


def _caption(name: str, listed: int, total: int, table: str) -> str:
    if listed >= total:
        return name
    return f"{name}: the first {listed:,} of {total:,} (truncated: every row is in json/{table}.jsonl)"


def document_page(document: dict, text: str, tables: dict[str, list[dict]],
                  text_limit: int = TEXT_LIMIT, rows_limit: int = ROWS_LIMIT) -> str:
    """The review page of one document version (``tables``: that version's rows of each table).
    A text longer than text_limit is cut at a line end, and each side table lists at most
    rows_limit rows, with a note saying what was left out."""
    problems: list[str] = []
    shown = shown_length(text, text_limit, [m["start_char"] for m in tables["mentions"]])
    marks, mention_rows = _mention_marks(text, tables, problems, (shown, rows_limit))
    bands, event_rows = _event_bands(text, tables["events"], problems, (shown, rows_limit))
    if len(problems) > rows_limit:
        problems[rows_limit:] = [f"... and {len(problems) - rows_limit:,} more problems"]
    header = _document_header(document, tables, problems)
    mentions_caption = _caption("Mentions", len(mention_rows), len(tables["mentions"]), "mentions")
    events_caption = _caption("Events", len(event_rows), len(tables["events"]), "events")
    aside = (_table(["#", "label", "text", "chars", "normalised value"], mention_rows, mentions_caption)
             + _table(["#", "type", "date", "place", "actors", "people", "trigger", "summary"], event_rows,
                      events_caption))
    body = (f"{header}\n{_cut_note(text, shown, tables, marks, bands)}<main>\n"
            f"<div class=\"text\">{render_text(text[:shown], marks, bands)}</div>\n"
            f"<aside>\n{aside}</aside>\n</main>")
    return _page(f"Review: {document['doc_id']} / {document['version']}", body)


def index_page(entries: list[dict], errors: list[dict]) -> str:
    rows = []
    for entry in entries:
        doc = entry["document"]
        label = html.escape(doc["version"])
        version = f'<a href="{_attr(entry["href"])}">{label}</a>' if entry["href"] else label
        note = _td(entry["problem"] or "")
        rows.append([_td(doc["doc_id"]), f"<td>{version}</td>", _td(doc.get("title")),
                     *(_td(entry["counts"][t], "num") for t in COUNTED), note])
    body = ["<header><h1>Review pages</h1><p>One page per document version: the text with its "
            "dates, people, places, other mentions and event evidence highlighted. "
            '<a href="timeline.html">Timeline</a>: the events of every document merged, by date.</p>'
            "</header>\n<main><div>"]
    body.append(_table(["document", "version", "title", *COUNTED, "note"], rows, "Documents"))
    if errors:
        err_rows = [[_td(e["path"]), _td(e["stage"]), _td(e["error"]), _td(e["message"])] for e in errors]
        body.append(_table(["path", "stage", "error", "message"], err_rows, "Documents that failed to build"))
    body.append("</div></main>")
    return _page("Review pages", "\n".join(body))


def timeline_page(timeline: list[dict], anchors: dict[tuple[str, str, str], str]) -> str:
    """The merged events of every document by date (undated ones last), each source linked to the
    evidence on its document's review page (``anchors``: (doc_id, version, event_id) -> href)."""
    rows = []
    for r in sorted(timeline, key=lambda r: r.get("date_start") is None):  # undated events last
        date = "" if r.get("date_start") is None else (
            _iso(r["date_start"]) if r["date_start"] == r["date_end"] else f"{_iso(r['date_start'])} – {_iso(r['date_end'])}")
        links = []
        for s in r["sources"]:
            label = html.escape(f"{s['doc_id']} / {s['version']}")
            href = anchors.get((s["doc_id"], s["version"], s["event_id"]))
            links.append(f'<a href="{_attr(href)}">{label}</a>' if href else label)
        rows.append([_td(date + (f" ({r['date_precision']})" if r.get("date_precision") else "")),
                     _td(r["event_type"]), _td(r.get("place_name")), _td(", ".join(r["actors_iso3"])),
                     _td(", ".join(r["people"])), _td(r.get("status")), _td(r["n_sources"], "num"),
                     "<td>" + "<br>".join(links) + "</td>", _td(", ".join(r["conflicts"]))])
    body = ['<header><p><a href="index.html">All documents</a></p><h1>Timeline</h1><p>One row per real-world '
            "event across the latest version of every document; each source links to its evidence.</p></header>"
            "\n<main><div>",
            _table(["date", "type", "place", "actors", "people", "status", "sources", "reported by", "conflicts"],
                   rows, "Merged events"), "</div></main>"]
    return _page("Timeline", "\n".join(body))


def _event_anchors(entries: list[dict], events: dict[tuple[str, str], list[dict]]) -> dict:
    """(doc_id, version, event_id) -> the href of that event's evidence on its review page."""
    anchors = {}
    for entry in entries:
        key = (entry["document"]["doc_id"], entry["document"]["version"])
        if entry["href"]:
            for index, e in enumerate(events.get(key, [])):
                anchors[(*key, e["event_id"])] = f"{entry['href']}#e{index}"
    return anchors


def _write(path: Path, content: str) -> None:
    write_bytes_atomically(path, content.encode("utf-8"))


def write_review_pages(out_dir: str | Path, raw_dir: str | Path) -> list[Path]:
    """Write ``OUT/review/<doc_id>/<version>.html`` for every built document version and
    ``OUT/review/index.html`` and ``OUT/review/timeline.html``; remove pages of versions no
    longer built. Returns the pages written, the timeline and then the index last. A version
    whose raw file is missing or changed since the build gets no page (the index says why)."""
    out_dir, raw_dir = Path(out_dir), Path(raw_dir)
    tables = {t: _rows(out_dir, t) for t in ALL_TABLES}
    grouped = {t: _by_doc(tables[t]) for t in COUNTED}
    review = out_dir / "review"
    written: list[Path] = []
    entries = []
    for document in sorted(tables["documents"], key=lambda d: (d["doc_id"], d["version"])):
        key = (document["doc_id"], document["version"])
        mine = {t: grouped[t].get(key, []) for t in COUNTED}
        entry = {"document": document, "counts": {t: len(mine[t]) for t in COUNTED}, "href": None, "problem": None}
        text, problem = read_text(raw_dir, document)
        if text is None:
            log.warning("warning: no review page for %s/%s: %s", *key, problem)
            entry["problem"] = problem
        else:
            path = review / document["doc_id"] / f"{document['version']}.html"
            _write(path, document_page(document, text, mine))
            written.append(path)
            entry["href"] = f"{quote(document['doc_id'])}/{quote(document['version'])}.html"
        entries.append(entry)
    keep = set(written)  # the document pages (timeline.html and index.html lie outside */)
    for old in sorted(review.glob("*/*.html")) if review.is_dir() else ():
        if old not in keep:
            old.unlink()
    for folder in sorted(review.iterdir()) if review.is_dir() else ():
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    timeline = review / "timeline.html"
    _write(timeline, timeline_page(tables["timeline"], _event_anchors(entries, grouped["events"])))
    written.append(timeline)
    index = review / "index.html"
    _write(index, index_page(entries, tables["errors"]))
    written.append(index)
    return written


# --- command line ------------------------------------------------------------------------

def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the ``review`` subcommand to the CLI's subparsers; dispatch it to :func:`run`."""
    p = subparsers.add_parser(
        "review", help="write offline HTML review pages: OUT/review/index.html",
        description="Write one HTML page per built document version to OUT/review/<doc_id>/<version>.html, "
                    "with every date, person, place and event highlighted in the text and its normalised "
                    "value shown on hover and in a side table, and OUT/review/index.html linking them.")
    p.add_argument("--raw", type=Path, default=Path("raw"), help="raw folder the datasets were built from (default: raw)")
    p.add_argument("--out", type=Path, default=Path("processed"), help="output folder of the build (default: processed)")
    p.add_argument("--quiet", action="store_true", help="print errors only")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug messages")
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Run the ``review`` subcommand: 0 if every page was written, 1 if some could not be, 2 on no datasets."""
    try:
        pages = write_review_pages(args.out, args.raw)
    except FileNotFoundError as exc:
        if getattr(args, "debug", False):
            raise
        log.error("error: %s", exc)
        return 2
    documents = pq.read_metadata(Path(args.out) / "parquet" / "documents.parquet").num_rows
    if not getattr(args, "quiet", False):
        log.info("%d review pages written; open %s", len(pages) - 2, pages[-1])
    return 0 if len(pages) - 2 == documents else 1
