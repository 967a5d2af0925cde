"""The web page at / (static HTML, CSS and JS modules; no build step, works offline) and the offline API docs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from assistant.api.deps import ServicesDep

router = APIRouter(tags=["web"])

STATIC = Path(__file__).resolve().parent.parent / "static"


@lru_cache(maxsize=4)
def _read(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def mount_assets(app: FastAPI) -> None:
    """Serve the page's own files under /static and Swagger UI's (from its pinned package) under /docs-assets."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=Path(str(swagger_ui_path))), name="docs-assets")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index(services: ServicesDep) -> HTMLResponse:
    """The chat page; it talks to the JSON API (the question limit is written into it so it can warn early)."""
    page = _read("index.html").replace("{{MAX_QUESTION_CHARS}}", str(services.settings.answer.max_question_chars))
    return HTMLResponse(page)


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs() -> HTMLResponse:
    """Swagger UI for /openapi.json, from local files (no CDN)."""
    return HTMLResponse(_read("docs.html"))
