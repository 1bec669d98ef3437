"""The chat app's cited-page viewer, saved conversations, verification states and
filter-aware refusals, through `streamlit.testing.v1.AppTest` (real library, hash embedder)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

from assistant.api import Library
from assistant.core.settings import Settings
from assistant.core.types import Answer, Checks, Citation, KeyFigure
from assistant.ui.conversations import ConversationStore, current_user, to_markdown
from assistant.ui.state import Turn
from assistant.ui.verdict import verification
from tests.conftest import SAMPLE
from tests.fakes import scrub_provider_env

AppTest = pytest.importorskip("streamlit.testing.v1").AppTest

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")
NOKIA_Q = "What was Nokia's comparable operating profit in Q1 2026?"
SMOP_Q = "What was Smartoptics revenue in Q1 2026?"
needs_pdfium = pytest.mark.skipif(importlib.util.find_spec("pypdfium2") is None, reason="pypdfium2 is not installed")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh library of the sample notes per test (conversations are written into it)."""
    home = tmp_path / "home"
    scrub_provider_env(monkeypatch)
    for key, value in {
        "FOOTNOTE_HOME": str(home), "FOOTNOTE_EMBEDDING_BACKEND": "hash", "FOOTNOTE_INGEST_INLINE": "1",
        "FOOTNOTE_UI_USER": "analyst",
    }.items():
        monkeypatch.setenv(key, value)
    report = Library(Settings(home=home, embedding_backend="hash")).ingest([SAMPLE])
    assert len(report.added) == 3
    return home


def _app(**params: str) -> Any:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def _alive(at: Any) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _texts(elements: Any) -> str:
    return "\n".join(str(e.value) for e in elements)


def _images(at: Any) -> list[Any]:
    return list(at.get("image"))


def _pdf_only(at: Any, home: Path) -> Any:
    """Restrict the chat to the sample PDF: the notes carry the same figures, and which source
    ranks first is retrieval's business, not what these tests are about."""
    docs = Library(Settings(home=home, embedding_backend="hash")).documents()
    pdf = next(d.doc_id for d in docs if d.source.endswith(".pdf"))
    return at.multiselect(key="filter_doc_id").set_value([pdf]).run()


@needs_pdfium
def test_source_pill_opens_the_pdf_page_beside_the_answer(home: Path) -> None:
    at = _pdf_only(_app(), home)
    at.chat_input[0].set_value(SMOP_Q).run()
    _alive(at)
    pills = at.chat_message[-1].pills[0]
    assert pills.label == "Open the cited page" and pills.options
    pills.set_value(1).run()
    _alive(at)
    assert _images(at), "the page image is shown"
    assert len(at.columns) >= 2, "beside the answer"
    assert "Page ready in" in _texts(at.caption)
    pages = list((home / "cache" / "pages").glob("*.png"))
    assert pages, "the rendered page is cached in the library home"
    meta = json.loads(next((home / "cache" / "pages").glob("*.json")).read_text())
    assert meta["found"] and meta["boxes"], "the quote is highlighted on the page"
    # Close it again.
    next(b for b in at.button if b.key and b.key.startswith("close-page-")).click().run()
    _alive(at)
    assert not _images(at)


def test_footnote_button_opens_an_article_as_a_text_view(home: Path) -> None:
    at = _app()
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    show = [b for b in at.button if b.key and b.key.startswith("show-t1-")]
    assert show and "beside the answer" in show[0].label
    show[0].click().run()
    _alive(at)
    views = [h.value for h in at.html if "footnote-textview" in h.value]
    assert views and "<mark" in views[0] and "281" in views[0]
    assert at.chat_message[-1].pills[0].value is not None, "the pill shows which page is open"


