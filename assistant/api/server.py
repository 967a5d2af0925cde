"""Running the app under uvicorn with the limits a network exposure needs.

uvicorn times out idle keep-alive connections but not a request whose headers never finish (a "slowloris" client
holds a connection for as long as it likes). `TimedHttpProtocol` closes such connections after
`server.header_timeout` seconds with a 408; the body has its own deadline in the body middleware.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from assistant.settings import Settings

_TIMEOUT_RESPONSE = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


class TimedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline for each request's headers (from connect or the last response)."""

    header_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_deadline()

    def on_headers_complete(self) -> None:
        self._cancel_header_deadline()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_deadline()  # the next request's headers get the same time

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_deadline()
        super().connection_lost(exc)

    def _arm_header_deadline(self) -> None:
        self._cancel_header_deadline()
        self._header_deadline = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _headers_too_slow(self) -> None:
        self._header_deadline = None
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete:
            self.transport.write(_TIMEOUT_RESPONSE)
        self.transport.close()


def timed_protocol(header_timeout: float) -> type[TimedHttpProtocol]:
    """A TimedHttpProtocol class with this header deadline (uvicorn instantiates the class itself)."""
    return type("TimedHttpProtocol", (TimedHttpProtocol,), {"header_timeout": header_timeout})


def server_config(app: Any, settings: Settings, host: str, port: int, log_level: str = "info") -> uvicorn.Config:
    """uvicorn's configuration for `app`: header, body and keep-alive deadlines, and which proxies are trusted."""
    server = settings.server
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=timed_protocol(server.header_timeout),
        timeout_keep_alive=server.keep_alive_timeout,
        # X-Forwarded-For is believed only from the listed proxies (uvicorn would trust loopback by default).
        proxy_headers=bool(server.forwarded_allow_ips),
        forwarded_allow_ips=list(server.forwarded_allow_ips),
        server_header=False,
        log_level=log_level,
    )


def exposure_warning(settings: Settings, host: str) -> str | None:
    """A warning when the server listens beyond loopback with no API key, else None."""
    if settings.server.api_key is not None or _is_loopback(host):
        return None
    return (
        f"WARNING: serving on {host} without an API key: anyone who can reach this address can use the service. "
        "Set REGELVERK_SERVER__API_KEY (and REGELVERK_SERVER__ALLOWED_HOSTS, REGELVERK_SERVER__RATE_LIMIT_PER_MINUTE); "
        "see 'Deploying' in the README."
    )


def _is_loopback(host: str) -> bool:
    return host in {"localhost", "::1"} or host.startswith("127.")


def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the app until interrupted, warning first if it is exposed without a key."""
    from assistant.api.app import create_app

    warning = exposure_warning(settings, host)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    uvicorn.Server(server_config(create_app(settings), settings, host, port)).run()
