"""Review pages: every mention of the seed highlighted once with its normalised value, event
evidence as a band, the text intact and escaped, the index linking every page."""
from __future__ import annotations

import argparse
import hashlib
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import build as build_mod
from pipeline import export, review
from pipeline.config import Settings

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Page(HTMLParser):
    """Marks (with the text of their continuations), event fragments, links and the text div."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, dict] = {}
        self.order: list[str] = []
        self.events: dict[str, list[str]] = {}
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text_parts: list[str] = []
        self.body_text: list[str] = []
        self._stack: list[tuple[str, dict]] = []
        self._in_text = 0
        self.feed(html)
        self.close()
        assert not self._stack, "unclosed tags"

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "a":
            self.links.append(attrs.get("href"))
        if tag not in VOID and (self._in_text or (tag == "div" and attrs.get("class") == "text")):
            self._in_text += 1
        if tag == "mark":
            self.marks[attrs["id"]] = {**attrs, "text": ""}
            self.order.append(attrs["id"])
        if tag not in VOID:
            self._stack.append((tag, attrs))

    def handle_endtag(self, tag):
        open_tag, _ = self._stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        self.body_text.append(data)
        if not self._in_text:
            return
        self.text_parts.append(data)
        for tag, attrs in self._stack:
            if tag == "mark":
                self.marks[attrs["id"]]["text"] += data
            elif tag == "span" and "data-cont" in attrs:
                self.marks[attrs["data-cont"]]["text"] += data
            elif tag == "span" and "data-events" in attrs:
                for name in attrs["data-events"].split():
                    self.events.setdefault(name, []).append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)


def rows(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / "parquet" / f"{table}.parquet").to_pylist()


# --- the seed, built with the real pipeline --------------------------------------------------

@pytest.fixture(scope="module")
def seed_review(tmp_path_factory, nlp, seed_path):
    root = tmp_path_factory.mktemp("review")
    raw, out = root / "raw", root / "out"
    (raw / "seed").mkdir(parents=True)
    shutil.copyfile(seed_path, raw / "seed" / "2022-04-01.txt")
    report = build_mod.build(raw, out, Settings())
    assert report.ok, [str(e) for e in report.failed]
    pages = review.write_review_pages(out, raw)
    return raw, out, pages


def test_one_page_per_version_and_an_index(seed_review):
    _, out, pages = seed_review
    assert pages == [out / "review" / "seed" / "2022-04-01.html", out / "review" / "timeline.html",
                     out / "review" / "index.html"]
    index = Page(pages[-1].read_text(encoding="utf-8"))
    assert "seed/2022-04-01.html" in index.links


def test_every_mention_is_one_mark_with_its_text_and_value(seed_review, seed_text):
    _, out, pages = seed_review
    page = Page(pages[0].read_text(encoding="utf-8"))
    mentions = rows(out, "mentions")
    dates = {(r["mention_id"], r["start_char"]): r for r in rows(out, "dates")}
    people = {r["person_id"]: r for r in rows(out, "people")}
    places = {r["place_id"]: r for r in rows(out, "places")}
    assert len(mentions) > 20 and {m["label"] for m in mentions} >= {"DATE", "PERSON", "PLACE"}
    assert len(page.marks) == len(mentions)
    for i, m in enumerate(mentions):
        mark = page.marks[f"m{i}"]
        assert mark["text"] == m["text"] == seed_text[m["start_char"]:m["end_char"]]
        assert mark["data-label"] == m["label"] and mark["data-mention-id"] == m["mention_id"]
        value = mark["data-value"]
        assert mark["title"] == f"{m['label']}: {value}"
        if m["label"] == "DATE":
            d = dates[(m["mention_id"], m["start_char"])]
            assert d["value_start"].isoformat() in value and d["value_end"].isoformat() in value
            assert f" · {d['precision']} · " in value
        elif m["label"] == "PERSON":
            p = people[m["entity_id"]]
            assert value.startswith(p["name"])
            assert all(t in value for t in p["titles"])
        elif m["label"] == "PLACE":
            p = places[m["entity_id"]]
            assert value.startswith(f"{p['name']} · {p['kind']}")
            if p["country_iso3"]:
                assert p["country_iso3"] in value
            if p["latitude"] is not None:
                assert f"{p['latitude']:.4f}, {p['longitude']:.4f}" in value
        else:
            assert value.endswith("(not normalised)")
        # the side table repeats the value
        assert value in "".join(page.body_text)


def test_event_evidence_bands_cover_their_spans(seed_review, seed_text):
    _, out, pages = seed_review
    page = Page(pages[0].read_text(encoding="utf-8"))
    events = rows(out, "events")
    assert events, "the seed has no events"
    for i, e in enumerate(events):
        assert "".join(page.events[f"e{i}"]) == seed_text[e["start_char"]:e["end_char"]]
    assert set(page.events) == {f"e{i}" for i in range(len(events))}


def test_page_text_is_the_raw_text_and_offline(seed_review, seed_text):
    _, _, pages = seed_review
    html = pages[0].read_text(encoding="utf-8")
    assert Page(html).text == seed_text
    for page in pages:
        content = page.read_text(encoding="utf-8")
        tags = set(Page(content).tags)
        assert not tags & {"script", "link", "img", "iframe"}
        assert "src=" not in content and "http" not in content.split("<body>")[0]


def test_pages_are_deterministic(seed_review):
    raw, out, pages = seed_review
    before = [p.read_bytes() for p in pages]
    assert review.write_review_pages(out, raw) == pages
    assert [p.read_bytes() for p in pages] == before


def test_index_counts(seed_review):
    _, out, pages = seed_review
    html = pages[-1].read_text(encoding="utf-8")
    counts = [len(rows(out, t)) for t in review.COUNTED]
    cells = "".join(f'<td class="num">{n}</td>' for n in counts)
    assert cells in html


# --- hand-made tables: escaping, nesting, crossing, stale pages ----------------------------

TEXT = "Kim met <script>alert(1)</script> Abe & co in Tokyo on May 22, 2004.\n"


def span(s: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(s)
    return start, start + len(s)


def _mention(i, label, s, entity_id=None):
    a, b = span(s)
    return {"doc_id": "d", "version": "v1", "mention_id": f"m-{i}", "label": label, "text": s, "start_char": a,
            "end_char": b, "sentence_index": 0, "entity_id": entity_id}


@pytest.fixture()
def hand(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "d").mkdir(parents=True)
    (raw / "d" / "v1.txt").write_text(TEXT, encoding="utf-8")
    key = {"doc_id": "d", "version": "v1"}
    a, b = span("May 22, 2004")
    ea, eb = span("met <script>alert(1)</script> Abe & co in To")
    tables = {
        "documents": [{**key, "title": "A <b>bold</b> title", "source": "d/v1.txt", "source_url": None,
                       "sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "encoding": "utf-8",
                       "n_chars": len(TEXT), "published": None, "anchor_date": None, "language": "en"}],
        "mentions": [_mention(1, "PERSON", "Kim", "p-kim"), _mention(2, "ORG", "<script>alert(1)</script>"),
                     _mention(3, "PERSON", "Abe", "p-abe"), _mention(4, "PLACE", "Tokyo", "geonames:1850147"),
                     _mention(5, "DATE", "May 22, 2004"), _mention(6, "DATE", "2004")],
        "dates": [{**key, "mention_id": "m-5", "text": "May 22, 2004", "start_char": a, "end_char": b,
                   "value_start": "2004-05-22", "value_end": "2004-05-22", "precision": "day", "approximate": False,
                   "mod": None, "resolution": "explicit"},
                  {**key, "mention_id": "m-6", "text": "2004", "start_char": b - 4, "end_char": b,
                   "value_start": "2004-01-01", "value_end": "2004-12-31", "precision": "year", "approximate": True,
                   "mod": "end", "resolution": "context"}],
        "people": [{**key, "person_id": "p-kim", "name": "Kim Jong Il", "mentions": ["Kim"], "n_mentions": 1,
                    "titles": ["Chairman of the <NDC>"], "country_iso3": "PRK", "country_source": "text"},
                   {**key, "person_id": "p-abe", "name": "Shinzo Abe", "mentions": ["Abe"], "n_mentions": 1,
                    "titles": [], "country_iso3": None, "country_source": None}],
        "places": [{**key, "place_id": "geonames:1850147", "name": "Tokyo", "kind": "city", "country_iso3": "JPN",
                    "latitude": 35.6895, "longitude": 139.69171, "mentions": ["Tokyo"], "n_mentions": 1}],
        "events": [{**key, "event_id": "e-1", "event_type": "CONSULT", "mode": "visit", "date_start": "2004-05-22",
                    "date_end": "2004-05-22", "date_precision": "day", "status": "occurred", "place_id": "geonames:1850147",
                    "place_name": "Tokyo", "actors_iso3": ["JPN", "PRK"], "source_iso3": [], "target_iso3": [],
                    "people": ["Kim Jong Il", "Shinzo Abe"], "trigger": "met", "summary": "Kim met Abe",
                    "start_char": ea, "end_char": eb}],
    }
    export.write_tables(out, [tables], [])
    return raw, out


def test_hand_values_nesting_and_escaping(hand):
    raw, out = hand
    pages = review.write_review_pages(out, raw)
    html = pages[0].read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>bold</b>" not in html and "<NDC>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    page = Page(html)
    assert page.text == TEXT
    assert [page.marks[k]["text"] for k in page.order] == [
        "Kim", "<script>alert(1)</script>", "Abe", "Tokyo", "May 22, 2004", "2004"]
    assert page.marks["m0"]["data-value"] == "Kim Jong Il — Chairman of the <NDC>"
    assert page.marks["m3"]["data-value"] == "Tokyo · city · JPN · 35.6895, 139.6917"
    assert page.marks["m4"]["data-value"] == "2004-05-22 · day · resolution: explicit"
    assert page.marks["m5"]["data-value"] == ("2004-01-01 – 2004-12-31 · year · approximate · mod: end · "
                                              "resolution: context")
    assert page.marks["m1"]["data-value"] == "organisation (not normalised)"
    # "2004" is nested inside "May 22, 2004"
    assert 'explicit">May 22, <mark class="date" id="m5"' in html
    # the event band crosses the "Tokyo" mark: its text is still whole
    assert "".join(page.events["e0"]) == "met <script>alert(1)</script> Abe & co in To"
    event_title = ("EVENT: CONSULT (visit) · 2004-05-22 (day) · in Tokyo · actors: JPN, PRK · "
                   "people: Kim Jong Il, Shinzo Abe\ntrigger: met")
    assert f'id="e0" title="{event_title}"' in html


def test_crossing_mentions_stay_whole():
    text = "abcdefghij"
    mentions = [{"start": 1, "end": 5, "index": 0, "css": "date", "title": "A", "attrs": {}},
                {"start": 3, "end": 8, "index": 1, "css": "place", "title": "B", "attrs": {}}]
    events = [{"start": 0, "end": 4, "index": 0, "title": "E"}, {"start": 2, "end": 10, "index": 1, "title": "F"}]
    page = Page(f'<div class="text">{review.render_text(text, mentions, events)}</div>')
    assert page.text == text
    assert page.marks["m0"]["text"] == "bcde" and page.marks["m1"]["text"] == "defgh"
    assert "".join(page.events["e0"]) == "abcd" and "".join(page.events["e1"]) == "cdefghij"


def test_index_escapes_and_stale_pages_go(hand):
    raw, out = hand
    stale = out / "review" / "gone" / "v0.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("old", encoding="utf-8")
    pages = review.write_review_pages(out, raw)
    assert not stale.exists() and not stale.parent.exists()
    index = pages[-1].read_text(encoding="utf-8")
    assert "A &lt;b&gt;bold&lt;/b&gt; title" in index
    assert Page(index).links == ["timeline.html", "d/v1.html"]


def test_changed_raw_file_gets_no_page(hand):
    raw, out = hand
    (raw / "d" / "v1.txt").write_text(TEXT.replace("Kim", "Kin"), encoding="utf-8")
    pages = review.write_review_pages(out, raw)
    assert pages == [out / "review" / "timeline.html", out / "review" / "index.html"]
    assert "changed since the datasets were built" in pages[-1].read_text(encoding="utf-8")


def test_review_command(hand):
    raw, out = hand
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    review.add_parser(sub)
    args = parser.parse_args(["review", "--raw", str(raw), "--out", str(out)])
    assert review.run(args) == 0
    assert (out / "review" / "d" / "v1.html").is_file()
    args = parser.parse_args(["review", "--raw", str(raw), "--out", str(out / "nothing")])
    assert review.run(args) == 2


# --- a long version: the page shows the first part of the text and the first rows --------------

def _seed_tables(out: Path) -> tuple[dict, dict]:
    document = rows(out, "documents")[0]
    return document, {t: rows(out, t) for t in review.COUNTED}


def test_long_text_is_cut_with_a_note(seed_review, seed_text):
    _, out, pages = seed_review
    document, tables = _seed_tables(out)
    assert review.document_page(document, seed_text, tables) == pages[0].read_text(encoding="utf-8")
    html = review.document_page(document, seed_text, tables, text_limit=2_000, rows_limit=10)
    page = Page(html)
    shown = review.shown_length(seed_text, 2_000)
    assert 1_000 < shown <= 2_000 and seed_text[shown - 1] == "\n"  # cut at a line end
    assert page.text == seed_text[:shown]
    inside = [i for i, m in enumerate(tables["mentions"]) if m["end_char"] <= shown]
    assert sorted(page.marks) == sorted(f"m{i}" for i in inside)  # every mark of the shown text, no other
    left = len(tables["mentions"]) - len(inside)
    note = (f"Text truncated: the first {shown:,} of {len(seed_text):,} characters are shown; "
            f"{len(seed_text) - shown:,} characters with {left:,} of {len(tables['mentions']):,} mentions")
    assert note in html
    assert f"Mentions: the first 10 of {len(tables['mentions']):,} (truncated" in html
    assert html.count('<td class="num">') == 10 + min(10, len(tables["events"]))
    assert all(f'href="#m{i}"' not in html for i in range(10) if i not in inside)  # no link to a mark not shown


def test_a_five_megabyte_page_stays_small():
    """A 5 MB text with some 360,000 mentions: the page stays under 2 MB, not tens of MB."""
    line = "Kim met Abe in Tokyo on May 22, 2004, and they talked.\n"
    text = line * (5_000_000 // len(line))
    key = {"doc_id": "d", "version": "v1"}
    mentions = [{**key, "mention_id": f"m-{i}-{j}", "label": "ORG", "text": word,
                 "start_char": i * len(line) + line.index(word), "end_char": i * len(line) + line.index(word) + len(word),
                 "sentence_index": i, "entity_id": None}
                for i in range(len(text) // len(line)) for j, word in enumerate(("Kim", "Abe", "Tokyo", "talked"))]
    tables = {"mentions": mentions, "dates": [], "people": [], "places": [], "events": []}
    document = {**key, "title": "Long", "source": "d/v1.txt", "published": None}
    html = review.document_page(document, text, tables)
    assert len(html.encode("utf-8")) < 2_000_000
    assert "Text truncated" in html and f"the first {review.ROWS_LIMIT:,} of {len(mentions):,}" in html
