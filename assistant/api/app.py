"""FastAPI app factory: one router per area, domain errors mapped to HTTP here and nowhere else."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from assistant.api.access import ApiKeyMiddleware, HostAllowListMiddleware
from assistant.api.error_response import error_response
from assistant.api.rate_limit import RateLimitMiddleware
from assistant.api.request_body import RequestBodyMiddleware
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
from assistant.api.security_headers import SecurityHeadersMiddleware
from assistant.errors import RegelverkError
from assistant.services import Services
from assistant.settings import Settings, get_settings

log = logging.getLogger(__name__)

RETENTION_INTERVAL_SECONDS = 3600


def _location(err: dict[str, object]) -> str:
    loc = err.get("loc", ())
    parts = loc if isinstance(loc, tuple | list) else ()
    return ".".join(str(p) for p in parts if p not in ("body", "query", "path"))


def _validation_message(exc: RequestValidationError) -> str:
    """One sentence per problem, naming the field, e.g. "message: String should have at least 1 character"."""
    parts = []
    for err in exc.errors():
        if err.get("type") == "missing" and tuple(err.get("loc", ())) == ("body",):
            parts.append('The request has no body. Send a JSON object, e.g. {"message": "Hvem kan søke?"}.')
            continue
        parts.append(f"{_location(err) or 'request'}: {err.get('msg', 'invalid value')}")
    return "; ".join(parts) or "Invalid request."


async def delete_idle_conversations(services: Services) -> None:
    """Retention: at start-up and then hourly, delete conversations idle longer than the configured age."""
    days = services.settings.conversations.retention_days
    if not days:
        return
    while True:
        try:
            deleted = await anyio.to_thread.run_sync(lambda: services.conversations.delete_idle(timedelta(days=days)))
            if deleted:
                log.info("Deleted %d conversations idle for more than %g days.", deleted, days)
        except RegelverkError as exc:  # the database is down: answering reports it; try again later
            log.warning("Conversation retention skipped: %s", exc.message)
        await asyncio.sleep(RETENTION_INTERVAL_SECONDS)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for `settings` (default: from the environment)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = app.state.services = Services(settings)
        # Answering is CPU-bound: a few threads use the cores fully, and waiting requests then queue without
        # contending for the interpreter with the event loop (which keeps /health and the limits responsive).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.server.worker_threads
        retention = asyncio.create_task(delete_idle_conversations(services))
        yield
        retention.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await retention  # a deletion under way finishes before shutdown; none is abandoned mid-write

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
    async def domain_error(request: Request, exc: RegelverkError) -> Response:
        return error_response(request.url.path, exc.http_status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        param = _location(errors[0]) or None if errors else None
        return error_response(request.url.path, 422, _validation_message(exc), param=param)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # 404 for unknown paths and 405 for wrong methods, in the path's error shape.
        return error_response(request.url.path, exc.status_code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # Never leak internals to a user; the log has the traceback.
        log.exception("Unhandled error on %s", request.url.path)
        return error_response(request.url.path, 500, "Internal error. The request was not processed.")

    for module in (health, search, calculate, schemes, chat, conversations, documents, openai_compat, web):
        app.include_router(module.router)
    web.mount_assets(app)

    # Added innermost first: a request passes the security headers, host, rate-limit, key and body checks in turn.
    server = settings.server
    app.add_middleware(RequestBodyMiddleware, max_bytes=server.max_body_bytes, timeout=server.body_timeout)
    if server.api_key is not None:
        app.add_middleware(ApiKeyMiddleware, api_key=server.api_key.get_secret_value())
    if server.rate_limit_per_minute:
        app.add_middleware(RateLimitMiddleware, per_minute=server.rate_limit_per_minute, burst=server.rate_limit_burst)
    if server.allowed_hosts:
        app.add_middleware(HostAllowListMiddleware, allowed=server.allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
