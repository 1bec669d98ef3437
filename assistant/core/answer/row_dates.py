"""A table row dated by its own label: a roll-forward's "Balance as of December 31, 2021" or
"Goodwill at January 2, 2022" holds that date's figures in every column, whatever years the header
names. Such a row answers a question that names a date only when the dates agree, and the
movements between two such rows ("Acquisitions", "Dispositions") answer no balance at a date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.core.finance.periods import MONTH_NAMES, MONTH_NUMBERS, MONTH_WORDS
from assistant.core.number_parsing import parse_quantities
from assistant.core.words import stem

__all__ = ["balance_row_named", "label_date", "other_balance_date", "other_row_date", "rolled_headers"]

_DATE = rf"(?P<m>{MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"
_DATES = re.compile(_DATE, re.I)
# The row's label: words before its first cell; a date may sit in it ("Balance at May 31, 2022").
_LABEL_DATE = re.compile(rf"^[^\d$€£%]{{0,80}}?\b{_DATE}", re.I)
_SLACK_DAYS = 3  # 52/53-week years: "January 29" and "January 30" may name one year end


def _day(m: re.Match[str]) -> date | None:
    try:
        return date(int(m.group("y")), MONTH_NUMBERS[m.group("m")[:3].lower()], int(m.group("d")))
    except ValueError:
        return None


def rolled_headers(text: str, spans: Sequence[tuple[int, int, bool, str]]) -> frozenset[str]:
    """The headers of a passage's tables that hold a row dated by its label: roll-forwards."""
    return frozenset(hdr for a, b, row, hdr in spans if row and _LABEL_DATE.match(text[a:b].strip()))


def other_row_date(question: str, row: str, header: str = "", rolled: frozenset[str] = frozenset()) -> bool:
    """A row that cannot answer a question naming dates: dated by its label with none of the asked
    dates (within a few days), or an undated movement of a roll-forward (its `header` in `rolled`)."""
    asked = [d for d in (_day(a) for a in _DATES.finditer(question)) if d is not None]
    if not asked:
        return False
    m = _LABEL_DATE.match(row.strip())
    if m is None:
        return header in rolled
    dated = _day(m)
    return dated is not None and not any(abs((dated - d).days) <= _SLACK_DAYS for d in asked)


# A balance asked at one day: "total assets at March 31, 2026", "as of June 30, 2025", "on December 31".
_AT_DATE = re.compile(rf"\b(?:at|as\s+of|on)\s+(?:the\s+end\s+of\s+)?{_DATE}", re.I)


def other_balance_date(question: str, sentence: str) -> bool:
    """A sentence that states a balance at days, none of them the one day the question asks a balance
    at ("Total assets were $25,486 million at June 30, 2026" for March 31, 2026): its figures are that
    other day's. A sentence naming no balance day says nothing against it."""
    asked = {d for m in _AT_DATE.finditer(question) if (d := _day(m)) is not None}
    if len(asked) != 1:
        return False
    said = [d for m in _AT_DATE.finditer(sentence) if (d := _day(m)) is not None]
    day = next(iter(asked))
    return bool(said) and not any(abs((d - day).days) <= _SLACK_DAYS for d in _days(sentence))


# "May 31, 2023 and 2022", "December 31, 2022, 2021 and 2020": the day's later years, written as years alone
_MORE_YEARS = re.compile(r"^(?:\s*(?:,|and|or|,\s*and)\s*(?:19|20)\d\d\b)+")


def _days(sentence: str) -> list[date]:
    """Every day `sentence` names, with those of a day's run of years ("as of May 31, 2023 and 2022")."""
    out: list[date] = []
    for m in _DATES.finditer(sentence):
        d = _day(m)
        if d is None:
            continue
        out.append(d)
        more = _MORE_YEARS.match(sentence[m.end():])
        for y in re.findall(r"(?:19|20)\d\d", more.group() if more else ""):
            try:
                out.append(d.replace(year=int(y)))
            except ValueError:
                continue  # February 29 of a year with none
    return out


def label_date(row: str) -> date | None:
    """The date a row's label prints, "Balance as of December 31, 2021"; None when it prints none."""
    m = _LABEL_DATE.match(row.strip())
    return _day(m) if m is not None else None


# A roll-forward's balance row says only that it is the balance and when: "Balance, December 31, 2020",
# "Outstanding at May 31, 2023", "Ending balance as of June 30, 2022". What it is the balance of is the
# table's title ("changes in the carrying amount of Goodwill").
_BALANCE_WORDS = frozenset({"balance", "balances", "ending", "beginning", "closing", "opening", "outstanding",
                            "at", "as", "of", "end", "total"})
_TITLE_SKIP = frozenset({"the", "and", "following", "table", "tables", "summarizes", "summary", "presents",
                         "shows", "changes", "change", "activity", "components", "amount", "amounts", "carrying",
                         "millions", "thousands", "billions", "dollars", "total", "balance", "balances",
                         "year", "years", "ended", "months", "our", "for", "were", "was", "are", "is",
                         *(m.lower() for m in MONTH_NAMES)})


def balance_row_named(question: str, row: str, header: str, *, figure_last: bool = False) -> bool:
    """A roll-forward's balance row answers a question that asks its table's subject at its date: its label
    is only balance words and a date the question names (within a few days), the title of its table (the
    header's last two lines) names a word the question names, and the row prints one figure, or the figure
    read is its last cell and that cell is the sum of the others (`figure_last`: a total column) with no column
    heading of a part named by the question, so which column is asked is not in doubt."""
    m = _LABEL_DATE.match(row.strip())
    if m is None or (dated := _day(m)) is None:
        return False
    words = re.findall(r"[a-z]+", row.strip()[: m.start("m")].lower())
    if not words or not set(words) <= _BALANCE_WORDS or not set(words) - {"at", "as", "of", "total"}:
        return False
    days = [d for d in (_day(a) for a in _DATES.finditer(question)) if d is not None]
    if not any(abs((dated - d).days) <= _SLACK_DAYS for d in days):
        return False
    cells = [q.value for q in parse_quantities(row.strip()[m.end():]) if not q.is_year]
    if len(cells) != 1 and not (figure_last and _total_column(cells)):
        return False  # several columns and the figure is not their total: which one is asked is the header's
    lines = header.strip().splitlines()
    asked = _naming_words(question, skip=frozenset())
    if len(cells) == 1:
        return bool(_naming_words(" ".join(lines[-2:])) & asked)
    # several cells: the title is above the column line, and the total read for a question that names a
    # column of its parts would be another figure
    title = _naming_words(" ".join(lines[:-1]))
    return not (_naming_words(lines[-1]) - title) & asked and bool(title & asked)


def _naming_words(text: str, skip: frozenset[str] = _TITLE_SKIP) -> set[str]:
    """The stems of `text`'s words of four letters or more, less the `skip` words."""
    return {stem(w) for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in skip}


def _total_column(cells: list[float]) -> bool:
    """The last cell is the sum of the others: the row's total column ("$ 700 $ — $ 14 $ 714")."""
    return len(cells) >= 3 and abs(sum(cells[:-1]) - cells[-1]) <= 0.5 * len(cells)
