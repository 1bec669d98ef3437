"""What a user waits for: whole `footnote` commands, timed as they are run.

    python -m bench.commands --baseline DIR [--rounds N] [--dev-home DIR]

One command; e.g. `git -C REPO archive main | tar -x -C /tmp/base` makes the baseline checkout.

  dev home   the development library (the FinanceBench dev PDFs + the shared articles) at
             --dev-home (default /tmp/footnote-bench-devhome), built by this checkout the first
             time (minutes) and reused after; both checkouts read it.
  commands   `--help`, then `docs`, `search` and `ask` on the development library and on the
             small sample/ library, each a fresh process; rounds interleave this checkout and
             the baseline so both see the same machine load. Wall time (min, median) and CPU
             seconds of the process (min: the least noisy figure on a shared machine).
  imports    the heavy libraries each command imports (`python -X importtime`).
  eval       `footnote eval` of the dev questions over the dev library, extractive, fresh
             answer cache: the whole command, and the first question's time vs the median of
             the rest (each question's own time, from the report).
  first run  a fresh home: `footnote ingest sample/` whole-command time, then the first
             question vs the median of the next ones, as commands and inside one process.
Children run without PYTHONDONTWRITEBYTECODE (an install has its bytecode cached; without it
every command would compile the project first). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
SHARED = Path(os.environ.get("FOOTNOTE_SHARED", ROOT.parent / "shared"))
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
DEV_DOCS = (SHARED / "financebench" / "pdfs", SHARED / "corpus" / "articles")
DEV_QUESTIONS = SHARED / "financebench" / "questions_dev.jsonl"
QUESTIONS = {"sample": "What drove Smartoptics' Americas growth?", "dev": "What was the gross margin in the latest fiscal year?"}
HEAVY = (
    "chromadb", "onnxruntime", "tokenizers", "torch", "transformers", "sentence_transformers",
    "langchain_core", "scipy", "streamlit", "matplotlib", "pydantic_settings", "pypdf", "tiktoken",
)


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("HF_HUB_OFFLINE", "1")
    return {**env, **(extra or {})}


def run(checkout: Path, args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """(wall s, CPU s of the process and its children, exit code) of `python -m assistant.cli ARGS`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        cwd=checkout,  # the checkout's own code comes first on sys.path
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(env),
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def imports(checkout: Path, args: list[str]) -> list[str]:
    """The HEAVY libraries a command imports."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assistant.cli", *args],
        cwd=checkout,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    seen = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    return [name for name in HEAVY if name in seen]


def commands(homes: dict[str, Path]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"--help": ["--help"]}
    for label, home in homes.items():
        out[f"docs {label}"] = ["--home", str(home), "docs"]
        out[f"search {label}"] = ["--home", str(home), "search", QUESTIONS[label]]
        out[f"ask {label}"] = ["--home", str(home), "ask", QUESTIONS[label]]
    return out


def time_commands(
    checkouts: dict[str, Path], cmds: dict[str, list[str]], rounds: int
) -> dict[str, dict[str, dict[str, float]]]:
    for checkout in checkouts.values():  # untimed: model preparation, index files, OS caches
        for args in cmds.values():
            run(checkout, args)
    walls: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for label, checkout in checkouts.items():
            for name, args in cmds.items():
                wall, cpu, code = run(checkout, args)
                if code != 0:
                    raise SystemExit(f"{label}: `footnote {' '.join(args)}` exited {code}")
                walls.setdefault((label, name), []).append(wall)
                cpus.setdefault((label, name), []).append(cpu)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for (label, name), values in walls.items():
        out.setdefault(label, {})[name] = {
            "wall_min_s": round(min(values), 3),
            "wall_median_s": round(statistics.median(values), 3),
            "cpu_min_s": round(min(cpus[(label, name)]), 3),
        }
    return out


def dev_home(home: Path) -> Path:
    """The development library, built by this checkout when it holds no documents yet."""
    if (home / "chroma").is_dir() and (home / "lexical").is_dir():
        return home
    missing = [str(p) for p in (*DEV_DOCS, DEV_QUESTIONS) if not p.exists()]
    if missing:
        raise SystemExit(f"shared data missing: {', '.join(missing)} (set FOOTNOTE_SHARED)")
    print(f"building the development library at {home} (once; minutes)", file=sys.stderr)
    wall, cpu, code = run(ROOT, ["--home", str(home), "ingest", *map(str, DEV_DOCS)])
    if code != 0:
        raise SystemExit(f"ingest of the development library exited {code}")
    print(f"built in {wall:.0f} s wall, {cpu:.0f} s CPU", file=sys.stderr)
    return home


def eval_first_vs_median(checkout: Path, home: Path, tmp: Path) -> dict[str, Any]:
    """`footnote eval` of the dev questions over the dev library (fresh answer cache)."""
    out = tmp / f"eval-{checkout.name}"
    wall, cpu, code = run(checkout, ["--home", str(home), "eval", str(DEV_QUESTIONS), "--out", str(out)])
    try:
        rows = json.loads((out / "report.json").read_text())["rows"]
    except (OSError, ValueError, KeyError):
        return {"exit": code, "wall_s": round(wall, 1)}
    latencies = [r.get("latency_ms") for r in rows]
    rest = [x for x in latencies[1:] if x is not None]
    first = latencies[0] if latencies else None
    median = statistics.median(rest) if rest else None
    return {
        "exit": code, "questions": len(rows), "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
        "first_ms": round(first, 1) if first is not None else None,
        "median_rest_ms": round(median, 1) if median is not None else None,
        "first_over_median": round(first / median, 2) if first is not None and median else None,
    }


_IN_PROCESS = """
import json, sys, time
from assistant.api import Library
from assistant.core.answering import ask
from assistant.core.settings import Settings
lib = Library(Settings(home=sys.argv[1]))
lib.ingest([sys.argv[2]])
times = []
for _ in range(int(sys.argv[3])):
    t0 = time.perf_counter()
    ask(sys.argv[4], library=lib)
    times.append(time.perf_counter() - t0)
