"""Compare the embedding runtimes on realistic filing chunks.

    python -m bench.embed_runtimes [--chunks 600] [--threads 0] [--cache-dir DIR]

Builds chunks of 150-230 word pieces from a few financebench PDFs (sentence-aligned,
so a chunk's first sentence is a fair query), embeds them with sentence-transformers
(torch), ONNX fp32 and ONNX int8, and prints throughput, cosine agreement with torch,
and a small retrieval sanity check. Timings on a shared 2-core machine are noisy: read
them as ratios, not absolutes. Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from assistant.core.embeddings import resolve_model_path
from assistant.core.embeddings.base import Embedder

PDF_DIR = Path("/work/shared/financebench/pdfs")
# Prose-heavy 10-Ks, a table-heavy one and an earnings release: a mix like real ingest.
PDFS = (
    ("PEPSICO_2022_10K.pdf", 8),
    ("BESTBUY_2023_10K.pdf", 3),
    ("VERIZON_2022_10K.pdf", 5),
    ("JOHNSON_JOHNSON_2023Q2_EARNINGS.pdf", 0),
)
MIN_TOKENS, MAX_TOKENS = 150, 230
RUNTIMES = ("torch", "onnx-fp32", "onnx-int8")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z(“\"$0-9])")


def _sentences(text: str) -> list[str]:
    """Sentences; table runs with no full stop are cut into 40-word pieces instead."""
    out: list[str] = []
    for sent in _SENTENCE.split(re.sub(r"\s+", " ", text).strip()):
        words = sent.split()
        out.extend(" ".join(words[i : i + 40]) for i in range(0, len(words), 40))
    return out


def _doc_chunks(
    path: Path, first_page: int, counter: Embedder, rng: random.Random
) -> Iterator[str]:
    """Chunks of one PDF, page by page (pages are only extracted when needed)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    for page_no in range(first_page, len(reader.pages)):
        sents = _sentences(reader.pages[page_no].extract_text() or "")
        lengths = [n - 2 for n in counter.count_tokens(sents)]  # without [CLS]/[SEP]
        target, current, size = rng.randint(MIN_TOKENS, MAX_TOKENS - 10), list[str](), 0
        for sent, n in zip(sents, lengths, strict=True):
            if size + n > MAX_TOKENS - 2:
                current, size = [], 0
            current.append(sent)
            size += n
            if size >= target:
                yield " ".join(current)
                target, current, size = rng.randint(MIN_TOKENS, MAX_TOKENS - 10), [], 0


def build_chunks(count: int, counter: Embedder, seed: int = 0) -> list[str]:
    """Sentence-aligned chunks whose exact word-piece count lies in [MIN_TOKENS, MAX_TOKENS].

    Taken round-robin from the PDFs, so a short document just contributes less.
    """
    rng = random.Random(seed)
    sources = [_doc_chunks(PDF_DIR / name, first, counter, rng) for name, first in PDFS]
    seen: set[str] = set()
    chunks: list[str] = []
    while sources and len(chunks) < count:
        for src in list(sources):
            text = next(src, None)
            if text is None:
                sources.remove(src)
            # Exact recount of the joined text; no duplicates (repeated headers/footers).
            elif text not in seen and MIN_TOKENS <= counter.count_tokens([text])[0] <= MAX_TOKENS:
                seen.add(text)
                chunks.append(text)
    return chunks[:count]


def first_sentence(chunk: str) -> str:
    words = chunk.split()
    sents = _sentences(chunk)
    first = sents[0].split() if sents else words
    if len(first) < 6:  # a heading; take a little more so the query says something
        first = words[:15]
    return " ".join(first[:40])


def make(kind: str, model: str, cache_dir: Path, batch_size: int, threads: int) -> Embedder:
    if kind == "torch":
        from assistant.core.embeddings.sentence_tf import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(model, batch_size=batch_size, threads=threads)
    from assistant.core.embeddings.onnx import OnnxEmbedder

    return OnnxEmbedder(
        model,
        cache_dir=cache_dir,
        quantize=kind == "onnx-int8",
        batch_size=batch_size,
        threads=threads,
    )


