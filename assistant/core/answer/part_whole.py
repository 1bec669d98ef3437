"""A part asked, a whole's figure offered (and the reverse), read in a sentence's own words; and a
figure whose own words name what the question says it does not mean ("(not the carrying value)").

Two ways a sentence's figure is the whole when the question asks for one part of it:

* its subject joins the asked part with something else: "Advertising and other marketing
  activities totaled $4.6 billion", "the combination of translation and hedging losses had an impact
  of $1.0 billion" answer no question about advertising alone or translation alone (the question
  names only the first side; what it says it does not mean, "(not all advertising and marketing)",
  does not count as naming it);
* the question asks for a part of a whole it names ("Of the restructuring costs expected, how much
  was paid in 2022?") and the figure's own words name that whole right before it ("restructuring
  costs of approximately $1.5 billion"): the whole, not the part asked.

A question that asks for the rest of a whole, "something other than advertising", is not
answered by a figure its own words call the part it sets aside ("advertising expenses of $3.5 billion").

A figure its own words state as one line "including" another ("Interest incurred, including amounts
capitalized, was $2,790") is that line's, not the included part the question asks ("how much
interest was capitalized"); a list's lead-in words are each of its figures' own words.

The reverse, a part's figure for a whole asked, is `answer.metric_check`'s (its label names a part
the question leaves out)."""

from __future__ import annotations

import logging
import re

from assistant.core.answer.derived_given import given_whole_amount
from assistant.core.answer.derived_inputs import PERIODISH, absolute
from assistant.core.answer.derived_rest import asked_part
from assistant.core.answer.question import STOP, Matcher
from assistant.core.answer.respective_names import meant
from assistant.core.answer.sentence_attribution import whole_of_sources
from assistant.core.answer.set_aside import set_aside_parts
from assistant.core.answer.text import word_stems
from assistant.core.numbers import Quantity, between_figures, parse_quantities
from assistant.core.sentences import FULL_STOP

__all__ = ["part_whole_refusal"]

logger = logging.getLogger(__name__)

# "A and other B", "the combination/sum of A and B": a subject that adds something to A.
_JOINED = (
    re.compile(r"(?i)\b(?P<a>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+and\s+other\s+"
               r"(?P<b>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})"),
    re.compile(r"(?i)\b(?:combination|combined\s+effect|sum|aggregate)\s+of\s+(?P<a>[^;:]{3,160}?),?\s+and\s+"
               r"(?:of\s+)?(?P<b>[^;:]{3,160}?)(?=\s+(?:had|have|has|was|were|is|are|totaled|totalled|amounted|"
               r"resulted|reduced|increased|decreased|lowered|raised)\b)"),
)
# Between the subject and its figure: a narrower label of its own ("including advertising expenses of").
_NARROWER = re.compile(r"(?i)\b(?:including|includ(?:es|ed)|inclusive\s+of|of\s+which|excluding|within\s+which)\b")
# "Of the X expected from ..., how much ...", "how much of the X was ...": a part of a named whole.
_PART_OF = (
    re.compile(r"(?i)^\W*of\s+(?:the\s+|its\s+|their\s+)?(?P<w>[^,?]{3,120}?),\s*(?:roughly\s+|approximately\s+|about\s+)?"
               r"how\s+much\b"),
    re.compile(r"(?i)\bhow\s+much\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<w>[^,?]{3,120}?)\s+(?:was|were|is|are|has|have|had"
               r"|will|would)\b"),
)
_ROUNDING = 0.005  # a part stated as "approximately $150 million" of a whole given as "$150 million"
_BEFORE_WORDS = 5  # the words right before a figure that name what it is
# "How much of the spending was something other than advertising?": the rest, never the part named.
_OTHER_THAN = re.compile(r"(?i)\b(?:other\s+than|apart\s+from|aside\s+from)\s+(?:the\s+|its\s+)?(?P<x>[^,;?()]{3,80})")
_NEGATOR = re.compile(r"(?i)\b(?:other\s+than|apart\s+from|aside\s+from|excluding|excludes?|except|besides|less|net\s+of|without)\b")


