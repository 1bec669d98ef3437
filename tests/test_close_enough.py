"""The extractive answerer's "close enough" support: words that carry no meaning of the question
("i.e.") do not weigh against a sentence, and a lower-case name the question abbreviates in
brackets ("carbonated soft drink (CSD)") is named by its abbreviation. Made-up companies."""

from __future__ import annotations

from assistant.core.answer.extractive import ExtractiveAnswerer
from assistant.core.answer.question import analyse
from assistant.core.query import parse_question
from assistant.core.settings import Settings
from assistant.core.types import SearchHit
from assistant.core.words import stem


def hit(text: str, n: int = 1) -> SearchHit:
    return SearchHit(chunk_id=f"zephyr:{n}", doc_id="zephyr", title="Zephyr Outfitters annual report",
                     source="/docs/zephyr.txt", page=n, text=text, score=1.0 / n,
                     company="Zephyr Outfitters", period="FY2024")


def answerer() -> ExtractiveAnswerer:
    # Above the default threshold, so that the weight of a word no passage has shows: without the
    # changes these sentences' support is about 0.5, with them 0.7 and more.
    return ExtractiveAnswerer(Settings(min_support=0.6))


def filler(n: int) -> list[SearchHit]:
    texts = ["Revenue grew 4% in fiscal 2024, led by outdoor apparel.",
             "Inventories were $310 million at the end of fiscal 2024.", "We opened twelve stores in fiscal 2024."]
    return [hit(t, n + i) for i, t in enumerate(texts)]


def test_ie_and_eg_are_not_question_words() -> None:
    question = "What was the freight reserve, i.e. the amount set aside for late shipments, e.g. by sea?"
    q = analyse(parse_question(question, []), [hit("The freight reserve was $12 million.")])
    assert "ie" not in q.terms and "eg" not in q.terms
    assert stem("reserve") in q.terms


def test_ie_does_not_weigh_against_the_sentence() -> None:
    hits = [hit("Supplier Finance\nWe have a supplier finance program with a bank, whereby suppliers may sell "
                "their receivables early. The bank pays the supplier on the agreed terms. Our obligation under "
                "the program was $84 million at the end of fiscal 2024."),
            hit("Suppliers take part in the finance program at their own option.", 2), *filler(3)]
    question = "How much was Zephyr's obligation under its supplier finance program, i.e. at the end of fiscal 2024?"
    ans = answerer().answer(question, hits)
    assert not ans.refused, ans.answer
    assert ans.key_figure is not None and ans.key_figure.value == 84


def test_lower_case_name_and_its_abbreviation_are_one() -> None:
    q = analyse(parse_question("How much did sparkling mineral water (SMW) volume grow?", []), [])
    assert stem("smw") in q.aliases[stem("sparkling")]
    assert {stem("sparkling"), stem("mineral"), stem("water")} <= q.aliases[stem("smw")]
    # Brackets whose letters the words before them do not spell are not an abbreviation of them.
    other = analyse(parse_question("How much did bottled tea (SMW) volume grow?", []), [])
    assert stem("smw") not in other.aliases.get(stem("tea"), set())


def test_a_sentence_using_only_the_abbreviation_is_close_enough() -> None:
    hits = [hit("Beverage volume increased 5%, driven by a 9% increase in still juice (SJ) volume and a 3% "
                "increase in SMW volume."),
            hit("Our sparkling brands lead in several markets.", 2), hit("Mineral sourcing is certified.", 3),
            hit("Water use fell 2% per litre produced.", 4), *filler(5)]
    ans = answerer().answer("How much did sparkling mineral water (SMW) volume grow in fiscal 2024?", hits)
    assert not ans.refused, ans.answer
    assert ans.key_figure is not None and ans.key_figure.value == 3
