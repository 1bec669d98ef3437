"""One settings truth: however a home is named, the same settings; bad files are errors (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[1]


def test_home_argument_and_env_read_the_same_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "footnote.toml").write_text('top_k = 9\nchunk_tokens = 150\n')
    by_argument = Settings(home=home)
    monkeypatch.setenv("FOOTNOTE_HOME", str(home))
    by_env = Settings()
    assert by_argument.top_k == by_env.top_k == 9
    assert by_argument.collection_name == by_env.collection_name
    assert by_argument.model_dump() == by_env.model_dump()


def test_home_argument_wins_over_env_for_the_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "footnote.toml").write_text("top_k = 3\n")
    (b / "footnote.toml").write_text("top_k = 4\n")
    monkeypatch.setenv("FOOTNOTE_HOME", str(b))
    assert Settings(home=a).top_k == 3


def test_malformed_toml_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "footnote.toml").write_text("top_k = = 9\n")
    with pytest.raises(SettingsError, match=r"footnote\.toml is not valid TOML"):
        Settings(home=tmp_path)


def test_missing_config_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTNOTE_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(SettingsError, match=r"nope\.toml.*does not exist"):
        Settings(home=tmp_path)


def test_explicit_config_argument_is_read(tmp_path: Path) -> None:
    cfg = tmp_path / "x.toml"
    cfg.write_text("top_k = 7\n")
    assert Settings(home=tmp_path, config=cfg).top_k == 7


def test_cli_bad_settings_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "footnote.toml").write_text("top_k = [\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOOTNOTE_")}
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--home", str(tmp_path), "docs"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "footnote.toml" in lines[0], done.stderr


def test_sources_in_order_and_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Arguments over FOOTNOTE_* variables (any case) over the TOML file over defaults; every
    value validated as its field's type; unknown names ignored."""
    (tmp_path / "footnote.toml").write_text(
        'top_k = 4\ncandidates = 11\nllm = "ollama:x"\nderived_answers = false\nnot_a_setting = 1\n'
    )
    monkeypatch.setenv("FOOTNOTE_CANDIDATES", "12")
    monkeypatch.setenv("footnote_embedding_quantize", "false")
    monkeypatch.setenv("FOOTNOTE_MIN_SUPPORT", "0.25")
    monkeypatch.setenv("FOOTNOTE_LEXICAL_SHARDS", "on")
    monkeypatch.setenv("FOOTNOTE_NOT_A_SETTING", "x")
    settings = Settings(home=tmp_path, llm="openai:y")
    assert settings.top_k == 4 and settings.candidates == 12 and settings.llm == "openai:y"
    assert settings.embedding_quantize is False and settings.derived_answers is False
    assert settings.min_support == 0.25 and settings.lexical_shards == "on"
    assert settings.home == tmp_path.resolve()
    assert {"top_k", "candidates", "llm", "embedding_quantize", "min_support"} <= settings.model_fields_set
    assert "rrf_k" not in settings.model_fields_set  # defaults stay unset (search reads this)
    monkeypatch.setenv("FOOTNOTE_TOP_K", "many")
    with pytest.raises(ValueError, match="top_k"):
        Settings(home=tmp_path)
    # A dump read back is those values, whatever the environment says now.
    assert Settings.model_validate_json(settings.model_dump_json()).candidates == 12
