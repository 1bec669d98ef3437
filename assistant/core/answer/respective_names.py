"""A list of names paired with a list of figures by "respectively": the figure for the name asked.

"Factories in Ruritania, Elbonia and Freedonia made approximately 50%, 27% and 18% of the
footwear, respectively": a question about Elbonia is answered by the second figure, whatever
figure the sentence's words put nearest the question's. The names are the list just before the
figures; when their count differs from the figures' ("Europe, Middle East & Africa" holds commas of
its own) nothing is paired. Lists of years and spans are `answer.qualifiers`'."""

from __future__ import annotations

import re

from assistant.core.answer.qualifiers import (
    LIST_ITEMS,
    figure_list,
    respective,
    respective_span,
    respectively_paired,
)
from assistant.core.numbers import Quantity
from assistant.core.words import stem

__all__ = ["asked_item", "meant", "name_stems", "negated_name", "respective_figure", "unasked_name"]

# Where the first name starts: after the last preposition or article before the list.
_FIRST_CUT = re.compile(r"(?i).*\b(?:for|in|of|from|by|at|on|with|between|among|across|the)\s+")
# Where the last name ends: at its verb or relative pronoun ("China manufactured", "sales were").
_LAST_CUT = re.compile(r"(?i)\s+(?:was|were|is|are|had|have|has|which|that|who|accounted|represented|"
                       r"contributed|made|manufactured|produced|generated|grew|increased|decreased|"
                       r"declined|rose|fell|totaled|totalled|achieved|reported|recorded)\b.*")
_VERB_ED = re.compile(r"(?<=\S)\s+[a-z]+ed\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z&'’.-]*")
_STOP = frozenset(stem(w) for w in ("the", "a", "an", "of", "and", "or", "in", "for", "to", "its", "their", "our",
                                    "we", "it", "they", "total", "approximately", "about"))


# The list's tail when no verb ends it: "outstanding for A, B and C of $1, $2 and $3, respectively".
_TAIL_OF = re.compile(r"(?i)\s+(?:of|at|to)$")


def _names(before: str, n: int) -> list[str] | None:
    """The n names listed at the end of `before`, or None when they cannot be read as n items. A
    verb before the list ("the Company had amounts outstanding for A, B and C of ...") cuts it off
    when read as the last name's; the list is then read up to the preposition before the figures."""
    head = _LAST_CUT.sub("", before.rstrip(" ,")).rstrip(" ,")
    found = _read_names(head, n)
    if found is None and _TAIL_OF.search(tail := before.rstrip(" ,")):
        found = _read_names(_TAIL_OF.sub("", tail).rstrip(" ,"), n)
    return found


def _read_names(head: str, n: int) -> list[str] | None:
    parts = [p for p in LIST_ITEMS.split(head)]
    if len(parts) < n or any(not p.strip() for p in parts[-n:]):
        return None
    items = parts[-n:]
    items[0] = _FIRST_CUT.sub("", items[0])
    # The last name ends at its verb ("Corvast milled"), or is as long as the longest in between.
    words = _VERB_ED.split(items[-1], maxsplit=1)[0].split()
    items[-1] = " ".join(words[: max([len(p.split()) for p in items[1:-1]] or [len(words)])])
    if len(items[0].split()) > 4 or any(len(p.split()) > 5 or not name_stems(p) for p in items):
        return None  # the list's first item runs into the sentence: not a list of names
    return items


# What a question says it does not mean: "(excluding retiree plans)", "(not all marketing)", "rather than X".
_NOT_MEANT = re.compile(r"(?i)\((?:not|excluding|rather\s+than|other\s+than)\b[^)]*\)"
                        r"|\b(?:not|rather\s+than)\s+(?:all\s+|the\s+whole\s+|the\s+total\s+)?[^,;?()]*")


def meant(question: str) -> str:
    """The question without what it says it does not mean."""
    return _NOT_MEANT.sub(" ", question)


def name_stems(text: str) -> set[str]:
    return {stem(w.lower().strip(".")) for w in _WORD.findall(text)} - _STOP


