"""Feedback in the browser is stored with the turn and comes out of `regelverk feedback export`; copying an answer."""

from __future__ import annotations

import pytest
import yaml
from selenium.webdriver.common.by import By
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import Settings, get_settings
from tests.assistant.api.web.browser import Page


def test_feedback_is_stored_and_exported(
    page: Page, corpus_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "Hva er søknadsfristen for Tiltak B?"
    card = page.ask(question)
    conversation = page.find("body").get_attribute("data-conversation-id")
    assert conversation
    down = card.find_element(By.CSS_SELECTOR, ".rate-down")
    down.click()
    page.wait(lambda d: down.get_attribute("aria-pressed") == "true")
    assert card.find_element(By.CSS_SELECTOR, ".rate-up").get_attribute("aria-pressed") == "false"
    assert "Takk" in card.find_element(By.CSS_SELECTOR, ".said").text
    comment = card.find_element(By.CSS_SELECTOR, ".feedback-form textarea")
    comment.send_keys("Fristen mangler i svaret")
    card.find_element(By.CSS_SELECTOR, ".feedback-form button[type=submit]").click()
    page.wait(
        lambda d: (
            (page.api("GET", f"/api/conversations/{conversation}")["body"]["turns"][0]["feedback"] or {}).get("comment")
            == "Fristen mangler i svaret"
        )
    )
    # It survives a reload: the rating is shown as given.
    page.reload()
    restored = page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "article.turn-bot .rate-down"))[0]
    assert restored.get_attribute("aria-pressed") == "true"

    # The export reads the server's conversations: the rated answer is a candidate case with the comment.
    monkeypatch.setenv("REGELVERK_DATA_DIR", str(corpus_settings.data_dir))
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["feedback", "export", "--rating", "down"])
    assert result.exit_code == 0, result.output
    cases = yaml.safe_load(result.stdout)["cases"]
    case = next(c for c in cases if c["id"] == f"fb-{conversation[:12]}-1")
    assert case["turns"] == [question]
    assert case["feedback"]["rating"] == "down" and case["feedback"]["comment"] == "Fristen mangler i svaret"
    assert case["answer"]["text"] == page.api("GET", f"/api/conversations/{conversation}")["body"]["turns"][0]["answer"]


def test_copy_puts_the_answer_and_its_sources_on_the_clipboard(page: Page) -> None:
    page.driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": page.base_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    card = page.ask("Kan fylkeskommuner søke om Tiltak B?")
    card.find_element(By.CSS_SELECTOR, ".copy").click()
    page.wait(lambda d: card.find_element(By.CSS_SELECTOR, ".said").text == "Kopiert.")
    copied: str = page.driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done(String(e)));"
    )
    assert copied.startswith("Nei.")
    assert "\nKilder:\n[1] Regelverk 0765.73 (2025), 3. Hvem kan søke — “" in copied
