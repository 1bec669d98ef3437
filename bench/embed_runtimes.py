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
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.embeddings import resolve_model_path
from assistant.embeddings.base import Embedder

PDF_DIR = Path("/work/shared/financebench/pdfs")
# Prose-heavy 10-Ks, a table-heavy one and an earnings release: a mix like real ingest.
PDFS = (
    ("PEPSICO_2022_10K.pdf", 8),
    ("BESTBUY_2023_10K.pdf", 3),
    ("VERIZON_2022_10K.pdf", 5),
    ("JOHNSON_JOHNSON_2023Q2_EARNINGS.pdf", 0),
)
MIN_TOKENS, MAX_TOKENS = 150, 230
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z(“\"$0-9])")


@dataclass
class Result:
    name: str
    batch_size: int
    seconds: float
    load_seconds: float
    vectors: np.ndarray
    hits: int = 0
    cos_mean: float = float("nan")
    cos_min: float = float("nan")
    sweep: dict[int, float] = field(default_factory=dict)


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    return [s for s in _SENTENCE.split(text) if s]


def build_chunks(count: int, counter: Embedder, seed: int = 0) -> list[str]:
    """Sentence-aligned chunks whose exact word-piece count lies in [MIN_TOKENS, MAX_TOKENS]."""
    from pypdf import PdfReader

    rng = random.Random(seed)
    per_doc = -(-count // len(PDFS))
    chunks: list[str] = []
    for name, first_page in PDFS:
        reader = PdfReader(PDF_DIR / name)
        doc_chunks: list[str] = []
        for page_no in range(first_page, len(reader.pages)):
            sents = _sentences(reader.pages[page_no].extract_text() or "")
            lengths = [n - 2 for n in counter.count_tokens(sents)]  # without [CLS]/[SEP]
            target, current, size = rng.randint(MIN_TOKENS, MAX_TOKENS - 10), [], 0
            for sent, n in zip(sents, lengths, strict=True):
                if n > MAX_TOKENS - 2:
                    continue  # a run-on table line; a real chunker would split it
                if size + n > MAX_TOKENS - 2:
                    current, size = [], 0
                current.append(sent)
                size += n
                if size >= target:
                    doc_chunks.append(" ".join(current))
                    target, current, size = rng.randint(MIN_TOKENS, MAX_TOKENS - 10), [], 0
            if len(doc_chunks) >= per_doc:
                break
        chunks.extend(doc_chunks[:per_doc])
    # Exact recount of the joined text, and no duplicates (repeated headers/footers).
    counts = counter.count_tokens(chunks)
    seen: set[str] = set()
    kept = []
    for text, n in zip(chunks, counts, strict=True):
        if MIN_TOKENS <= n <= MAX_TOKENS and text not in seen:
            seen.add(text)
            kept.append(text)
    return kept[:count]


def first_sentence(chunk: str) -> str:
    words = chunk.split()
    sents = _sentences(chunk)
    first = sents[0].split() if sents else words
    if len(first) < 6:  # a heading; take a little more so the query says something
        first = words[:15]
    return " ".join(first[:40])


def time_embed(emb: Embedder, texts: list[str]) -> tuple[np.ndarray, float]:
    emb.embed_documents(texts[:8])  # warm-up: first-call allocations, thread pools
    start = time.perf_counter()
    vectors = emb.embed_documents(texts)
    return vectors, time.perf_counter() - start


def make(kind: str, model: str, cache_dir: Path, batch_size: int, threads: int) -> Embedder:
    if kind == "torch":
        from assistant.embeddings.sentence_tf import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(model, batch_size=batch_size, threads=threads)
    from assistant.embeddings.onnx import OnnxEmbedder

    return OnnxEmbedder(
        model,
        cache_dir=cache_dir,
        quantize=kind == "onnx-int8",
        batch_size=batch_size,
        threads=threads,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--chunks", type=int, default=600)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, default=0, help="0 = all cores")
    parser.add_argument(
        "--cache-dir", type=Path, default=None, help="ONNX cache (default <home>/models)"
    )
    parser.add_argument(
        "--sweep-chunks", type=int, default=300, help="chunks used for the batch sweep"
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.cache_dir is None:
        from assistant.settings import Settings

        args.cache_dir = Settings().home / "models"
    model = resolve_model_path("bundled:all-MiniLM-L6-v2")
    wall = time.perf_counter()

    results: list[Result] = []
    embedders: dict[str, Embedder] = {}
    for kind in ("torch", "onnx-fp32", "onnx-int8"):
        start = time.perf_counter()
        emb = make(kind, model, args.cache_dir, args.batch_size, args.threads)
        load = time.perf_counter() - start
        embedders[kind] = emb
        if not results:  # chunks are cut with the model's own tokenizer, once
            t0 = time.perf_counter()
            chunks = build_chunks(args.chunks, emb)
            rng = random.Random(1)
            shuffled = chunks[:]
            rng.shuffle(shuffled)  # the runtimes must sort by length themselves
            tokens = sum(emb.count_tokens(chunks))
            print(
                f"{len(chunks)} chunks, {tokens} word pieces "
                f"(mean {tokens / len(chunks):.0f}), built in {time.perf_counter() - t0:.1f}s"
            )
        vectors, seconds = time_embed(emb, shuffled)
        order = {text: i for i, text in enumerate(shuffled)}
        vectors = vectors[[order[c] for c in chunks]]
        results.append(Result(kind, args.batch_size, seconds, load, vectors))
        print(f"  {kind}: load {load:.1f}s, embed {seconds:.1f}s")

    ref = results[0].vectors
    picks = random.Random(2).sample(range(len(chunks)), min(args.queries, len(chunks)))
    queries = [first_sentence(chunks[i]) for i in picks]
    for res in results:
        cos = (res.vectors * ref).sum(axis=1)
        res.cos_mean, res.cos_min = float(cos.mean()), float(cos.min())
        emb = embedders[res.name]
        qv = np.stack([emb.embed_query(q) for q in queries])
        res.hits = int(((qv @ res.vectors.T).argmax(axis=1) == np.array(picks)).sum())

    fastest = min(results, key=lambda r: r.seconds)
    subset = shuffled[: args.sweep_chunks]
    for bs in (16, 32, 64):
        emb = make(fastest.name, model, args.cache_dir, bs, args.threads)
        _, seconds = time_embed(emb, subset)
        fastest.sweep[bs] = len(subset) / seconds

    print()
    print(
        f"{'runtime':<11} {'batch':>5} {'load s':>7} {'chunks/s':>9} {'tokens/s':>9} "
        f"{'cos mean':>9} {'cos min':>8} {'top-1':>7}"
    )
    for res in results:
        print(
            f"{res.name:<11} {res.batch_size:>5} {res.load_seconds:>7.1f} "
            f"{len(chunks) / res.seconds:>9.1f} {tokens / res.seconds:>9.0f} "
            f"{res.cos_mean:>9.5f} {res.cos_min:>8.5f} {res.hits:>4}/{len(picks)}"
        )
    sweep = ", ".join(f"bs {bs}: {rate:.1f}" for bs, rate in fastest.sweep.items())
    best = max(fastest.sweep, key=lambda bs: fastest.sweep[bs])
    print(
        f"\nbatch sweep for {fastest.name} on {len(subset)} chunks (chunks/s): {sweep}; best {best}"
    )
    print(
        "cosines are against the torch vectors; top-1 = a chunk's first sentence retrieves "
        "that chunk among all. Load includes a one-time ONNX export/quantisation when the "
        f"cache ({args.cache_dir}) is cold. Timings on a shared 2-core box are noisy.\n"
        f"total {time.perf_counter() - wall:.0f}s, threads {args.threads or os.cpu_count()}"
    )


if __name__ == "__main__":
    main()
