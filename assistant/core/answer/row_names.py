"""Which row a question names: a table row by its printed label (and the heading above it), and
whether the words around a line item narrow it to a part no statement total answers.

`label_row` finds the row a question names by its label ("wireless equipment revenues",
"Worldwide excluding COVID-19 Vaccine", "United States" under "Long-lived assets") when that is
more specific than the concept its words map to; `keyed_by_label` gives those rows a concept of
their own. `narrowed` tells "domestic revenue" or "revenue from appliances" from "total revenue
in fiscal 2023".
"""

from __future__ import annotations

import re

from assistant.core.finance.concepts import clean_label, match_concept
from assistant.core.finance.facts import Fact
from assistant.core.finance.label_blocks import one_measure
from assistant.core.finance.labels import disagree
from assistant.core.finance.near_concepts import ON_PART, asks_bucket, narrows_label
from assistant.core.finance.note_titles import names_other_table, told_by_title
from assistant.core.finance.periods import MONTH_NAMES
from assistant.core.finance.plan import question_concept, without_negated
from assistant.core.finance.presentation import label_names_direction
from assistant.core.finance.statements import PRIMARY_STATEMENTS, SUPPLEMENTARY
from assistant.core.number_parsing import CURRENCIES

__all__ = ["FRAME", "keyed_by_label", "label_row", "narrowed", "phrase_in", "phrase_span", "row_name"]


def label_row(question: str, facts: list[Fact], concept: str | None, company: str | None = None,
                   narrowing: set[str] | None = None) -> tuple[str, str | None] | None:
    """A row the question names by its printed label ("wireless equipment revenues"), when that
    is more specific than the concept the question's words map to (the company's own name, which
    the question says anyway, names no row)."""
    names = re.findall(r"[a-z]+", (company or "").lower())
    words = {w for w in re.findall(r"[a-z]+", without_negated(question).lower()) if not any(len(w) >= 3 and w in n for n in names)}
    span = question_concept(question)
    # Words as a label's are counted: "receivables, net" names no more than "Unbilled receivables, net" does.
    named = len([w for w in re.findall(r"[a-z]+", question[span[1]:span[2]].lower()) if w not in _GAP]) if span else 0
    # The word right before the line item ("premiums revenue") may be a one-word row.
    before = re.findall(r"[a-z]+", question[:span[1]].lower())[-1:] if span else []
    named_rows: list[tuple[int, Fact, str | None]] = []
    bucket = asks_bucket(question)
    # "the fair value of its long-term debt", "land within property and equipment": the line named is
    # another than its bare name's concept, so no row of that concept answers, however it is labelled.
    other = question_concept(question, contradicted=True) if concept is None else None
    bare = set(re.findall(r"[a-z]+", question[other[1]:other[2]].lower())) | {"total"} if other else set()
    for f in facts:
        heading: str | None = None
        if bucket and f.statement == "balance_sheet":
            continue  # "long-term debt due in 2024" is a maturity schedule's row, not the balance
        if narrowing is not None and f.statement != SUPPLEMENTARY:
            continue  # a narrowed question is answered by a table row that says so, never a statement line
        label_words = [w for w in re.findall(r"[a-z]+", row_name(f.label)) if w not in ("and", "of", "the", "net")]
        if f.extra.get("heading"):
            under = [w for w in re.findall(r"[a-z]+", clean_label(str(f.extra["heading"]))) if w not in ("and", "of", "the")]
            if set(under) <= words and (narrowing is None or not narrowing <= set(label_words)):
                # "Domestic" over "Revenue": the domestic revenue; a heading's words the label repeats
                # ("Deferred tax assets, net" under "Deferred tax assets") name no more of the question.
                label_words = under + [w for w in label_words if w not in under]
                heading = str(f.extra["heading"])
        # Income statements break revenue into lines of one word ("Products", "Premiums", "Rooms").
        one_word = (heading is None and label_words == before and f.statement != SUPPLEMENTARY
                    and span is not None and span[0] == "revenue")
        if (len(label_words) < 2 and not one_word) or not set(label_words) <= words or (
                concept is not None and f.concept == concept):
            continue
        # A sales table's rows leave out the "sales" the question says ("Worldwide excluding X").
        loose = set(re.findall(r"[a-z]+", question[span[1]:span[2]].lower())) if span and f.statement == SUPPLEMENTARY else set()
        loose |= FRAME | set(names)  # "worldwide sales did Acme report excluding X": the verb splits the label
        where = phrase_span(row_name(f.label), question, loose)
        if where is None:
            continue  # "interest income" is not named by "net interest income", nor "total interest expense" by
            # "total revenues net of interest expense": a label is matched whole, not word by word
        if heading is None and narrows_label(question[: where[0]], question[where[1]:]) is not None:
            continue  # "provision for credit losses on credit card": a part of the row's line, not the line
        if other is not None and f.concept == other[0] and set(label_words) <= bare:
            continue  # the line's row printed by its bare name
        if concept is None and narrowing is None and part_named(question, where, set(label_words) | set(names)):
            continue  # "wholesale provision for credit losses": a part of the printed total
        if narrowing is not None and not {q for q in narrowing if q.isalpha()} <= set(label_words) | _by_segment(f):
            continue
        if names_other_table(f, question, facts):
            continue  # a note table's row, but the question names another of the filing's tables
        size = len(label_words) + (named if one_word else 0)
        named_rows.append((size, f, heading))
    best = max([c for c in named_rows if c[0] > named], key=lambda c: c[0], default=None)
    return (best[1].label, best[2]) if best else None


