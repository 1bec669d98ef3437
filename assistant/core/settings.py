"""One settings model for the whole product.

Values come from (highest first): explicit arguments, `FOOTNOTE_*` environment
variables, a TOML file (`FOOTNOTE_CONFIG`, else `<home>/footnote.toml`), defaults.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_HOME = Path("~/.footnote")

# What each section shapes; a field belongs to exactly one (its `_in` tag).
SECTIONS: dict[str, str] = {
    "library": "where the library lives (folder, Chroma server, collection prefix)",
    "index": "what is stored: a change means a new collection, never mixed vectors",
    "ingest": "how fast and how much ingest takes on (batching, threads, size limits)",
    "retrieval": "how passages are found and ranked",
    "answer": "how the extractive answerer decides",
    "llm": "which model answers and how",
    "connection": "how the model is reached and billed (keys, time-outs, retries, prices)",
    "ui": "how the chat app looks and behaves",
}
# The sections whose values change an answer (eval caches and reports key by these).
ANSWER_SHAPING: tuple[str, ...] = ("index", "retrieval", "answer", "llm")


def _in(section: str, **kwargs: Any) -> Any:
    """A settings field tagged with its section."""
    if section not in SECTIONS:
        raise ValueError(f"unknown settings section {section!r}")
    return Field(json_schema_extra={"section": section}, **kwargs)


class SettingsError(ValueError):
    """A settings file that is missing or malformed; the message names the file and the fix."""


def _toml_path(init_kwargs: dict[str, Any] | None = None) -> Path | None:
    """The TOML file these settings read: one answer however the home was named.

    `Settings(config=...)`, else `FOOTNOTE_CONFIG` (which must exist), else
    `<home>/footnote.toml` when it exists, where home is `Settings(home=...)` (the CLI's
    `--home`), else `FOOTNOTE_HOME`, else the default.
    """
    kwargs = init_kwargs or {}
    explicit = kwargs.get("config") or os.environ.get("FOOTNOTE_CONFIG")
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise SettingsError(
                f"settings file {path} (FOOTNOTE_CONFIG) does not exist; create it or unset FOOTNOTE_CONFIG"
            )
        return path
    home = Path(kwargs.get("home") or os.environ.get("FOOTNOTE_HOME") or DEFAULT_HOME).expanduser()
    candidate = home / "footnote.toml"
    return candidate if candidate.is_file() else None


def _toml_source(settings_cls: type[BaseSettings], path: Path) -> PydanticBaseSettingsSource:
    try:
        return TomlConfigSettingsSource(settings_cls, toml_file=path)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"settings file {path} is not valid TOML ({exc}); fix it or move it away") from None
    except OSError as exc:
        raise SettingsError(f"settings file {path} cannot be read ({exc.strerror or exc})") from None


class Settings(BaseSettings):
    """Every knob of Footnote. Env prefix `FOOTNOTE_`, e.g. `FOOTNOTE_LLM=openai:gpt-4o-mini`."""

    model_config = SettingsConfigDict(env_prefix="FOOTNOTE_", extra="ignore", validate_default=True)

    home: Path = _in("library", default=DEFAULT_HOME, description="Library folder: store, lexical index, manifest, files.")
    config: Path | None = _in("library", default=None, description="Optional TOML file with these settings.")

    # Store
    chroma_url: str | None = _in("library",
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000); unset = embedded store under home.",
    )
    collection_prefix: str = _in("library", default="footnote", description="Prefix of the Chroma collection names.")
    model_cache: Path | None = _in("library",
        default=None,
        description="Folder for prepared (exported, quantised) embedding models, shared by every home "
        "on this machine; unset = the user cache folder ($XDG_CACHE_HOME/footnote/models, else "
        "~/.cache/footnote/models; ~/Library/Caches/footnote/models on macOS).",
    )
    lexical_shards: Literal["auto", "on", "off"] = _in("library",
        default="auto",
        description="Search a shared library through per-document lexical shards fetched on demand and "
        "cached by content hash, with library-wide BM25 statistics kept beside the manifest; "
        "'auto' = with a Chroma server, 'off' = one whole BM25 index and every vector in memory.",
    )
    shard_scope_chunks: int = _in("library",
        default=8000, ge=100,
        description="Most chunks one search reads into memory with shards; a search whose filters "
        "match more lets Chroma's vector index pick the documents (ranked by their best chunks).",
    )
    shard_dense_scope_chunks: int = _in("library",
        default=60_000, ge=0,
        description="A search whose filters match more than shard_scope_chunks but at most this many "
        "chunks ranks them densely in memory from each document's published vector record (read by "
        "id, cached by content hash) instead of a filtered Chroma query; 0 = always Chroma's query.",
    )
    shard_vector_cache_chunks: int = _in("library",
        default=150_000, ge=0,
        description="Chunk vectors of published vector records kept in memory between searches "
        "(~1.5 KB a chunk at 384 dimensions); the rest stay on disk under <home>/shards.",
    )
    shard_cache_chunks: int = _in("library",
        default=40_000, ge=0,
        description="Chunks of document shards kept in memory between searches (a shard of term counts alone counts a third).",
    )
    shard_disk_mb: int = _in("library",
        default=1000, ge=0, description="Disk kept for document shards under <home>/shards (least recent dropped).",
    )

    # Embeddings
    embedding_model: str = _in("index",
        default="bundled:all-MiniLM-L6-v2",
        description="'bundled:all-MiniLM-L6-v2' (ships offline), a local folder, or a Hugging Face hub name.",
    )
    embedding_backend: Literal["onnx", "torch", "hash"] = _in("index",
        default="onnx",
        description="onnx: ONNX Runtime export of the model (fastest on CPU); torch: sentence-transformers; "
        "hash: deterministic toy embedder for tests only.",
    )
    embedding_quantize: bool = _in("index",
        default=True, description="Use int8 dynamic quantisation for the ONNX backend."
    )
    embedding_batch_size: int = _in("ingest",
        default=8,
        description="Texts per model call. Small batches pad less and stay in cache: on 2 cores, "
        "8 embedded filing chunks 6% faster than 64 (ONNX int8 MiniLM).",
    )
    embedding_threads: int = _in("ingest", default=0, description="CPU threads for embedding; 0 = all cores.")
    embedding_max_tokens: int = _in("ingest",
        default=256, description="The model's input limit in word pieces; chunks are sized to fit it."
    )

    # Chunking
    chunk_tokens: int = _in("index", default=180, description="Target chunk size in tiktoken tokens (cl100k_base).")
    chunk_overlap_tokens: int = _in("index", default=30, description="Overlap between consecutive prose chunks.")
    pdf_extraction: Literal["plain", "layout"] = _in("index",
        default="layout",
        description="pypdf text extraction: layout keeps table rows on one line (86% of evidence rows "
        "intact vs 74% for plain, measured by bench.pdf_extraction).",
    )
    max_file_mb: float = _in("ingest", default=200.0, description="Files larger than this are refused.")
    max_doc_pages: int = _in("ingest",
        default=5_000, ge=1, description="Documents with more pages are refused (PepsiCo's 2021 10-K has 549)."
    )
    max_doc_chars: int = _in("ingest",
        default=20_000_000, ge=1,
        description="Documents with more characters of text are refused (a 549-page 10-K has a few million).",
    )
    max_doc_chunks: int = _in("ingest",
        default=50_000, ge=1, description="Documents cut into more chunks are refused (a 549-page 10-K makes several thousand)."
    )

    # Retrieval
    top_k: int = _in("retrieval", default=5, ge=1, description="Passages returned by search and given to the answerer.")
    candidates: int = _in("retrieval",
        default=120, ge=1, description="Candidates fetched from each retriever before fusion (measured, bench.retrieval)."
    )
    rrf_k: int = _in("retrieval", default=30, description="Reciprocal-rank-fusion constant (measured, bench.retrieval).")
    reranker: str | None = _in("retrieval",
        default=None, description="Optional cross-encoder (local path or hub name) to rerank candidates."
    )

    # LLM
    llm: str | None = _in("llm",
        default=None,
        description="Chat model as 'provider:model' (openai:gpt-4o-mini, ollama:qwen2.5:7b, anthropic:...); "
        "unset = extractive answers.",
    )
    llm_base_url: str | None = _in("llm",
        default=None, description="Base URL of an OpenAI-compatible server (vLLM, llama.cpp, LM Studio)."
    )
    llm_api_key: str | None = _in("connection",
        default=None, description="API key; else the provider's usual variable (OPENAI_API_KEY, ...)."
    )
    llm_temperature: float = _in("llm", default=0.0, description="Sampling temperature.")
    llm_timeout_s: float = _in("connection", default=60.0, description="Seconds before an LLM request is abandoned.")
    llm_max_retries: int = _in("connection", default=1, description="Retries on transient LLM errors.")
    llm_context_tokens: int = _in("llm", default=8000, description="Context window budget for sources + prompt.")
    llm_max_answer_tokens: int = _in("llm", default=600, description="Upper bound on the answer's length.")

    llm_price_per_1k_input: float | None = _in("connection",
        default=None, description="USD per 1,000 prompt tokens, for eval cost reports (unset = no cost)."
    )
    llm_price_per_1k_output: float | None = _in("connection",
        default=None, description="USD per 1,000 completion tokens, for eval cost reports."
    )

    # Answering
    min_support: float = _in("answer",
        default=0.3,
        description="Below this share of the question's rarity-weighted words found in the best sentence, "
        "the extractive answerer says 'not found' (0.3 measured by bench.extractive; re-fit by bench.close_enough "
        "--sweep on 16 development sets: 0.27 turns 2 more refusals right and 21 into other figures, 0.33 drops "
        "5 wrong and 5 right answers). Not lowered for the gate: at 0.2 with the gate on, metrics unseen10/11 "
        "are unchanged (every newly admitted figure is withheld or refused by a figure check) but blind pair 12 "
        "gains 1 right and 3 wrong; the gate was fitted only on answers at or above this floor.",
    )
    gate_threshold: float = _in("answer",
        default=0.75, ge=0.0, le=1.0,
        description="The extractive answerer withholds a figure whose fitted chance of being right "
        "(answer.gate) is below this: higher turns more wrong figures into refusals, at the cost of "
        "more right ones (0 = off). 0.65 maximises rights minus twice the wrongs (a wrong figure costs a "
        "reader more than a refusal) on the development sets, leave-one-set-out with bench.gate_fit "
        "(session 14's six features): 15 of 730 rights lost, 28 of 75 wrongs removed; 0.85 would remove "
        "41 wrongs for 106 rights. Raised to 0.75 in session 28: on three sets nobody tuned to (pairs 24, 25 "
        "and blind 26) 0.75 withheld 6 rights for 16 wrong figures or missed refusals against 0.65; the "
        "development pairs, read while rules were written with 0.65 on, say 51 rights for 27 wrongs.",
    )
    derived_answers: bool = _in("answer",
        default=True,
        description="Let the extractive answerer compute a figure the question asks to derive (a share "
        "of a total, a prior value from growth, a change, an average price) from stated figures, "
        "quoting every input and showing the arithmetic (measured by bench.prose).",
    )

    widen_passages: int = _in("answer",
        default=5, ge=0,
        description="Further passages of the best one or two retrieved documents the extractive answerer "
        "reads after the top_k (a second search within those documents; 0 = off). The sentence with the "
        "asked figure often ranks just below top_k within the right release (measured by bench.prose).",
    )

    paraphrase_weight: float = _in("answer",
        default=0.0, ge=0.0,
        description="How much the embedder's similarity between the question and a candidate sentence adds "
        "to the extractive answerer's ranking of its 20 best candidates (0 = words only, the default: "
        "measured by bench.prose with the bundled MiniLM, 0.3 lost one dev and one seed answer, 0.1 "
        "turned a right answer into a wrong figure).",
    )

    computed_unsaid_max: int = _in("answer",
        default=1, ge=-1,
        description="A figure computed from statement facts is set aside for the passages when more of the "
        "question's content words than this are in neither its working, its cited rows nor the statements' "
        "row labels, and are named by a retrieved passage (answer.computed_fit; -1 = always set aside, 99 = "
        "never). 1 measured by bench.computed_gate: 0 cost metric answers, 1 cost none and stopped 3 of the "
        "prose sets' wrong computed figures.",
    )

    # The chat app
    ui_user: str | None = _in("ui",
        default=None,
        description="Whose conversations the app shows and saves (under <home>/conversations/<user>/); "
        "unset = the OS login name, so people sharing a library home keep their own history.",
    )
    page_scale: float = _in("ui",
        default=1.5,
        description="Pixels per PDF point for cited-page images (1.5 = 108 dpi; bigger is sharper and slower).",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        init_kwargs = getattr(init_settings, "init_kwargs", {})
        toml = _toml_path(init_kwargs)
        if toml is not None:
            sources.append(_toml_source(settings_cls, toml))
        return tuple(sources)

    def model_post_init(self, __context: Any) -> None:
        self.home = self.home.expanduser().resolve()

    @classmethod
    def fields_in(cls, section: str) -> list[str]:
        """Names of the fields in `section`, in declaration order."""
        if section not in SECTIONS:
            raise ValueError(f"unknown settings section {section!r}; known: {', '.join(SECTIONS)}")
        return [
            name
            for name, info in cls.model_fields.items()
            if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("section") == section
        ]

    def section(self, *names: str) -> dict[str, Any]:
        """The values of one or more sections, as plain JSON-able values."""
        dumped = self.model_dump(mode="json")
        return {f: dumped[f] for name in names for f in self.fields_in(name)}

    @property
    def collection_name(self) -> str:
        """Named from the index section, so a change of the embedder or chunking never mixes vectors."""
        # "|"-joined str() of the values, in declaration order: the same names as before sections.
        key = "|".join(str(getattr(self, f)) for f in self.fields_in("index"))
        digest = hashlib.sha1(key.encode()).hexdigest()[:10]
        return f"{self.collection_prefix}_{digest}"
