"""Generate a benchmark corpus in the raw layout: ``OUT/<doc_id>/<version>.txt`` (+ ``.meta.json``).

Three shapes, mixed: chronologies with numbered items and bullets (like the seed at
raw/japan-north-korea-relations/), background prose, and news stories with a ``published``
date in the sidecar (some with a second, edited version). Dates, places, people, numbers and
sentence order are drawn at random, so no two documents share a text and caches cannot cheat.

Deterministic given the seed: document i depends only on (seed, i), so the corpus of 1,000
documents is the first 1,000 of the corpus of 4,000.

    python bench/gen_corpus.py N [--out bench/corpus/N] [--seed 7]
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    # name, adjective, capital, other cities, demonym plural
    ("Japan", "Japanese", "Tokyo", ["Osaka", "Nagoya", "Sapporo", "Fukuoka"]),
    ("North Korea", "North Korean", "Pyongyang", ["Wonsan", "Sinuiju", "Hamhung"]),
    ("South Korea", "South Korean", "Seoul", ["Busan", "Incheon", "Daegu"]),
    ("China", "Chinese", "Beijing", ["Shanghai", "Shenyang", "Dalian", "Guangzhou"]),
    ("Russia", "Russian", "Moscow", ["Vladivostok", "Saint Petersburg", "Khabarovsk"]),
    ("the United States", "American", "Washington", ["New York", "Honolulu", "San Francisco"]),
    ("Mongolia", "Mongolian", "Ulaanbaatar", ["Darkhan", "Erdenet"]),
    ("Vietnam", "Vietnamese", "Hanoi", ["Ho Chi Minh City", "Da Nang"]),
    ("Sweden", "Swedish", "Stockholm", ["Gothenburg", "Malmo"]),
    ("Malaysia", "Malaysian", "Kuala Lumpur", ["Penang", "Johor Bahru"]),
    ("Singapore", "Singaporean", "Singapore", []),
    ("Indonesia", "Indonesian", "Jakarta", ["Bali", "Surabaya"]),
    ("the Philippines", "Philippine", "Manila", ["Cebu", "Davao"]),
    ("India", "Indian", "New Delhi", ["Mumbai", "Bengaluru"]),
    ("Australia", "Australian", "Canberra", ["Sydney", "Melbourne"]),
    ("France", "French", "Paris", ["Lyon", "Marseille"]),
    ("Germany", "German", "Berlin", ["Munich", "Hamburg"]),
    ("the United Kingdom", "British", "London", ["Edinburgh", "Manchester"]),
    ("Switzerland", "Swiss", "Bern", ["Geneva", "Zurich"]),
    ("Thailand", "Thai", "Bangkok", ["Chiang Mai"]),
]
FIRST = ["Fumio", "Taro", "Yoshimasa", "Shinzo", "Yoko", "Kenji", "Hiroshi", "Akiko", "Ri", "Kim", "Choe",
         "Pak", "Moon", "Yoon", "Park", "Chung", "Wang", "Li", "Zhang", "Sergey", "Dmitry", "Antony",
         "Hillary", "John", "Maria", "Elena", "Anna", "Olaf", "Emmanuel", "Catherine", "Penny", "Vivian",
         "Retno", "Subrahmanyam", "Anders", "Ann", "Saifuddin", "Pham", "Enrique", "Don"]
LAST = ["Kishida", "Kono", "Hayashi", "Abe", "Kamikawa", "Motegi", "Su-Yong", "Yong-nam", "Son-hui",
        "Jae-in", "Suk-yeol", "Jin", "Eui-yong", "Yi", "Lavrov", "Blinken", "Clinton", "Kerry", "Wong",
        "Balakrishnan", "Marsudi", "Jaishankar", "Linde", "Scholz", "Macron", "Colonna", "Nguyen",
        "Manalo", "Locsin", "Abdullah", "Sugiyama", "Funakoshi", "Akiba", "Tanaka", "Suzuki", "Sato"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Vice Foreign Minister", "Ambassador",
          "Minister of Foreign Affairs", "Chief Cabinet Secretary", "Defense Minister",
          "Special Envoy", "Director-General", "Deputy Foreign Minister"]
MEETINGS = ["Government-level Consultations", "Summit Meeting", "Foreign Ministers' Meeting",
            "Red Cross Meeting", "Working-level Talks", "Strategic Dialogue", "Trilateral Meeting",
            "Vice-Ministerial Talks", "Six-Party Talks", "Meeting between Diplomatic Authorities",
            "Consultations on Security", "Bilateral Summit", "Telephone Talks"]
TOPICS = ["the abductions issue", "nuclear and missile issues", "the remains of nationals who died abroad",
          "economic sanctions", "humanitarian assistance", "fisheries cooperation", "maritime security",
          "the denuclearization of the Korean Peninsula", "trade and investment", "energy cooperation",
          "the repatriation of detained citizens", "visa procedures", "cultural exchange", "climate policy",
          "the settlement of the unfortunate past", "regional stability", "supply chains"]
VERBS_PAST = ["held talks on", "exchanged views regarding", "discussed", "agreed to continue consultations on",
              "reaffirmed their commitment to", "expressed concern about", "confirmed close coordination on",
              "signed a memorandum on", "launched a joint study of", "reviewed progress on"]
ACTIONS = ["lodged a strong protest against", "expressed its regret towards", "welcomed",
           "strongly urged", "called on", "condemned", "praised", "requested an explanation from"]
INCIDENTS = ["launched a ballistic missile", "fired two short-range missiles", "conducted a nuclear test",
             "test-fired a cruise missile", "announced new sanctions", "detained a fishing vessel",
             "released three detained citizens", "closed its embassy", "reopened a border crossing",
             "held large-scale military exercises", "seized a cargo ship"]
AGENCIES = ["Reuters", "AP", "AFP", "Kyodo", "Yonhap", "NHK"]
WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def lower_first(sentence: str) -> str:
    """'The talks ...' -> 'the talks ...', leaving names ('Japan and ...') alone."""
    word = sentence.split(" ", 1)[0]
    return sentence[0].lower() + sentence[1:] if word in ("The", "Both", "About") else sentence


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def country(self):
        return self.r.choice(COUNTRIES)

    def pair(self):
        a, b = self.r.sample(COUNTRIES, 2)
        return a, b

    def city(self, country=None):
        c = country or self.country()
        return self.r.choice([c[2], *c[3]]) if c[3] and self.r.random() < 0.5 else c[2]

    def person(self, country=None):
        c = country or self.country()
        name = f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"
        title = self.r.choice(TITLES)
        return title, name, c

    def day(self, lo=1995, hi=2024) -> date:
        start = date(lo, 1, 1).toordinal()
        return date.fromordinal(self.r.randint(start, date(hi, 12, 31).toordinal()))

    def fmt_date(self, d: date) -> str:
        style = self.r.random()
        if style < 0.55:
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if style < 0.75:
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if style < 0.9:
            return f"{MONTHS[d.month - 1]} {d.year}"
        return f"{MONTH_ABBR[d.month - 1]} {d.day}, {d.year}"

    def fmt_range(self, d: date) -> str:
        span = self.r.choice([0, 0, 0, 1, 1, 2])
        if span == 0:
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        end = d + timedelta(days=span)
        if end.month == d.month:
            return f"{MONTHS[d.month - 1]} {d.day}-{end.day}, {d.year}"
        return f"{MONTHS[d.month - 1]} {d.day}-{MONTHS[end.month - 1]} {end.day}, {d.year}"

    def number(self) -> str:
        n = self.r.choice([self.r.randint(2, 12), self.r.randint(13, 999), self.r.randint(1000, 90000)])
        if n < 10 and self.r.random() < 0.5:
            return ["two", "three", "four", "five", "six", "seven", "eight", "nine"][n - 2]
        return f"{n:,}"

    def sentence(self, a, b, when: date | None = None) -> str:
        r = self.r
        kind = r.randrange(7)
        when_text = ""
        if when and r.random() < 0.6:
            when_text = self.fmt_date(when)
            when_text = f" {'on' if any(ch.isdigit() for ch in when_text[:-4]) else 'in'} {when_text}"
        if kind == 0:
            t, n, c = self.person(a)
            t2, n2, c2 = self.person(b)
            return (f"{t} {n} of {c[0]} held a meeting with {t2} {n2} in {self.city(r.choice([a, b]))}"
                    f"{when_text}, with the primary purpose of discussing {r.choice(TOPICS)}.")
        if kind == 1:
            return (f"{a[0][0].upper() + a[0][1:]} and {b[0]} {r.choice(VERBS_PAST)} {r.choice(TOPICS)}"
                    f"{when_text}.")
        if kind == 2:
            return (f"{b[0][0].upper() + b[0][1:]} {r.choice(INCIDENTS)}{when_text}, and {a[0]} "
                    f"{r.choice(ACTIONS)} the {b[1]} government.")
        if kind == 3:
            return (f"The {a[1]} side explained that {self.number()} officials would travel to "
                    f"{self.city(b)} to conduct investigations over {r.choice(TOPICS)}.")
        if kind == 4:
            t, n, c = self.person(a)
            return (f"{t} {n} conveyed {c[0]}'s basic position on {r.choice(TOPICS)} and urged "
                    f"{b[0]} to respond at the earliest possible date.")
        if kind == 5:
            return (f"About {self.number()} people attended the ceremony in {self.city(a)}, which was "
                    f"hosted by {' '.join(self.person(a)[:2])}.")
        return (f"Both sides decided to continue consultations and to meet again in {self.city(b)} "
                f"{r.choice(['next month', 'later this year', 'in the spring', 'within weeks'])}.")

    def paragraph(self, a, b, n_sent, around: date) -> str:
        sents = [self.sentence(a, b, around + timedelta(days=self.r.randint(-400, 400)) if self.r.random() < 0.5
                               else None) for _ in range(n_sent)]
        self.r.shuffle(sents)
        return " ".join(sents)


def chronology(g: Gen, idx: int) -> tuple[str, list[tuple[str, str, dict | None]]]:
    a, b = g.pair()
    slug = f"{a[1]}-{b[1]}".lower().replace(" ", "-")
    title = f"{a[0].replace('the ', '').title()}-{b[0].replace('the ', '').title()} Relations"
    lines = [title, f"{title} (Overview)", f"{a[0].replace('the ', '').title()}'s basic policy on {b[0].replace('the ', '')}"]
    base = g.day(1998, 2018)
    lines.append(g.paragraph(a, b, g.r.randint(2, 4), base))
    for heading in g.r.sample(["Abductions issue", "Security Issues", "Economic Relations",
                               "Humanitarian Assistance", "Consular Matters", "Background"], g.r.randint(1, 3)):
        lines.append(heading)
        for _ in range(g.r.randint(1, 2)):
            lines.append(g.paragraph(a, b, g.r.randint(2, 5), base))
    lines.append("Recent Developments")
    day = base
    for n in range(1, g.r.randint(6, 16) + 1):
        day = day + timedelta(days=g.r.randint(5, 200))
        where = f" (in {g.city(g.r.choice([a, b, g.country()]))})" if g.r.random() < 0.75 else ""
        what = g.r.choice(MEETINGS)
        sep = ":" if g.r.random() < 0.2 else ": "
        if g.r.random() < 0.15:
            t, name, c = g.person(b)
            head = f"Meeting with the {t} of {c[0].replace('the ', '')} {name}"
        else:
            head = f"{a[0].replace('the ', '').title()}-{b[0].replace('the ', '').title()} {what}"
        lines.append(f"- ({n}) {g.fmt_range(day)}{sep}{head}{where}")
        for _ in range(g.r.randint(1, 3)):
            lines.append("- " + " ".join(g.sentence(a, b, day if g.r.random() < 0.2 else None)
                                         for _ in range(g.r.randint(1, 2))))
    version = (day + timedelta(days=g.r.randint(10, 90))).isoformat()
    doc_id = f"chron-{idx:06d}-{slug}"
    meta = {"title": f"{title} (Overview)"} if g.r.random() < 0.5 else None
    return doc_id, [(version, "\n".join(lines) + "\n", meta)]


def prose(g: Gen, idx: int):
    a, b = g.pair()
    base = g.day()
    decade = (base.year // 10 - 1) * 10
    lines = [f"{a[1]} policy toward {b[0].replace('the ', '')}: an overview"]
    lines.append(f"During the {decade}s and {decade + 10}s, relations between {a[0]} and {b[0]} went "
                 f"through several phases. In {MONTHS[base.month - 1]} {base.year}, {lower_first(g.sentence(a, b))}")
    for _ in range(g.r.randint(3, 8)):
        if g.r.random() < 0.3:
            lines.append(g.r.choice(["Background", "Current situation", "Outlook", "Key dates", "Assessment"]))
        lines.append(g.paragraph(a, b, g.r.randint(2, 6), base))
    version = (base + timedelta(days=g.r.randint(30, 900))).isoformat()
    return f"prose-{idx:06d}-{a[1].lower().replace(' ', '-')}", [(version, "\n".join(lines) + "\n", None)]


def news(g: Gen, idx: int):
    a, b = g.pair()
    published = g.day(2005, 2024)
    agency = g.r.choice(AGENCIES)
    dateline_city = g.city(a).upper()
    weekday = WEEKDAYS[(published - timedelta(days=g.r.randint(0, 3))).weekday()]
    incident = g.r.choice(INCIDENTS)
    head = f"{b[0].replace('the ', '').title()} {incident.split(' ', 1)[0]} {incident.split(' ', 1)[1]}"
    t, name, c = g.person(a)
    body = [head,
            f"{dateline_city}, {MONTH_ABBR[published.month - 1]} {published.day} ({agency}) - "
            f"{b[0][0].upper() + b[0][1:]} {incident} on {weekday}, {a[1]} officials said. {t} {name} "
            f"called the move {g.r.choice(['an outrage', 'deeply regrettable', 'a serious provocation', 'a step forward'])}."]
    for _ in range(g.r.randint(2, 6)):
        extra = g.r.choice([
            f"Last week, {lower_first(g.sentence(a, b))}",
            f"It was the {g.r.choice(['second', 'third', 'fifth', 'tenth'])} such launch this year, "
            f"according to {a[0]}'s defense ministry.",
            g.paragraph(a, b, g.r.randint(1, 3), published),
            f"{' '.join(g.person(b)[:2])} said on {g.r.choice(WEEKDAYS)} that talks could resume "
            f"{g.r.choice(['next month', 'by the end of the year', 'in two weeks', 'after the election'])}.",
        ])
        body.append(extra)
    doc_id = f"news-{idx:06d}-{b[1].lower().replace(' ', '-')}"
    meta = {"title": head, "published": published.isoformat(),
            "source_url": f"https://example.org/{agency.lower()}/{idx}"}
    versions = [(published.isoformat(), "\n".join(body) + "\n", meta)]
    if g.r.random() < 0.2:  # an updated version of the story the next day
        later = published + timedelta(days=1)
        updated = body + [g.paragraph(a, b, 2, later)]
        versions.append((later.isoformat(), "\n".join(updated) + "\n", {**meta, "published": later.isoformat()}))
    return doc_id, versions


def document(seed: int, idx: int):
    """The doc_id and versions [(version, text, meta or None)] of document idx."""
    g = Gen(random.Random(f"{seed}:{idx}"))
    roll = g.r.random()
    make = chronology if roll < 0.4 else prose if roll < 0.6 else news
    return make(g, idx)


def generate(n: int, out: Path, seed: int = 7) -> dict:
    """Write documents 0..n-1 under out (replacing it); return counts."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    versions = chars = words = 0
    for idx in range(n):
        doc_id, vs = document(seed, idx)
        folder = out / doc_id
        folder.mkdir(parents=True)
        for version, text, meta in vs:
            (folder / f"{version}.txt").write_text(text, encoding="utf-8")
            if meta:
                (folder / f"{version}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
            versions += 1
            chars += len(text)
            words += len(text.split())
    info = {"documents": n, "versions": versions, "chars": chars, "words": words, "seed": seed}
    (out / ".corpus.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    return info


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("--out", type=Path, help="folder (default: bench/corpus/N)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    out = args.out or Path(__file__).resolve().parent / "corpus" / str(args.n)
    info = generate(args.n, out, args.seed)
    print(f"{out}: {info['documents']} documents, {info['versions']} versions, "
          f"{info['words']:,} words, {info['chars']:,} characters")


if __name__ == "__main__":
    main()
