"""How far the eval ruler agrees with expert graders.

    python -m bench.grading [--graded FILE] [--questions FILE] [--show-held-out]

FinanceBench ships model answers graded by experts (Correct / Incorrect / Refusal). Every
configuration's answers are scored by `footnote eval DATASET --answers FILE` (the same
code path, in process, no LLM judge) and set against the experts: agreement on the answers
we score, per configuration and per question type, the confusion matrix, the share not
scored, how many expert-correct answers we accept and how many expert-incorrect ones, and
(robustness) the agreement with each configuration left out in turn, and every verdict by
the rule that gave it (where a rule errs, as a class rather than one answer at a time).

The questions are split into two halves by the parity of sha1(financebench_id). Scoring
rules were developed looking at half A's disagreements only; half B is the held-out
check, and its disagreements and rule table are listed only with --show-held-out.

An estimate that needs no half B: answers to one question share its wording and gold, so
questions, not answers, are the units. Half A is re-scored with each question left out in
turn (range and jackknife standard error), each question weighing the same, how many
questions the expert-incorrect answers come from, and for every rule how many questions its
verdicts come from ("one question": a rule no second question has tested yet).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared"))
GRADED = SHARED / "financebench" / "graded_answers_dev.jsonl"
QUESTIONS = SHARED / "financebench" / "questions_dev.jsonl"

LABELS = {"Correct Answer": "correct", "Incorrect Answer": "incorrect", "Refusal": "refusal"}
EXPERT = ("correct", "incorrect", "refusal")
OURS = ("right", "wrong", "refused", "not_scored")
AGREES = {("right", "correct"), ("wrong", "incorrect"), ("refused", "refusal")}


@dataclass(frozen=True)
class Outcome:
    """One graded answer: the expert's label and our verdict on it."""

    qid: str
    config: str
    expert: str  # correct / incorrect / refusal
    ours: str  # right / wrong / refused / not_scored
    question_type: str  # FinanceBench's (metrics-generated, ...)
    eval_type: str  # ours (currency, percent, text ...)
    answer: str
    gold: str
    reading: str  # the figure we read and why

    @property
    def half(self) -> str:
        return half_of(self.qid)

    @property
    def scored(self) -> bool:
        return self.ours != "not_scored"

    @property
    def agrees(self) -> bool:
        return (self.ours, self.expert) in AGREES


def half_of(qid: str) -> str:
    """'A' (rules developed on it) or 'B' (held out), by the parity of sha1(id)."""
    return "AB"[int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2]


def load_graded(path: Path) -> list[dict[str, str]]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get("label") not in LABELS:
                raise ValueError(
                    f"{path}: unknown label {r.get('label')!r} (expected {list(LABELS)})"
                )
            rows.append(r)
    return rows


def score_graded(questions: Path, graded: Sequence[dict[str, str]]) -> list[Outcome]:
    """Score every configuration's answers through `run_eval(..., answers=FILE)`."""
    from eval.harness import run_eval

    by_config: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in graded:
        by_config[r["config"]].append(r)
    out: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="footnote-grading-") as tmp:
        for config, records in sorted(by_config.items()):
            path = Path(tmp) / f"{config}.jsonl"
            lines = [
                json.dumps({"id": r["financebench_id"], "answer": r["model_answer"]})
                for r in records
            ]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            report = run_eval(questions, answers=path, judge=False)
            rows = {row.id: row for row in report.rows}
            for r in records:
                row = rows[r["financebench_id"]]
                if row.verdict == "not_scored":
                    ours = "not_scored"
                elif row.refused:
                    ours = "refused"
                else:
                    ours = "right" if row.verdict == "right" else "wrong"
                reading = f"{row.got_figure or '-'}: {row.reason}"
                out.append(
                    Outcome(
                        qid=row.id, config=config, expert=LABELS[r["label"]], ours=ours,
                        question_type=row.tags[0] if row.tags else "?", eval_type=row.type,
                        answer=r["model_answer"], gold=row.expected, reading=reading,
                    )
                )  # fmt: skip
    return out