def _content(text: str) -> set[str]:
    return {s for s in word_stems(text) if s not in STOP and len(s) > 2}


def _short(phrase: str) -> str:
    return " ".join(phrase.split()[:6])


def _whole_of_join(question: str, sentence: str, fig: Quantity) -> str | None:
    asked = _content(meant(question))  # "(not all advertising and other marketing)" names nothing
    for pattern in _JOINED:
        for m in pattern.finditer(sentence[: fig.start]):
            between = sentence[m.end() : fig.start]
            # Words the figure's predicate repeats ("an impact on income before taxes of") tell
            # nothing about which subject the question names.
            said = _content(between)
            a, b = _content(m.group("a")), _content(m.group("b"))
            only_a, only_b = a - b, b - a - said
            if not only_a & asked or only_b & asked or not only_b:
                continue  # the question names the joined subject, or not its first side
            if _NARROWER.search(between) or only_a & said or re.search(r"[.;]\s", between):
                continue  # a narrower label of its own, or another sentence
            return f"{_short(m.group('a'))} together with {_short(m.group('b'))}"
    return None


def _whole_of_part_asked(question: str, sentence: str, fig: Quantity) -> str | None:
    for pattern in _PART_OF:
        m = pattern.search(question)
        if m is None:
            continue
        whole = _content(re.split(r"(?i)\s+(?:expected|from|for|that|which|under|of)\s+", m.group("w"))[0])
        before = " ".join(re.findall(r"[A-Za-z][\w'’-]*", sentence[: fig.start])[-_BEFORE_WORDS:])
        if _NARROWER.search(before):
            continue  # "capital expenditures, inclusive of approximately $6.2 billion": the part, said
        if len(whole) >= 1 and len(whole & _content(before)) >= min(2, len(whole)):
            return " ".join(m.group("w").split()[:6])
    return None


def _larger_than_given(question: str, fig: Quantity) -> str | None:
    """A part asked of a whole the question gives by its amount ("Of its $150 million of unrecognized
    tax benefits, how much ..."): a figure of the same currency larger than that whole is no part of
    it (another balance, or another year's)."""
    whole = given_whole_amount(question)
    if whole is None or fig.unit != whole.unit or fig.high is not None:
        return None
    if absolute(fig) <= absolute(whole) * (1 + _ROUNDING):
        return None
    return f"larger than the {whole.raw.strip()} whole the question takes a part of"


def _the_part_set_aside(question: str, sentence: str, fig: Quantity) -> str | None:
    m = _OTHER_THAN.search(question)
    if m is None:
        return None
    named = _content(m.group("x"))
    before = " ".join(re.findall(r"[A-Za-z][\w'’-]*", sentence[: fig.start])[-_BEFORE_WORDS:])
    if named and named <= _content(before) and not _NEGATOR.search(before):
        return " ".join(m.group("x").split()[:6])
    return None


# Where a figure's own words end: a clause break, or the next figure (`between_figures`).
_OWN_END = re.compile(rf"[;:()\[\]]|,\s|{FULL_STOP}|\s[-\u2013\u2014]\s")  # not "Sept. 30"
_SAYS_LEFT_OUT = re.compile(rf"{_NEGATOR.pattern}|\bnot\b|n['\u2019]t\b", re.I)


def _own_clause(sentence: str, fig: Quantity) -> tuple[str, str]:
    """The figure's own words before it (back to the clause start or the figure before it) and after it
    (on to the clause end or the figure after it: "$0.02 benefit due to income tax accounting")."""
    a, b = between_figures(sentence, fig)
    a = max([a, *(m.end() for m in _OWN_END.finditer(sentence[: fig.start]))])
    end = _OWN_END.search(sentence, fig.end, b)
    return sentence[a : fig.start], sentence[fig.end : end.start() if end is not None else b]


