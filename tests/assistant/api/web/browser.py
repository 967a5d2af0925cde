"""The chat page in headless Chromium, as a person uses it: the `Page` helper the browser tests share."""

from __future__ import annotations

import re
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

DESKTOP = (1366, 900)
PHONE = (390, 844)
WAIT = 30


class Page:
    """The chat page in the browser, with the steps a person takes."""

    def __init__(self, driver: WebDriver, base_url: str) -> None:
        self.driver = driver
        self.base_url = base_url

    # --- setting up -------------------------------------------------------------------------------------------------

    def open(self, size: tuple[int, int] = DESKTOP, language: str = "nb", path: str = "/") -> Page:
        """Load the page with empty storage, at this viewport size (CSS pixels) and label language."""
        self.resize(size)
        self.driver.get(self.base_url + "/static/app.css")  # same origin, so its storage can be cleared first
        self.driver.execute_script(
            "localStorage.clear(); sessionStorage.clear(); localStorage.setItem('regelverk.language', arguments[0]);",
            language,
        )
        self.driver.get(self.base_url + path)
        self.wait_ready()
        return self

    def resize(self, size: tuple[int, int]) -> None:
        width, height = size
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )

    def reload(self) -> None:
        self.driver.refresh()
        self.wait_ready()

    def wait_ready(self) -> None:
        # The module script has run when the counter shows the limit.
        self.wait(lambda d: d.find_element(By.ID, "counter").text != "")

    def wait(self, condition: Any, timeout: float = WAIT) -> Any:
        return WebDriverWait(self.driver, timeout).until(condition)

    # --- finding ----------------------------------------------------------------------------------------------------

    def find(self, css: str, within: WebElement | None = None) -> WebElement:
        return (within or self.driver).find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str, within: WebElement | None = None) -> list[WebElement]:
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def answers(self) -> list[WebElement]:
        return self.find_all("article.turn-bot")

    @property
    def box(self) -> WebElement:
        return self.driver.find_element(By.ID, "message")

    def active(self) -> WebElement:
        return self.driver.switch_to.active_element

    # --- acting -----------------------------------------------------------------------------------------------------

    def ask(self, question: str, expect: set[str] | None = None) -> WebElement:
        """Type a question, press Enter, wait for its answer card to finish; returns the card."""
        before = len(self.answers())
        self.box.send_keys(question)
        self.box.send_keys(Keys.ENTER)
        return self.wait_answer(before, expect or {"answered", "clarify", "not_found"})

    def wait_answer(self, before: int, expect: set[str]) -> WebElement:
        self.wait(
            lambda d: len(self.answers()) == before + 1 and self.answers()[-1].get_attribute("aria-busy") == "false"
        )
        card = self.answers()[-1]
        assert card.get_attribute("data-status") in expect, card.text
        return card

    def scroll_conversation_to_end(self) -> None:
        """What a person does with the wheel or the End key: scroll the conversation to its end."""
        self.driver.execute_script("const m = document.getElementById('main'); m.scrollTop = m.scrollHeight;")

    def api(self, method: str, path: str, body: Any = None) -> Any:
        """Call the API from the page (same origin, same storage); returns {status, body}."""
        script = """
            const [method, path, body, done] = arguments;
            fetch(path, {method, headers: {'Content-Type': 'application/json'},
                         body: body === null ? undefined : JSON.stringify(body)})
              .then(async (r) => done({status: r.status, body: r.status === 204 ? null : await r.json()}))
              .catch((e) => done({status: 0, body: String(e)}));
        """
        return self.driver.execute_async_script(script, method, path, body)

    # --- checking ---------------------------------------------------------------------------------------------------

    def in_view_and_on_top(self, element: WebElement) -> bool:
        """True if the element lies inside the viewport and nothing (such as the question bar) covers it."""
        script = """
            const el = arguments[0];
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return false;
            if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
            const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;  // away from rounded corners
            const probes = [[x, y], [r.left + r.width / 8, y], [r.right - r.width / 8, y],
                            [x, r.top + r.height / 8], [x, r.bottom - r.height / 8]];
            return probes.every(([x, y]) => {
                const hit = document.elementFromPoint(x, y);
                return hit === el || el.contains(hit);
            });
        """
        return bool(self.driver.execute_script(script, element))

    def rect(self, element: WebElement) -> dict[str, float]:
        rect: dict[str, float] = self.driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return {top: r.top, bottom: r.bottom, width: r.width, height: r.height};",
            element,
        )
        return rect


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
