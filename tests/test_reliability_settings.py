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