# "Less: LIFO reserve", "Add: accretion": the word before the colon says how the row enters its table's
# total, not what the row is; the row is named by the rest.
_SIGN_WORD = re.compile(r"^(?:less|add|plus|deduct)\b\s*")


# A roll-forward whose title says its columns are the segments' ("goodwill by reportable segment"): each
# column's balance is a segment's figure, so "the Consumer Health segment's goodwill" names one. Only a
# roll-forward's: a table of several measures by segment (sales, then income before tax) names no one
# measure by its title, and its rows' labels must say which.
_SEGMENT_TITLE = re.compile(r"\bsegments?\b", re.I)


def _by_segment(f: Fact) -> set[str]:
    """{"segment"} for a roll-forward's cell whose table title says its columns are segments', else nothing."""
    return {"segment"} if f.extra.get("rollforward") and _SEGMENT_TITLE.search(str(f.extra.get("table") or "")) else set()


def row_name(label: str) -> str:
    """A row's printed label as a question names it: `clean_label` without a leading sign word."""
    return _SIGN_WORD.sub("", clean_label(label))


_GAP = frozenset({"and", "of", "the", "net", "s", "its", "their"})  # "purchases of its common stock"
# A question's verb frame, which can split a label's words but names no line item.
FRAME = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "report", "reported",
                    "reports", "record", "recorded", "records", "show", "showed", "shows", "book", "booked"})


def phrase_in(label: str, question: str, loose: set[str]) -> bool:
    """The label's words stand together in the question, in order (only "and", "of", "the",
    "net" or the `loose` words between them), and a "net" right before them in the question is
    in the label too."""
    return phrase_span(label, question, loose) is not None


def phrase_span(label: str, question: str, loose: set[str]) -> tuple[int, int] | None:
    """Where in the question (character start and end) `phrase_in` finds the label, else None."""
    want = [w for w in re.findall(r"[a-z0-9]+", label) if w not in _GAP]
    # "noninterest expense" names the row "Total noninterest expense", unless the words stand inside
    # another item's name ("revenues net of interest expense" is not "Total interest expense").
    untotalled = want[:1] == ["total"] and len(want) > 2 and not re.search(r"\btotal\b", question, re.I)
    if untotalled:
        want = want[1:]
    if not want:
        return None
    found = list(re.finditer(r"[a-z0-9]+", question.lower()))
    words = [m.group() for m in found]
    for i, w in enumerate(words):
        if w != want[0]:
            continue
        k, j = 1, i + 1
        while k < len(want) and j < len(words):
            if words[j] == want[k]:
                k += 1
            elif words[j] not in _GAP and words[j] not in loose:
                break
            j += 1
        if k == len(want):
            before = words[i - 1] if i else ""
            if before == "net" and not re.search(r"\bnet\b", label):
                continue
            if _NET_OF_TWO.match(label) and before != "net":
                continue  # "interest income" asked: the gross line, not interest income less interest expense
            if untotalled and before in _INSIDE:
                continue
            return found[i].start(), found[j - 1].end()
    return None


# A label opening with "Net" before a flow that has an opposite flow ("Net interest income" is
# interest income less interest expense): the question's line without "net" is the gross one.
_NET_OF_TWO = re.compile(r"\s*net\s+interest\b", re.I)
_INSIDE = frozenset({"of", "net", "less", "minus", "excluding", "after", "before", "than"})
# Words that may stand right before a line item without narrowing it ("total revenue", "its net income").
_PLAIN_BEFORE = frozenset(
    ["the", "its", "their", "a", "an", "total", "net", "reported", "gaap", "consolidated", "annual", "quarterly", "full-year", "full", "year", "fiscal", "company", "of", "in", "for", "on", "and", "what", "was", "were", "is", "are", "did", "do", "does", "how", "much", "many", "report", "reported", "generate", "generated", "earn", "earned", "average", "combined", "overall", "diluted", "basic", "unadjusted", "by", "from", "to", "with", "as", "at", "that", "this", "whose", "which", "pay", "paid", "spend", "spent", "record", "recorded", "post", "posted", "show", "shown"]
)
_PERIOD_WORD = re.compile(r"^(?:(?:fy)?(?:19|20)\d\d|q[1-4]|fy\d{2}|\d{4}q[1-4])$")


