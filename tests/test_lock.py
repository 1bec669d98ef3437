"""requirements/lock.txt must agree with pyproject.toml, and the installed packages with the lock.

The lock (made by scripts/lock.sh, installed by scripts/setup.sh) pins every runtime and dev
dependency to one version with its hashes; these tests fail when pyproject changed without a
refreshed lock, or when the environment drifted from the lock (e.g. a later pypdf, which turns
the PDF accelerators off).
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
LOCKED_EXTRAS = ("dev", "bench")  # in the lock; other extras (anthropic) install unpinned
KEY_PACKAGES = ("pypdf", "chromadb", "onnxruntime", "tokenizers", "streamlit", "langchain-core", "torch")
REFRESH = "refresh the lock with: bash scripts/lock.sh"
REINSTALL = "reinstall from the lock with: bash scripts/setup.sh"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in LOCKED_EXTRAS:
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return reqs


def parse_lock(text: str) -> tuple[dict[str, Version], dict[str, int], dict[str, set[str]]]:
    """(pins, hash counts, 'via' sources) per canonical name, from pip-compile's output."""
    pins: dict[str, Version] = {}
    hashes: dict[str, int] = {}
    via: dict[str, set[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        m = _PIN.match(line)
        if m:
            current = canonicalize_name(m.group(1))
            assert current not in pins, f"{current} pinned twice in {LOCK.name}"
            pins[current] = Version(m.group(2))
            hashes[current] = 0
            via[current] = set()
        elif stripped.startswith("--hash=sha256:") and current:
            hashes[current] += 1
        elif line.startswith("    #") and current:  # the indented "# via" block under a pin
            source = stripped.lstrip("#").strip()
            source = source.removeprefix("via").strip()
            if source:
                via[current].add(source)
        elif stripped and not stripped.startswith(("-", "#")):
            raise AssertionError(f"unexpected line in {LOCK.name}: {line!r}")
    return pins, hashes, via


@pytest.fixture(scope="module")
def lock() -> tuple[dict[str, Version], dict[str, int], dict[str, set[str]]]:
    assert LOCK.is_file(), f"{LOCK} is missing; {REFRESH}"
    return parse_lock(LOCK.read_text())


def test_every_declared_dependency_is_pinned_within_its_range(lock: tuple) -> None:
    pins, _, _ = lock
    problems = []
    for req in declared():
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req} is not in the lock")
        elif not req.specifier.contains(pins[name], prereleases=True):
            problems.append(f"{req} but the lock pins {name}=={pins[name]}")
    assert not problems, "; ".join(problems) + f"; {REFRESH}"


def test_lock_has_no_stale_direct_dependency(lock: tuple) -> None:
    pins, _, via = lock
    names = {canonicalize_name(req.name) for req in declared()}
    stale = [n for n in pins if "footnote (pyproject.toml)" in via[n] and n not in names]
    assert not stale, f"the lock still has {stale} from pyproject, which no longer declares them; {REFRESH}"


def test_every_pin_has_hashes(lock: tuple) -> None:
    _, hashes, _ = lock
    missing = [n for n, count in hashes.items() if count == 0]
    assert not missing, f"pins without --hash: {missing}; {REFRESH}"


def test_torch_is_the_local_cpu_build(lock: tuple) -> None:
    pins, _, _ = lock
    assert str(pins["torch"]) == "2.13.0+cpu", (
        f"torch pinned to {pins['torch']}: only the local 2.13.0+cpu wheel avoids a multi-GB CUDA "
        f"build; {REFRESH}"
    )
    assert not [n for n in pins if n.startswith("nvidia-")], "CUDA packages in the lock"


def test_pypdf_is_pinned_to_the_release_the_accelerators_mirror(lock: tuple) -> None:
    from ingest.loaders import pdf_fastlayout, pdf_fastparse

    pins, _, _ = lock
    pinned = [req for req in declared() if canonicalize_name(req.name) == "pypdf"]
    assert [str(req.specifier) for req in pinned] == [f"=={pdf_fastlayout.MIRRORED_PYPDF}"]
    assert str(pins["pypdf"]) == pdf_fastlayout.MIRRORED_PYPDF == pdf_fastparse.MIRRORED_PYPDF


@pytest.mark.parametrize("name", KEY_PACKAGES)
def test_installed_version_matches_the_lock(lock: tuple, name: str) -> None:
    pins, _, _ = lock
    try:
        installed = Version(version(name))
    except PackageNotFoundError:
        pytest.fail(f"{name} is not installed; {REINSTALL}")
    assert installed == pins[canonicalize_name(name)], (
        f"{name} {installed} is installed but the lock pins {pins[canonicalize_name(name)]}; {REINSTALL}"
    )


def test_parse_lock_reads_pins_hashes_and_sources() -> None:
    text = (
        "--find-links /opt/wheels\n\n"
        "Foo_Bar==1.2.0+cpu \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n"
        "    # via\n    #   footnote (pyproject.toml)\n    #   baz\n"
        "baz==3 \\\n    --hash=sha256:cc\n    # via footnote (pyproject.toml)\n"
    )
    pins, hashes, via = parse_lock(text)
    assert pins == {"foo-bar": Version("1.2.0+cpu"), "baz": Version("3")}
    assert hashes == {"foo-bar": 2, "baz": 1}
    assert via == {"foo-bar": {"footnote (pyproject.toml)", "baz"}, "baz": {"footnote (pyproject.toml)"}}