print(json.dumps(times))
"""


def first_run(checkout: Path, tmp: Path, questions: int) -> dict[str, Any]:
    """A fresh home: the whole ingest command, then questions as commands and in one process."""
    home = tmp / f"first-{checkout.name}"
    wall, cpu, code = run(checkout, ["--home", str(home), "ingest", str(SAMPLE)])
    asks = [run(checkout, ["--home", str(home), "ask", QUESTIONS["sample"]])[0] for _ in range(questions)]
    done = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(tmp / f"inproc-{checkout.name}"), str(SAMPLE), str(questions),
         QUESTIONS["sample"]],
        cwd=checkout,
        capture_output=True,
        text=True,
        env=_env(),
    )
    inproc = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else []
    return {
        "ingest_wall_s": round(wall, 2),
        "ingest_cpu_s": round(cpu, 2),
        "ingest_exit": code,
        "home_mb": round(sum(p.stat().st_size for p in home.rglob("*") if p.is_file()) / 2**20, 1),
        "ask_first_s": round(asks[0], 3),
        "ask_median_rest_s": round(statistics.median(asks[1:]), 3) if len(asks) > 1 else None,
        "in_process_first_ms": round(inproc[0] * 1000, 1) if inproc else None,
        "in_process_median_rest_ms": round(statistics.median(inproc[1:]) * 1000, 1) if len(inproc) > 1 else None,
    }


def _print(timed: dict[str, dict[str, dict[str, float]]], used: dict[str, dict[str, list[str]]],
           cmds: dict[str, list[str]], rounds: int) -> None:
    print(f"\nWhole commands, {rounds} rounds, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the end")
    print(f"{'command':<14}{'checkout':<10}{'wall min':>10}{'median':>9}{'CPU min':>9}  heavy imports")
    for name in cmds:
        for label in timed:
            r = timed[label][name]
            print(
                f"{name:<14}{label:<10}{r['wall_min_s']:>10.3f}{r['wall_median_s']:>9.3f}{r['cpu_min_s']:>9.3f}  "
                f"{', '.join(used[label][name]) or '-'}"
            )
        if "baseline" in timed:
            this, base = timed["this"][name], timed["baseline"][name]
            print(
                f"{'':<14}{'ratio':<10}{this['wall_min_s'] / base['wall_min_s']:>10.2f}"
                f"{this['wall_median_s'] / base['wall_median_s']:>9.2f}{this['cpu_min_s'] / base['cpu_min_s']:>9.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, help="Another checkout to time in the same rounds.")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dev-home", type=Path, default=Path(tempfile.gettempdir()) / "footnote-bench-devhome")
    parser.add_argument("--questions", type=int, default=5, help="Questions after the fresh ingest.")
    parser.add_argument("--skip-first-run", action="store_true")
    parser.add_argument("--skip-eval", action="store_true")
    args = parser.parse_args()
    checkouts = {"this": ROOT}
    if args.baseline:
        checkouts["baseline"] = args.baseline.resolve()
    dev = dev_home(args.dev_home.resolve())

    with tempfile.TemporaryDirectory(prefix="footnote-commands-") as name:
        tmp = Path(name)
        firsts = {} if args.skip_first_run else {label: first_run(c, tmp, args.questions) for label, c in checkouts.items()}
        small = tmp / "library"
        run(ROOT, ["--home", str(small), "ingest", str(SAMPLE)])
        cmds = commands({"dev": dev, "sample": small})
        timed = time_commands(checkouts, cmds, args.rounds)
        used = {label: {n: imports(c, a) for n, a in cmds.items()} for label, c in checkouts.items()}
        evals = {} if args.skip_eval else {label: eval_first_vs_median(c, dev, tmp) for label, c in checkouts.items()}

    _print(timed, used, cmds, args.rounds)
    for label, e in evals.items():
        print(f"\neval of {DEV_QUESTIONS.name} on the dev library ({label}): {e}")
    for label, r in firsts.items():
        print(
            f"\nfresh home ({label}): ingest {r['ingest_wall_s']} s wall, {r['ingest_cpu_s']} s CPU, home "
            f"{r['home_mb']} MB; ask first {r['ask_first_s']} s vs median {r['ask_median_rest_s']} s; "
            f"in one process first {r['in_process_first_ms']} ms vs median {r['in_process_median_rest_ms']} ms"
        )
    print(json.dumps({"commands": timed, "imports": used, "eval": evals, "first_run": firsts}))


if __name__ == "__main__":
    main()