def narrowed(question: str, company: str | None) -> bool:
    """The line item is qualified by a word in front of it ("domestic revenue", "Frito-Lay
    North America revenue"), which no statement total answers."""
    span = question_concept(question)
    if span is None:
        return False
    names = set(re.findall(r"[a-z&]+", (company or "").lower()))
    if _narrowed_after(question[span[2]:], names):
        return True
    before = re.findall(r"[\w&'’.-]+", question[: span[1]])
    if not before or _SOURCE_CLAUSE.search(question[: span[1]]):
        return False  # "Per Acme's 10-Q, revenue ...": a clause naming the source ended before the line item
    word = before[-1].lower().strip(".")
    return not (word in _PLAIN_BEFORE or word.endswith(("'s", "’s", "s'")) or word in names
                or _PERIOD_WORD.match(word))


def part_named(question: str, at: tuple[int, int], own: set[str]) -> bool:
    """The question names a part of the row it names by its label at `at`: a lower-case word
    right before the label that is no plain word, the company's or the label's own ("wholesale
    provision for credit losses"), or what the flow is earned or paid on after it ("provision
    for credit losses on credit card", `near_concepts.ON_PART`)."""
    on = ON_PART.match(question[at[1]:])
    if on is not None and (word := on.group().split()[-1]).islower() and word not in _ON_PLAIN:
        return True  # "on credit card"; "on Acme's balance sheet" names no part
    lead = re.search(r"(?<![\w'’-])([a-z]{3,})\s+$", question[: at[0]])
    if lead is None:
        return False
    word = lead.group(1)
    return not (word in _PLAIN_BEFORE or word in FRAME or word in own or word in _INSIDE or word.endswith("ing")
                or word in _LEADS)


_ON_PLAIN = frozenset({"balance", "statement", "statements", "consolidated", "condensed", "form", "page", "pages"})
# Lower-case words that stand before a line's name without naming a part of it.
_LEADS = frozenset({"per", "about", "into", "amount", "figure", "line", "item", "level", "balance", "value", "change",
                    "growth", "increase", "decrease", "rise", "fall", "decline", "movement", "sum", "add", "added",
                    "show", "shows", "record", "also", "than", "both", "between", "under", "within", "when", "where",
                    "company", "group", "firm", "bank", "across", "all", "any", "each", "every", "other", "versus", "vs",
                    "mean", "yearly", "monthly", "weekly", "daily", "cumulative", "aggregate", "overall"})


_SOURCE_CLAUSE = re.compile(r"(?i)\b(?:10-?[kq]|8-?k|release|report|filing|statements?|sheet|(?:19|20)\d\d)\s*[,:;]\s*$")
# Words that may follow "in", "from" or "by" after a line item without narrowing it ("revenue in
# fiscal 2023", "capex in USD millions"); anything else ("revenue from appliances", "sales in
# the Americas", "revenue by segment") names a part the statement total does not answer.
_PLAIN_AFTER = frozenset(
    ["fiscal", "fy", "year", "years", "quarter", "quarters", "first", "second", "third", "fourth", "three", "six",
     "nine", "twelve", "months", "month", "weeks", "week", "million", "millions", "billion", "billions", "thousand",
     "thousands", "usd", "dollars", "dollar", "us", "u", "percent", "percentage", "percentages", "terms", "total",
     "calendar", "absolute", "reported", "gaap", "its", "their", "the", "a", "an", "this", "that", "each", "which",
     "whole", "full", "annual", "period", "periods", "units", "unit", "value", "decimal", "decimals", "round",
     "rounded", "nearest", "one", "two", "prior", "previous", "last", "latest", "same", "comparison", "compared",
     "consolidated", "company", "statement", "statements", "report", "filing", "form", "balance", "cash", "income",
     "earnings", "release", "between", "over", "cents", "points", *MONTH_NAMES]
)


_ASKING = frozenset({"what", "how", "which", "whom"})
# A currency the answer is asked in names no part of the line: "in SEK million", "in MSEK", "in EUR" (as "in USD").
_CURRENCY_WORD = re.compile(rf"[mtk]?(?:{'|'.join(c.lower() for c in CURRENCIES)})")


