"""A runner-up row that is another line item than the chosen, fully named row casts no doubt on
the chosen figure (answer.gate.other_line feeding the gate's `runner_differs`); made-up company,
rows and questions."""

from __future__ import annotations

from assistant.core.answer import gate
from assistant.core.answer.question import Question, analyse
from assistant.core.answer.question_words import Matcher
from assistant.core.answer.text import word_stems
from assistant.core.answer.unit_choice import Unit
from assistant.core.numbers import parse_quantities
from assistant.core.query import parse_question
from assistant.core.types import SearchHit

HEADER = "Orvane Foods consolidated statement (in millions) 2024 2023"


def _hit(i: int, text: str) -> SearchHit:
    return SearchHit(chunk_id=f"orvane:{i}", doc_id="orvane-24", title="Orvane Foods 10-K", source="/d/o.pdf",
                     page=30 + i, text=text, score=1.0 / (i + 1), company="Orvane Foods", period="FY2024")


def _row(i: int, text: str, score: float) -> Unit:
    fig = next(x for x in parse_quantities(text) if not x.is_year)
    return Unit(i, 0, 0, len(text), True, HEADER, word_stems(text), support=score, score=score, figure=fig)


def _case(question: str, chosen: str, runner: str) -> tuple[Question, list[SearchHit], list[Unit], Matcher]:
    hits = [_hit(0, chosen), _hit(1, runner)]
    q = analyse(parse_question(question, []), hits)
    units = [_row(0, chosen, 0.9), _row(1, runner, 0.8)]
    vocab = set().union(*(u.stems for u in units), word_stems(HEADER))
    return q, hits, units, Matcher(q.terms, vocab)


def _other(question: str, chosen: str, runner: str) -> bool:
    q, hits, units, match = _case(question, chosen, runner)
    return gate.other_line(q, hits, units[0], units[1], match, q.terms)


def test_a_part_of_the_chosen_label_is_another_line() -> None:
    assert _other("What net cash did Orvane Foods report as provided by operating activities in 2024?",
                  "Net cash provided by operating activities  1,840  1,602", "Operating activities  312  298")


def test_a_runner_up_naming_what_the_question_does_not_ask_is_another_line() -> None:
    assert _other("What was Orvane Foods' total net revenue in 2024?",
                  "Total net revenue  9,420  8,875", "Net revenue - Frozen desserts  2,115  1,990")


def test_the_same_label_again_stays_a_doubt() -> None:
    # another table's row of the same name may be the line asked for another period or basis
    assert not _other("What was Orvane Foods' total net revenue in 2024?",
                      "Total net revenue  9,420  8,875", "Total net revenue  9,380  8,875")


def test_a_chosen_row_short_of_a_word_asked_stays_in_doubt() -> None:
    # the question asks the desserts line: a runner-up naming it may be the one asked
    assert not _other("What net revenue did Orvane Foods' frozen desserts earn in 2024?",
                      "Total net revenue  9,420  8,875", "Net revenue - Frozen desserts  2,115  1,990")


def test_a_chosen_label_the_question_does_not_name_stays_in_doubt() -> None:
    assert not _other("How much cash did Orvane Foods generate in 2024?",
                      "Net cash provided by operating activities  1,840  1,602", "Operating activities  312  298")


def test_a_runner_up_short_only_of_a_plain_word_stays_in_doubt() -> None:
    # "Revenue" beside "Total revenue" may be the same line printed without its total
    assert not _other("What was Orvane Foods' total revenue in 2024?",
                      "Total revenue  9,420  8,875", "Revenue  9,380  8,875")


def test_the_signal_drops_for_another_line_only() -> None:
    q, hits, units, match = _case("What net cash did Orvane Foods report as provided by operating activities in 2024?",
                                  "Net cash provided by operating activities  1,840  1,602",
                                  "Operating activities  312  298")
    assert gate.signals(q, hits, units, units[0], match, q.terms)["runner_differs"] == 0.0
    q, hits, units, match = _case("What net cash did Orvane Foods report as provided by operating activities in 2024?",
                                  "Net cash provided by operating activities  1,840  1,602",
                                  "Net cash provided by operating activities  1,790  1,602")
    assert gate.signals(q, hits, units, units[0], match, q.terms)["runner_differs"] == 1.0


def test_a_label_the_question_names_as_what_another_noun_is_of_is_not_the_line_asked() -> None:
    # the question asks the reserve held for receivables, not the receivables row
    assert not _other("How large was the reserve Orvane Foods held for its trade receivables in 2024?",
                      "Trade receivables  1,240  1,180", "Notes receivable  85  70")
    assert _other("What trade receivables did Orvane Foods hold at the end of 2024?",
                  "Trade receivables  1,240  1,180", "Notes receivable  85  70")


def test_a_runner_up_naming_a_word_asked_that_the_chosen_label_lacks_stays_in_doubt() -> None:
    assert not _other("What short-term lease cost plus variable lease cost did Orvane Foods record in 2024?",
                      "Short-term lease cost  42  39", "Variable lease cost  57  51")


def test_a_line_the_question_sets_aside_is_not_the_line_asked() -> None:
    assert not _other("Excluding the plant closure charge, what did Orvane Foods earn in 2024?",
                      "Plant closure charge  64  12", "Plant closure charge, net of tax  49  9")
    assert _other("What plant closure charge did Orvane Foods take in 2024?",
                  "Plant closure charge  64  12", "Plant closure charge, net of tax  49  9")


def test_sign_words_name_no_other_line() -> None:
    # "Add:" and "Less:" rows of one charge in two reconciliations are one line
    assert not _other("What plant closure charge did Orvane Foods add back in 2024?",
                      "Add: Plant closure charge  64  12", "Less: Plant closure charge  49  9")


def test_a_move_asked_of_a_level_row_stays_in_doubt() -> None:
    # the row is the reserve's balance; the question asks how much was put into it
    assert not _other("How much did Orvane Foods add to its inventory reserve in 2024?",
                      "Inventory reserve  310  262", "Inventory, gross of reserve  2,940  2,705")
    assert not _other("By how much did Orvane Foods' inventory reserve rise in 2024?",
                      "Inventory reserve  310  262", "Inventory, gross of reserve  2,940  2,705")
    assert _other("What inventory reserve did Orvane Foods hold at the end of 2024?",
                  "Inventory reserve  310  262", "Inventory, gross of reserve  2,940  2,705")
