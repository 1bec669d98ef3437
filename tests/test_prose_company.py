"""Whose figure an article's sentence states (answer.figure_company): a library document whose
company was read as a month names no company, so an article's "April-September" or "end of
September" is no rival's name. Made-up companies and sentences."""

from __future__ import annotations

from assistant.core.answer.figure_company import rival_subject

LIBRARY = ["Tamsui Motion Co.", "September", "Hakuba Gears Corp."]


def test_a_month_read_as_a_company_names_no_rival() -> None:
    above = "Tamsui Motion raised its forecast on Monday. Orders rebounded in April-September."
    quote = "Net profit rose 31.5% to ¥9.4 billion."
    assert not rival_subject(above, quote, ["Tamsui Motion Co."], LIBRARY, own=False)
    assert not rival_subject("", "April-September sales of Tamsui Motion rose 6%.", ["Tamsui Motion Co."],
                             LIBRARY, own=False)


def test_a_real_rival_is_still_told_apart() -> None:
    above = "Tamsui Motion raised its forecast. Hakuba Gears, by contrast, cut its outlook in April-September."
    assert rival_subject(above, "Operating profit fell 12% to ¥3.1 billion.", ["Tamsui Motion Co."], LIBRARY,
                         own=False)
