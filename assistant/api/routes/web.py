"""GET /: the chat web page (one self-contained HTML file, no build step, works offline)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(tags=["web"])

PAGE = Path(__file__).resolve().parent.parent / "static" / "index.html"


@lru_cache(maxsize=1)
def _page() -> str:
    return PAGE.read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index() -> HTMLResponse:
    """The chat page; it talks to POST /api/chat/stream."""
    return HTMLResponse(_page())
