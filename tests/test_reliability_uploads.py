"""Upload names are cut by bytes and keep their extension (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ui.uploads import MAX_NAME_BYTES, safe_name, save_upload


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("a" * 300 + ".pdf", ".pdf"), ("报" * 200 + ".txt", ".txt"), ("📈" * 120 + ".md", ".md"), ("x" * 400, "")],
)
def test_long_names_fit_the_file_system_and_keep_the_extension(tmp_path: Path, name: str, suffix: str) -> None:
    cut = safe_name(name)
    assert len(cut.encode("utf-8")) <= MAX_NAME_BYTES
    assert cut.endswith(suffix) and len(cut) > len(suffix) + 10
    first, fresh = save_upload(tmp_path, name, b"one")
    second, _ = save_upload(tmp_path, name, b"two")  # the " (2)" form must fit too
    assert fresh and first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert first.suffix == suffix and second.suffix == suffix


def test_short_names_are_untouched() -> None:
    assert safe_name("Acme 10-K 2024.pdf") == "Acme 10-K 2024.pdf"
    assert safe_name("../../etc/passwd") == "passwd"
