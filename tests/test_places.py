"""A place and the rest of the world are complements: a figure for one is no answer about the
other (made-up companies, rows and sentences)."""

from __future__ import annotations

import pytest

from assistant.core.answer.places import other_place
from tests.fakes.one_passage import passage_figure


@pytest.mark.parametrize(("question", "own"), [
    ("What share of pretax income was earned internationally rather than in the United States?", "United States"),
    ("What share of segment revenues came from non-U.S. customers?", "U.S. customers"),
    ("What fraction of earnings came from International (as opposed to U.S.)?", "U.S."),
    ("How much revenue came from outside the Americas?", "Americas revenue of $5 million"),
    ("What percentage of net revenue was generated in the United States?",
     "Our operations outside of the United States generated 41% of our net revenue"),
    ("What were U.S. net sales in 2024?", "International"),
    ("How much revenue came from the Americas?", "revenue from outside the Americas was $5 million"),
])
def test_a_figure_for_the_complement_is_named(question: str, own: str) -> None:
    assert other_place(question, own) is not None


@pytest.mark.parametrize(("question", "own"), [
    ("What share of pretax income was earned internationally rather than in the United States?", "International"),
    ("What share of segment revenues came from non-U.S. customers?", "Non-U.S. customers"),
    ("What percentage of net revenue was generated in the United States?", "United States"),
    ("What was U.S. revenue growth?", "U.S. revenue decreased 2% due to foreign currency"),
    ("What was U.S. revenue growth?", "revenue decreased 2% due to foreign currency"),
    ("What was the company's revenue in Europe?", "Europe 1,234 outside of our control"),
    ("How much revenue came from outside the Americas?", "revenue outside the Americas was $5 million"),
    ("What was total revenue in 2024?", "United States 1,234"),
])
def test_the_asked_side_or_no_place_is_not_refused(question: str, own: str) -> None:
    assert other_place(question, own) is None


def _answer(question: str, text: str) -> float | None:
    return passage_figure(question, text, company="Wrenfield Tools", title="Wrenfield Tools annual report 2024", page=3)


def test_the_rest_of_the_world_sentence_does_not_answer_for_the_home_country() -> None:
    text = ("Wrenfield Tools' operations outside of the United States generated 38% of its net revenue in "
            "2024, with Canada and Japan the largest.")
    assert _answer("What percentage of Wrenfield Tools' 2024 net revenue was generated outside the United "
                   "States?", text) == pytest.approx(38)
    assert _answer("What percentage of Wrenfield Tools' 2024 net revenue was generated in the United States?",
                   text) is None


def test_a_share_of_the_rest_is_not_computed_from_the_home_row() -> None:
    table = ("Income before income taxes\n(millions) 2024 2023\n"
             "United States $ 1,500 $ 1,200\nInternational 4,500 3,900\n"
             "Total income before income taxes $ 6,000 $ 5,100\n")
    got = _answer("What share of Wrenfield Tools' 2024 income before income taxes was earned internationally "
                  "rather than in the United States? Percent, one decimal.", table)
    assert got is None or got == pytest.approx(75.0, abs=0.05)


def test_a_roll_forward_row_answers_only_for_its_own_date() -> None:
    from assistant.core.answer.row_dates import other_row_date

    question = "What goodwill did the Tools segment carry at December 31, 2024?"
    assert other_row_date(question, "Balance as of December 31, 2022 $ 310 $ 1,020 $ 1,330")
    assert not other_row_date(question, "Balance as of December 31, 2024 $ 325 $ 1,080 $ 1,405")
    assert not other_row_date("Goodwill at January 2, 2025?", "Goodwill at January 1, 2025 $ 10 $ 20")
    assert not other_row_date("Goodwill in fiscal 2024?", "Balance as of December 31, 2022 $ 310")
    assert not other_row_date(question, "Acquisitions 15 60 75")


def test_the_movements_of_a_roll_forward_answer_no_balance_at_a_date() -> None:
    from assistant.core.answer.row_dates import other_row_date, rolled_headers
    from assistant.core.answer.spans import split_units

    text = ("Goodwill (millions) Tools Garden Total\n"
            "Balance as of December 31, 2023 $ 310 $ 1,020 $ 1,330\n"
            "Acquisitions 15 60 75\n"
            "Balance as of December 31, 2024 $ 325 $ 1,080 $ 1,405\n")
    spans = split_units(text)
    rolled = rolled_headers(text, spans)
    rows = {text[a:b].split(" ")[0]: (text[a:b], hdr) for a, b, row, hdr in spans if row}
    assert rolled and "Acquisitions" in rows
    question = "What goodwill did the Garden segment carry at December 31, 2024?"
    movement, hdr = rows["Acquisitions"]
    assert other_row_date(question, movement, hdr, rolled)
    assert not other_row_date("How much goodwill was acquired in 2024?", movement, hdr, rolled)



def test_a_figure_that_leaves_out_the_part_asked_does_not_answer_it() -> None:
    table = ("Capital expenditures (in millions)\n2024 2023\n"
             "Northland $ 310 $ 280\nTotal capital expenditures $ 405 $ 362\n"
             "The Southmark segment, formed in 2024, sells garden tools in Europe.\n")
    asked = "What were Wrenfield Tools' capital expenditures in its Southmark segment in 2024? USD millions."
    assert _answer(asked, table) is None  # the total leaves the segment out
    assert _answer(asked, table.replace("Northland", "Southmark")) == pytest.approx(310)
    assert _answer("What were Wrenfield Tools' total capital expenditures in 2024? USD millions.",
                   table) == pytest.approx(405)


def test_an_instruments_name_is_what_the_passage_is_about_not_a_part() -> None:
    text = ("Credit facilities (in millions)\n2024\nTotal commitments $ 2,000\nSwing line subfacility $ 300\n"
            "The Five Year Credit Agreement was signed in May 2024.\n")
    asked = ("Under Wrenfield Tools' 2024 Five Year Credit Agreement, how large is the swing line subfacility? "
             "USD millions.")
    assert _answer(asked, text) == pytest.approx(300)
