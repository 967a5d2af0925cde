"""Layout at desktop (1366×900) and phone (390×844) sizes: the newest answer's end, its sources and errors are never
hidden behind the question bar; the header stays in reach; citation links are at least 24×24 px."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.assistant.api.web.browser import DESKTOP, PHONE, Page

SIZES = [pytest.param(DESKTOP, id="1366x900"), pytest.param(PHONE, id="390x844")]
LONG_ANSWER = "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?"  # text, calculation and sources


@pytest.mark.parametrize("size", SIZES)
def test_the_last_answer_and_its_sources_can_be_seen(page: Page, size: tuple[int, int]) -> None:
    page.open(size)
    page.ask("Kan kommuner søke om tilskudd til Tiltak B?")
    card = page.ask(LONG_ANSWER)
    # Right after the answer, its beginning is in view.
    assert page.in_view_and_on_top(page.find(".meta", card))
    # Scrolling the conversation to its end shows the last source and the answer's last controls, uncovered.
    page.scroll_conversation_to_end()
    last_source = page.find_all("ol.sources li", card)[-1]
    assert page.in_view_and_on_top(last_source)
    assert page.in_view_and_on_top(page.find(".actions-row", card))
    form_top = page.rect(page.find("#ask"))["top"]
    assert page.rect(card)["bottom"] <= form_top
    # The header's "New conversation" stays reachable without scrolling back.
    assert page.in_view_and_on_top(page.find("#new-conversation"))
    # Citation links are targets of at least 24×24 CSS pixels.
    for link in page.find_all(".answer a.cite", card):
        rect = page.rect(link)
        assert rect["width"] >= 24 and rect["height"] >= 24


@pytest.mark.parametrize("size", SIZES)
def test_an_error_is_visible_and_the_question_kept(page: Page, size: tuple[int, int]) -> None:
    page.open(size)
    first = page.ask(LONG_ANSWER)
    conversation = page.find("body").get_attribute("data-conversation-id")
    assert first and conversation
    # The conversation is deleted elsewhere (another tab); the next question cannot continue it.
    assert page.api("DELETE", f"/api/conversations/{conversation}")["status"] == 204
    question = "Og i år 4?"
    card = page.ask(question, expect={"error"})
    alert = page.find("[role=alert]", card)
    # In the page's language, not the server's English, and without field names.
    assert alert.text.startswith("Samtalen finnes ikke lenger")
    assert "conversation_id" not in alert.text
    assert page.in_view_and_on_top(alert)
    assert page.in_view_and_on_top(page.find("button.retry", card))
    assert page.box.get_attribute("value") == question
    # "Try again" asks in a new conversation.
    before = len(page.answers())
    page.find("button.retry", card).click()
    page.wait(lambda d: len(page.answers()) == before and page.answers()[-1].get_attribute("aria-busy") == "false")
    assert page.answers()[-1].get_attribute("data-status") in {"answered", "clarify", "not_found"}
    assert page.find("body").get_attribute("data-conversation-id") not in ("", conversation)


def test_the_length_limit_shows_before_sending(page: Page) -> None:
    counter = page.find("#counter")
    assert counter.text == "0 av 2000 tegn"
    page.box.send_keys("Kan vi søke?")
    assert counter.text == "12 av 2000 tegn"
    too_long = "Kan vi søke? " * 160  # 2080 characters
    page.driver.execute_script(
        "const box = document.getElementById('message'); box.value = arguments[0];"
        "box.dispatchEvent(new Event('input'));",
        too_long,
    )
    assert "over" in (counter.get_attribute("class") or "")
    error = page.find("#form-error")
    assert "grensen er 2000" in error.text and "80 tegn" in error.text
    page.find("#send").click()
    assert page.answers() == []  # nothing was sent
    assert page.box.get_attribute("value") == too_long  # and nothing was lost
    assert page.box.get_attribute("aria-invalid") == "true"


def test_stop_cancels_and_keeps_the_question(page: Page) -> None:
    question = "Hvem kan søke om Tiltak A?"
    page.box.send_keys(question)
    # Send and stop at once, before any answer can arrive.
    page.driver.execute_script(
        "document.getElementById('ask').requestSubmit(); document.getElementById('stop').click();"
    )
    page.wait(lambda d: page.answers() and page.answers()[-1].get_attribute("aria-busy") == "false")
    card = page.answers()[-1]
    assert card.get_attribute("data-status") == "stopped"
    assert "stoppet" in page.find("[role=alert]", card).text
    assert page.box.get_attribute("value") == question
    assert not page.find("#stop").is_displayed() and page.find("#send").is_enabled()


def test_phone_menu_holds_documents_language_and_conversations(page: Page) -> None:
    page.open(PHONE)
    page.ask("Hvem kan søke om Tiltak A?")
    menu = page.find("#toggle-history")
    assert page.in_view_and_on_top(menu) and menu.get_attribute("aria-expanded") == "false"
    assert not page.find("#history").is_displayed()
    menu.click()
    assert page.find("#history").is_displayed() and menu.get_attribute("aria-expanded") == "true"
    listed = page.find_all("#conversation-list li")
    assert len(listed) == 1 and page.in_view_and_on_top(page.find(".open", listed[0]))
    page.find("#close-history").click()
    assert not page.find("#history").is_displayed()
    assert page.active() == page.driver.find_element(By.ID, "toggle-history")
