"""How often a withheld figure would have been right: per check, per set kind, per pair.

```bash
python -m assistant.cli --home /tmp/lib eval eval/data/filings_metrics_unseen24.jsonl --out OUT/filings_metrics_unseen24
python -m bench.withheld OUT/*/            # report dirs or report.json files
python -m bench.withheld OUT/*/ --gate     # and the gate's threshold, leave-one-pair-out
```

A refusal that found a figure and withheld it keeps the figure beside the answer (`Answer.withheld`,
never shown); the eval scores it against the gold as if it had been stated (`withheld_verdict` of
report rows; a question whose gold is a refusal counts any figure wrong). Per check (`withheld_check`,
with the refusal's own words, figures blanked, as `bench.refusal_causes` names them) this prints
withheld-right / withheld-wrong per set kind, and then leave-one-pair-out: dropping the check is
decided on the other pairs (rights gained minus twice the wrongs added above zero) and scored on the
held-out pair. A withheld figure is what the check saw: without the check a later one might still
refuse it, so the gains are an upper bound.

`--gate` sweeps `gate_threshold`: an answer whose trace the gate read is stated at threshold t when
its confidence is at least t, its verdict the row's own when it was stated and the withheld one when
the gate withheld it; the threshold is chosen on the other pairs and scored on each held-out pair.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.refusal_causes import cause

_PAIR = re.compile(r"_unseen(\d+)$")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")  # a row label or words quoted by a refusal: what it names
_CONFIDENCE = re.compile(r"\(confidence (\d\.\d+)\)")
WRONG_COST = 2.0  # a new wrong answer costs twice what a new right answer gains (issue 12: <=5% wrong)

Row = dict[str, Any]


def load(paths: Iterable[Path]) -> list[Row]:
    """Every row of the reports, tagged with its set's kind ("metrics"/"prose") and pair number."""
    rows: list[Row] = []
    for p in paths:
        f = p / "report.json" if p.is_dir() else p
        report = json.loads(f.read_text())
        name = str(report.get("dataset") or f.parent.name)
        stem = Path(name).stem if name.endswith(".jsonl") else Path(name).name
        m = _PAIR.search(stem) or _PAIR.search(f.parent.name)
        pair = m.group(1) if m else f.parent.name
        kind = "metrics" if "metrics" in f.parent.name or "metrics" in stem else "prose"
        for r in report["rows"]:
            rows.append({**r, "_pair": pair, "_kind": kind})
    return rows


def check_name(row: Row) -> str:
    """The check and its refusal's words: one line per distinct check."""
    words = _QUOTED.sub("X", str(row.get("withheld_reason") or row.get("got") or ""))
    return f"{row.get('withheld_check')}: {cause(words)[:60]}"


def per_check(rows: list[Row]) -> dict[str, dict[str, dict[str, list[int]]]]:
    """check -> kind -> pair -> [withheld right, withheld wrong]."""
    out: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: [0, 0])))
    for r in rows:
        verdict = r.get("withheld_verdict")
        if not r.get("refused") or verdict not in ("right", "wrong"):
            continue
        out[check_name(r)][r["_kind"]][r["_pair"]][verdict != "right"] += 1
    return out


def leave_one_pair_out(pairs: dict[str, list[int]]) -> tuple[float, int]:
    """Net gain (rights - 2 x wrongs) on held-out pairs of dropping the check where the other pairs
    say to, and how many held-out pairs dropped it."""
    total, dropped = 0.0, 0
    for held, (r, w) in pairs.items():
        rest_r = sum(v[0] for p, v in pairs.items() if p != held)
        rest_w = sum(v[1] for p, v in pairs.items() if p != held)
        if rest_r - WRONG_COST * rest_w > 0:
            total += r - WRONG_COST * w
            dropped += 1
    return total, dropped


