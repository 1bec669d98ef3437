"""Golds that are only a short list of names ("United States, EMEA, APAC, and LACC",
"Trillium, Array, and Therachon"), scored by the names an answer gives.

A grader accepts an answer that names every item (in any order, with extra true detail) and
rejects one that names none of them (it lists other things). An answer that names some is an
LLM judge's call. Each name is matched by its words, so "Array BioPharma" names "Array".
"""

from __future__ import annotations

import re

from eval.words import Judged

_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*")
# A name: one to three words, each capitalised or an acronym ("United States", "EMEA").
_NAME = re.compile(r"^(?:[A-Z][\w&'.-]*)(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'.-]*){0,2}$")
_MAX_ITEMS = 6


def listed_names(gold: str) -> list[str]:
    """The names a gold consists of, or [] when it is anything else (a sentence, one name)."""
    body = gold.strip().rstrip(".")
    items = [i.strip() for i in _ITEM_SPLIT.split(body) if i.strip()]
    if not 2 <= len(items) <= _MAX_ITEMS or not all(_NAME.match(i) for i in items):
        return []
    return items


def _names(text: str, name: str) -> bool:
    return all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I) for w in name.split())


def score_listed_names(gold: str, text: str) -> Judged | None:
    """Right when the answer names every listed name, wrong when it names none, else None."""
    items = listed_names(gold)
    if not items:
        return None
    named = [i for i in items if _names(text, i)]
    if len(named) == len(items):
        return "right", "names every item the gold lists"
    if not named:
        return "wrong", "names none of the items the gold lists"
    return None
