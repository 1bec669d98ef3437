"""Fit the calibrated abstention gate (`assistant.core.answer.gate`) on eval reports.

```bash
/work/s12/agg.sh . HOME TAG SET...            # eval reports whose rows carry the answer's trace
python -m bench.gate_fit OUT/*/report.json    # leave-one-set-out trade-off, then the full fit
python -m bench.gate_fit OUT/*/report.json --select stated --shipped --test-sets SET_A,SET_B
```

`--shipped` prints the shipped model's table on the same rows and `--test-sets` the table of one
fit on every other set, scored on the named sets (choose features without them, then look).
`--by-pair` leaves out a whole pair (the metrics and prose sets sharing a trailing number share
their writers) and prints, per threshold and held-out pair, the rights withheld and wrongs removed.
Session 17 refit on the 24 development sets then allowed and found no candidate that beat the
shipped constants on the sets they were not fitted on (see `answer.gate`).

Among answered rows whose answer carries gate signals (the extractive answerer's stated or
computed figures), a logistic regression (numpy only, L2, Newton steps) predicts right vs wrong
(a wrong figure or a missed refusal). Each set's rows are scored by a model fitted on the other
sets, so the trade-off table says what the gate does to a set it has not seen: for each
threshold, the rights it keeps and the wrongs it removes per set, and the wrong rate among all
answers (answers without signals, e.g. statement facts, are never gated). The last lines are the
full fit's constants, in the features' own units, to paste into the gate module.

Two models, one per path: by default the stated figures' (`answer.gate`; rows whose trace has no
"computed" flag); `--select computed` fits the statement facts' computed figures instead
(`answer.gate_computed`), every other row counting as never gated. For example
`python -m bench.gate_fit OUT/*/report.json --select computed --features inputs,label_fuzzy,in_hits`.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

FEATURES = ("support", "margin", "runner_differs", "row", "sim", "period_named", "unmatched_w", "rank", "derived")
# The computed path's default candidates (assistant.core.answer.gate_computed.signals).
COMPUTED_FEATURES = ("inputs", "adjacent", "label_fuzzy", "printed", "column_named", "off_primary", "differs_other",
                     "in_hits", "unsaid")
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass
class Row:
    set: str
    good: bool  # right (an expected refusal answered is wrong)
    x: dict[str, float]  # the answer's trace; empty when it carries none (never gated)


def load(paths: list[str], select: str | None = None) -> list[Row]:
    """Answered, scored rows of the reports; the set is the report's folder name. A row keeps its
    trace when it is of the model fitted: its trace has the key `select`, or (none) it has no
    "computed" flag (a computed figure's signals are the other model's)."""
    out = []
    for p in paths:
        name = Path(p).parent.name
        for r in json.loads(Path(p).read_text())["rows"]:
            if r["refused"] or r["verdict"] not in ("right", "wrong"):
                continue
            trace = dict(r.get("trace") or {})
            mine = bool(trace.get(select)) if select else not trace.get("computed")
            out.append(Row(name, r["verdict"] == "right" and r["type"] != "refusal", trace if mine else {}))
    return out


def matrix(rows: list[Row], features: tuple[str, ...]) -> np.ndarray:
    return np.array([[r.x.get(f, 0.0) for f in features] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[float, np.ndarray]:
    """Logistic regression on standardised inputs (so the penalty treats features alike), returned
    in the inputs' own units: (intercept, weights)."""
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], l2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        grad = z.T @ (p - y) + pen * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[1:] / sd
    return float(w[0] - (weights * mu).sum()), weights


def predict(b: float, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(b + x @ w)))


def pair_of(name: str) -> str:
    """The pair a set belongs to: its name's trailing number ("filings_metrics_unseen14" and
    "prose_questions_unseen14" are pair 14, written by the same two writers), else the name itself."""
    m = re.search(r"(\d+)$", name)
    return f"pair{m.group(1)}" if m else name


def held_out(rows: list[Row], features: tuple[str, ...], l2: float,
             folds: dict[str, np.ndarray] | None = None, by_pair: bool = False) -> np.ndarray:
    """Each traced row's chance of being right from a model fitted without its set (`by_pair`:
    without its pair, so a writer's metrics questions never vouch for the same writer's prose
    ones); NaN untraced. `folds`, when given, receives each left-out fold's weights
    (standardised: comparable across features)."""
    traced = np.array([bool(r.x) for r in rows])
    y = np.array([r.good for r in rows], dtype=float)
    x = matrix(rows, features)
    sets = np.array([pair_of(r.set) if by_pair else r.set for r in rows])
    p = np.full(len(rows), np.nan)
    sd = x[traced].std(axis=0) if traced.any() else np.ones(len(features))
    for s in sorted(set(sets)):
        train, test = traced & (sets != s), traced & (sets == s)
        if test.any():
            b, w = fit(x[train], y[train], l2)
            p[test] = predict(b, w, x[test])
            if folds is not None:
                folds[s] = w * sd
    return p


