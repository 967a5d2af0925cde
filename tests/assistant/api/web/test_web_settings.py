"""The page's own settings: its label language, dark mode from the system, and the API key when the server asks."""

from __future__ import annotations

import httpx
from pydantic import SecretStr
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from assistant.settings import ServerSettings, Settings
from tests.assistant.api.web.browser import Page
from tests.conftest import ServerFactory


def test_labels_follow_the_language_choice_and_are_remembered(page: Page) -> None:
    card = page.ask("Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?")
    assert page.find("#send").text == "Send" and page.find("#new-conversation").text == "Ny samtale"
    assert page.find("tfoot td.amount", card).text == "225 000 kr"
    Select(page.find("#language")).select_by_value("en")
    assert page.find("#new-conversation").text == "New conversation"
    assert page.find("label[for=message]").text == "Question"
    assert page.find("html").get_attribute("lang") == "en"
    # Answers already shown are relabelled; their text stays in the language it was asked in.
    card = page.answers()[-1]
    assert page.find("h3", card).text == "Calculation"
    assert page.find("tfoot th", card).text == "Total" and page.find("tfoot td.amount", card).text == "NOK 225,000"
    assert page.find(".answer", card).text.startswith("Inntil 225 000 kr")
    page.reload()
    assert page.find("#new-conversation").text == "New conversation"  # remembered
    assert page.find("#counter").text == "0 of 2000 characters"


def background(driver: WebDriver) -> str:
    color: str = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    return color


def test_dark_mode_follows_the_system(page: Page) -> None:
    light = background(page.driver)
    page.driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
    )
    try:
        dark = background(page.driver)
        red, green, blue = (int(part) for part in dark[dark.index("(") + 1 : -1].split(",")[:3])
        assert dark != light and max(red, green, blue) < 60
    finally:
        page.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_api_key_prompt_once_then_bearer_on_every_request(
    chrome: WebDriver, corpus_settings: Settings, serve: ServerFactory
) -> None:
    """With REGELVERK_SERVER__API_KEY set the page loads without the key, asks for it once, and sends it with every
    request after: the server refuses /api/ without it, so each view that loads after that proves it was sent."""
    settings = corpus_settings.model_copy(update={"server": ServerSettings(api_key=SecretStr("sesam"))})
    with serve(settings) as url:
        assert httpx.get(f"{url}/api/documents").status_code == 401
        page = Page(chrome, url).open()
        page.box.send_keys("Hvem kan søke om Tiltak B?", Keys.ENTER)
        dialog = page.find("#api-key")
        page.wait(lambda d: dialog.get_attribute("open") is not None)
        page.find("#api-key-input").send_keys("feil", Keys.ENTER)
        # A wrong key: asked again, saying so.
        page.wait(
            lambda d: dialog.get_attribute("open") is not None and "ikke godtatt" in page.find("#api-key-text").text
        )
        page.find("#api-key-input").send_keys("sesam", Keys.ENTER)
        page.wait(lambda d: page.answers() and page.answers()[-1].get_attribute("aria-busy") == "false")
        assert page.answers()[-1].get_attribute("data-status") == "answered"
        # From now on every request carries the key, without asking again, also after a reload.
        page.reload()
        page.wait(lambda d: len(page.answers()) == 1)
        page.find("#open-documents").click()
        page.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#documents tbody tr"))
        assert page.find("#api-key").get_attribute("open") is None
