"""Why the extractive answerer said "No passage found is close enough to the question to quote":
for each such refusal of eval reports, the top unit (its support, its figure, whether that figure
was the expected one), the unit holding the expected figure (its support, how far under the
threshold, which question words it missed and where a reader finds them), counted by reason.

```bash
python -m bench.close_enough --home /tmp/lib /tmp/u8/report.json [more reports ...] [-v] [--json F]
python -m bench.close_enough --home /tmp/lib --sweep /tmp/u8/report.json ...   # re-fit min_support
python -m bench.close_enough --home /tmp/lib --census /tmp/u1*/report.json     # kind asked x where the figure was
```

`--sweep` asks the reports' answered questions (right and wrong) again and records the quoted
unit's support: how many right and wrong answers each `min_support` would keep, beside how many
"close enough" refusals' top unit would pass it and whether its figure is the expected one.

The questions are asked again on the library (`--home`, the one the reports were made on); the
answerer's scorer is captured when it refuses. Reasons a missed word is counted under: "header"
(in the row's table headers), "heading" (in the heading or title line above the unit in its
passage), "title" (in the document's title), "passage" (elsewhere in the passage), "synonym" (only
a synonym matches: level 0.6), "nowhere" (not in the passage at all).
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.answer import extractive, scoring
from assistant.core.answer.text import heading_before
from assistant.core.answer.unit_choice import Unit
from assistant.core.answer.units import FIT, word_stems
from assistant.core.numbers import Quantity, numbers_match, parse_quantities, parse_quantity
from assistant.core.query import parse_question

logger = logging.getLogger(__name__)

CLOSE = "close enough to the question"
# The same refusal where the closest row was found but its cell unread (`scoring.UNREAD_CELL`).
UNREAD = "which of its cells is the figure asked for"


def _refused_here(text: str) -> bool:
    return CLOSE in text or UNREAD in text


@dataclass
class Case:
    """One "close enough" refusal, read again."""

    id: str
    question: str
    expected: str
    top_support: float | None = None
    top_text: str = ""
    top_right: bool = False  # the top unit's figure is the expected one
    ev_support: float | None = None  # the best unit holding the expected figure
    ev_text: str = ""
    ev_scored: bool = False  # it was a scored candidate (shares a word with the question)
    missed: dict[str, str] = field(default_factory=dict)  # question word -> where a reader finds it
    weights: dict[str, float] = field(default_factory=dict)
    unused: float = 0.0  # share of the question's weight on words no retrieved passage has
    want: str = ""  # the kind of answer the question asks for (`query.parse_question`)


def _capture() -> list[tuple[Any, Any, float]]:
    """Wrap `Scorer.run` so that every scorer and its result are kept."""
    seen: list[tuple[Any, Any, float]] = []
    original = scoring.Scorer.run

    def run(self: Any, min_support: float) -> Any:
        result = original(self, min_support)
        seen.append((self, result, min_support))
        return result

    scoring.Scorer.run = run  # type: ignore[method-assign]
    return seen


def _holds(found: str | Quantity, expected: str) -> bool:
    want = parse_quantity(expected)
    got = parse_quantities(found) if isinstance(found, str) else [found]
    return want is not None and any(numbers_match(want, x, rel_tol=0.006, scale_agnostic=True) for x in got)


def _where(scorer: Any, u: Unit, term: str) -> str:
    hit = scorer.hits[u.hit]
    if scorer.match(term, u.stems) >= 0.6:
        return "synonym"
    if u.row and scorer.match(term, word_stems(u.header)) >= 0.9:
        return "header"
    if scorer.match(term, word_stems(heading_before(hit.text, u.start))) >= 0.9:
        return "heading"
    if scorer.match(term, word_stems(hit.title)) >= 0.9:
        return "title"
    if scorer.match(term, word_stems(hit.text)) >= 0.9:
        return "passage"
    return "nowhere"


def diagnose(scorer: Any, min_support: float, case: Case) -> None:
    """Fill `case` from the scorer that refused."""
    units: list[Unit] = [u for hi in range(scorer.n) for u in scorer._hit_units(hi)]
    case.weights = {t: round(w / scorer.total, 3) for t, w in scorer.weights.items()}
    case.unused = round(sum(w for t, w in scorer.weights.items()
                            if not any(lv[t] > 0 for lv in scorer.in_hit)) / scorer.total, 3)
    ranked = [u for u in units if u.figure is not None] if scorer.q.want in FIT else units
    if ranked:  # as `Scorer.run` ranks them (without the embedder)
        top = max(ranked, key=lambda u: u.score)
        case.top_support = round(top.support, 3)
        case.top_text = " ".join(scorer.hits[top.hit].text[top.start:top.end].split())[:160]
        case.top_right = top.figure is not None and _holds(top.figure, case.expected)
    holding = [u for u in units if u.figure is not None and _holds(u.figure, case.expected)]
    if not holding:  # not a candidate: any sentence or row that states it, unscored
        for hi, hit in enumerate(scorer.hits):
            for pos, (a, b, row, hdr) in enumerate(extractive.split_units(hit.text)):
                if _holds(hit.text[a:b], case.expected):
                    stems = word_stems(hit.text[a:b]) | (word_stems(hdr) if row else set())
                    u = Unit(hi, pos, a, b, row, hdr, stems)
                    own = [scorer.match(t, stems) for t in scorer.weights]
                    u.support = scorer._support(u, hi, own, stems, hit.text[a:b])
                    holding.append(u)
    else:
        case.ev_scored = True
    if not holding:
        return
    ev = max(holding, key=lambda u: u.support)
    case.ev_support = round(ev.support, 3)
    case.ev_text = " ".join(scorer.hits[ev.hit].text[ev.start:ev.end].split())[:160]
    for t in scorer.weights:
        if scorer.match(t, ev.stems) < 0.9:
            case.missed[t] = _where(scorer, ev, t)


def cases(reports: list[Path], home: Path) -> list[Case]:
    from assistant import Library, Settings, ask

    seen = _capture()
    lib = Library(Settings(home=home))
    out: list[Case] = []
    for path in reports:
        rows = json.loads(path.read_text())["rows"]
        for r in rows:
            if r.get("reason") != "false refusal" or not _refused_here(str(r.get("got") or "")):
                continue
            seen.clear()
            ask(r["question"], library=lib)
            case = Case(r["id"], r["question"], str(r.get("expected_figure") or r.get("expected") or ""),
                        want=parse_question(r["question"], []).want)
            refused = [(s, m) for s, res, m in seen if res.refusal and _refused_here(res.refusal)]
            if refused:
                diagnose(refused[-1][0], refused[-1][1], case)
            out.append(case)
    return out


def where_found(c: Case) -> str:
    """Where the expected figure was among the units the refusing scorer read."""
    if c.ev_support is None:
        return "in no unit read (a figure to compute, or its passage unread)"
    if c.top_right:
        return "the top unit's (the floor alone refused)"
    if c.ev_scored:
        return "a candidate ranked below another figure"
    return "stated but no candidate (its period, cell or figure unread)"


def census(found: list[Case]) -> list[tuple[str, str, int, int]]:
    """(kind asked, where the figure was, refusals, writers) by count: a writer is a question id's
    first part ("u14m" of "u14m-pfe21-..."), so a cause is seen to recur across question sets."""
    groups: dict[tuple[str, str], list[str]] = {}
    for c in found:
        groups.setdefault((c.want, where_found(c)), []).append(c.id.split("-")[0])
    rows = [(want, where, len(ids), len(set(ids))) for (want, where), ids in groups.items()]
    return sorted(rows, key=lambda r: (-r[2], r[0], r[1]))


def answered(reports: list[Path], home: Path) -> list[tuple[str, str, float]]:
    """(id, verdict, support of the quoted unit) of each extractive answer quoting a unit."""
    from assistant import Library, Settings, ask

    seen = _capture()
    lib = Library(Settings(home=home))
    out: list[tuple[str, str, float]] = []
    for path in reports:
        for r in json.loads(path.read_text())["rows"]:
            if r.get("refused") or r.get("verdict") not in ("right", "wrong"):
                continue
            seen.clear()
            answer = ask(r["question"], library=lib)
            quoted = [res.units[0] for _, res, _ in seen if res.refusal is None and res.units]
            if quoted and answer.citations and not answer.refused:
                out.append((r["id"], r["verdict"], round(quoted[-1].support, 3)))
    return out


def sweep(rows: list[tuple[str, str, float]], refused: list[Case]) -> None:
    """For each threshold: answers kept (right, wrong) and refusals turned (right, not right)."""
    print("min_support  kept_right  kept_wrong  lost_right  lost_wrong  turned_right  turned_other")
    for t in (0.2, 0.22, 0.25, 0.27, 0.3, 0.33, 0.35, 0.4, 0.45):
        kr = sum(v == "right" and s >= t for _, v, s in rows)
        kw = sum(v == "wrong" and s >= t for _, v, s in rows)
        lr = sum(v == "right" and s < t for _, v, s in rows)
        lw = sum(v == "wrong" and s < t for _, v, s in rows)
        tr = sum(c.top_support is not None and c.top_support >= t and c.top_right for c in refused)
        to = sum(c.top_support is not None and c.top_support >= t and not c.top_right for c in refused)
        print(f"{t:11.2f}  {kr:10d}  {kw:10d}  {lr:10d}  {lw:10d}  {tr:12d}  {to:12d}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", nargs="+", type=Path, help="eval report.json files")
    parser.add_argument("--home", type=Path, required=True, help="the library the reports were made on")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    parser.add_argument("--json", type=Path, help="write the cases to this file")
    parser.add_argument("--sweep", action="store_true", help="also sweep min_support over the answered rows")
    parser.add_argument("--census", action="store_true",
                        help="count the refusals by the kind asked and where the expected figure was")
    args = parser.parse_args(argv)
    found = cases(args.reports, args.home)
    if args.sweep:
        rows = answered(args.reports, args.home)
        for rid, verdict, support in rows if args.verbose else []:
            print(f"answered {rid}: {verdict} support={support}")
        sweep(rows, found)
    reasons: Counter[str] = Counter()
    gaps: list[float] = []
    for c in found:
        if args.verbose:
            print(f"{c.id}: top {c.top_support} right={c.top_right} | evidence {c.ev_support} "
                  f"scored={c.ev_scored} unused={c.unused} missed={c.missed}\n  Q: {c.question[:160]}\n  E: {c.expected[:60]}"
                  f"\n  top: {c.top_text}\n  ev:  {c.ev_text}")
        if c.ev_support is None:
            reasons["expected figure in no unit (derived or not retrieved)"] += 1
            continue
        gaps.append(c.ev_support)
        reasons["top unit's figure is right" if c.top_right else "top unit's figure is not"] += 1
        if c.unused >= 0.2:
            reasons["a fifth or more of the question's weight is on words no passage has"] += 1
        for where in set(c.missed.values()):
            reasons[f"evidence unit misses a word found in: {where}"] += 1
    print(f"{len(found)} 'close enough' refusals")
    for k, v in reasons.most_common():
        print(f"{v:4d}  {k}")
    if args.census:
        print("refusals  writers  asked    where the expected figure was")
        for want, where, n, writers in census(found):
            print(f"{n:8d}  {writers:7d}  {want:7s}  {where}")
    if gaps:
        gaps.sort()
        print("evidence unit support: " + " ".join(f"{g:.2f}" for g in gaps))
    if args.json:
        args.json.write_text(json.dumps([c.__dict__ for c in found], indent=1))


if __name__ == "__main__":
    main()
