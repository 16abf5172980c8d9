"""Complexity gate for pipeline/ (``make lint``): fails when a function has a cyclomatic
complexity (radon) over MAX_COMPLEXITY or more than MAX_LINES lines, or a module has more than
MAX_MODULE_LINES lines.

A function may exceed the limits when it says why: a comment ``# complexity: <reason>`` on one
of its first lines (right after the ``def`` line or the docstring), or a docstring whose first
line contains ``complexity: <reason>``. A module may say so with ``# complexity: <reason>`` in
its first ten lines. ``tools/complexity_allow.txt`` lists temporary exceptions (``module:function``
or ``module`` for a module's size, then `` -- reason``), for code being reworked elsewhere; an
entry that no longer matches a violation is reported so the list only shrinks.

    python tools/complexity.py [--report] [paths...]
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

from radon.complexity import cc_visit_ast

ROOT = Path(__file__).resolve().parents[1]
ALLOW = Path(__file__).resolve().parent / "complexity_allow.txt"
MAX_COMPLEXITY = 15
MAX_LINES = 60
MAX_MODULE_LINES = 600
MARKER = "complexity:"


def _functions(blocks, prefix: str = ""):
    """(qualified name, radon block) for every function, method and closure."""
    for block in blocks:
        if hasattr(block, "methods"):  # a class: radon lists its methods beside it
            continue
        name = f"{prefix}{block.classname}.{block.name}" if block.is_method else f"{prefix}{block.name}"
        yield name, block
        yield from _functions(block.closures, f"{name}.")


def _justified(node: ast.AST, lines: list[str]) -> bool:
    doc = ast.get_docstring(node)
    if doc and MARKER in doc.splitlines()[0]:
        return True
    body_start = node.body[0].end_lineno if doc else node.lineno  # after the docstring, else the def
    first = node.body[1] if doc and len(node.body) > 1 else node.body[0]
    window = lines[node.lineno - 1 : max(first.lineno, body_start + 1)]
    return any(f"# {MARKER}" in line for line in window)


def module_name(path: Path) -> str:
    return path.resolve().relative_to(ROOT).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")


def violations(path: Path) -> list[tuple[str, str]]:
    """(key, message) for each limit path breaks without saying why; key is module[:function]."""
    shown = path.resolve().relative_to(ROOT)
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    module = module_name(path)
    nodes = {(n.lineno, n.name): n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    found = []
    if len(lines) > MAX_MODULE_LINES and not any(f"# {MARKER}" in line for line in lines[:10]):
        found.append((module, f"{shown}: {len(lines)} lines (limit {MAX_MODULE_LINES})"))
    for name, block in _functions(cc_visit_ast(tree)):
        node = nodes[(block.lineno, block.name)]
        length = node.end_lineno - node.lineno + 1
        if (block.complexity > MAX_COMPLEXITY or length > MAX_LINES) and not _justified(node, lines):
            found.append((f"{module}:{name}", f"{shown}:{node.lineno}: {name}: complexity {block.complexity}, "
                                              f"{length} lines (limits {MAX_COMPLEXITY}, {MAX_LINES})"))
    return found


def allowed() -> dict[str, str]:
    entries = {}
    for line in ALLOW.read_text(encoding="utf-8").splitlines() if ALLOW.exists() else []:
        line = line.split("#", 1)[0].strip()
        if line:
            key, _, reason = line.partition(" -- ")
            entries[key.strip()] = reason.strip()
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "pipeline"])
    parser.add_argument("--report", action="store_true", help="list every violation, allowed or not")
    args = parser.parse_args(argv)
    files = sorted(p for path in args.paths for p in ([path] if path.is_file() else path.rglob("*.py")))
    found = [v for path in files for v in violations(path)]
    allow = allowed()
    bad = [message for key, message in found if key not in allow or args.report]
    stale = sorted(set(allow) - {key for key, _ in found})
    for message in bad:
        print(message)
    for key in stale:
        print(f"{ALLOW.name}: {key} is within the limits now: remove it from the list")
    if bad or stale:
        print(f"complexity: {len(bad)} violation(s), {len(stale)} stale allowance(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
