"""The layering holds: the core imports neither ingest, eval nor the faces; ingest stands on the
core only; eval on the core, ingest and the API; nothing in the product imports bench or tests.
Imports inside functions and under TYPE_CHECKING count too (an import hidden in a function is
still a dependency). See docs/architecture.md."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from assistant.core.settings import SECTIONS, Settings

ROOT = Path(__file__).resolve().parents[1]

# layer → the top-level module prefixes it may import from this project
ALLOWED: dict[str, tuple[str, ...]] = {
    "core": ("assistant.core",),
    "ingest": ("assistant.core", "ingest"),
    "eval": ("assistant.core", "assistant.api", "ingest", "eval"),
    "api": ("assistant.core", "assistant.api", "ingest"),
    "faces": ("assistant", "ingest", "eval"),
}
PROJECT = ("assistant", "ingest", "eval", "bench", "tests")


def layer_of(path: Path) -> str | None:
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith("assistant/core/"):
        return "core"
    if rel.startswith("ingest/"):
        return "ingest"
    if rel.startswith("eval/"):
        return "eval"
    if rel in ("assistant/api.py", "assistant/__init__.py"):
        return "api"
    if rel.startswith(("assistant/cli/", "assistant/ui/")) or rel in ("streamlit_app.py", "assistant/pageview.py"):
        return "faces"
    return None


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module))
            # "from assistant import core" names assistant.core
            out += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            out.append((node.lineno, node.args[0].value))
    return out


def _product_files() -> list[Path]:
    files = [ROOT / "streamlit_app.py"]
    for pkg in ("assistant", "ingest", "eval"):
        files += sorted((ROOT / pkg).rglob("*.py"))
    return files


def violations(files: list[Path]) -> list[str]:
    found: list[str] = []
    for path in files:
        layer = layer_of(path)
        if layer is None:
            continue
        allowed = ALLOWED[layer]
        for line, module in imports_of(path):
            if module.split(".")[0] not in PROJECT:
                continue  # stdlib or third party
            if module.split(".")[0] in ("bench", "tests"):
                found.append(f"{path.relative_to(ROOT)}:{line} imports {module} (benchmarks and tests are not product code)")
                continue
            if module == "assistant" and layer in ("core", "ingest"):
                found.append(f"{path.relative_to(ROOT)}:{line} imports the public API package 'assistant' from the {layer}")
                continue
            if module == "assistant":
                continue
            if not any(module == p or module.startswith(p + ".") for p in allowed):
                found.append(f"{path.relative_to(ROOT)}:{line} ({layer}) imports {module}")
    return found


def test_imports_follow_the_layers() -> None:
    bad = violations(_product_files())
    assert not bad, "imports against the layering (docs/architecture.md):\n" + "\n".join(bad)


def test_the_check_catches_a_wrong_import(tmp_path: Path) -> None:
    # The checker itself must be able to fail: a core module importing ingest is reported.
    fake = ROOT / "assistant" / "core" / "_layering_probe.py"
    fake.write_text("def f() -> None:\n    from ingest.pipeline import Ingestor  # noqa\n")
    try:
        bad = violations([fake])
    finally:
        fake.unlink()
    assert bad and "ingest.pipeline" in bad[0]


def test_every_setting_has_a_section() -> None:
    untagged = [
        name for name, info in Settings.model_fields.items()
        if not (isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("section") in SECTIONS)
    ]
    assert not untagged
    assert set(Settings.fields_in("index")) >= {"embedding_model", "chunk_tokens", "pdf_extraction"}
    # Credentials are never part of what is reported or hashed with answers.
    from assistant.core.settings import ANSWER_SHAPING

    shaping = {f for s in ANSWER_SHAPING for f in Settings.fields_in(s)}
    assert "llm_api_key" not in shaping and "home" not in shaping


@pytest.mark.parametrize("limit", [420])
def test_no_module_is_too_long_without_a_reason(limit: int) -> None:
    # A module past ~400 lines piles up concerns; one that must be long says why at its top.
    long_ = []
    for path in [*_product_files(), *sorted((ROOT / "bench").rglob("*.py"))]:
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > limit and not any("Long on purpose:" in line for line in lines[:40]):
            long_.append(f"{path.relative_to(ROOT)} ({len(lines)} lines)")
    assert not long_, "split these or say why at the top ('Long on purpose: ...'):\n" + "\n".join(long_)