def print_checks(rows: list[Row]) -> None:
    table = per_check(rows)
    print(f"{'check':74} {'kind':7} {'right':>5} {'wrong':>5} {'pairs':>5}  LOPO net/dropped  per pair r/w")
    order = sorted(table, key=lambda c: -sum(sum(sum(v) for v in k.values()) for k in table[c].values()))
    for check in order:
        for kind, pairs in sorted(table[check].items()):
            r = sum(v[0] for v in pairs.values())
            w = sum(v[1] for v in pairs.values())
            net, dropped = leave_one_pair_out(pairs)
            per = " ".join(f"{p}:{v[0]}/{v[1]}" for p, v in sorted(pairs.items()))
            print(f"{check:74} {kind:7} {r:5d} {w:5d} {len(pairs):5d}  {net:+6.0f}/{dropped:<3d} {per}")


def confidence(row: Row) -> float | None:
    """The gate's confidence for a row it read: the withheld refusal prints it; a stated figure's
    trace gives it."""
    if row.get("withheld_check") == "gate":
        m = _CONFIDENCE.search(str(row.get("withheld_reason") or ""))
        return float(m.group(1)) if m else None
    trace = row.get("trace") or {}
    if row.get("refused") or not trace or trace.get("computed"):
        return None
    from assistant.core.answer.gate import confidence as gate_confidence

    return gate_confidence(trace)


def gate_points(rows: list[Row]) -> list[tuple[str, str, float, bool]]:
    """(kind, pair, confidence, right if stated) of every row the gate read and could state."""
    out = []
    for r in rows:
        p = confidence(r)
        if p is None:
            continue
        if r.get("withheld_check") == "gate":
            verdict = r.get("withheld_verdict")
        else:
            verdict = r.get("verdict")
        if verdict in ("right", "wrong"):
            out.append((r["_kind"], r["_pair"], p, verdict == "right"))
    return out


def _net(points: list[tuple[str, str, float, bool]], t: float, base: float) -> float:
    """Rights minus twice the wrongs that threshold t adds against threshold `base`."""
    net = 0.0
    for _, _, p, right in points:
        stated, was = p >= t, p >= base
        if stated != was:
            sign = 1 if stated else -1
            net += sign * (1.0 if right else -WRONG_COST)
    return net


def print_gate(rows: list[Row], base: float, grid: list[float]) -> None:
    points = gate_points(rows)
    for kind in ("metrics", "prose", "all"):
        pts = [x for x in points if kind == "all" or x[0] == kind]
        print(f"\ngate ({kind}, {len(pts)} figures read): threshold -> stated right/wrong, net vs {base}")
        for t in grid:
            right = sum(p >= t and ok for _, _, p, ok in pts)
            wrong = sum(p >= t and not ok for _, _, p, ok in pts)
            print(f"  {t:.2f}  {right:5d} {wrong:5d}  {_net(pts, t, base):+6.0f}")
        pairs = sorted({x[1] for x in pts})
        total, chosen = 0.0, []
        for held in pairs:
            train = [x for x in pts if x[1] != held]
            best = max(grid, key=lambda t: (_net(train, t, base), -abs(t - base)))
            chosen.append(f"{held}:{best:.2f}")
            total += _net([x for x in pts if x[1] == held], best, base)
        print(f"  leave-one-pair-out: net {total:+.0f} on held-out pairs; chosen {' '.join(chosen)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", nargs="+", type=Path, help="eval report dirs or report.json files")
    parser.add_argument("--gate", action="store_true", help="sweep the gate's threshold too")
    parser.add_argument("--threshold", type=float, default=0.75, help="the shipped gate_threshold")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each withheld-right row's id")
    args = parser.parse_args(argv)
    rows = load(args.reports)
    print_checks(rows)
    if args.verbose:
        for r in rows:
            if r.get("refused") and r.get("withheld_verdict") == "right":
                print(f"  right withheld  {r['id']:40} {check_name(r)[:60]} {r.get('withheld_figure')}")
    if args.gate:
        print_gate(rows, args.threshold, [round(0.40 + 0.05 * i, 2) for i in range(11)])


if __name__ == "__main__":
    main()