@dataclass
class Agreement:
    n: int
    scored: int
    agree: int
    accept_correct: float | None  # expert-correct answers we call right (of those we score)
    accept_incorrect: float | None  # expert-incorrect answers we call right (of those we score)
    refusals_seen: float | None  # expert refusals we call refused (of those we score)

    @property
    def agreement(self) -> float | None:
        return self.agree / self.scored if self.scored else None

    @property
    def not_scored(self) -> float | None:
        return (self.n - self.scored) / self.n if self.n else None


def _rate(rows: list[Outcome], expert: str, ours: str) -> float | None:
    pool = [o for o in rows if o.scored and o.expert == expert]
    return sum(o.ours == ours for o in pool) / len(pool) if pool else None


def agreement(outcomes: Iterable[Outcome]) -> Agreement:
    rows = list(outcomes)
    scored = [o for o in rows if o.scored]
    return Agreement(
        n=len(rows), scored=len(scored), agree=sum(o.agrees for o in scored),
        accept_correct=_rate(rows, "correct", "right"),
        accept_incorrect=_rate(rows, "incorrect", "right"),
        refusals_seen=_rate(rows, "refusal", "refused"),
    )  # fmt: skip


def leave_one_out(outcomes: Sequence[Outcome]) -> list[tuple[str, Agreement]]:
    """Agreement on every configuration's answers but one, for each configuration: no single
    model's writing style should carry the figures."""
    configs = sorted({o.config for o in outcomes})
    return [(c, agreement(o for o in outcomes if o.config != c)) for c in configs]


def _robustness(outcomes: Sequence[Outcome]) -> list[str]:
    whole = agreement(outcomes)
    rows = leave_one_out(outcomes)
    head = (
        f"{'left out':<40} {'n':>4} {'scored':>6} {'agree':>7} {'unscrd':>7} "
        f"{'acc+':>7} {'acc-':>7} {'Δagree':>7}"
    )
    out = ["", "-- robustness: each configuration left out in turn", head]
    for config, a in rows:
        delta = (
            "    n/a" if a.agreement is None or whole.agreement is None
            else f"{100 * (a.agreement - whole.agreement):+6.1f}p"
        )  # fmt: skip
        out.append(
            f"{config:<40} {a.n:>4} {a.scored:>6} {_pct(a.agreement):>7} {_pct(a.not_scored):>7} "
            f"{_pct(a.accept_correct):>7} {_pct(a.accept_incorrect):>7} {delta:>7}"
        )
    agrees = [a.agreement for _, a in rows if a.agreement is not None]
    if agrees:
        out.append(f"agreement with one configuration left out: {_pct(min(agrees)).strip()} to "
                   f"{_pct(max(agrees)).strip()} (all: {_pct(whole.agreement).strip()})")  # fmt: skip
    return out


def leave_one_question_out(outcomes: Sequence[Outcome]) -> list[tuple[str, Agreement]]:
    """Agreement with each question's answers left out in turn: answers to one question share
    its wording and gold, so a figure carried by one question says little about unseen ones."""
    qids = sorted({o.qid for o in outcomes})
    return [(q, agreement(o for o in outcomes if o.qid != q)) for q in qids]


def _jackknife_se(values: Sequence[float]) -> float:
    """The jackknife standard error from leave-one-out estimates."""
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return float(((n - 1) / n * sum((v - mean) ** 2 for v in values)) ** 0.5)


