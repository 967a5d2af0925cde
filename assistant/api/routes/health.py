"""GET /health: whether this process can answer, for load balancers and monitors.

It runs on the event loop (an `async` route with no blocking work), not in the worker threads that answer questions,
so it answers at once however busy answering is. "ok" means questions can be answered: an index is built for the
configured embedder; otherwise 503, which takes the replica out of a load balancer's rotation.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.settings import Settings

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "unavailable"] = Field(description="'ok' when the service can answer questions.")
    index: Literal["ready", "missing"] = Field(description="'missing' when `regelverk ingest` has not been run.")
    detail: str | None = Field(default=None, description="What to do when the status is not ok.")


class _IndexCheck:
    """Whether an index exists, re-read only when the state file changes (a stat per call, not a JSON parse)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._seen: tuple[float, int] | None = None
        self._ready = False

    def ready(self) -> bool:
        from ingest.store import index_exists, state_path

        try:
            stat = state_path(self.settings).stat()
        except OSError:
            return False
        signature = (stat.st_mtime, stat.st_size)
        if signature != self._seen:
            self._ready = index_exists(self.settings)
            self._seen = signature
        return self._ready


def _index_check(request: Request) -> _IndexCheck:
    state = request.app.state
    check: _IndexCheck | None = getattr(state, "index_check", None)
    if check is None:
        check = state.index_check = _IndexCheck(state.services.settings)
    return check


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "Cannot answer yet: no index (run `regelverk ingest`)."}},
)
async def health(request: Request) -> JSONResponse:
    """200 with status 'ok' when questions can be answered, else 503 saying why."""
    if _index_check(request).ready():
        return JSONResponse(Health(status="ok", index="ready").model_dump())
    body = Health(status="unavailable", index="missing", detail="No index is built: run `regelverk ingest`.")
    return JSONResponse(body.model_dump(), status_code=503)
