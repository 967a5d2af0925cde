"""Who may talk to the server once it is reachable from a network: a Host allow-list and an API key.

Both are off by default (loopback). /health stays open for load balancers, and the page, its static files and the API
docs (/docs, its assets, /openapi.json) stay open so they can load and then ask for the key; everything else needs
`Authorization: Bearer <key>` when a key is set.
"""

from __future__ import annotations

import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.api.error_response import error_response

HEALTH_PATH = "/health"
# The chat page, the API docs and their files: public so they can load and then ask for the key.
_PAGE_PATHS = frozenset({"/", "/favicon.ico", "/docs", "/openapi.json"})
_ASSET_PREFIXES = ("/static/", "/docs-assets/")


def is_open_path(scope: Scope) -> bool:
    """True for requests that need no key and are not rate-limited: /health, the page, the docs and their files."""
    path: str = scope["path"]
    if path == HEALTH_PATH:
        return True
    return scope["method"] in {"GET", "HEAD"} and (path in _PAGE_PATHS or path.startswith(_ASSET_PREFIXES))


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of a request header (latin-1, as HTTP sends it), or None."""
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def host_name(host_header: str) -> str:
    """The name part of a Host header: 'example.org:8000' → 'example.org', '[::1]:8000' → '::1'."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_allowed(name: str, allowed: list[str]) -> bool:
    """Exact names, or '*.example.org' for its subdomains."""
    for pattern in allowed:
        pattern = pattern.lower()
        if name == pattern or (pattern.startswith("*.") and name.endswith(pattern[1:])):
            return True
    return False


class HostAllowListMiddleware:
    """Answers 400 to a Host header not in the list (defends against DNS rebinding and host-header tricks)."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.allowed or scope["path"] == HEALTH_PATH:
            await self.app(scope, receive, send)
            return
        name = host_name(header(scope, b"host") or "")
        if host_allowed(name, self.allowed):
            await self.app(scope, receive, send)
            return
        shown = name[:100] or "(none)"
        message = f"Host {shown!r} is not served here. Use one of the server's names (REGELVERK_SERVER__ALLOWED_HOSTS)."
        await error_response(scope["path"], 400, message)(scope, receive, send)


class ApiKeyMiddleware:
    """Requires `Authorization: Bearer <key>` (compared in constant time) on every path but the open ones."""

    def __init__(self, app: ASGIApp, api_key: str) -> None:
        self.app = app
        self.expected = f"Bearer {api_key}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_open_path(scope):
            await self.app(scope, receive, send)
            return
        given = header(scope, b"authorization")
        if given is not None and hmac.compare_digest(given.encode("latin-1"), self.expected):
            await self.app(scope, receive, send)
            return
        if given is None:
            message = "This server needs an API key: send the header 'Authorization: Bearer <key>'."
        else:
            message = "The API key is not valid. Send 'Authorization: Bearer <key>' with the server's key."
        headers = {"WWW-Authenticate": 'Bearer realm="regelverk"'}
        await error_response(scope["path"], 401, message, headers=headers)(scope, receive, send)
