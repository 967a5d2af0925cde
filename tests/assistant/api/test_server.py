"""uvicorn as `regelverk serve` runs it: slow or idle connections are closed, exposure without a key is warned about."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx
import pytest

from assistant.api.server import exposure_warning
from assistant.settings import ServerSettings, Settings
from eval.local_server import free_port

if TYPE_CHECKING:
    from tests.conftest import ServerFactory


def _seconds_until_closed(url: str, data: bytes) -> tuple[float, bytes]:
    """Connect, send `data`, and wait for the server to close the connection."""
    parts = urlsplit(url)
    started = time.monotonic()
    received = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        if data:
            sock.sendall(data)
        while chunk := sock.recv(4096):
            received += chunk
    return time.monotonic() - started, received


def test_incomplete_headers_are_timed_out_with_408(tmp_path: Path, serve: ServerFactory) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(header_timeout=0.5))
    with serve(settings) as url:
        seconds, received = _seconds_until_closed(url, b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: ")
    assert received.startswith(b"HTTP/1.1 408")
    assert 0.4 < seconds < 5


def test_a_connection_that_sends_nothing_is_closed(tmp_path: Path, serve: ServerFactory) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(header_timeout=0.5))
    with serve(settings) as url:
        seconds, _ = _seconds_until_closed(url, b"")
    assert seconds < 5


def test_held_connections_do_not_pile_up(tmp_path: Path, serve: ServerFactory) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(header_timeout=0.5))
    with serve(settings) as url:
        parts = urlsplit(url)
        held = [socket.create_connection((parts.hostname, parts.port), timeout=20) for _ in range(50)]
        for sock in held:
            sock.sendall(b"GET / HTTP/1.1\r\n")
        time.sleep(1.5)
        closed = 0
        for sock in held:
            sock.settimeout(3)
            try:
                while sock.recv(4096):
                    pass
                closed += 1
            except TimeoutError:
                pass
            sock.close()
        # The server still answers normally.
        assert httpx.get(f"{url}/api/schemes", timeout=10).status_code == 200
    assert closed == 50


def test_the_next_request_on_a_kept_alive_connection_gets_the_same_deadline(
    tmp_path: Path, serve: ServerFactory
) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(header_timeout=0.5, keep_alive_timeout=30))
    with serve(settings) as url:
        request = b"GET /api/schemes HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"
        seconds, received = _seconds_until_closed(url, request + b"GET /api/schemes HTTP/1.1\r\nhost: x")
    assert received.startswith(b"HTTP/1.1 200") and b"HTTP/1.1 408" in received
    assert seconds < 5


def test_idle_keep_alive_connections_are_closed(tmp_path: Path, serve: ServerFactory) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(keep_alive_timeout=1, header_timeout=30))
    with serve(settings) as url:
        seconds, received = _seconds_until_closed(url, b"GET /api/schemes HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
    assert received.startswith(b"HTTP/1.1 200")
    assert seconds < 5


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(tmp_path: Path, serve: ServerFactory) -> None:
    # A client on loopback must not choose its own rate-limit key by sending X-Forwarded-For.
    settings = Settings(data_dir=tmp_path, server=ServerSettings(rate_limit_per_minute=1, rate_limit_burst=1))
    with serve(settings) as url:
        first = httpx.get(f"{url}/api/schemes", headers={"x-forwarded-for": "203.0.113.1"}, timeout=10)
        second = httpx.get(f"{url}/api/schemes", headers={"x-forwarded-for": "203.0.113.2"}, timeout=10)
    assert (first.status_code, second.status_code) == (200, 429)


def test_a_trusted_proxy_makes_each_forwarded_client_its_own_bucket(tmp_path: Path, serve: ServerFactory) -> None:
    server = ServerSettings(rate_limit_per_minute=1, rate_limit_burst=1, forwarded_allow_ips=["127.0.0.1"])
    with serve(Settings(data_dir=tmp_path, server=server)) as url:
        codes = [
            httpx.get(f"{url}/api/schemes", headers={"x-forwarded-for": client}, timeout=10).status_code
            for client in ("203.0.113.1", "203.0.113.2", "203.0.113.1")
        ]
    assert codes == [200, 200, 429]


@pytest.mark.parametrize(
    ("host", "key", "warns"),
    [("0.0.0.0", None, True), ("192.0.2.10", None, True), ("0.0.0.0", "k3y", False), ("127.0.0.1", None, False)],
)
def test_exposure_without_a_key_is_warned_about(host: str, key: str | None, warns: bool) -> None:
    settings = Settings(server=ServerSettings(api_key=key))
    warning = exposure_warning(settings, host)
    assert (warning is not None) == warns
    if warning:
        assert "REGELVERK_SERVER__API_KEY" in warning and host in warning


def test_regelverk_serve_prints_the_warning(tmp_path: Path) -> None:
    port = free_port()
    env = {"REGELVERK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "assistant.cli", "serve", "--host", "0.0.0.0", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        first_line = process.stderr.readline()
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert first_line.startswith("WARNING: serving on 0.0.0.0 without an API key")
