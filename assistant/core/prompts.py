"""Prompt templates, loaded once from prompts.toml and checked at load.

Every template must use exactly the fields its caller fills: a missing field
would silently drop data from the prompt and an unknown one would crash mid-
request, so both fail at load with the template's name.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# Template name ("table.key" in the TOML) -> the fields it must use, no more, no less.
EXPECTED_FIELDS: Mapping[str, frozenset[str]] = {
    "answer.system": frozenset(),
    "answer.user": frozenset({"sources", "question"}),
    "answer.source": frozenset({"n", "doc", "page", "text"}),
    "answer.no_sources": frozenset(),
    "rewrite.system": frozenset(),
    "rewrite.user": frozenset({"history", "question"}),
    "rewrite.turn": frozenset({"question", "answer"}),
    "judge.user": frozenset({"question", "expected", "answer"}),
}


class PromptError(ValueError):
    """prompts.toml is missing a template or a template uses the wrong fields."""


def template_fields(template: str) -> set[str]:
    """The {fields} a str.format template uses; raises PromptError on malformed braces."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:  # e.g. a lone "{" that should have been "{{"
        raise PromptError(
            f"malformed braces ({exc}); write a literal brace as {{{{ or }}}}"
        ) from exc
    fields: set[str] = set()
    for _literal, name, _spec, _conversion in parsed:
        if name is None:
            continue
        if name == "" or name.isdigit():
            raise PromptError("positional field {} found; use named fields such as {question}")
        fields.add(name)
    return fields


@dataclass(frozen=True)
class Prompts:
    """The checked templates. `render(name, **fields)` fills one."""

    templates: Mapping[str, str]
    source: str = "prompts.toml"

    def render(self, name: str, **fields: Any) -> str:
        template = self.templates.get(name)
        if template is None:
            raise PromptError(f"no prompt template named {name!r} in {self.source}")
        expected = EXPECTED_FIELDS.get(name, frozenset(template_fields(template)))
        if set(fields) != expected:
            raise PromptError(
                f"prompt {name!r} needs fields {sorted(expected)}, got {sorted(fields)}"
            )
        return template.format(**fields)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def parse_prompts(
    text: str,
    expected: Mapping[str, frozenset[str]] = EXPECTED_FIELDS,
    source: str = "prompts.toml",
) -> Prompts:
    """Parse and check a prompts TOML document against `expected`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PromptError(f"{source} is not valid TOML: {exc}") from exc
    flat = _flatten(data)
    problems: list[str] = []
    for name in sorted(set(expected) - set(flat)):
        problems.append(f"missing template {name!r}")
    for name in sorted(set(flat) - set(expected)):
        problems.append(f"unknown template {name!r} (no code uses it; a typo?)")
    templates: dict[str, str] = {}
    for name in sorted(set(flat) & set(expected)):
        value = flat[name]
        if not isinstance(value, str):
            problems.append(f"template {name!r} must be a string, not {type(value).__name__}")
            continue
        try:
            used = template_fields(value)
        except PromptError as exc:
            problems.append(f"template {name!r}: {exc}")
            continue
        want = set(expected[name])
        if used != want:
            detail = []
            if used - want:
                detail.append(f"unexpected {sorted(used - want)}")
            if want - used:
                detail.append(f"missing {sorted(want - used)}")
            problems.append(
                f"template {name!r} must use fields {sorted(want)}: " + ", ".join(detail)
            )
            continue
        templates[name] = value.strip()
    if problems:
        raise PromptError(f"{source}: " + "; ".join(problems))
    return Prompts(templates=templates, source=source)


def load_prompts(
    path: Path | None = None, expected: Mapping[str, frozenset[str]] = EXPECTED_FIELDS
) -> Prompts:
    """Load prompts from `path`, or the packaged assistant/prompts.toml."""
    if path is not None:
        return parse_prompts(path.read_text(encoding="utf-8"), expected, str(path))
    packaged = Path(__file__).with_name("prompts.toml")
    return parse_prompts(packaged.read_text(encoding="utf-8"), expected, str(packaged))


@lru_cache(maxsize=1)
def prompts() -> Prompts:
    """The packaged prompts, loaded and checked once per process."""
    return load_prompts()
