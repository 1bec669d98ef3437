"""The one sentence-break builder: each parameter changes what ends a sentence, and nothing else."""

from __future__ import annotations

from assistant.core.sentences import sentence_end, sentences_of


def test_a_stop_before_a_capital_or_digit_ends_a_sentence() -> None:
    end = sentence_end("A-Z0-9")
    assert sentences_of("Orders grew. 2022 was calm! Why? Because.", end) == [
        "Orders grew.", "2022 was calm!", "Why?", "Because."]
    # a lower-case word after the stop, or no space, ends nothing
    assert sentences_of("It was approx. ten units. Cost was 3.5 units.", end) == [
        "It was approx. ten units.", "Cost was 3.5 units."]


def test_starts_say_what_may_open_the_next_sentence() -> None:
    assert sentences_of("Sales rose. $4 went to fees.", sentence_end("A-Z0-9$")) == ["Sales rose.", "$4 went to fees."]
    assert sentences_of("Sales rose. $4 went to fees.", sentence_end("A-Z0-9")) == ["Sales rose. $4 went to fees."]


def test_keep_initials_leaves_a_single_capital_stop_inside_the_sentence() -> None:
    text = "Its U.S. Garden Tools unit grew. The rest fell."
    assert sentences_of(text, sentence_end("A-Z", keep_initials=True)) == ["Its U.S. Garden Tools unit grew.", "The rest fell."]
    assert sentences_of(text, sentence_end("A-Z")) == ["Its U.S.", "Garden Tools unit grew.", "The rest fell."]


def test_closers_go_with_the_break_and_openers_may_precede_the_start() -> None:
    text = 'He said "we grew." (Then costs rose.)'
    with_marks = sentence_end("A-Z", openers="(", closers=True)
    assert sentences_of(text, with_marks) == ['He said "we grew.', "(Then costs rose.)"]
    # without closers the closing quote keeps the stop from being a break
    assert sentences_of(text, sentence_end("A-Z", openers="(")) == [text]
    # without openers a bracket does not open a sentence unless `starts` says so
    assert sentences_of("Costs rose. (Mostly fuel.)", sentence_end("A-Z")) == ["Costs rose. (Mostly fuel.)"]
    assert sentences_of("Costs rose. (Mostly fuel.)", sentence_end("A-Z(")) == ["Costs rose.", "(Mostly fuel.)"]


def test_also_adds_another_break() -> None:
    text = "Heading line\n\nbody text follows. More"
    assert sentences_of(text, sentence_end("A-Z", also=r"\n\s*\n")) == ["Heading line", "body text follows.", "More"]
    assert sentences_of(text, sentence_end("A-Z")) == ["Heading line\n\nbody text follows.", "More"]
