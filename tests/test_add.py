"""`pipeline add`: saved web pages, PDFs and URLs become raw versions the build reads like
hand-made .txt files. Pages are served from a local HTTP server on 127.0.0.1 (no internet).

The fixture page tests/data/add/relations.html wraps a chronology in the style of the seed
document in navigation, a cookie banner, a sidebar, a footer and scripts;
tests/data/add/relations.txt is the same chronology written by hand as the seed is, which is
what `add` must produce from the page and from the PDF made below."""
from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pdfmaker import make_pdf, page

from pipeline import __version__
from pipeline.errors import SourceError
from pipeline.ingest.pdf import drop_repeated_edges, reflow
from pipeline.ingest.write import plan_version

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "add"
PAGE = (DATA / "relations.html").read_bytes()
EXPECTED = (DATA / "relations.txt").read_text(encoding="utf-8")
TITLE = "Japan-North Korea Relations (Overview)"
CANONICAL = "https://www.mofa.example/region/asia-paci/n_korea/relation.html"
# Words of the page's navigation, banner, sidebar, footer and scripts: none may reach the text.
NOISE = ["Skip to main content", "Press Releases", "Countries & Regions", "cookies", "Related Links",
         "Diplomatic Bluebook", "Privacy Policy", "Terms of Use", "Sitemap", "Copyright", "gtag",
         "dataLayer", "trackEvent", "Search"]
PDF_HEADER = "Ministry of Foreign Affairs of Japan - Press Release"
# A fourth item, as the page gains it in its next version.
NEW_ITEM = (b'<li>(4) July 1, 2014: Japan-North Korea Government-level Consultations (in Beijing)\n'
            b'<ul><li>North Korea explained the details of the Special Investigation Committee.</li></ul></li>\n</ol>')


# --- a local web server ----------------------------------------------------------------

