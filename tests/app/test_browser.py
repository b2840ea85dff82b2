"""A person's view: Debian's Chromium, driven by Playwright, against the live app."""
import os
from pathlib import Path

import pytest

from tests.browser import chromium_page, needs_chromium
from tests.conftest import ROOT

SCREENSHOT = Path(os.environ.get("QA_SCREENSHOT", ROOT / ".cache" / "screenshots" / "app.png"))
pytestmark = [pytest.mark.slow, pytest.mark.browser, needs_chromium]


@pytest.fixture(scope="module")
def page(live_app):
    with chromium_page() as page:
        page.goto(live_app[0])
        yield page


MESSAGES = "#qa-chat .message"
DONE = f"""n => {{
    const m = document.querySelectorAll('{MESSAGES}');
    return m.length >= n && !/Searching the documents|▍/.test(m[m.length - 1].innerText);
}}"""


def ask(page, question: str, timeout_ms: int = 90_000) -> str:
    """Type a question, press Ask, wait until the streamed answer is complete; return its text."""
    before = page.locator(MESSAGES).count()
    page.locator("#qa-question textarea").fill(question)
    page.locator("#qa-ask").click()
    page.wait_for_function(DONE, arg=before + 2, timeout=timeout_ms)
    return page.locator(MESSAGES).last.inner_text()


def test_ask_stream_and_see_the_cited_passage(page):
    answer = ask(page, "Who led the Chinese delegation?")
    page.locator("#qa-passages mark").first.wait_for(timeout=30_000)
    assert "He Lifeng" in answer and "[1]" in answer
    assert "He Lifeng" in page.locator("#qa-passages mark").first.inner_text()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_follow_up_and_refusal_look_different(page):
    ask(page, "What export controls did China announce?")
    follow_up = ask(page, "and when do they take effect?")
    assert "Searched for:" in follow_up and "export controls" in follow_up
    refusal = ask(page, "What is the capital of France?")
    page.locator("#qa-passages .qa-refused").wait_for(timeout=30_000)
    assert "do not say" in refusal
    assert page.locator(f"{MESSAGES} .qa-refused, {MESSAGES}:has-text('🚫')").count() >= 1


def test_empty_question_gets_a_message(page):
    assert "question is empty" in ask(page, "   ", timeout_ms=30_000)


def test_documents_view_and_upload(page, live_app, tmp_path):
    page.get_by_role("tab", name="Documents").click()
    shows = "name => (document.querySelector('#qa-doc-table')?.innerText || '').includes(name)"
    page.wait_for_function(shows, arg="000_5689ba47ca710228.txt", timeout=30_000)
    note = tmp_path / "geneva note.md"
    note.write_text("# Geneva\n\nThe next round of talks is planned for Geneva in December.\n")
    page.locator("#qa-upload input[type=file]").set_input_files(str(note))
    page.get_by_text("Added").last.wait_for(timeout=120_000)
    page.wait_for_function(shows, arg="geneva_note.md", timeout=30_000)
    assert (live_app[1] / "geneva_note.md").is_file()


def test_clicking_a_citation_opens_its_source(page):
    page.get_by_role("tab", name="Ask").click()
    ask(page, "What tariff did Trump threaten?")
    page.locator("#qa-cite-pick label").first.click()
    view = page.locator("#qa-source-view")
    view.locator("mark").first.wait_for(timeout=30_000)
    assert "100" in view.locator("mark").first.inner_text()
    assert "Kuala Lumpur" in view.inner_text()  # the whole article, not just the passage


def test_unreadable_upload_is_refused_with_a_message(page, live_app, tmp_path):
    page.get_by_role("tab", name="Documents").click()
    bad = tmp_path / "menu.txt"
    bad.write_bytes("Café crème costs £5.".encode("latin-1"))
    page.locator("#qa-upload input[type=file]").set_input_files(str(bad))
    page.get_by_text("re-save it as UTF-8").last.wait_for(timeout=60_000)
    assert not (live_app[1] / "menu.txt").exists()
