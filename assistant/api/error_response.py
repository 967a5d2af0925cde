"""Error bodies in the shape each client expects: `{"detail": …}` on /api, OpenAI's `{"error": {…}}` on /v1.

OpenAI clients show `error.message`; with FastAPI's `{"detail"}` they show only "Error code: 422". Handlers and
middleware both build their error responses here, so every error of an endpoint has the same shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse

OPENAI_PREFIX = "/v1/"

# OpenAI's error `type` per HTTP status (what its own API sends for the same situations).
_OPENAI_TYPES = {
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    429: "rate_limit_error",
}
_OPENAI_CODES = {401: "invalid_api_key", 413: "request_too_large", 429: "rate_limit_exceeded"}


def openai_error(message: str, status: int = 400, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    """The OpenAI error body for a status."""
    kind = _OPENAI_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": message, "type": kind, "param": param, "code": code or _OPENAI_CODES.get(status)}}


def error_body(path: str, status: int, message: str, param: str | None = None) -> dict[str, Any]:
    """The error body for a request path: OpenAI's shape under /v1/, `{"detail": message}` elsewhere."""
    if path.startswith(OPENAI_PREFIX):
        return openai_error(message, status, param)
    return {"detail": message}


def error_response(
    path: str, status: int, message: str, param: str | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """A JSON error response (also usable as a plain ASGI app from middleware)."""
    return JSONResponse(status_code=status, content=error_body(path, status, message, param), headers=headers)