class Site:
    """A web server on 127.0.0.1 serving `routes` (path -> (status, content type, body));
    `/slow` answers after 2 seconds. Records the User-Agent of each request."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.user_agents: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.user_agents.append(self.headers.get("User-Agent", ""))
                if self.path == "/slow":
                    time.sleep(2)
                status, content_type, body = site.routes.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (the timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def serve(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.routes[path] = (status, content_type, body)
        return self.url + path


@pytest.fixture
def site():
    served = Site()
    thread = threading.Thread(target=served.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        served.server.shutdown()
        served.server.server_close()
        thread.join(timeout=10)


def run_cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)


def add(source: str, *args, cwd: Path) -> subprocess.CompletedProcess:
    (cwd / "raw").mkdir(exist_ok=True)
    return run_cli("add", source, *args, cwd=cwd)


def files(raw: Path) -> list[str]:
    return sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file())


# --- the PDF fixture: relations.txt set as a two-page statement ------------------------

def wrap(text: str, width: int = 70) -> list[str]:
    """Lines of at most `width` characters; a long word that does not fit is hyphenated."""
    lines, line = [], ""
    for word in text.split():
        room = width - len(line) - 1
        if line and len(word) > room:
            if len(word) >= 9 and "-" not in word and room >= 5:
                line, word = f"{line} {word[:room - 1]}-", word[room - 1:]
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def relations_pdf() -> bytes:
    """EXPECTED as a PDF: wrapped and hyphenated paragraphs, a header and a numbered footer on
    both pages, and title and creation date in the document information."""
    paragraphs = EXPECTED.splitlines()
    split = paragraphs.index("Recent Developments")
    pages = []
    for number, chunk in enumerate((paragraphs[:split], paragraphs[split:]), start=1):
        lines = []
        for paragraph in chunk:  # 8 points more before each paragraph than between its lines
            lines += [(0 if i else 8, text) for i, text in enumerate(wrap(paragraph))]
        pages.append(page(700, lines, header=PDF_HEADER, footer=f"Page {number} of 2"))
    return make_pdf(pages, info={"Title": TITLE, "CreationDate": "D:20220401120000+09'00'"})


def test_the_pdf_fixture_has_hyphenated_line_ends():
    lines = [line for paragraph in EXPECTED.splitlines() for line in wrap(paragraph)]
    hyphenated = [line for line in lines if line[-2:-1].isalpha() and line.endswith("-")]
    assert len(hyphenated) >= 3, "the fixture should exercise the joining of hyphenated words"


# --- adding pages, PDFs and URLs -------------------------------------------------------

def test_a_page_from_a_url_becomes_a_version_with_its_metadata_and_original(tmp_path, site):
    url = site.serve("/relation.html", PAGE)
    before = date.today().isoformat()
    result = add(url, "--doc", "rel", "--version", "2022-04-02", cwd=tmp_path)
    after = date.today().isoformat()
    assert result.returncode == 0, result.stderr
    raw = tmp_path / "raw"
    assert files(raw) == ["rel/2022-04-02.meta.json", "rel/2022-04-02.orig.html", "rel/2022-04-02.txt"]
    text = (raw / "rel" / "2022-04-02.txt").read_text(encoding="utf-8")
    assert text == EXPECTED
    assert [word for word in NOISE if word in text] == []
    assert "- (2) March 30-31, 2014: Japan-North Korea Government-level Consultations (in Beijing)\n" in text
    assert "\n- Japan lodged a strong protest against North Korea concerning the launch of ballistic missiles.\n" in text
    meta = json.loads((raw / "rel" / "2022-04-02.meta.json").read_text(encoding="utf-8"))
    assert meta["title"] == TITLE and meta["source_url"] == url and meta["published"] == "2022-04-01"
    assert meta["retrieved"] in {before, after}
    assert (raw / "rel" / "2022-04-02.orig.html").read_bytes() == PAGE
    assert result.stderr.splitlines() == [
        "added raw/rel/2022-04-02.txt (1,739 characters), with 2022-04-02.meta.json and 2022-04-02.orig.html beside it"]
    assert site.user_agents == [f"diplo-pipeline/{__version__} (+README: python -m pipeline add)"]


def test_a_saved_page_is_named_by_today_and_keeps_its_canonical_address(tmp_path):
    before = date.today().isoformat()
    result = add(str(DATA / "relations.html"), "--doc", "rel", cwd=tmp_path)
    after = date.today().isoformat()
    assert result.returncode == 0, result.stderr
    (version,) = {p.name.split(".")[0] for p in (tmp_path / "raw" / "rel").iterdir()}
    assert version in {before, after}
    meta = json.loads((tmp_path / "raw" / "rel" / f"{version}.meta.json").read_text(encoding="utf-8"))
    assert meta == {"title": TITLE, "source_url": CANONICAL, "published": "2022-04-01", "retrieved": version}


def test_a_pdf_loses_its_headers_footers_and_line_end_hyphens(tmp_path, site):
    pdf = relations_pdf()
    url = site.serve("/statement.pdf", pdf, "application/pdf")
    result = add(url, "--doc", "statement", "--version", "2022-04-01", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "raw" / "statement"
    assert (folder / "2022-04-01.txt").read_text(encoding="utf-8") == EXPECTED
    assert (folder / "2022-04-01.orig.pdf").read_bytes() == pdf
    meta = json.loads((folder / "2022-04-01.meta.json").read_text(encoding="utf-8"))
    assert (meta["title"], meta["published"], meta["source_url"]) == (TITLE, "2022-04-01", url)


def test_items_of_a_numbered_list_carry_their_number():
    from pipeline.ingest.html import html_to_text

    page_html = ("<html><head><title>Chronology</title></head><body><main><h1>Chronology</h1>"
                 "<p>The talks between Japan and North Korea went on through the summer of 2014, "
                 "in several rounds held in third countries, as the list below records.</p>"
                 '<ol start="4"><li>July 1, 2014: Consultations (in Beijing)<ul>'
                 "<li>Japan and North Korea discussed the Special Investigation Committee.</li></ul></li>"
                 "<li>(9) July 4, 2014: Japan lifted part of its measures</li>"
                 "<li>October 28-29, 2014: Consultations (in Pyongyang)</li></ol></main></body></html>")
    assert html_to_text(page_html.encode(), "page.html").text.splitlines()[2:] == [
        "- (4) July 1, 2014: Consultations (in Beijing)",
        "- Japan and North Korea discussed the Special Investigation Committee.",
        "- (9) July 4, 2014: Japan lifted part of its measures",
        "- (6) October 28-29, 2014: Consultations (in Pyongyang)"]


def test_pdf_line_joining():
    assert reflow(["Talks between Japan-", "North Korea and the consul-", "tations went on.",
                   "- (2) March 3, 2014: Meeting", "(in Beijing)", "3. A numbered point", "- a bullet"]) == [
        "Talks between Japan-North Korea and the consultations went on.",
        "- (2) March 3, 2014: Meeting (in Beijing)", "3. A numbered point", "- a bullet"]


def test_only_edges_repeated_on_every_page_are_dropped():
    pages = [[["Press Release"], ["Talks"], ["Body one"], ["Page 1 of 3"]],
             [["Press Release"], ["Body two"], ["Talks"], ["Page 2 of 3"]],
             [["Press Release"], ["Body three"], ["Page 3 of 3"]]]
    assert drop_repeated_edges(pages) == [[["Talks"], ["Body one"]], [["Body two"], ["Talks"]], [["Body three"]]]
    # one page: nothing is known to repeat
    assert drop_repeated_edges(pages[:1]) == pages[:1]


# --- versions --------------------------------------------------------------------------

def test_version_names(tmp_path):
    doc = tmp_path / "doc"
    doc.mkdir()
    day = date(2026, 12, 1)
    assert plan_version(doc, "A\n", None, day).version == "2026-12-01"
    (doc / "2026-12-01.txt").write_text("A\n", encoding="utf-8")
    assert (plan_version(doc, "A\n", None, day).version, plan_version(doc, "A\n", None, day).unchanged) == (
        "2026-12-01", True)
    assert plan_version(doc, "B\n", None, day).version == "2026-12-01-2"
    (doc / "2026-12-01-2.txt").write_text("B\n", encoding="utf-8")
    assert plan_version(doc, "A\n", None, day).version == "2026-12-01-3"  # A again after B is a change
    assert plan_version(doc, "C\n", "v9", day).version == "v9"
    assert plan_version(doc, "A\n", "2026-12-01", day).unchanged
    with pytest.raises(SourceError, match="exists with other text"):
        plan_version(doc, "C\n", "2026-12-01", day)
    for n in range(3, 10):
        (doc / f"2026-12-01-{n}.txt").write_text(f"{n}\n", encoding="utf-8")
    with pytest.raises(SourceError, match="--version"):
        plan_version(doc, "D\n", None, day)


def test_same_page_twice_is_one_version_and_a_changed_page_a_second_shown_by_diff(tmp_path, site):
    url = site.serve("/relation.html", PAGE)
    today = date.today().isoformat()
    assert add(url, "--doc", "rel", cwd=tmp_path).returncode == 0
    again = add(url, "--doc", "rel", cwd=tmp_path)
    assert again.returncode == 0
    assert again.stderr.splitlines() == [
        f"unchanged since raw/rel/{today}.txt: the text is identical, so no new version was written"]
    assert files(tmp_path / "raw") == [f"rel/{today}.meta.json", f"rel/{today}.orig.html", f"rel/{today}.txt"]

    site.serve("/relation.html", PAGE.replace(b"</ol>", NEW_ITEM))
    changed = add(url, "--doc", "rel", cwd=tmp_path)
    assert changed.returncode == 0, changed.stderr
    assert sorted(p.name for p in (tmp_path / "raw" / "rel").glob("*.txt")) == [f"{today}-2.txt", f"{today}.txt"]

    diff = run_cli("diff", "rel", "--format", "json", "--raw", "raw", "--out", "out", cwd=tmp_path)
    assert diff.returncode == 0, diff.stderr
    report = json.loads(diff.stdout)
    assert (report["from"], report["to"]) == (today, f"{today}-2")
    added = report["tables"]["events"]["added"]
    assert [(e["event_type"], e["date_start"], e["place_name"]) for e in added] == [
        ("CONSULT", "2014-07-01", "Beijing")]
    assert report["tables"]["events"]["removed"] == []


# --- the build reads added versions as it reads .txt files -----------------------------

def _events(rows: list[dict], doc_id: str) -> list[tuple]:
    return sorted((r["event_type"], r["date_start"], r["date_end"], r["place_name"], tuple(r["actors_iso3"]))
                  for r in rows if r["doc_id"] == doc_id)


def test_added_page_and_pdf_build_to_the_events_of_the_equivalent_txt(tmp_path, site):
    page_url = site.serve("/relation.html", PAGE)
    pdf_url = site.serve("/statement.pdf", relations_pdf(), "application/octet-stream")
    for url, doc in ((page_url, "page"), (pdf_url, "pdf")):
        result = add(url, "--doc", doc, "--version", "2022-04-05", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    (tmp_path / "raw" / "txt").mkdir()
    (tmp_path / "raw" / "txt" / "2022-04-05.txt").write_text(EXPECTED, encoding="utf-8")
    build = run_cli("build", "--raw", "raw", "--out", "out", "--jobs", "1", "--quiet", cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    assert build.stderr == ""  # the .orig.html and .orig.pdf files are no layout error

    documents = {d["doc_id"]: d for d in pq.read_table(tmp_path / "out" / "parquet" / "documents.parquet").to_pylist()}
    for doc, url in (("page", page_url), ("pdf", pdf_url)):
        assert (documents[doc]["title"], documents[doc]["source_url"]) == (TITLE, url)
        assert documents[doc]["published"].isoformat() == "2022-04-01"
    assert (documents["txt"]["title"], documents["txt"]["source_url"], documents["txt"]["published"]) == (
        TITLE, None, None)

    events = pq.read_table(tmp_path / "out" / "parquet" / "events.parquet").to_pylist()
    expected = _events(events, "txt")
    consults = [(e[1].isoformat(), e[2].isoformat(), e[3]) for e in expected if e[0] == "CONSULT"]
    assert consults == [("2014-03-03", "2014-03-03", "Shenyang"), ("2014-03-30", "2014-03-31", "Beijing"),
                        ("2014-05-26", "2014-05-28", "Stockholm")]
    assert _events(events, "page") == expected
    assert _events(events, "pdf") == expected


# --- bad sources: one line, nothing written --------------------------------------------

NO_MAIN_TEXT = (PAGE.split(b"<main")[0] + b'<main id="main"><div id="app"></div>'
                b"<noscript>Please enable JavaScript.</noscript></main>" + PAGE.split(b"</main>")[1])


def _encrypted_pdf() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(relations_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# (how to serve it: path, body, content type, status) or a source of its own, args, words of the line
BAD_SOURCES = [
    ("refused", None, [], "could not fetch it"),
    ("timeout", ("/slow", PAGE, "text/html", 200), ["--timeout", "0.5"], "could not fetch it (timed out)"),
    ("404", ("/gone.html", b"<h1>gone</h1>", "text/html", 404), [], "the server answered HTTP 404 Not Found"),
    ("image", ("/logo.png", b"\x89PNG\r\n\x1a\n", "image/png", 200), [], "the server sent image/png, not an HTML page or a PDF"),
    ("no main text", ("/app.html", NO_MAIN_TEXT, "text/html", 200), [], "no main text found"),
    ("encrypted", ("/locked.pdf", _encrypted_pdf(), "application/pdf", 200), [], "encrypted and needs a password"),
    ("image-only", ("/scan.pdf", make_pdf(image_only=True), "application/pdf", 200), [], "no text layer"),
    ("not a pdf", ("/fake.pdf", b"<html>moved</html>", "application/pdf", 200), [], "not a PDF"),
]


@pytest.mark.parametrize("case, served, args, words", BAD_SOURCES, ids=[c[0] for c in BAD_SOURCES])
def test_bad_sources_give_one_line_and_write_nothing(tmp_path, site, case, served, args, words):
    if served is None:
        source = f"http://127.0.0.1:{_closed_port()}/relation.html"
    else:
        path, body, content_type, status = served
        source = site.serve(path, body, content_type, status)
    result = add(source, "--doc", "rel", *args, cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {source}: ") and words in line
    assert files(tmp_path / "raw") == []


@pytest.mark.parametrize("source, words", [
    ("notes.txt", "not an .html, .htm or .pdf file"),
    ("missing.html", "no such file"),
    ("ftp://example.org/page.html", "only http:// and https://"),
])
def test_bad_local_sources(tmp_path, source, words):
    (tmp_path / "notes.txt").write_text(EXPECTED, encoding="utf-8")
    result = add(source, "--doc", "rel", cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {source}: ") and words in line
    assert files(tmp_path / "raw") == []


def test_an_existing_version_with_other_text_is_not_overwritten(tmp_path):
    folder = tmp_path / "raw" / "rel"
    folder.mkdir(parents=True)
    (folder / "v1.txt").write_text("Other text\n", encoding="utf-8")
    result = add(str(DATA / "relations.html"), "--doc", "rel", "--version", "v1", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: raw/rel/v1.txt: this version exists with other text; "
        "raw versions are never overwritten: choose another --version"]
    assert files(tmp_path / "raw") == ["rel/v1.txt"]


def test_a_version_that_sorts_before_the_newest_is_added_with_a_warning(tmp_path):
    folder = tmp_path / "raw" / "rel"
    folder.mkdir(parents=True)
    (folder / "v1.txt").write_text("Other text\n", encoding="utf-8")
    result = add(str(DATA / "relations.html"), "--doc", "rel", "--version", "2022-04-01", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.splitlines()[1:] == [
        "warning: 2022-04-01 sorts before v1; versions are compared in name order"]
    assert (folder / "2022-04-01.txt").read_text(encoding="utf-8") == EXPECTED


def test_a_missing_raw_folder_is_not_created(tmp_path):
    result = run_cli("add", str(DATA / "relations.html"), "--doc", "rel", "--raw", "nowhere", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: nowhere: the raw folder does not exist; create it, or give the right one with --raw"]
    assert list(tmp_path.iterdir()) == []
