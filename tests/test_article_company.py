"""The company a news article is about, when it prints no registrant, ticker or legal suffix
(made-up companies and articles: a wire story, a column, a deal story)."""

from __future__ import annotations

from pathlib import Path

from assistant.core.types import LoadedDocument, PageText
from ingest.article_company import article_company
from ingest.metadata import detect_metadata

WIRE = """Harrowgate Robotics cuts outlook as warehouse orders stall

By Lena Ortiz

DENVER, May 4 (Mountain Wire) - Harrowgate Robotics lowered its annual sales forecast on Thursday, saying
customers building new warehouses had paused orders for its picking arms in the first quarter.

The Denver-based maker now expects revenue of $810 million to $840 million, down from $870 million.
Shares of Harrowgate fell 9% in late trading.

Harrowgate said its service business grew 14%. Rival Pellworth, which sells similar arms in Europe,
reported steady orders last week, analysts said. Harrowgate's chief executive said the pause was temporary.
"""

COLUMN = """Column: Why I still like Ostrava Foods, even after the recall

By Peter Laine, Consumer Columnist

March 3, 2027

I have written about packaged food for twenty years, and few companies have surprised me as much as
Ostrava Foods did last quarter. The soup maker recalled two lines and still grew sales.

Ostrava's margin held at 18%. Management at Ostrava told me the recall cost $12 million. The shares of
Ostrava have lagged the market since, which I think is the opportunity.
"""

DEAL = """Brisco agrees $1.2bn purchase of Danish pump maker Velund

Deal gives the US industrial group a foothold in European water infrastructure markets

Anna Holm in Copenhagen

9 June 2027

Brisco Industries has agreed to buy Velund, a Danish maker of water pumps, for $1.2 billion, the biggest
deal in its history. Brisco will pay in cash and expects the deal to close in the fourth quarter.

Velund had sales of DKK 3.1bn last year. Brisco said the purchase would add to its earnings from 2028.
Velund employs 2,100 people. Brisco's chief financial officer said the price was fair. Brisco expects
savings of $40 million a year, and Brisco will keep the Velund brand.
"""

PLACE = """Why a small optics stock in Finland is drawing attention

Investors looking for AI winners beyond chips are turning to optics makers in Finland, where one small
company has doubled its sales. Analysts in Finland say demand from Finland's data centers is rising.

Funds from Finland and abroad have bought the shares. AI demand is the reason, AI buyers say.
"""


def _meta_company(text: str, title: str, path: str = "/tmp/story.txt") -> str | None:
    doc = LoadedDocument(source=path, sha256="0", title=title, pages=[PageText(page=1, text=text)])
    return detect_metadata(doc, Path(path)).company


def test_a_wire_story_is_about_the_company_its_headline_and_lead_name_most() -> None:
    # The rival named in the body is named once; the headline's company throughout.
    assert article_company("", WIRE) == "Harrowgate Robotics"
    assert _meta_company(WIRE, WIRE.splitlines()[0]) == "Harrowgate Robotics"


def test_a_column_names_its_company_after_a_kicker_and_a_byline() -> None:
    assert article_company(COLUMN.splitlines()[0], COLUMN) == "Ostrava Foods"


def test_a_deal_story_is_about_the_buyer_the_headline_names_first() -> None:
    # The target is named in the headline and lead too, but less often; the buyer is written in
    # full at its first mention ("Brisco Industries"), short after.
    assert article_company(DEAL.splitlines()[0], DEAL) == "Brisco Industries"


def test_a_place_or_a_word_in_capitals_is_no_company() -> None:
    assert article_company(PLACE.splitlines()[0], PLACE) is None


def test_a_ticker_or_a_legal_suffix_still_names_the_company_first() -> None:
    text = WIRE.replace("Harrowgate Robotics lowered", "Harrowgate Robotics (NASDAQ: HRGT) lowered")
    assert _meta_company(text, text.splitlines()[0]) == "Harrowgate Robotics"
    suffixed = COLUMN.replace("as much as\nOstrava Foods did", "as much as\nOstrava Foods, Inc. did")
    assert _meta_company(suffixed, suffixed.splitlines()[0]) == "Ostrava Foods Inc."


def test_a_title_after_the_name_is_no_part_of_it() -> None:
    # "Chief" is written apart from the name too ("Chief Financial Officer"): the name ends before it.
    text = WIRE.replace("DENVER, May 4 (Mountain Wire) - Harrowgate Robotics lowered",
                        "DENVER, May 4 (Mountain Wire) - Harrowgate Chief Executive Lena Ortiz lowered")
    text += "\nChief Financial Officer Tom Bray said Harrowgate Robotics would keep hiring.\n"
    assert article_company(text.splitlines()[0], text) == "Harrowgate"


def test_a_document_titled_otherwise_is_read_by_its_first_line_too() -> None:
    # A PDF's stored title is often a file or template name; its first line is the headline.
    assert article_company("Microsoft Word - draft3.docx", DEAL) == "Brisco Industries"


TRANSCRIPT = """Lumenra Q2 2027 Earnings Call Transcript

Operator: Good afternoon, and welcome to the Lumenra Systems second quarter 2027 earnings call. All lines
are muted. I will now hand the call over to our host.

Mara Velt, Chief Executive: Thank you. Lumenra had a strong quarter, with revenue up 11% to $210 million,
and Lumenra's margins widened. Our outlook for the year is unchanged.

Analyst: How are orders from utilities tracking for Lumenra this year?
"""


def test_a_call_transcript_is_about_the_company_its_title_names() -> None:
    assert article_company(TRANSCRIPT.splitlines()[0], TRANSCRIPT) == "Lumenra Systems"


def test_a_rivals_ticker_or_legal_form_named_in_passing_does_not_name_the_article() -> None:
    text = WIRE.replace("Rival Pellworth, which sells", "Rival Pellworth Corp. (NYSE: PLW), which sells")
    assert _meta_company(text, text.splitlines()[0]) == "Harrowgate Robotics"
    doc = LoadedDocument(source="/tmp/story.txt", sha256="0", title=text.splitlines()[0],
                         pages=[PageText(page=1, text=text)])
    assert detect_metadata(doc, Path("/tmp/story.txt")).ticker is None  # PLW is the rival's
    # Named more often than the headline's name, the suffixed company is the one the story is about.
    story = ("Beyond Brenna: why a Norwegian optics maker is gaining attention\n\n"
             "Investors who bought Brenna chips are now looking at optics, and at Solvane Group ASA, a maker of "
             "line systems in Oslo that Brenna buyers rely on.\n\n"
             "Solvane grew sales 30%. Solvane won orders in Asia. Solvane raised its targets. Brenna was not "
             "mentioned by Solvane.\n")
    assert _meta_company(story, story.splitlines()[0]) == "Solvane Group ASA"
