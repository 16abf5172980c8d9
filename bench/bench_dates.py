"""Benchmark for the dates stage (issue 3): speed and gold accuracy against dateparser.

Synthesises a corpus of news-style documents from templates with random dates, places and
people (a fixed --seed makes it repeatable; fresh values defeat caches), then times
``pipeline.dates.extract_dates`` on all of them and ``dateparser.search.search_dates`` on a
subset (it is two to three orders of magnitude slower), and scores both on
tests/data/dates_gold.jsonl.

    .venv/bin/python bench/bench_dates.py --docs 1000
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.dates import extract_dates  # noqa: E402
from pipeline.parse import parse_text  # noqa: E402

GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"
PLACES = ["Seoul", "Tokyo", "Pyongyang", "Beijing", "Hanoi", "Singapore", "Stockholm", "Shenyang",
          "Vladivostok", "Panmunjom", "Kuala Lumpur", "Ulaanbaatar", "Geneva", "New York"]
PEOPLE = ["Kim Jong Un", "Moon Jae-in", "Yoon Suk Yeol", "Fumio Kishida", "Shinzo Abe", "Ri Su-Yong",
          "Kim Yo Jong", "Choe Son Hui", "Park Jin", "Antony Blinken"]
AGENCIES = ["Reuters", "AP", "Yonhap", "KCNA", "Kyodo", "AFP"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    "{person} met officials in {place} on {md}.",
    "North Korea fired a ballistic missile on {weekday}, {agency} reported.",
    "The talks were held in {place} on {mdy}.",
    "Delegations met in {place} from {m} {d1} to {d2}, {y}.",
    "The consultations on {m} {d1}-{d2}, {y} ended without agreement.",
    "In {my}, {person} visited {place}.",
    "In {y}, North Korea conducted {n} launches.",
    "The missile flew about {n}50 kilometers before falling into the sea.",
    "{person} said last week that talks in {place} would resume later this month.",
    "Tensions have risen since the {decade} and the early {decade2}.",
    "Officials said earlier this month that {n} Japanese citizens remain missing.",
    "The agreement expired at the end of {y}, three years after it was signed.",
    "Exports fell in the {ord} quarter of {y} and again in Q{q} {y2}.",
    "{person} is expected to travel to {place} next {weekday}.",
    "Two days later, {person} returned to {place} for {n} hours of talks.",
    "Between {y} and {y2}, the two sides held {n} rounds of talks.",
    "The summit took place in {place} in the spring of {y}.",
    "The remains of soldiers who died around {old} have not been returned.",
    "North Korea may launch another satellite in {month}, officials said.",
    "A {y} survey found support for dialogue at {n}0 percent.",
    "The same month, {person} met envoys in {place} on {abbr} {d1} and {abbr2} {d2}.",
    "Yesterday, the ministry said it had lodged a protest through {place}.",
]


def _fill(template: str, rng: random.Random, published: date) -> str:
    y = rng.randint(1995, published.year)
    d1 = rng.randint(1, 26)
    return template.format(
        person=rng.choice(PEOPLE), place=rng.choice(PLACES), agency=rng.choice(AGENCIES),
        weekday=rng.choice(WEEKDAYS), md=f"{rng.choice(ABBR)} {rng.randint(1, 28)}",
        mdy=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {y}", m=rng.choice(MONTHS), d1=d1,
        d2=d1 + rng.randint(1, 2), y=y, y2=y + rng.randint(1, 3), my=f"{rng.choice(MONTHS)} {y}",
        n=rng.randint(2, 19), decade=f"{rng.choice(range(1950, 2000, 10))}s",
        decade2=f"{rng.choice(range(1960, 2020, 10))}s", ord=rng.choice(["first", "second", "third", "fourth"]),
        q=rng.randint(1, 4), old=rng.randint(1930, 1953), month=rng.choice(MONTHS),
        abbr=rng.choice(ABBR), abbr2=rng.choice(ABBR))


def synthesise(count: int, seed: int) -> list[tuple[str, date]]:
    """count documents: a title, a dateline paragraph, more paragraphs, sometimes a numbered list."""
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        published = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
        lines = [f"{rng.choice(PEOPLE)} visits {rng.choice(PLACES)} amid missile tensions"]
        dateline = f"{rng.choice(PLACES).upper()}, {ABBR[published.month - 1]} {published.day} ({rng.choice(AGENCIES)}) - "
        for p in range(rng.randint(2, 5)):
            body = " ".join(_fill(rng.choice(TEMPLATES), rng, published) for _ in range(rng.randint(2, 4)))
            lines.append(dateline + body if p == 0 else body)
        if rng.random() < 0.3:
            lines.append("Recent Developments")
            for k in range(1, rng.randint(2, 5)):
                lines.append(f"- ({k}) {_fill('{mdy}: Meeting (in {place})', rng, published)}")
                lines.append(f"- {_fill(rng.choice(TEMPLATES), rng, published)}")
        docs.append(("\n".join(lines) + "\n", published))
    return docs


def _search_dates(text: str, published: date | None):
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return search_dates(text, languages=["en"], settings=settings) or []


def _best(run, repeat: int) -> tuple[float, int]:
    """Fastest of repeat runs (the machine may be shared) and what the run returned."""
    times, result = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def time_ours(docs, repeat: int) -> tuple[float, float, int]:
    """(seconds for extract_dates alone, seconds for parse + extract, dates found)."""
    parsed = [parse_text(text, published=published) for text, published in docs]
    alone, found = _best(lambda: sum(len(extract_dates(doc)) for doc in parsed), repeat)
    with_parse, _ = _best(lambda: [extract_dates(parse_text(t, published=p)) for t, p in docs], repeat)
    return alone, with_parse, found


def time_dateparser(docs, repeat: int) -> tuple[float, int]:
    _search_dates("warm up on March 3, 2014", None)  # imports and language data load
    return _best(lambda: sum(len(_search_dates(text, published)) for text, published in docs), repeat)


def _dp_right(g: dict, found: datetime) -> bool:
    """Fairest reading of one datetime: the day for day precision, the month or year for
    those, otherwise inside the gold interval."""
    start, end = date.fromisoformat(g["value_start"]), date.fromisoformat(g["value_end"])
    if g["precision"] == "day":
        return found.date() == start
    if g["precision"] == "month":
        return (found.year, found.month) == (start.year, start.month)
    if g["precision"] == "year":
        return found.year == start.year
    return start <= found.date() <= end


def gold_accuracy() -> dict[str, tuple[float, float, int]]:
    """Per gold set: (our value accuracy, search_dates value accuracy, rows)."""
    scores: dict[str, list[int]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        published = date.fromisoformat(doc["published"]) if doc["published"] else None
        ours = {(m.start_char, m.end_char): m
                for m in extract_dates(parse_text(doc["text"], published=published))}
        theirs = _search_dates(doc["text"], published)
        tally = scores.setdefault(doc["set"], [0, 0, 0])
        for g in doc["mentions"]:
            m = ours.get((g["start"], g["end"]))
            tally[0] += m is not None and (str(m.value_start), str(m.value_end), m.precision) == (
                g["value_start"], g["value_end"], g["precision"])
            tally[1] += any(s == g["text"] and _dp_right(g, dt) for s, dt in theirs)
            tally[2] += 1
    return {k: (a / n, b / n, n) for k, (a, b, n) in scores.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents to synthesise (default 1000)")
    parser.add_argument("--dateparser-docs", type=int, default=100,
                        help="how many of them to time search_dates on (default 100; it is slow)")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per tool; the fastest counts")
    args = parser.parse_args(argv)

    docs = synthesise(args.docs, args.seed)
    chars = sum(len(t) for t, _ in docs)
    print(f"corpus: {len(docs)} documents, {chars / 1e6:.2f} M characters")
    alone, with_parse, ours = time_ours(docs, args.repeat)
    print(f"pipeline.dates: {ours} dates; extract_dates {ours / alone:,.0f} dates/s "
          f"({len(docs) / alone:,.0f} docs/s); parse+extract {ours / with_parse:,.0f} dates/s "
          f"({len(docs) / with_parse:,.0f} docs/s)")
    subset = docs[: args.dateparser_docs]
    dp_time, dp_found = time_dateparser(subset, args.repeat)
    dp_rate = dp_found / dp_time if dp_time else float("nan")
    print(f"dateparser.search_dates on {len(subset)} documents: {dp_found} dates; {dp_rate:,.1f} dates/s "
          f"({len(subset) / dp_time:,.2f} docs/s)")
    print(f"speed ratio (extract_dates / search_dates): dates/s x{(ours / alone) / dp_rate:,.0f}, "
          f"docs/s x{(len(docs) / alone) / (len(subset) / dp_time):,.0f}")
    for name, (mine, theirs, n) in sorted(gold_accuracy().items()):
        print(f"gold {name} ({n} rows) value accuracy: pipeline.dates {mine:.3f}, search_dates {theirs:.3f}")


if __name__ == "__main__":
    main()