def asked_item(question: str, items: list[str], skip: set[str]) -> int | None:
    """The one item the question names by words no other item has (`skip`: the company's own
    words), else None."""
    asked = name_stems(question) - skip
    own = [name_stems(x) - skip for x in items]
    hits = [i for i, s in enumerate(own) if s - set().union(*(o for j, o in enumerate(own) if j != i)) & asked]
    return hits[0] if len(hits) == 1 else None


def _names_after(sentence: str, fig: Quantity) -> list[str] | None:
    """"contributed $10 million, $8 million and $2 million to our U.S. Plans, Foreign Plans and
    Retiree Plans, respectively": the names after the figures, in order, or None."""
    after = respective(sentence, fig)
    listed = figure_list(sentence, fig)
    if after is None or listed is None:
        return None
    at = listed[0]
    items = [*after[1][:at], after[0], *after[1][at:]]
    items[0] = _FIRST_CUT.sub("", items[0])
    if any(len(p.split()) > 5 or not name_stems(p) or not re.search(r"\b[A-Z]", p) for p in items) or re.search(
            r"(?:19|20)\d\d", " ".join(items)):
        return None  # bases ("reported and organic basis") or years paired, not names: qualifiers' and periods'

    return items


def unasked_name(question: str, sentence: str, fig: Quantity, skip: set[str]) -> bool:
    """`fig` is paired in a "respectively" list of names with one the question does not ask about,
    while it asks about others of the list ("U.S. and foreign plans", "(excluding retiree plans)"):
    the figure answers for another name, or for one part of a total asked."""
    names = _names_after(sentence, fig)
    listed = figure_list(sentence, fig)
    if names is None or listed is None:
        return False
    asked = name_stems(meant(question)) - skip
    own = [name_stems(x) - skip for x in names]
    unique = [o - set().union(*(x for j, x in enumerate(own) if j != i)) for i, o in enumerate(own)]
    named = [i for i, u in enumerate(unique) if u & asked]
    return bool(named) and listed[0] not in named


def respective_figure(question: str, sentence: str, fig: Quantity, skip: set[str]) -> Quantity | None:
    """The figure of `fig`'s "respectively" list paired with the name the question asks about,
    when that is another than `fig`; else None."""
    paired, listed = respectively_paired(sentence, fig), figure_list(sentence, fig)
    if paired is not None and listed is not None and (after := _names_after(sentence, fig)) is not None:
        i = asked_item(meant(question), after, skip)  # the names after the figures
        return listed[2][i] if i is not None and i != listed[0] else None
    if paired is None or listed is None or respective(sentence, fig) is not None or respective_span(sentence, fig):
        return None  # no list, or one paired with words after it or with spans (qualifiers')
    at, n, figs = listed
    names = _names(sentence[: figs[0].start], n)
    if names is None:
        return None
    i = asked_item(question, names, skip)
    return figs[i] if i is not None and i != at else None


# "customers outside of the United States", "non-U.S. sales", "excluding Europe": the name negated.
_NEGATED = re.compile(r"\b(?:[Oo]utside\s+(?:of\s+)?(?:the\s+)?|[Nn]on-\s?|[Ee]xcluding\s+(?:the\s+)?"
                      r"|[Oo]ther\s+than\s+(?:the\s+)?|[Ee]xcept\s+(?:for\s+)?(?:the\s+)?)"
                      r"(?P<name>U\.S\.|United\s+States|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)*)")
_NEGATING = re.compile(r"(?i)\b(?:outside|non|excluding|except|other\s+than|international|foreign|abroad|"
                       r"overseas|rest\s+of)\b")


def _key(name: str) -> str:
    name = re.sub(r"(?i)^united\s+states$", "U.S.", name.strip())
    return re.sub(r"[^a-z]", "", name.lower())


def negated_name(question: str, own_words: str) -> str | None:
    """A name the figure's own words negate ("sales outside the United States") that the question
    asks about plainly ("U.S. sales"): the figure is about everything but it. None otherwise."""
    if _NEGATING.search(question):
        return None
    asked = {_key(m.group()) for m in re.finditer(r"U\.S\.|United\s+States|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)*",
                                                   question)}
    for m in _NEGATED.finditer(own_words):
        if _key(m.group("name")) in asked:
            return m.group("name")
    return None