def _named_as_set_aside(question: str, sentence: str, fig: Quantity) -> str | None:
    """The question asks for the rest of something once a named part is set aside, and the words
    right after the figure, the noun it measures ("$2.1 billion in C-Band related capital
    expenditures"), name that part by most of its words (at least two, and two of every three) while
    its own words do not say they leave it out: the figure is the part set aside, not the rest asked.
    (The words before a figure are often its sentence's subject, the whole: `_the_part_set_aside`.)"""
    before, after = _own_clause(sentence, fig)
    if _SAYS_LEFT_OUT.search(f"{before} {after}"):
        return None
    said = _content(after)
    for part in set_aside_parts(question):
        named = {w for w in _content(part) if not w.isdigit()}
        hit = len(named & said)
        if named and 3 * hit >= 2 * len(named) and hit >= min(2, len(named)):
            return _short(part)
    return None


def _whole_undescribed(question: str, sentence: str, fig: Quantity, company: frozenset[str]) -> str | None:
    """The question takes a part of a whole it names ("Of the financing commitments, how much has a
    funding date in 2025?"); the figure's own words, from the figure before it, name that whole
    and nothing of what sets the part apart ("financing commitments totaled $16.1 billion and
    $12.9 billion"): the whole itself. Read between the neighbouring figures, so a part stated with
    its own figure ("..., of which $3.4 billion in 2025") keeps its words."""
    asked = asked_part(question)
    if asked is None:
        return None
    whole_text, pred = asked

    def words(text: str) -> set[str]:
        kept = {w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if not PERIODISH.match(w.lower())}
        return _content(" ".join(kept)) - company - _PERIOD_EDGES

    whole = words(whole_text)
    part = words(pred) - whole
    if not whole or not part:
        return None  # a part told only by its period or by words the whole has: nothing to hold it to
    start, end = between_figures(sentence, fig)
    before, own = sentence[start : fig.start], word_stems(sentence[start:end])
    if _NARROWER.search(before):
        return None  # "of which $3.4 billion": the part, said
    said_before = word_stems(before)
    named = Matcher(whole, said_before)
    if sum(named(w, said_before) >= 0.6 for w in whole) * 3 < 2 * len(whole):
        return None  # the figure's words before it do not name the whole
    said = Matcher(part, own)
    if any(said(w, own) >= 0.6 for w in part):
        return None
    return " ".join(whole_text.split()[:6])


# Words that say when a whole is taken, not what it is ("at the end of 2022", "outstanding at").
_PERIOD_EDGES = frozenset(word_stems("end close start beginning"))


def part_whole_refusal(question: str, sentence: str, fig: Quantity, company: frozenset[str] = frozenset()) -> str | None:
    """Why `fig`, a figure of `sentence`, is a whole rather than the part `question` asks for,
    or None. `company`: the stems of the asked company's name (the question's, never a part's)."""
    joined = _whole_of_join(question, sentence, fig)
    if joined is not None:
        logger.debug("whole for a part: %s", joined)
        return f"the figure of {joined}, not the part asked"
    larger = _larger_than_given(question, fig)
    if larger is not None:
        return larger
    whole = _whole_of_part_asked(question, sentence, fig) or _whole_undescribed(question, sentence, fig, company)
    if whole is not None:
        return f"the whole of the {whole}, not the part of it asked"
    aside = _the_part_set_aside(question, sentence, fig) or _named_as_set_aside(question, sentence, fig)
    if aside is not None:
        return f"the figure of {aside} itself, which the question sets aside"
    unmeant = _what_is_not_meant(question, sentence, fig)
    if unmeant is not None:
        return f"the {unmeant}, which the question says it does not mean"
    including = _whole_including(question, sentence, fig)
    if including is not None:
        return f"the {including}, a whole including what the question asks about"
    together = _named_together(question, sentence)
    if together is not None:
        return f"the figure of {together}, not the one asked on its own"
    source = whole_of_sources(question, sentence, fig, company)
    if source is not None:
        return "a total its sentence says came in part from what was asked, not a figure of that part"
    return None


