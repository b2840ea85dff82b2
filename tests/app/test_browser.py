"""A person's view: Debian's Chromium, driven by Playwright, against the live app."""
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOT = Path(os.environ.get("QA_SCREENSHOT", ROOT / ".cache" / "screenshots" / "app.png"))
pytestmark = [pytest.mark.slow, pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium is not installed")]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page(live_app):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(live_app[0])
        yield page
        browser.close()


def ask(page, question: str):
    page.locator("#qa-question textarea").fill(question)
    page.locator("#qa-ask").click()


def test_ask_stream_and_see_the_cited_passage(page):
    ask(page, "Who led the Chinese delegation?")
    page.locator("#qa-passages mark").first.wait_for(timeout=90_000)
    answer = page.locator("#qa-chat .message").last.inner_text()
    assert "He Lifeng" in answer and "[1]" in answer
    assert "He Lifeng" in page.locator("#qa-passages mark").first.inner_text()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_follow_up_and_refusal_look_different(page):
    ask(page, "What export controls did China announce?")
    page.wait_for_function("document.querySelectorAll('#qa-chat .message').length >= 4", timeout=90_000)
    ask(page, "and when do they take effect?")
    page.get_by_text("Searched for:").last.wait_for(timeout=90_000)
    assert "November 8" in page.locator("#qa-chat .message").last.inner_text()
    ask(page, "What is the capital of France?")
    page.locator("#qa-passages .qa-refused").wait_for(timeout=90_000)
    assert "do not say" in page.locator("#qa-chat .message").last.inner_text()


def test_empty_question_gets_a_message(page):
    ask(page, "   ")
    page.get_by_text("the question is empty").last.wait_for(timeout=30_000)


def test_documents_view_and_upload(page, live_app, tmp_path):
    page.get_by_role("tab", name="Documents").click()
    page.locator("#qa-doc-table").get_by_text("000_5689ba47ca710228.txt").first.wait_for(timeout=30_000)
    note = tmp_path / "geneva note.md"
    note.write_text("# Geneva\n\nThe next round of talks is planned for Geneva in December.\n")
    page.locator("#qa-upload input[type=file]").set_input_files(str(note))
    page.get_by_text("Added").last.wait_for(timeout=120_000)
    page.locator("#qa-doc-table").get_by_text("geneva_note.md").first.wait_for(timeout=30_000)
    assert (live_app[1] / "geneva_note.md").is_file()
