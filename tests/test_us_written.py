""""The United States" and "the U.S." are one name, however the question and the passage write it
(made-up questions and sentences)."""

from __future__ import annotations

from assistant.core.answer.question import analyse, us_written
from assistant.core.answer.text import word_stems, word_tokens
from assistant.core.query import parse_question


def test_the_united_states_is_the_us() -> None:
    terms = analyse(parse_question("What share of Pellham's lantern sales came from the United States?", []), []).terms
    assert "us" in terms and not {"unit", "united", "stat", "state"} & set(terms)
    assert "us" in word_stems("Lantern sales in the United States rose 4%.")
    assert "us" in word_stems("Lantern sales in the U.S. rose 4%.")
    text = "sales in the United States rose"
    assert [p for _, p in word_tokens(text)] == sorted(p for _, p in word_tokens(text))  # in reading order
    assert len(us_written(text)) == len(text)
    assert us_written("United Kingdom and the United Nations") == "United Kingdom and the United Nations"
