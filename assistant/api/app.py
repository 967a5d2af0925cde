"""FastAPI app factory: one router per area, domain errors mapped to HTTP here and nowhere else."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from assistant.api.routes import (
    calculate,
    chat,
    conversations,
    documents,
    health,
    openai_compat,
    schemes,
    search,
    web,
)
from assistant.errors import RegelverkError
from assistant.services import Services
from assistant.settings import Settings, get_settings

log = logging.getLogger(__name__)


def _validation_message(exc: RequestValidationError) -> str:
    """One sentence per problem, naming the field, e.g. "message: String should have at least 1 character"."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{loc or 'request'}: {err.get('msg', 'invalid value')}")
    return "; ".join(parts) or "Invalid request."


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for `settings` (default: from the environment)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = Services(settings)
        yield

    app = FastAPI(
        title="Regelverk",
        description="Answers about Norwegian grant regulations with verbatim citations and computed amounts.",
        version="0.1.0",
        lifespan=lifespan,
        # /docs is served from local files by the web router (the defaults load Swagger UI and ReDoc from a CDN).
        docs_url=None,
        redoc_url=None,
    )

    @app.exception_handler(RegelverkError)
    async def domain_error(request: Request, exc: RegelverkError) -> JSONResponse:
        return JSONResponse(status_code=exc.http_status, content={"detail": exc.message})

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": _validation_message(exc)})

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        # Never leak internals to a user; the log has the traceback.
        log.exception("Unhandled error on %s", request.url.path)
        return JSONResponse(status_code=500, content={"detail": "Internal error. The request was not processed."})

    for module in (health, search, calculate, schemes, chat, conversations, documents, openai_compat, web):
        app.include_router(module.router)
    web.mount_assets(app)
    return app