def shipped(rows: list[Row], select: str | None = None) -> np.ndarray:
    """Each traced row's chance from the model the product ships (`answer.gate`, or
    `answer.gate_computed` for `--select computed`); NaN untraced. A refit is worth shipping only
    if its leave-one-set-out curve beats this one on the sets the shipped model was not fitted on."""
    if select == "computed":
        from assistant.core.answer.gate_computed import confidence
    else:
        from assistant.core.answer.gate import confidence
    return np.array([(confidence(r.x) if r.x else None) for r in rows], dtype=float)


def fitted_elsewhere(rows: list[Row], features: tuple[str, ...], l2: float, test: set[str]) -> np.ndarray:
    """Chances for the rows of the `test` sets from one model fitted on every other set (NaN
    elsewhere): the check that a choice of features made without those sets carries to them."""
    traced = np.array([bool(r.x) for r in rows])
    mine = np.array([r.set in test for r in rows])
    y = np.array([r.good for r in rows], dtype=float)
    x = matrix(rows, features)
    p = np.full(len(rows), np.nan)
    b, w = fit(x[traced & ~mine], y[traced & ~mine], l2)
    p[traced & mine] = predict(b, w, x[traced & mine])
    return p


def stability(folds: dict[str, np.ndarray], features: tuple[str, ...]) -> list[str]:
    """Per feature: its standardised weight in each fold, their mean and spread, and whether its sign
    ever flips (an unstable feature: drop it)."""
    w = np.array(list(folds.values()))
    lines = ["per-fold standardised weights (folds: " + " ".join(folds) + "):"]
    for i, f in enumerate(features):
        col = w[:, i]
        flip = bool((col > 0).any() and (col < 0).any())
        lines.append(f"  {f:22s} mean {col.mean():+.3f}  sd {col.std():.3f}  min {col.min():+.3f}  max {col.max():+.3f}"
                     f"{'  SIGN FLIPS' if flip else ''}  [" + " ".join(f"{v:+.2f}" for v in col) + "]")
    return lines


def best_threshold(rows: list[Row], p: np.ndarray) -> tuple[float, list[str]]:
    """Session 13's stated criterion, on held-out chances: the threshold that maximises the rights
    kept minus twice the wrongs left among all answers (ties: the lower threshold)."""
    y = np.array([r.good for r in rows])
    lines, best, best_net = [], 0.0, -np.inf
    for t in THRESHOLDS:
        gated = ~np.isnan(p) & (np.nan_to_num(p, nan=1.0) < t)
        net = int((y & ~gated).sum()) - 2 * int((~y & ~gated).sum())
        lines.append(f"  t={t:.2f}  rights - 2*wrongs = {net}")
        if net > best_net:
            best, best_net = t, net
    return best, lines


def table(rows: list[Row], p: np.ndarray, by_set: bool) -> list[str]:
    """Per group and threshold: rights kept / rights, wrongs removed / wrongs, and the wrong rate
    among the answers left. Groups: all rows, each kind of set (the name's first word), each set."""
    y = np.array([r.good for r in rows])
    sets = np.array([r.set for r in rows])
    kinds = np.array([r.set.split("_")[0] for r in rows])
    groups = [("all", np.ones(len(rows), bool))] + [(k, kinds == k) for k in sorted(set(kinds))]
    if by_set:
        groups += [(s, sets == s) for s in sorted(set(sets))]
    lines = []
    for name, m in groups:
        lines.append(f"{name}:")
        for t in THRESHOLDS:
            gated = ~np.isnan(p) & (np.nan_to_num(p, nan=1.0) < t)
            right, wrong = (m & y).sum(), (m & ~y).sum()
            kept, removed = (m & y & ~gated).sum(), (m & ~y & gated).sum()
            left = wrong - removed
            lines.append(f"  t={t:.2f}  right {kept}/{right}  wrong removed {removed}/{wrong}  "
                         f"wrong among answers {left / max(1, kept + left):.1%}")
    return lines


