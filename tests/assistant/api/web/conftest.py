"""Headless Chromium (Debian's chromium + chromedriver) driving the web page served by uvicorn on 127.0.0.1.

Every browser test gets a `page` at a fresh origin state (storage cleared, Norwegian labels, 1366×900). When a test
fails, a screenshot of the page at that moment is saved to build/browser-screenshots/<test>.png.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

from assistant.settings import PROJECT_ROOT
from tests.assistant.api.web.browser import Page

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = PROJECT_ROOT / "build" / "browser-screenshots"


@pytest.fixture(scope="session")
def chrome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail("Chromium is not installed: run `make browser`.")
    profile = tmp_path_factory.mktemp("chrome-profile")
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
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(chrome: WebDriver, live_server: str) -> Page:
    return Page(chrome, live_server).open()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Save a screenshot of the page when a browser test fails, and say where it is."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    chrome = getattr(item, "funcargs", {}).get("chrome")
    if report.when == "call" and report.failed and chrome is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.name) + ".png"
        path = SCREENSHOTS / name
        if chrome.save_screenshot(str(path)):
            report.sections.append(("browser screenshot", str(path)))