def test_conversation_is_saved_reopened_exported_and_deleted(home: Path) -> None:
    at = _app()
    at.chat_input[0].set_value(NOKIA_Q).run()
    _alive(at)
    store = ConversationStore(Settings(home=home))
    assert store.folder == home / "conversations" / "analyst"
    saved = store.list()
    assert len(saved) == 1 and saved[0].title == NOKIA_Q and saved[0].turns == 2
    conversation_id = saved[0].id
    assert at.query_params["c"] == [conversation_id] or at.query_params["c"] == conversation_id
    # A reload (a new session with the same URL) shows the conversation, footnotes and all.
    again = _app(c=conversation_id)
    _alive(again)
    assert [m.name for m in again.chat_message] == ["user", "assistant"]
    assert "281" in _texts(again.chat_message[-1].markdown)
    assert again.expander, "footnotes survive the reload"
    assert any(b.key == f"conv-{conversation_id}" for b in again.sidebar.button)
    assert [d for d in again.get("download_button") if d.key == "export_conversation"]
    # Delete: gone from disk and from the sidebar; the chat is empty.
    again.sidebar.button(key="delete_conversation").click().run()
    _alive(again)
    assert not store.list() and not again.chat_message
    # A URL naming a deleted conversation opens an empty chat, not an error.
    gone = _app(c=conversation_id)
    _alive(gone)
    assert not gone.chat_message


def test_markdown_export_has_footnotes() -> None:
    answer = Answer(
        question="q", answer="Revenue was $22.91 million [1]; EBITDA $2.676 million [2].", mode="extractive",
        citations=[
            Citation(n=1, doc_id="d", title="Summary", source="/x.pdf", page=1, quote="revenue was $22.91 million"),
            Citation(n=2, doc_id="d", title="Summary", source="/x.pdf", page=1, quote="EBITDA reached\n$2.676 million"),
        ],
    )
    md = to_markdown([Turn("user", "What was revenue?"), Turn("assistant", answer=answer)] * 2, "Smartoptics")
    assert md.startswith("# Smartoptics") and "## What was revenue?" in md
    assert "$22.91 million [^1]; EBITDA $2.676 million [^2]." in md and "[^4]." in md
    assert "[^2]: Summary, page 1: “EBITDA reached $2.676 million”" in md


