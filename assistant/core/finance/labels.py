"""Lines named as printed: an operand a question defines its metric over ("wireless equipment
revenues minus cost of wireless equipment") that no concept covers is matched to the company's
statement rows by its whole printed label.

Labels and phrases are compared after one normalisation: case, punctuation, note marks and
parentheticals ("(exclusive of items shown below)", "provision/(benefit)") dropped, "total",
"net" (but before interest or charge-offs, `_net_kept`), "less:" and articles dropped, plurals made singular, and a few synonyms an analyst treats
as one ("stockholders'" and "shareholders'"). The operand becomes a name `row_<key>` in the
formula; `keyed_rows` gives the matching rows that concept (a copy beside each, so a row that is
also a concept fact serves both), or names the candidates when rows of that name disagree.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.finance.concepts import clean_label, match_concept
from assistant.core.finance.facts import Fact
from assistant.core.finance.label_blocks import one_measure
from assistant.core.finance.note_titles import names_other_table, told_by_title
from assistant.core.finance.presentation import label_names_direction
from assistant.core.words import fold_plural

__all__ = ["LABEL_PREFIX", "disagree", "keyed_rows", "label_key", "label_operand"]

LABEL_PREFIX = "row_"
# one word that names a kind of figure, not a printed line
_VAGUE = frozenset({"amount", "figure", "value", "balance", "result", "income", "expense", "number", "change", "growth",
                    "percent", "percentage", "ratio", "multiple", "margin", "others"})
_DROP = frozenset({"total", "net", "less", "the", "a", "an", "its"})
_EXPENSES = re.compile(r"\b(?:expenses?|costs?)\b", re.I)
_SYNONYMS = {"stockholder": "shareholder", "stockholders": "shareholder", "shareowner": "shareholder",
             "shareowners": "shareholder", "&": "and"}


def label_key(text: str) -> str:
    """The normalised words of a label or phrase, joined by "_" ("" when none are left)."""
    text = clean_label(text).replace("/", " ")
    text = re.sub(r"\([^)]*\)", " ", text)
    words = [_SYNONYMS.get(w, w) for w in re.findall(r"[a-z0-9&]+", text)]
    return "_".join(fold_plural(w) for k, w in enumerate(words) if w not in _DROP or _net_kept(words, k))


# "Net interest income" is interest income less interest expense, "net charge-offs" charge-offs less
# recoveries: a bank prints both lines, so "net" before these words names another row, not the same one.
_NET_OF = frozenset({"interest", "charge", "chargeoff", "chargeoffs", "write", "writeoff", "writeoffs"})


def _net_kept(words: list[str], k: int) -> bool:
    return words[k] == "net" and k + 1 < len(words) and words[k + 1] in _NET_OF


def label_operand(phrase: str) -> str | None:
    """The formula name for a line named as printed, or None when the phrase is no label (too
    short, too long, or a number)."""
    key = label_key(phrase)
    words = key.split("_") if key else []
    if not 1 <= len(words) <= 10 or any(w.isdigit() for w in words):
        return None
    if len(words) == 1 and (len(words[0]) < 6 or words[0] in _VAGUE):
        return None  # "margin", "other": no one row; "goodwill" is one
    return LABEL_PREFIX + key


def _section_kind(fact: Fact) -> str | None:
    """ "revenue" or "expense" for a row read under a section heading that names one ("Revenues",
    "Costs and expenses"), else None."""
    section = str(fact.extra.get("section") or "")
    if not section:
        return None
    if match_concept(section) == "revenue":
        return "revenue"
    return "expense" if _EXPENSES.search(section) else None


def keyed_rows(facts: list[Fact], names: set[str], question: str = "") -> tuple[list[Fact], str]:
    """The facts with a copy of each row whose label matches a `row_` name keyed to it, and the
    candidates ("row (p. N); ...") when rows of one name disagree for one period of one filing,
    else "". A statement's row of the name is the one meant, not a note table's; note rows of one
    name in several tables are told apart by the title words the question names (`told_by_title`)."""
    wanted = {n for n in names if n.startswith(LABEL_PREFIX)} - {f.concept for f in facts}
    if not wanted:
        return facts, ""
    keyed: dict[str, list[Fact]] = {}
    for f in facts:
        key = LABEL_PREFIX + label_key(f.label)
        # A row printed under a section heading is of that section's kind: "Rooms" under "Revenues"
        # is rooms revenue, the "Rooms" under "Expenses" rooms expense, never the other.
        section = _section_kind(f)
        if key not in wanted and f.statement == "income_statement" and section != "expense":
            # Revenue lines print their kind alone ("Premiums", "Wireless equipment"): "premiums revenue".
            key = next((k for k in (key + "_revenue", key + "_sale") if k in wanted), key)
        if (key not in wanted and f.statement in ("income_statement", "cash_flow") and key + "_expense" in wanted
                and section != "revenue"):
            key += "_expense"  # an expense line printed without the word ("Stock-based compensation")
        if key in wanted:
            keyed.setdefault(key, []).append(f)
    out = list(facts)
    clash = ""
    for key, found in keyed.items():
        found = [f for f in found if not f.extra.get("note")] or found
        # A note table's row answers for its own table, not for another the question names more.
        found = [f for f in found if not (question and names_other_table(f, question, facts))]
        if question and disagree(found):
            # the block the question names, else the company's own line, in the unit asked (`label_blocks`)
            found = one_measure(found, question)
        if question and disagree(found):
            found = told_by_title(found, question)
        out.extend(replace(f, concept=key) for f in found)
        if not clash and disagree(found):
            clash = "; ".join(sorted({f'"{f.label}" (p. {f.page})' for f in found})[:3])
    return out, clash


def disagree(rows: list[Fact]) -> bool:
    """Whether rows of one name give two figures for one period of one filing (as answers read them)."""
    values: dict[tuple[str, str, int], set[float]] = {}
    for f in rows:
        values.setdefault((f.doc_id, f.period, f.duration_months), set()).add(
            abs(f.value) if label_names_direction(f.label) else f.value)
    return any(len(v) > 1 for v in values.values())