def _by_question(outcomes: Sequence[Outcome], which: str) -> list[str]:
    """Question-level robustness (figures only, no answers shown): the range with one
    question left out, the jackknife standard error over questions, the agreement with each
    question weighing the same, and how many questions the expert-incorrect answers come from
    (0 accepted of answers to 5 questions bounds little)."""
    rows = leave_one_question_out(outcomes)
    out = ["", f"-- robustness ({which}): each question left out in turn ({len(rows)} questions)"]
    for name, get in (("agreement", lambda a: a.agreement), ("acc+", lambda a: a.accept_correct),
                      ("acc-", lambda a: a.accept_incorrect), ("not scored", lambda a: a.not_scored)):  # fmt: skip
        vals = [v for _, a in rows if (v := get(a)) is not None]
        if vals:
            out.append(f"{name:<11} {_pct(min(vals))} to {_pct(max(vals))}, "
                       f"jackknife s.e. {100 * _jackknife_se(vals):4.1f}p")  # fmt: skip
    per_q = [a.agreement for a in (agreement(o for o in outcomes if o.qid == q)
             for q in sorted({o.qid for o in outcomes})) if a.agreement is not None]  # fmt: skip
    if per_q:
        out.append(f"agreement with each question weighing the same: {_pct(sum(per_q) / len(per_q)).strip()}"
                   f" ({sum(a < 0.9 for a in per_q)} of {len(per_q)} questions under 90%)")  # fmt: skip
    wrong = [o for o in outcomes if o.scored and o.expert == "incorrect"]
    k = len({o.qid for o in wrong})
    taken = {o.qid for o in wrong if o.ours == "right"}
    if k:
        out.append(
            f"expert-incorrect answers scored: {len(wrong)} from {k} questions; accepted: "
            f"{sum(o.ours == 'right' for o in wrong)} from {len(taken)} questions"
            + ("" if taken else f" (95% upper bound on questions with one accepted: {_pct(min(1.0, 3 / k)).strip()})")
        )  # fmt: skip
    return out


def rule_spread(outcomes: Iterable[Outcome]) -> list[tuple[str, str, int, int, float, int]]:
    """(ours, rule, verdicts, questions, share of the verdicts from its busiest question,
    configurations) for every rule: a rule whose verdicts come from one question (or one
    model's answers) is a fit until other questions show it holds."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    configs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for o in outcomes:
        if o.scored:
            cells[o.ours, rule_of(o)][o.qid] += 1
            configs[o.ours, rule_of(o)].add(o.config)
    return [
        (ours, rule, sum(c.values()), len(c), max(c.values()) / sum(c.values()), len(configs[ours, rule]))
        for (ours, rule), c in sorted(cells.items())
    ]  # fmt: skip


def _spread(outcomes: Iterable[Outcome]) -> list[str]:
    out = ["", "-- how many questions each rule's verdicts come from (half A unless --show-held-out)",
           f"{'ours':<11} {'rule':<62} {'verdicts':>8} {'questions':>9} {'busiest':>8} {'configs':>7}"]  # fmt: skip
    for ours, rule, n, nq, top, nc in rule_spread(outcomes):
        flag = "  one question" if nq == 1 else "  one configuration" if nc == 1 else ""
        out.append(f"{ours:<11} {rule[:62]:<62} {n:>8} {nq:>9} {_pct(top):>8} {nc:>7}{flag}")
    return out


def rule_of(o: Outcome) -> str:
    """The rule that decided, from our reason with its figures and names taken out
    ("answers yes; the gold says no" → "answers S; the gold says S")."""
    reason = o.reading.split(": ", 1)[1] if ": " in o.reading else o.reading
    reason = re.sub(r"\b(answers|says) (?:yes|no)\b", r"\1 S", reason)
    reason = re.sub(r"[-+$€£(]*\d[\d.,]*\)?\s*(?:%|x|million|billion|thousand)?", "N", reason)
    return re.sub(r"\b(names|name|state|missing|with|picks) .*", r"\1 …", reason)


def _by_rule(outcomes: Iterable[Outcome]) -> list[str]:
    """Every verdict by the rule that gave it, against the experts: where a rule errs."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        cells[o.ours, rule_of(o)][o.expert] += 1
    out = ["", "-- verdicts by rule (half A unless --show-held-out): experts' labels",
           f"{'ours':<11} {'rule':<62}" + "".join(f"{e:>10}" for e in EXPERT)]  # fmt: skip
    for (ours, rule), c in sorted(cells.items()):
        out.append(f"{ours:<11} {rule[:62]:<62}" + "".join(f"{c[e]:>10}" for e in EXPERT))
    return out


