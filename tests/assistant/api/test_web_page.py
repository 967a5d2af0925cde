"""The chat web page at /: served self-contained, and used in headless Chromium against uvicorn on 127.0.0.1."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from assistant.api.app import create_app
from assistant.settings import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def test_page_is_served_self_contained() -> None:
    with TestClient(create_app(Settings())) as client:
        response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    # Offline machine: nothing may load from another origin.
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert 'aria-live="polite"' in html
    assert '<label for="message"' in html and 'id="message"' in html
    assert 'name="viewport"' in html
    assert "/api/chat/stream" in html


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail("Chromium is not installed: run `make browser`.")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=420,900",  # a phone-width window
        f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(options.arguments[-1].split("=", 1)[1], ignore_errors=True)


def answers(driver: WebDriver) -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, "article.turn-bot")


def ask(driver: WebDriver, question: str) -> WebElement:
    """Type a question, press Enter, and wait for its answer card to finish."""
    before = len(answers(driver))
    box = driver.find_element(By.ID, "message")
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    wait = WebDriverWait(driver, 30)
    wait.until(lambda d: len(answers(d)) == before + 1 and answers(d)[-1].get_attribute("aria-busy") == "false")
    card = answers(driver)[-1]
    assert card.get_attribute("data-status") in {"answered", "clarify", "not_found"}, card.text
    return card


def test_ask_and_follow_up_in_the_browser(browser: WebDriver, live_server: str, tmp_path: Path) -> None:
    browser.get(live_server + "/")
    assert browser.title.startswith("Regelverk")
    card = ask(browser, "Kan kommuner søke om tilskudd til Tiltak B?")
    # [n] markers link to the numbered sources of this answer, each with a quote and where it is from.
    links = card.find_elements(By.CSS_SELECTOR, ".answer a.cite")
    sources = card.find_elements(By.CSS_SELECTOR, "ol.sources li")
    assert links and sources
    target = links[0].get_attribute("href") or ""
    source = card.find_element(By.ID, target.split("#", 1)[1])
    assert source.find_element(By.TAG_NAME, "blockquote").text.strip("«»")
    assert "Regelverk 0765.73" in source.text
    assert card.find_element(By.CSS_SELECTOR, ".status").text.startswith("Besvart")
    conversation = browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation-id")
    assert conversation

    follow = ask(browser, "Hva med fylkeskommuner?")
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation-id") == conversation
    assert follow.find_elements(By.CSS_SELECTOR, "ol.sources li")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".turn-user")) == 2
    # The message box is cleared and focused again for the next question (keyboard-only use).
    box = browser.find_element(By.ID, "message")
    assert box.get_attribute("value") == "" and browser.switch_to.active_element == box
    browser.save_screenshot(str(tmp_path / "chat.png"))


def test_calculation_table_and_new_conversation(browser: WebDriver, live_server: str) -> None:
    browser.get(live_server + "/")
    browser.find_element(By.ID, "new-conversation").click()
    card = ask(browser, "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?")
    rows = card.find_elements(By.CSS_SELECTOR, "table.calc tbody tr")
    assert len(rows) >= 2
    assert rows[-1].text.startswith("Resultat") and "kr" in rows[-1].text


def test_input_error_is_shown_not_swallowed(browser: WebDriver, live_server: str) -> None:
    browser.get(live_server + "/")
    long_question = "Kan vi søke? " * 400
    browser.execute_script("document.getElementById('message').value = arguments[0];", long_question)
    browser.find_element(By.ID, "send").click()
    WebDriverWait(browser, 30).until(lambda d: answers(d) and answers(d)[-1].get_attribute("aria-busy") == "false")
    card = answers(browser)[-1]
    assert card.get_attribute("data-status") == "error"
    assert "limit" in card.find_element(By.CSS_SELECTOR, "[role=alert]").text
