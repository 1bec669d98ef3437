"""A share question's part is named by what the part is, not by how the question's subject relates
to the whole: after "did/does <subject>", the relating verb ("retain", "hold") and a time adverb
("still") name no part; a metric word of the part counts as its finance synonym; a sentence that
points back ("these brands") names what the sentence before it says of them. Words that do name
the part (a negation, a threshold, a place) are still required."""

from __future__ import annotations

import pytest

from assistant.core.answer.derived import share_part
from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.answer.share_words import names_part, without_frame
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from assistant.core.words import stem


def _hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"kel:{n}", doc_id="kel-10q", title="Kelvora quarterly report", source="/d/kel.pdf",
                     page=n, text=text, score=1.0 / n, company="Kelvora Inc", period="FY2024")


def _part(question: str) -> set[str]:
    return share_part(analyse(parse_question(question, []), [_hit("Kelvora sold its stake.")]), question)


def _answer(question: str, text: str) -> str | None:
    ans = ExtractiveAnswerer(Settings(min_support=0.3)).answer(question, [_hit(text)])
    return None if ans.refused else ans.answer


def test_the_relating_verb_and_a_time_adverb_after_did_name_no_part() -> None:
    part = _part("What percentage of Brightwell's voting stock did Kelvora still retain after the spin-off?")
    assert stem("retain") not in part and stem("still") not in part
    assert stem("spin") in part or stem("spin-off") in part


def test_the_frame_is_dropped_only_after_do_support() -> None:
    q = "What share of the fleet came from lessors that still hold title?"
    start = q.index(" from")
    assert without_frame(q, start, q[start:]) == q[start:]  # "came from ...": its words are the part
    q2 = "What share of the pool does the trust still hold in bonds?"
    start2 = q2.index(" the trust")
    assert "hold" not in without_frame(q2, start2, q2[start2:]) and "bonds" in without_frame(q2, start2, q2[start2:])


def test_a_metric_word_of_the_part_counts_as_its_synonym_and_a_place_does_not() -> None:
    text = "Catalog revenue as a share of total segment revenue rose to 17.2%."
    assert names_part({stem("catalog"), stem("sales")}, text)
    assert not names_part({stem("kiosk"), stem("sales")}, text)


def test_a_sentence_pointing_back_names_what_the_sentence_before_says() -> None:
    before = "Kelvora had four brands with retail sales above $500 million each in 2024. "
    text = "Together these brands made up 46% of net revenues in 2024."
    part = {stem("brand"), stem("million"), stem("each")}
    assert names_part(part, text, figure_end=text.index("46%"), before=before)
    assert not names_part(part, text, figure_end=text.index("46%"), before="Net revenues were $2.1 billion. ")
    assert not names_part(part, "This year brands made up 46% of net revenues.", figure_end=24, before=before)


@pytest.mark.parametrize(("question", "answered"), [
    ("What percentage of Brightwell's voting stock did Kelvora still retain after the spin-off?", True),
    ("What percentage of Brightwell's voting stock did Kelvora not retain after the spin-off?", False),
    ("What percentage of Brightwell's voting stock did Kelvora still retain in Europe?", False),
])
def test_a_share_held_is_quoted_however_the_holding_is_worded(question: str, answered: bool) -> None:
    got = _answer(question, "Kelvora continues to own 27% of the voting stock of Brightwell after the spin-off. "
                            "Net revenues were $2.1 billion.")
    assert (got is not None and "27%" in got) is answered, got