# "What share does the union represent on its own": one of two named bodies asked apart from the other.
_ALONE = re.compile(r"(?i)\b(?:on\s+(?:its|their)\s+own|alone|by\s+(?:itself|themselves)|separately)\b")
_NAME = r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*){0,5}"
_NAMES_JOINED = re.compile(rf"(?P<a>{_NAME})\s+(?:or|and)\s+(?P<b>{_NAME})")


def _named_together(question: str, sentence: str) -> str | None:
    """The question asks one named body on its own ("the Teamsters Union alone") and the sentence
    states its figure for that body joined with another by "or"/"and" ("represented by the Teamsters
    Union or the Pilots Guild"): the pair's figure, no answer for either alone."""
    if not _ALONE.search(question):
        return None
    asked = _content(question)
    for m in _NAMES_JOINED.finditer(sentence):
        a, b = _content(m.group("a")), _content(m.group("b"))
        if a and b - a and a <= asked and not (b - a) & asked:
            return f"{_short(m.group('a'))} together with {_short(m.group('b').rstrip('.'))}"
    return None


# Between two figures of one list: "$2,650, $2,790 and $2,280".
_LIST_GAP = re.compile(r"^\s*,?\s*(?:and\s+)?$")


def _own_before(sentence: str, fig: Quantity) -> str:
    """The figure's own words before it: from the figure before it, or for a figure of a list
    ("was $2,650, $2,790 and $2,280 ... respectively") from the figure before the list's first,
    whose lead-in words are every figure's of the list."""
    before = [x for x in parse_quantities(sentence[: fig.start]) if not x.is_year]
    first = fig.start
    while before and _LIST_GAP.match(sentence[before[-1].end : first]):
        first = before.pop().start
    return sentence[(before[-1].end if before else 0) : fig.start]


# "Interest incurred, including amounts capitalized, was": the figure is the first line, the second
# only a part of it.
_INCLUDING = re.compile(r"(?i)(?P<x>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}),?\s+including\s+"
                        r"(?P<y>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s*,")


def _whole_including(question: str, sentence: str, fig: Quantity) -> str | None:
    """The figure's own words name it as one line "including" another, and the question asks the
    other: "Interest incurred, including amounts capitalized, was $2,790" answers no question about
    the interest capitalized. The question naming the including line itself keeps it."""
    asked = _content(meant(question))
    own = re.split(r"[.;]\s", _own_before(sentence, fig))[-1]
    for m in _INCLUDING.finditer(own):
        x, y = _content(m.group("x")), _content(m.group("y"))
        if y & asked and x - asked:
            return _short(m.group("x"))
    return None


# "(not the carrying value)", "rather than the list price": what the question says its figure is not.
_NOT_THE = re.compile(r"(?i)\(\s*not\s+(?:the\s+|its\s+|all\s+)?(?P<x>[^)]{3,60})\)|\brather\s+than\s+(?:the\s+|its\s+)?"
                      r"(?P<y>[^,;?()]{3,60})")


def _what_is_not_meant(question: str, sentence: str, fig: Quantity) -> str | None:
    """The figure's own words, from the figure before it (or its sentence's start), name what the
    question says it does not mean: "The carrying value of the notes was $61 billion" for "the fair
    value (not the carrying value)"."""
    for m in _NOT_THE.finditer(question):
        phrase = m.group("x") or m.group("y")
        named = _content(phrase)
        own = re.split(r"[.;]\s", _own_before(sentence, fig))[-1]
        first = next((w for w in re.findall(r"[A-Za-z][\w'’-]*", phrase) if _content(w) & named), None)
        at = re.search(rf"(?i)\b{re.escape(first)}", own) if first else None
        if not named or not named <= _content(own) or at is None:
            continue
        if _NEGATOR.search(own[max(0, at.start() - 25) : at.start()]):
            continue  # "excluding the carrying value adjustments": the figure leaves it out
        return " ".join(phrase.split()[:6])
    return None
