"""Asking in the browser: progress before the answer, formatted text while streaming, clarifying options as buttons,
a conversation that survives a reload, the conversation list, and the whole page by keyboard alone."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

from tests.assistant.api.web.browser import Page

# Records, from the moment a question is sent, what the newest answer card shows at every change.
RECORD_CARD_STATES = """
window.cardStates = [];
new MutationObserver(() => {
  const cards = document.querySelectorAll('article.turn-bot');
  const card = cards[cards.length - 1];
  if (!card) return;
  const progress = card.querySelector('.progress');
  const answer = card.querySelector('.answer');
  window.cardStates.push({
    stage: progress ? progress.dataset.stage : null,
    progressText: progress ? progress.textContent : null,
    answerText: answer ? answer.innerText : null,
    empty: card.innerText.trim() === '',
  });
}).observe(document.getElementById('log'), {childList: true, subtree: true, characterData: true});
"""


def test_progress_shows_before_the_answer_and_text_arrives_formatted(page: Page) -> None:
    page.driver.execute_script(RECORD_CARD_STATES)
    card = page.ask("Hvor mye kan vi få i år 2 for Tiltak B?")
    states: list[dict[str, str | None]] = page.driver.execute_script("return window.cardStates")
    first_answer = next(i for i, s in enumerate(states) if s["answerText"])
    stages = [s["stage"] for s in states[:first_answer] if s["stage"]]
    # The server's steps are shown, in order, before any answer text. Steps that reach the browser in one network
    # read are drawn once (the last of them), so which ones are seen depends on timing; test_chat_api.py checks that
    # the stream sends every step (calculate for this question).
    order = ["sending", "understand", "retrieve", "calculate", "compose", "verify"]
    assert stages[0] == "sending" and len(set(stages)) > 1
    assert stages == sorted(stages, key=order.index)
    texts = {"understand": "Leser spørsmålet…", "retrieve": "Søker i regelverkene…", "calculate": "Beregner…"}
    texts["verify"] = "Kontrollerer kildene…"
    shown = {s["progressText"] for s in states[:first_answer]}
    assert {texts[stage] for stage in stages if stage in texts} <= shown
    # Never an empty box, and never raw Markdown: no "[1]" markers or "- " bullets in what is shown.
    assert not any(s["empty"] for s in states)
    for state in states[first_answer:]:
        text = state["answerText"] or ""
        assert not re.search(r"\[\d+\]", text), text
        assert not re.search(r"(^|\n)- ", text), text
    assert card.find_elements(By.CSS_SELECTOR, ".answer a.cite")


def test_clarifying_question_offers_buttons(page: Page) -> None:
    card = page.ask("Kan vi søke om Tiltak B?", expect={"clarify"})
    options = {b.text: b for b in card.find_elements(By.CSS_SELECTOR, ".options button")}
    assert {"Kommune", "Fylkeskommune", "Statlig foretak (f.eks. RHF/HF)"} <= set(options)
    before = len(page.answers())
    options["Fylkeskommune"].click()
    verdict = page.wait_answer(before, {"answered"})
    assert verdict.find_element(By.CSS_SELECTOR, ".answer").text.startswith("Nei.")
    assert page.find_all(".turn-user")[-1].text.endswith("Fylkeskommune")


def cards_text(page: Page) -> list[str]:
    return [card.find_element(By.CSS_SELECTOR, ".answer").text for card in page.answers()]


def test_a_reload_restores_the_conversation(page: Page) -> None:
    page.ask("Hvem kan søke om Tiltak B?")
    page.ask("Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?")
    conversation = page.find("body").get_attribute("data-conversation-id")
    before = cards_text(page)
    questions = [bubble.text for bubble in page.find_all(".turn-user")]

    page.reload()
    page.wait(lambda d: len(page.answers()) == 2)
    assert cards_text(page) == before
    assert [bubble.text for bubble in page.find_all(".turn-user")] == questions
    restored = page.answers()[-1]
    assert restored.find_elements(By.CSS_SELECTOR, "table.calc tfoot")
    assert restored.find_elements(By.CSS_SELECTOR, "ol.sources li")
    assert page.find("body").get_attribute("data-conversation-id") == conversation
    listed = page.find_all("#conversation-list li")
    assert [li.get_attribute("data-conversation") for li in listed] == [conversation]
    assert "current" in (listed[0].get_attribute("class") or "")
    # A follow-up continues the restored conversation.
    follow = page.ask("Og i år 4?")
    assert follow.get_attribute("data-turn") == "3"


def test_a_conversation_gone_from_the_server_is_said_and_a_new_one_started(page: Page) -> None:
    page.ask("Hvem kan søke om Tiltak A?")
    conversation = page.find("body").get_attribute("data-conversation-id")
    assert page.api("DELETE", f"/api/conversations/{conversation}")["status"] == 204
    page.reload()
    notice = page.wait(lambda d: d.find_element(By.ID, "notice").text and d.find_element(By.ID, "notice"))
    assert "finnes ikke lenger" in notice.text
    assert page.answers() == [] and page.find("#intro").is_displayed()
    assert page.find("body").get_attribute("data-conversation-id") == ""
    assert page.find_all("#conversation-list li") == []
    page.ask("Hvem kan søke om Tiltak B?")
    assert page.find("body").get_attribute("data-conversation-id") not in ("", conversation)


def test_conversation_list_newest_first_with_rename_and_delete(page: Page) -> None:
    page.ask("Hvem kan søke om Tiltak A?")
    first = page.find("body").get_attribute("data-conversation-id")
    page.find("#new-conversation").click()
    assert page.answers() == []
    page.ask("Hva er søknadsfristen for Tiltak B?")
    second = page.find("body").get_attribute("data-conversation-id")
    page.wait(lambda d: len(page.find_all("#conversation-list li")) == 2)
    listed = page.find_all("#conversation-list li")
    assert [li.get_attribute("data-conversation") for li in listed] == [second, first]

    # Open the older one: its turns come back.
    page.find(".open", listed[1]).click()
    page.wait(lambda d: page.find("body").get_attribute("data-conversation-id") == first and len(page.answers()) == 1)
    assert page.find_all(".turn-user")[0].text.endswith("Hvem kan søke om Tiltak A?")

    # Rename it.
    page.find(".rename", page.find(f'li[data-conversation="{first}"]')).click()
    field = page.find("#conversation-list input")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys("Tiltak A – Bergen", Keys.ENTER)
    page.wait(lambda d: page.find(f'li[data-conversation="{first}"] .open').text == "Tiltak A – Bergen")
    assert page.api("GET", f"/api/conversations/{first}")["body"]["title"] == "Tiltak A – Bergen"

    # Delete it (it is the open one): the page starts afresh and the server no longer has it.
    page.find(".delete", page.find(f'li[data-conversation="{first}"]')).click()
    page.find("#conversation-list .confirm-delete").click()
    page.wait(lambda d: len(page.find_all("#conversation-list li")) == 1)
    assert page.api("GET", f"/api/conversations/{first}")["status"] == 404
    assert page.answers() == [] and page.find("body").get_attribute("data-conversation-id") == ""


def tab_to(page: Page, css: str, limit: int = 80, backwards: bool = False) -> WebElement:
    """Press Tab (or Shift+Tab) until an element matching `css` has the focus."""
    for _ in range(limit):
        element = page.active()
        if page.driver.execute_script("return arguments[0].matches(arguments[1])", element, css):
            return element
        keys = (Keys.SHIFT, Keys.TAB) if backwards else (Keys.TAB,)
        element.send_keys(*keys)
    raise AssertionError(f"{css} was not reached by keyboard")


def test_the_page_works_by_keyboard_alone(page: Page) -> None:
    # The question box has the focus on arrival.
    assert page.active() == page.box
    page.active().send_keys("Kan kommuner søke om tilskudd til Tiltak B?", Keys.ENTER)
    page.wait(lambda d: page.answers() and page.answers()[-1].get_attribute("aria-busy") == "false")
    assert page.active() == page.box  # back in the box for the next question

    # A citation: reachable with Shift+Tab from the box, opened with Enter, closed with Escape.
    link = tab_to(page, ".answer a.cite", backwards=True)
    link.send_keys(Keys.ENTER)
    viewer = page.find("#viewer")
    page.wait(lambda d: viewer.get_attribute("open") is not None and page.find_all("#viewer mark"))
    page.active().send_keys(Keys.ESCAPE)
    page.wait(lambda d: viewer.get_attribute("open") is None)
    assert page.active() == link

    # Feedback: Tab to "Nyttig svar", press Space; the comment box takes the focus.
    up = tab_to(page, ".rate-up")
    up.send_keys(Keys.SPACE)
    page.wait(lambda d: up.get_attribute("aria-pressed") == "true")
    comment = page.active()
    assert comment.tag_name == "textarea" and comment != page.box
    comment.send_keys("Klart svar")
    tab_to(page, ".feedback-form button[type=submit]").send_keys(Keys.ENTER)
    conversation = page.find("body").get_attribute("data-conversation-id")
    page.wait(
        lambda d: (
            (page.api("GET", f"/api/conversations/{conversation}")["body"]["turns"][0]["feedback"] or {}).get("comment")
            == "Klart svar"
        )
    )

    # The documents view opens and closes from the keyboard too.
    tab_to(page, "#open-documents").send_keys(Keys.ENTER)
    documents = page.find("#documents")
    page.wait(lambda d: page.find_all("#documents tbody tr"))
    page.active().send_keys(Keys.ESCAPE)
    page.wait(lambda d: documents.get_attribute("open") is None)
    assert page.active().get_attribute("id") == "open-documents"
