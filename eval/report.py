"""The readable table printed by eval/score.py, from the figures of summary.json."""
from __future__ import annotations

from eval.metrics import AREAS


def _num(x) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def _row(label: str, area: str, pipe: dict, base: dict | None, counts: bool) -> str:
    cells = " ".join(_num(pipe.get(k)) for k in ("p", "r", "f1"))
    if base is not None:
        cells += "   " + " ".join(_num(base.get(k)) for k in ("p", "r", "f1"))
    if counts:
        cells += f"   {pipe['tp']}/{pipe['n_out']}/{pipe['n_gold']}"
    return f"{label:<18}{area:<8} {cells}"


def _share(name: str, s: dict | None) -> str:
    if s is None:
        return f"{name} n/a (no such output column)"
    if not s["n"]:
        return f"{name} n/a (no matched row with a gold value)"
    return f"{name} {s['share']:.3f} ({s['right']}/{s['n']})"


def table(summary: dict) -> str:
    """summary: {"split", "pipeline": figures, "baseline": figures or None} (metrics.summarise_by_kind)."""
    pipe, base = summary["pipeline"], summary.get("baseline")
    kinds = ", ".join(f"{k} {v['n_docs']}" for k, v in pipe["by_kind"].items())
    head = f"{'':<26} {'pipeline':<18}" + (f"   {'baseline':<18}" if base else "")
    lines = [f"split {summary['split']}: {pipe['n_docs']} documents ({kinds})", "",
             head, f"{'scope':<18}{'area':<8} {'P':>5} {'R':>5} {'F1':>5}" +
             (f"   {'P':>5} {'R':>5} {'F1':>5}" if base else "") + "   tp/out/gold"]
    scopes = [("all, micro", pipe["micro"], base and base["micro"], True),
              ("all, macro", pipe["macro"], base and base["macro"], False)]
    scopes += [(f"{k}, micro", v["micro"], base and base["by_kind"][k]["micro"], True) for k, v in pipe["by_kind"].items()]
    for label, p, b, counts in scopes:
        lines += [_row(label, a, p[a], b and b[a], counts) for a in AREAS] + [""]
    shares = pipe["shares"]
    lines.append("matched rows with the right value: " + "; ".join(_share(k, v) for k, v in shares.items()))
    by_type = pipe.get("events_by_type") or {}
    if by_type:
        lines.append("events per type (P R out/gold): " + "; ".join(
            f"{t} {_num(v['p']).strip()} {_num(v['r']).strip()} {v['n_out']}/{v['n_gold']}" for t, v in by_type.items()))
    return "\n".join(lines)
