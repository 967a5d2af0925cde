"""The page's files: served locally, no inline script or style (the server's Content-Security-Policy forbids them)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.api.routes.web import STATIC
from assistant.settings import AnswerSettings, Settings


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(answer=AnswerSettings(max_question_chars=1500)))) as test_client:
        yield test_client


def test_page_links_only_local_files_that_exist(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assets = re.findall(r"""(?:src|href)=["'](/static/[^"']+)["']""", html)
    assert {"/static/app.css", "/static/app.js"} <= set(assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    # The question limit is written into the page, so it can warn before sending.
    assert '<meta name="regelverk-max-chars" content="1500">' in html
    assert 'name="viewport"' in html and '<label for="message"' in html and 'aria-live="polite"' in html


def test_modules_import_only_each_other(client: TestClient) -> None:
    for script in sorted(STATIC.glob("*.js")):
        text = script.read_text(encoding="utf-8")
        for target in re.findall(r"""from\s+["']([^"']+)["']""", text):
            assert target.startswith("./") and (STATIC / target[2:]).is_file(), (script.name, target)
        assert client.get(f"/static/{script.name}").headers["content-type"].startswith("text/javascript")


@pytest.mark.parametrize("name", sorted(p.name for p in STATIC.glob("*.html")))
def test_no_inline_script_or_style(name: str) -> None:
    html = (STATIC / name).read_text(encoding="utf-8")
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html), "inline script"
    assert "<style" not in html and not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"


def test_scripts_never_write_inline_styles_or_html() -> None:
    for script in STATIC.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        assert ".style." not in text and "innerHTML" not in text and 'setAttribute("style' not in text, script.name