def _narrowed_after(rest: str, names: set[str]) -> bool:
    rest = re.split(r"\?|\.\s+(?=[A-Z])", rest, maxsplit=1)[0]  # the question's own sentence, not its instructions
    for m in re.finditer(r"\b(?:from|in|by)\s+(?:(?:its|the|their)\s+)?([a-z][\w&'’-]*)", rest, re.I):
        word = m.group(1).lower()
        # the company's own name as whose ("added back in Acme's cash flows"); a question word asks the
        # measure ("grew by what percentage", "by how much"): neither names a part of the line
        if re.sub(r"['’]s?$", "", word) in names or word in _ASKING:
            continue
        if not (word in _PLAIN_AFTER or word in names or word.endswith("ing") or _PERIOD_WORD.match(word) or (word.startswith(("q", "h"))
                and len(word) == 2) or _CURRENCY_WORD.fullmatch(word)
                or ("-" in word and all((w in _PLAIN_AFTER and w not in MONTH_NAMES) or _PERIOD_WORD.match(w)
                                        for w in word.split("-")))):
            # "in full-year 2025": a compound of plain words names no part either (a month range,
            # "April-September", is a span the statements' columns may not hold)
            return True
    return False


def keyed_by_label(facts: list[Fact], found: tuple[str, str | None], narrowing: bool,
                   question: str = "") -> tuple[list[Fact], str, str]:
    """The facts with the named rows given a concept of their own, that concept, and the rows
    ("row (p. N); ...") when two of that name disagree for one period of one filing, else "".
    Rows of one label in two sections of a statement ("Rooms" under "Revenues" and under
    "Expenses") are told apart by the line item the question names with it ("rooms revenue")."""
    label, heading = found
    key = "row_" + re.sub(r"\W+", "_", row_name(f"{heading or ''} {label}")).strip("_")
    named = [f for f in facts if f.label == label and (not narrowing or f.statement == SUPPLEMENTARY)]
    span = question_concept(question) if question else None
    sections = {f.extra.get("section") for f in named}
    if span is not None and len(sections) > 1:
        asked = [f for f in named if match_concept(str(f.extra.get("section") or "")) == span[0]]
        named = asked or named
    # A line printed on a statement is the one asked for, not a note's or a release table's row of that name.
    named = [f for f in named if f.statement in PRIMARY_STATEMENTS] or named
    named = [f for f in named if not f.extra.get("note")] or named  # a statement's row, not a note table's
    if any(f.statement == "income_statement" for f in named):  # the charge itself, not its cash flow add-back
        named = [f for f in named if f.statement != "cash_flow"]
    # The rows under the heading the question names; with none named, rows under no heading where
    # there are such ("United States" revenue, not the long-lived assets below it).
    plain = [f for f in named if not f.extra.get("heading")]
    chosen = {id(f) for f in named if f.extra.get("heading") == heading} if heading else {id(f) for f in plain or named}
    chosen -= _off_sheet({id(f): f for f in named if id(f) in chosen}, facts)
    if question and disagree(picked := [f for f in named if id(f) in chosen]):
        # the block the question names, else the company's own line, in the unit asked (`finance.label_blocks`)
        picked = one_measure(picked, question)
        chosen = {id(f) for f in picked}
        if disagree(picked):  # rows of two note tables: the one whose title is named
            chosen = {id(f) for f in told_by_title(picked, question)}
    out = [Fact(**{**f.__dict__, "concept": key}) if id(f) in chosen else f for f in facts]
    values: dict[tuple[str, str, int], set[float]] = {}
    for f in out:
        if f.concept == key:
            # Compared as answers read them: a charge printed (16) on one statement and 16 on another agrees.
            values.setdefault((f.doc_id, f.period, f.duration_months), set()).add(
                abs(f.value) if label_names_direction(f.label) else f.value)
    clash = ""
    if any(len(v) > 1 for v in values.values()):
        clash = "; ".join(sorted({f'"{f.row}" (p. {f.page})' for f in out if f.concept == key})[:2])
    return out, key, clash


def _off_sheet(rows: dict[int, Fact], facts: list[Fact]) -> set[int]:
    """Balance-sheet rows of a label read from another table of the filing (a parent-only or
    guarantor balance sheet) where the consolidated balance sheet (the page with the filing's
    largest total assets at that date) carries the same label for that date: the consolidated
    row is the company's."""
    largest: dict[tuple[str, object], Fact] = {}
    for g in facts:
        at = (g.doc_id, g.period_end)
        if g.concept == "total_assets" and (at not in largest or abs(g.value) > abs(largest[at].value)):
            largest[at] = g
    sheet = {at: g.page for at, g in largest.items()}
    on_sheet = {(f.doc_id, f.period_end) for f in rows.values() if f.statement == "balance_sheet"
                and (f.doc_id, f.period_end) in sheet and abs(f.page - sheet[(f.doc_id, f.period_end)]) <= 1}
    return {k for k, f in rows.items() if f.statement == "balance_sheet" and (f.doc_id, f.period_end) in on_sheet
            and abs(f.page - sheet[(f.doc_id, f.period_end)]) > 1}
