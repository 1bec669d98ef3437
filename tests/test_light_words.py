"""Words that never name what a question asks (an "i.e.", "came from", "alone", "how fast",
"leaving ... out") carry no weight in its match against the passages: they are in no passage, so
as rare words they outweighed what the question is about (made-up questions)."""

from __future__ import annotations

from assistant.core.answer.question import analyse
from assistant.core.query import parse_question
from assistant.core.words import stem


def _terms(question: str) -> set[str]:
    return set(analyse(parse_question(question, []), []).terms)


def _stems(words: str) -> set[str]:
    return {stem(w) for w in words.split()}


def test_light_words_are_not_matched() -> None:
    terms = _terms("What was Kestrel's supplier finance liability a year earlier, i.e. at June 30, 2031?")
    assert "ie" not in terms and _stems("supplier liability") <= terms
    terms = _terms("For the fourth quarter alone, how fast did Kestrel's lantern sales grow, leaving currency aside?")
    assert not terms & _stems("alone fast leaving aside")
    assert _stems("lantern sales currency") <= terms
    assert not _terms("What share of Kestrel's sales came from lanterns?") & _stems("came")
    # Content words stay, even where they sit beside a light one.
    assert _stems("whole dividends") <= _terms("How much did Kestrel pay in dividends over the whole of 2031?")

