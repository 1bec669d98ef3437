"""What a user waits for: whole `footnote` commands, timed as they are run.

    python -m bench.commands [--baseline DIR] [--rounds N] [--questions N]

  commands   `--help`, `docs`, `search` and `ask` on a small library (sample/), each a fresh
             process; rounds interleave this checkout and `--baseline` (another checkout,
             e.g. /work/main), so both see the same machine load. Wall time (min, median)
             and CPU seconds (min: the least noisy on a shared machine).
  imports    the heavy libraries each command imports (`python -X importtime`).
  first run  a fresh home: `footnote ingest sample/` whole-command time, then the first
             question vs the median of the next ones, as commands and inside one process
             (what an eval does after building its library).
Prints numbers; asserts nothing.
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
QUESTION = "What drove Smartoptics' Americas growth?"
HEAVY = (
    "chromadb", "onnxruntime", "tokenizers", "torch", "transformers", "sentence_transformers",
    "langchain_core", "scipy", "streamlit", "matplotlib", "pydantic_settings", "pypdf", "tiktoken",
)


def run(checkout: Path, args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """(wall s, CPU s of the process and its children, exit code) of `python -m assistant.cli ARGS`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        cwd=checkout,  # the checkout's own code comes first on sys.path
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
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
    )
    seen = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    return [name for name in HEAVY if name in seen]


def commands(home: Path) -> dict[str, list[str]]:
    return {
        "--help": ["--help"],
        "docs": ["--home", str(home), "docs"],
        "search": ["--home", str(home), "search", QUESTION],
        "ask": ["--home", str(home), "ask", QUESTION],
    }


def time_commands(checkouts: dict[str, Path], home: Path, rounds: int) -> dict[str, dict[str, dict[str, float]]]:
    cmds = commands(home)
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
    asks = [run(checkout, ["--home", str(home), "ask", QUESTION])[0] for _ in range(questions)]
    done = subprocess.run(
        [sys.executable, "-c", _IN_PROCESS, str(tmp / f"inproc-{checkout.name}"), str(SAMPLE), str(questions), QUESTION],
        cwd=checkout,
        capture_output=True,
        text=True,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, help="Another checkout to time in the same rounds.")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--questions", type=int, default=5, help="Questions after the fresh ingest.")
    parser.add_argument("--skip-first-run", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    checkouts = {"this": ROOT}
    if args.baseline:
        checkouts["baseline"] = args.baseline.resolve()

    with tempfile.TemporaryDirectory(prefix="footnote-commands-") as name:
        tmp = Path(name)
        firsts = {} if args.skip_first_run else {label: first_run(c, tmp, args.questions) for label, c in checkouts.items()}
        home = tmp / "library"
        run(ROOT, ["--home", str(home), "ingest", str(SAMPLE)])
        timed = time_commands(checkouts, home, args.rounds)
        used = {label: {n: imports(c, a) for n, a in commands(home).items()} for label, c in checkouts.items()}

    print(f"\nWhole commands on a {len(list(SAMPLE.iterdir()))}-file library, {args.rounds} rounds, {os.cpu_count()} cores")
    print(f"{'command':<10}{'checkout':<10}{'wall min':>10}{'median':>9}{'CPU min':>9}  heavy imports")
    for name in commands(tmp):
        for label in checkouts:
            r = timed[label][name]
            print(
                f"{name:<10}{label:<10}{r['wall_min_s']:>10.3f}{r['wall_median_s']:>9.3f}{r['cpu_min_s']:>9.3f}  "
                f"{', '.join(used[label][name]) or '-'}"
            )
        if "baseline" in timed:
            this, base = timed["this"][name], timed["baseline"][name]
            print(
                f"{'':<10}{'ratio':<10}{this['wall_min_s'] / base['wall_min_s']:>10.2f}"
                f"{this['wall_median_s'] / base['wall_median_s']:>9.2f}{this['cpu_min_s'] / base['cpu_min_s']:>9.2f}"
            )
    for label, r in firsts.items():
        print(
            f"\nfresh home ({label}): ingest {r['ingest_wall_s']} s wall, {r['ingest_cpu_s']} s CPU, home "
            f"{r['home_mb']} MB; ask first {r['ask_first_s']} s vs median {r['ask_median_rest_s']} s; "
            f"in one process first {r['in_process_first_ms']} ms vs median {r['in_process_median_rest_ms']} ms"
        )
    print(json.dumps({"commands": timed, "imports": used, "first_run": firsts}))


if __name__ == "__main__":
    main()