def timed_rounds(
    embedders: dict[str, Embedder], texts: list[str], rounds: int
) -> dict[str, tuple[np.ndarray, float, float]]:
    """Embed `texts` with every embedder, slice by slice in rotating order.

    Other processes' load drifts over a run; interleaving spreads it over all runtimes
    instead of penalising whichever happened to run during a busy minute.
    """
    names = list(embedders)
    for emb in embedders.values():
        emb.embed_documents(texts[:8])  # warm-up: first-call allocations, thread pools
    parts: dict[str, list[np.ndarray]] = {n: [] for n in names}
    seconds = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)  # all threads of this process: less sensitive to others' load
    step = -(-len(texts) // rounds)
    for r, start in enumerate(range(0, len(texts), step)):
        piece = texts[start : start + step]
        for name in names[r % len(names) :] + names[: r % len(names)]:
            t0, c0 = time.perf_counter(), time.process_time()
            parts[name].append(embedders[name].embed_documents(piece))
            seconds[name] += time.perf_counter() - t0
            cpu[name] += time.process_time() - c0
    return {n: (np.concatenate(parts[n]), seconds[n], cpu[n]) for n in names}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--chunks", type=int, default=600)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, default=0, help="0 = all cores")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing slices")
    parser.add_argument("--cache-dir", type=Path, default=None, help="ONNX cache (default: the model_cache setting, else the user cache folder)")
    parser.add_argument("--sweep-chunks", type=int, default=200, help="chunks for the batch sweep")
    args = parser.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.cache_dir is None:
        from assistant.core.embeddings import model_cache_dir
        from assistant.core.settings import Settings

        args.cache_dir = model_cache_dir(Settings())
    model = resolve_model_path("bundled:all-MiniLM-L6-v2")
    wall = time.perf_counter()

    embedders: dict[str, Embedder] = {}
    loads: dict[str, float] = {}
    for kind in RUNTIMES:
        t0 = time.perf_counter()
        embedders[kind] = make(kind, model, args.cache_dir, args.batch_size, args.threads)
        loads[kind] = time.perf_counter() - t0
        print(f"loaded {kind} in {loads[kind]:.1f}s", flush=True)

    t0 = time.perf_counter()
    counter = embedders["onnx-fp32"]
    chunks = build_chunks(args.chunks, counter)
    tokens = sum(counter.count_tokens(chunks))
    print(
        f"{len(chunks)} chunks, {tokens} word pieces (mean {tokens / len(chunks):.0f}), "
        f"built in {time.perf_counter() - t0:.1f}s",
        flush=True,
    )
    # Shuffled: the runtimes must do their own length sorting.
    shuffled = chunks[:]
    random.Random(1).shuffle(shuffled)
    back = {text: i for i, text in enumerate(shuffled)}
    unshuffle = [back[c] for c in chunks]
    runs = timed_rounds(embedders, shuffled, args.rounds)

    ref = runs["torch"][0][unshuffle]
    picks = random.Random(2).sample(range(len(chunks)), min(args.queries, len(chunks)))
    queries = [first_sentence(chunks[i]) for i in picks]
    header = (
        f"{'runtime':<10} {'load s':>6} {'chunks/s':>8} {'tokens/s':>8} {'cpu ms/chunk':>12} "
        f"{'cos mean':>8} {'cos min':>8} {'top-1':>6} {'top-5':>6}"
    )
    lines = [header]
    for kind, (vectors, seconds, cpu) in runs.items():
        vectors = vectors[unshuffle]
        cos = (vectors * ref).sum(axis=1)
        qv = np.stack([embedders[kind].embed_query(q) for q in queries])
        ranked = np.argsort(-(qv @ vectors.T), axis=1)
        top1 = int((ranked[:, 0] == np.array(picks)).sum())
        top5 = sum(int(p in row[:5]) for p, row in zip(picks, ranked, strict=True))
        lines.append(
            f"{kind:<10} {loads[kind]:>6.1f} {len(chunks) / seconds:>8.1f} {tokens / seconds:>8.0f} "
            f"{1000 * cpu / len(chunks):>12.0f} "
            f"{cos.mean():>8.5f} {cos.min():>8.5f} {top1:>3}/{len(picks):<2} {top5:>3}/{len(picks):<2}"
        )

    fastest = min(runs, key=lambda k: runs[k][1])
    subset = shuffled[: args.sweep_chunks]
    sweep_embedders = {
        str(bs): make(fastest, model, args.cache_dir, bs, args.threads) for bs in (16, 32, 64)
    }
    sweep = {
        bs: len(subset) / sec
        for bs, (_, sec, _) in timed_rounds(sweep_embedders, subset, 2).items()
    }

    print()
    print(f"batch size {args.batch_size}, threads {args.threads or os.cpu_count()}")
    print("\n".join(lines))
    rates = ", ".join(f"bs {bs}: {rate:.1f}" for bs, rate in sweep.items())
    best = max(sweep, key=lambda bs: sweep[bs])
    print(f"\nbatch sweep, {fastest}, {len(subset)} chunks (chunks/s): {rates}; best bs {best}")
    print(
        "cpu ms/chunk = process CPU time (all threads) per chunk; "
        "cos = cosine to the torch vector of the same chunk; top-k = a chunk's first sentence "
        f"as query finds that chunk among all {len(chunks)}. Load includes the one-time ONNX "
        f"export/quantisation when the cache ({args.cache_dir}) is cold. Timings on a shared "
        f"2-core machine are noisy: compare ratios.\ntotal {time.perf_counter() - wall:.0f}s"
    )


if __name__ == "__main__":
    main()