def pair_table(rows: list[Row], p: np.ndarray) -> list[str]:
    """Per threshold, per held-out pair: rights withheld and wrongs removed ("-2/+5"), then the
    pairs where the gate removes more wrongs than rights, fewer, or as many (the transfer check:
    a threshold is worth shipping only if it helps on most pairs it was not fitted on)."""
    y = np.array([r.good for r in rows])
    pairs = np.array([pair_of(r.set) for r in rows])
    names = sorted(set(pairs), key=lambda n: (len(n), n))
    lines = ["per held-out pair, rights withheld / wrongs removed:  " + " ".join(f"{n[-6:]:>7s}" for n in names)]
    for t in THRESHOLDS[1:]:
        gated = ~np.isnan(p) & (np.nan_to_num(p, nan=1.0) < t)
        cells, better, worse = [], 0, 0
        for n in names:
            m = pairs == n
            lost, removed = int((m & y & gated).sum()), int((m & ~y & gated).sum())
            cells.append(f"-{lost}/+{removed}")
            better += removed > lost
            worse += removed < lost
        lines.append(f"  t={t:.2f}  -{int((y & gated).sum())}/+{int((~y & gated).sum())}  "
                     f"pairs better {better} worse {worse}:  " + " ".join(f"{c:>7s}" for c in cells))
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--features", default=None, help="comma-separated trace keys (default: the path's candidates)")
    ap.add_argument("--select", default=None, help='fit the rows whose trace has this key ("computed")')
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--by-set", action="store_true", help="one column per set")
    ap.add_argument("--by-pair", action="store_true",
                    help="leave one pair out (a set's trailing number) and print the per-pair table")
    ap.add_argument("--shipped", action="store_true", help="also the shipped model's table on the same rows")
    ap.add_argument("--test-sets", default="", help="comma-separated sets: also their table from one fit on the rest")
    args = ap.parse_args(argv)
    default = COMPUTED_FEATURES if args.select == "computed" else FEATURES
    features = tuple(f for f in args.features.split(",") if f) if args.features else default
    rows = load(args.reports, args.select)
    traced = [r for r in rows if r.x]
    print(f"{len(rows)} answered rows, {len(traced)} with signals "
          f"({sum(not r.good for r in traced)} wrong), {sum(not r.good for r in rows)} wrong in all")
    folds: dict[str, np.ndarray] = {}
    p = held_out(rows, features, args.l2, folds, args.by_pair)
    # A selected path's table counts its own rows only (the other rows are another model's).
    mine = np.array([bool(r.x) for r in rows]) if args.select else np.ones(len(rows), bool)
    print("leave-one-set-out:" + (f" ({args.select} rows only)" if args.select else ""))
    for line in table([r for r, m in zip(rows, mine, strict=True) if m], p[mine], args.by_set):
        print(line)
    if args.by_pair:
        print(*pair_table([r for r, m in zip(rows, mine, strict=True) if m], p[mine]), sep="\n")
    if args.shipped:
        print("shipped model:")
        for line in table([r for r, m in zip(rows, mine, strict=True) if m], shipped(rows, args.select)[mine], args.by_set):
            print(line)
        if args.by_pair:
            print(*pair_table([r for r, m in zip(rows, mine, strict=True) if m], shipped(rows, args.select)[mine]),
                  sep="\n")
    test = {s for s in args.test_sets.split(",") if s}
    if test:
        sub = np.array([r.set in test for r in rows]) & mine
        print("fitted on the other sets, scored on " + ",".join(sorted(test)) + ":")
        for line in table([r for r, m in zip(rows, sub, strict=True) if m],
                          fitted_elsewhere(rows, features, args.l2, test)[sub], args.by_set):
            print(line)
    for line in stability(folds, features):
        print(line)
    t, lines = best_threshold([r for r, m in zip(rows, mine, strict=True) if m], p[mine])
    print(*lines, sep="\n")
    print(f"threshold by rights - 2*wrongs (leave-one-set-out): {t:.2f}")
    y = np.array([r.good for r in traced], dtype=float)
    b, w = fit(matrix(traced, features), y, args.l2)
    print(f"INTERCEPT = {b:.4f}")
    print("COEFFICIENTS = {" + ", ".join(f'"{f}": {v:.4f}' for f, v in zip(features, w, strict=True)) + "}")
    good = matrix([r for r in traced if r.good], features).mean(axis=0)
    print("_TYPICAL = {" + ", ".join(f'"{f}": {v * m:.4f}' for f, v, m in zip(features, w, good, strict=True)) + "}")


if __name__ == "__main__":
    main()