def test_conversations_are_per_user(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    ConversationStore(settings, "ann").save("20260101-000000-abcdef", [Turn("user", "hi")])
    assert ConversationStore(settings, "ann").list() and not ConversationStore(settings, "bob").list()
    assert current_user(Settings(home=tmp_path, ui_user="a/b c")) == "a_b_c"
    assert ConversationStore(settings, "ann").load("../../etc/passwd") is None
    assert not ConversationStore(settings, "ann").delete("../x")


def test_filtered_refusal_offers_the_whole_library(home: Path) -> None:
    at = _app()
    at.sidebar.multiselect[0].set_value(["Smartoptics"]).run()
    at.chat_input[0].set_value("What is Nokia's comparable operating profit for Q1 2026?").run()
    _alive(at)
    text = _texts(at.chat_message[-1].warning)
    if "filters allow" not in text:
        pytest.skip("the extractive answerer found something under the filter")  # pragma: no cover
    assert "Company = Smartoptics" in text
    at.button(key="everywhere-t1").click().run()
    _alive(at)
    assert at.sidebar.multiselect[0].value == []
    assert "281" in _texts(at.chat_message[-1].markdown), "asked again over the whole library"


def _answer(text: str, question: str, quote: str, figure: str | None, **checks: Any) -> Answer:
    return Answer(
        question=question, answer=text, mode="llm",
        key_figure=KeyFigure(value=None, text=figure) if figure else None,
        citations=[Citation(n=1, doc_id="d", title="t", source="/s", page=4, quote=quote)],
        checks=Checks(citations_valid=not checks.get("invalid_citations"), **checks),
    )


def test_verification_states_are_honest() -> None:
    q = "What were Best Buy's net earnings for the quarter ended July 29, 2023?"
    good = _answer("$274 million [1]", q, "Net earnings $ 274 $ 343", "$274 million")
    assert verification(good).state == "verified"  # type: ignore[union-attr]
    header = _answer("$518 million [1]", "And for the six months?", "Six Months Ended July 29, 2023 518", "$518 million")
    verdict = verification(header)
    assert verdict is not None and verdict.state == "quoted" and "names no line item" in verdict.reason
    wrong_row = _answer("$1,419 million [1]", q, "Cash provided by operating activities 1,419", "$1,419 million")
    assert verification(wrong_row).state == "quoted"  # type: ignore[union-attr]
    not_in_quote = _answer("$9 million [1]", q, "Net earnings $ 274", "$9 million")
    assert verification(not_in_quote).state == "quoted"  # type: ignore[union-attr]
    bad = _answer("$9 million [1]", q, "Net earnings $ 274", "$9 million", ungrounded_numbers=["$9 million"])
    verdict = verification(bad)
    assert verdict is not None and verdict.state == "unverified" and verdict.problems
    prose = _answer("Growth came from AI [1].", "What drove Smartoptics' growth?", "AI demand", None)
    assert verification(prose).state == "quoted"  # type: ignore[union-attr]
    refused = Answer(question=q, answer="not found", mode="llm", refused=True)
    assert verification(refused) is None


def test_answer_shows_its_verification_badge(home: Path) -> None:
    at = _pdf_only(_app(), home)
    at.chat_input[0].set_value(SMOP_Q).run()
    _alive(at)
    shown = _texts(at.chat_message[-1].markdown)
    assert "Verified" in shown, shown
    # "Copy with citations": the answer as Markdown with its footnotes, in a copyable block.
    copied = _texts(at.chat_message[-1].code)
    assert "[^1]" in copied and re.search(r"\[\^1\]: Smartoptics Q1 2026 summary, page \d+:", copied)


def test_chat_filters_only_on_the_chat_page(home: Path) -> None:
    at = _app()
    assert at.sidebar.multiselect
    at.switch_page("assistant/ui/pages/library.py").run()
    _alive(at)
    assert not at.sidebar.multiselect and not [b for b in at.sidebar.button if b.key == "new_conversation"]


def test_footnote_ui_disables_the_file_watcher(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from typer.testing import CliRunner

    from assistant.cli.main import app

    seen: list[list[str]] = []
    monkeypatch.setattr(subprocess, "call", lambda cmd, env=None: seen.append(cmd) or 0)
    result = CliRunner().invoke(app, ["ui", "--port", "8599"])
    assert result.exit_code == 0 and seen, result.output
    cmd = seen[0]
    assert cmd[cmd.index("--server.fileWatcherType") + 1] == "none"


def test_library_page_merges_company_names(home: Path) -> None:
    from assistant.ui.company_merge import suggested_groups

    library = Library(Settings(home=home, embedding_backend="hash"))
    assert suggested_groups(library.documents()) == [["Smartoptics", "Smartoptics Group ASA"]]
    at = _app().switch_page("assistant/ui/pages/library.py").run()
    _alive(at)
    assert at.multiselect(key="merge_companies").value == ["Smartoptics", "Smartoptics Group ASA"]
    at.button(key="merge_go").click().run()
    _alive(at)
    assert "Merged 2 company names into Smartoptics Group ASA" in _texts(at.success)
    assert {d.company for d in library.documents()} == {"Nokia", "Smartoptics Group ASA"}
    at.switch_page("assistant/ui/pages/chat.py").run()
    assert at.sidebar.multiselect[0].options == ["Nokia", "Smartoptics Group ASA"]


BEST_BUY_PASSAGE = """$ and shares in millions, except per share amounts (unaudited)
Three Months Ended  Six Months Ended
July 29, 2023  July 30, 2022  July 29, 2023  July 30, 2022
Equity in income (loss) of affiliates  1  (3)  -  (3)
Net earnings  $  274  $  306  $  518  $  647
Basic earnings per share  $  1.25  $  1.36  $  2.37  $  2.86"""


def test_a_figure_from_the_wrong_column_is_not_verified() -> None:
    from assistant.core.types import SearchHit
    from assistant.ui.columns import column_of

    row = "Net earnings $ 274 $ 306 $ 518 $ 647"
    column = column_of("$518 million", row, BEST_BUY_PASSAGE)
    assert column is not None and column.span == "six" and column.date == "July 29, 2023"
    hit = SearchHit(chunk_id="c", doc_id="d", title="t", source="/s", page=4, text=BEST_BUY_PASSAGE, score=1)

    def answer(figure: str, standalone: str) -> Answer:
        a = _answer(f"{figure} [1]", "And for the six months?", row, figure)
        a.standalone_question = standalone
        a.citations[0].chunk_id = "c"
        a.retrieved = [hit]
        return a

    six = "And for the six months? (Best Buy, net earnings, July 29, 2023)"
    wrong = verification(answer("$274 million", six))
    assert wrong is not None and wrong.state == "unverified" and "Three Months Ended" in wrong.reason
    right = verification(answer("$518 million", six))
    assert right is not None and right.state == "verified" and "Six Months Ended July 29, 2023" in right.reason
    quarter = verification(answer("$274 million", "Best Buy net earnings for the quarter ended July 29, 2023?"))
    assert quarter is not None and quarter.state == "verified"
    year_ago = verification(answer("$306 million", "Best Buy net earnings for the quarter ended July 29, 2023?"))
    assert year_ago is not None and year_ago.state == "unverified" and "July 30, 2022" in year_ago.reason


def test_extractive_follow_up_shows_what_was_searched(home: Path) -> None:
    at = _app()
    at.chat_input[0].set_value(NOKIA_Q).run()
    at.chat_input[0].set_value("And gross margin?").run()
    _alive(at)
    searched = _texts(at.chat_message[-1].caption)
    assert "Searched for" in searched and "Nokia" in searched
    assert "45.5" in _texts(at.chat_message[-1].markdown)


def test_a_file_name_title_reads_as_words_in_citations() -> None:
    from assistant.ui.markup import display_title, footnote_label

    assert display_title("BESTBUY_2023_10K.pdf") == "BESTBUY 2023 10K"
    assert display_title("Smartoptics Q1 2026 summary") == "Smartoptics Q1 2026 summary"
    citation = Citation(n=2, doc_id="d", title="PEPSICO_2022_10K.pdf", source="/x.pdf", page=3, quote="Net revenue")
    assert footnote_label(citation).startswith("\\[2\\] PEPSICO 2022 10K — p. 3")


def test_markers_are_links_to_their_pages() -> None:
    from assistant.ui.markup import answer_markdown

    answer = Answer(
        question="q", answer="Revenue was $5 million [1], up [2]; margin [3].", mode="llm",
        citations=[
            Citation(n=1, doc_id="d", title="ACME_10K.pdf", source="/a.pdf", page=4, quote="Revenue $5 million"),
            Citation(n=3, doc_id="d", title="Notes", source="/n.txt", page=1, quote="margin"),
        ],
        checks=Checks(citations_valid=False, invalid_citations=["[3] quote not found"]),
    )
    md = answer_markdown(answer, link_key="t5")
    assert '[1](#cite-t5-1 "Open page 4 of ACME 10K")' in md
    assert ":red-badge[⚠ 3]" in md and "#cite-t5-3" not in md, "a rejected citation is not offered as a page"
    assert ":red-badge[⚠ 2]" in md, "a marker with no source is flagged"
    assert "#cite-" not in answer_markdown(answer), "without a key the markers stay badges"


def test_run_eval_without_a_dataset_says_so_where_it_is_seen(home: Path) -> None:
    at = _app().switch_page("assistant/ui/pages/evals.py").run()
    at.button(key="eval_run").click().run()
    _alive(at)
    assert "Choose a dataset first" in _texts(at.warning)
    assert "Choose a dataset first" in _texts(at.toast)


def test_computed_answer_working_links_each_input_to_its_page() -> None:
    from types import SimpleNamespace

    from assistant.ui.markup import working_markdown

    computation = SimpleNamespace(
        metric="gross margin", expression="(x1 - x2) / x1", result=0.4798, factor=100, decimals=1,
        inputs=[SimpleNamespace(name="revenue FY2019", value=43638, n=1),
                SimpleNamespace(name="cost of sales FY2019", value=33590, n=2)],
    )
    md = working_markdown(computation, link_key="t3")
    assert md.startswith("**Working** · gross margin: `(x1 - x2) / x1` = 48.0")
    assert "- x1 = revenue FY2019: 43,638 [1](#cite-t3-1)" in md
    assert "- x2 = cost of sales FY2019: 33,590 [2](#cite-t3-2)" in md
