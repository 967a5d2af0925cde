"""The OpenAPI docs page works offline: Swagger UI is served from the pinned package, nothing from a CDN."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import Settings


def test_docs_page_loads_only_local_assets() -> None:
    with TestClient(create_app(Settings())) as client:
        page = client.get("/docs")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert not re.search(r"https?://", page.text)
        assets = re.findall(r"""(?:src|href)=["'](/[^"']+)["']""", page.text)
        assert {"/docs-assets/swagger-ui-bundle.js", "/docs-assets/swagger-ui.css", "/static/docs.js"} <= set(assets)
        for asset in assets:
            response = client.get(asset)
            assert response.status_code == 200, asset
            assert len(response.content) > 100, asset
        init = client.get("/static/docs.js").text
        assert "/openapi.json" in init and "https://" not in init
        assert client.get("/openapi.json").status_code == 200
        assert client.get("/redoc").status_code == 404  # ReDoc only exists as a CDN page: not offered
