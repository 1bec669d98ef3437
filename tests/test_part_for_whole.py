"""A part's figure is no answer for the whole company (made-up passages): a ratio in the words of the
consolidated discussion, under a segment named just above it, is that segment's."""

from __future__ import annotations

from assistant.core.answer.part_for_whole import part_for_whole, refuse_part_for_whole
from assistant.core.answer.text import word_stems
from assistant.core.types import Answer, Citation, KeyFigure, SearchHit

_COMPANY = word_stems("Brackwater Holdings Inc")
_ABOVE = ("Selling expenses\n"
          "Selling expenses in the Garden Tools segment include freight, commissions and the costs of "
          "its showrooms.\n")
_QUOTE = "Selling expenses as a percentage of total revenues decreased to 11.2% in 2031 compared to 12.5% in 2030."
_WHOLE = "What were Brackwater's selling expenses as a percentage of total revenues in 2030?"


def test_a_ratio_under_a_segment_is_no_answer_for_the_company() -> None:
    assert part_for_whole(_WHOLE, _COMPANY, _ABOVE, _QUOTE) == "the Garden Tools segment"
    # the segment named in the quote itself
    said = "In the Garden Tools segment, selling expenses were 12.5% of total revenues in 2030."
    assert part_for_whole(_WHOLE, _COMPANY, "", said) == "the Garden Tools segment"


def test_the_company_s_own_discussion_is_quoted() -> None:
    assert part_for_whole(_WHOLE, _COMPANY, "Consolidated results\nSelling expenses\n", _QUOTE) is None
    # a segment named far above (an earlier discussion) does not reach the figure
    far = _ABOVE + "Filler about the consolidated results of the company. " * 25
    assert part_for_whole(_WHOLE, _COMPANY, far, _QUOTE) is None


def test_a_part_asked_is_left_to_the_other_checks() -> None:
    by_kind = "What were selling expenses as a percentage of revenues in Brackwater's Garden Tools segment in 2030?"
    assert part_for_whole(by_kind, _COMPANY, _ABOVE, _QUOTE) is None
    by_name = "What were Garden Tools' selling expenses as a percentage of total revenues in 2030?"
    assert part_for_whole(by_name, _COMPANY, _ABOVE, _QUOTE) is None
    abroad = "What were Brackwater's selling expenses outside the U.S. as a percentage of revenues in 2030?"
    assert part_for_whole(abroad, _COMPANY, _ABOVE, _QUOTE) is None
    # a product the quote prints: the quote is about what is asked, whatever segment it sits in
    product = "What share of total revenues did Brackwater's Hedgemaster trimmers bring in 2030?"
    quote = "Hedgemaster trimmers were 12.5% of total revenues in 2030."
    assert part_for_whole(product, _COMPANY, _ABOVE, quote) is None


def test_a_quote_answer_is_refused_through_the_chunk_before() -> None:
    hit = SearchHit(chunk_id="brk:abc123def456:00012", doc_id="brk", title="Brackwater 10-K", source="/b.pdf",
                    page=40, text="Selling expenses increased $31 million in 2031.\n" + _QUOTE, score=1.0,
                    company="Brackwater Holdings Inc")
    answer = Answer(question=_WHOLE, answer=f'12.5% [1]: "{_QUOTE}" [1]', mode="extractive",
                    key_figure=KeyFigure(value=12.5, unit="percent", text="12.5%"),
                    citations=[Citation(n=1, doc_id="brk", title="Brackwater 10-K", source="/b.pdf", page=40,
                                        quote=_QUOTE, chunk_id=hit.chunk_id)])
    whole = hit.model_copy(update={"chunk_id": "brk:abc123def456:00003", "page": 31,
                                   "text": "Consolidated selling expenses as a percentage of total revenues were "
                                           "8.1% in 2031 and 8.4% in 2030."})
    assert refuse_part_for_whole(answer, _WHOLE, _COMPANY, [hit, whole], lambda h: _ABOVE) == (
        "the Garden Tools segment")
    assert refuse_part_for_whole(answer, _WHOLE, _COMPANY, [hit, whole], lambda h: "Consolidated results\n") is None
    # a measure only the part's discussion states is the figure a reader would be given
    other = whole.model_copy(update={"text": "Net sales rose 4% in 2031."})
    assert refuse_part_for_whole(answer, _WHOLE, _COMPANY, [hit, other], lambda h: _ABOVE) is None


def test_the_part_is_printed_whole() -> None:
    company = word_stems("Garden Brackwater Inc")
    assert part_for_whole("What were Garden Brackwater's selling expenses as a percentage of total revenues?",
                          company, _ABOVE, _QUOTE) == "the Garden Tools segment"