def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{100 * x:5.1f}%"


def _line(name: str, a: Agreement) -> str:
    return (
        f"{name:<40} {a.n:>4} {a.scored:>6} {_pct(a.agreement):>7} {_pct(a.not_scored):>7} "
        f"{_pct(a.accept_correct):>7} {_pct(a.accept_incorrect):>7} {_pct(a.refusals_seen):>7}"
    )


def render(outcomes: Sequence[Outcome], *, show_held_out: bool = False) -> str:
    head = (
        f"{'':<40} {'n':>4} {'scored':>6} {'agree':>7} {'unscrd':>7} "
        f"{'acc+':>7} {'acc-':>7} {'refus':>7}"
    )
    out = [
        "agree: agreement with the experts on scored answers; unscrd: share not scored;",
        "acc+ / acc-: expert-correct / expert-incorrect answers we accept (of those scored);",
        "refus: expert refusals we read as refusals. Half A: rules developed on it; half B: held out.",
        "",
        head,
        _line("ALL", agreement(outcomes)),
    ]
    for half in "AB":
        label = "half A (development)" if half == "A" else "half B (held out)"
        out.append(_line(label, agreement(o for o in outcomes if o.half == half)))
    for title, key in (("configuration", "config"), ("question type", "question_type"),
                       ("eval type", "eval_type")):  # fmt: skip
        out += ["", f"-- by {title}", head]
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            groups[getattr(o, key)].append(o)
        out += [_line(name, agreement(rows)) for name, rows in sorted(groups.items())]
    out += _robustness(outcomes)
    out += _by_question(
        [o for o in outcomes if show_held_out or o.half == "A"],
        "all questions" if show_held_out else "half A",
    )
    for half in ("all", "A", "B"):
        rows = [o for o in outcomes if half == "all" or o.half == half]
        cells = Counter((o.ours, o.expert) for o in rows)
        out += [
            "",
            f"-- confusion ({half}): ours down, experts across",
            f"{'':<12}" + "".join(f"{e:>11}" for e in EXPERT),
        ]
        out += [f"{ours:<12}" + "".join(f"{cells[ours, e]:>11}" for e in EXPERT) for ours in OURS]
    shown = [o for o in outcomes if o.scored and not o.agrees and (show_held_out or o.half == "A")]
    out += _by_rule(o for o in outcomes if show_held_out or o.half == "A")
    out += _spread(o for o in outcomes if show_held_out or o.half == "A")
    hidden = (
        sum(o.scored and not o.agrees and o.half == "B" for o in outcomes)
        if not show_held_out
        else 0
    )
    out += [
        "",
        f"-- disagreements ({len(shown)} shown"
        + (f"; {hidden} in held-out half B not shown)" if hidden else ")"),
    ]
    for o in sorted(shown, key=lambda o: (o.qid, o.config)):
        answer = " ".join(o.answer.split())[:160]
        out.append(
            f"[{o.half}] {o.qid} {o.config}: experts {o.expert}, ours {o.ours}\n"
            f"    answer: {answer}\n    gold:   {' '.join(o.gold.split())[:160]}\n    ours:   {o.reading}"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--graded", type=Path, default=GRADED, help="Expert-graded answers JSONL.")
    parser.add_argument(
        "--questions", type=Path, default=QUESTIONS, help="FinanceBench questions JSONL."
    )
    parser.add_argument(
        "--show-held-out", action="store_true", help="Also list half B's disagreements."
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    for p in (args.graded, args.questions):
        if not p.is_file():
            print(
                f"error: {p} not found; pass --graded/--questions or set FOOTNOTE_SHARED",
                file=sys.stderr,
            )
            return 2
    outcomes = score_graded(args.questions, load_graded(args.graded))
    print(render(outcomes, show_held_out=args.show_held_out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
