"""Bad request bodies get a status and a message that says what to change, in the endpoint's error shape."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import ServerSettings, Settings

if TYPE_CHECKING:
    from tests.conftest import ServerFactory


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("body-data"))
    with TestClient(create_app(settings)) as test_client:
        yield test_client


JSON = {"content-type": "application/json"}
BAD_BODIES = [
    # (case, body, headers, status, words the message must contain)
    ("invalid UTF-8", b'{"message": "\xff\xfe"}', JSON, 422, ["UTF-8", "offset 13"]),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, JSON, 422, ["nested", "32"]),
    ("nesting inside a field", b'{"message": ' + b"[" * 40 + b"]" * 40 + b"}", JSON, 422, ["nested"]),
    ("truncated JSON", b'{"message": "hei', JSON, 422, ["not valid JSON", "line 1, column 13"]),
    ("no content type", b'{"message": "hei"}', {}, 415, ["Content-Type: application/json"]),
    ("form content type", b"message=hei", {"content-type": "application/x-www-form-urlencoded"}, 415, ["JSON"]),
    ("lone surrogate", b'{"message": "Kan vi \\ud800 s\\u00f8ke?"}', JSON, 422, ["message", "surrogate", "ud800"]),
    ("surrogate id", b'{"message": "Hei", "conversation_id": "\\udfff"}', JSON, 422, ["conversation_id", "udfff"]),
    ("surrogate key", b'{"\\ud800": 1}', JSON, 422, ["surrogate"]),
]


@pytest.mark.parametrize(("case", "body", "headers", "status", "words"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
@pytest.mark.parametrize("path", ["/api/chat", "/api/chat/stream", "/api/calculate"])
def test_bad_bodies_get_an_actionable_message(
    client: TestClient, path: str, case: str, body: bytes, headers: dict[str, str], status: int, words: list[str]
) -> None:
    response = client.post(path, content=body, headers=headers)
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    for word in words:
        assert word in detail
    assert "Traceback" not in detail


@pytest.mark.parametrize(("case", "body", "headers", "status", "words"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_bad_bodies_on_v1_use_the_openai_error_shape(
    client: TestClient, case: str, body: bytes, headers: dict[str, str], status: int, words: list[str]
) -> None:
    response = client.post("/v1/chat/completions", content=body, headers=headers)
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error"
    assert all(word in error["message"] for word in words)


def test_a_surrogate_pair_is_fine(client: TestClient) -> None:
    # "\ud83d\ude00" is one character (😀) written as a pair: valid, so the request reaches the app (503: no index).
    response = client.post("/api/chat", content=b'{"message": "Hei \\ud83d\\ude00"}', headers=JSON)
    assert response.status_code == 503


def test_a_missing_body_says_what_to_send(client: TestClient) -> None:
    response = client.post("/api/chat")
    assert response.status_code == 422
    assert "no body" in response.json()["detail"] and '"message"' in response.json()["detail"]


def test_a_body_over_the_limit_is_413(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(max_body_bytes=4096))
    with TestClient(create_app(settings)) as client:
        big = {"message": "x" * 5000}
        response = client.post("/api/chat", json=big)
        assert response.status_code == 413
        assert "limit is 4096 bytes" in response.json()["detail"]
        v1 = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "x" * 5000}]})
        assert v1.status_code == 413 and v1.json()["error"]["code"] == "request_too_large"


def raw_request(url: str, data: bytes, timeout: float = 10.0) -> tuple[bytes, float]:
    """Send raw bytes to the server; one response (head and body) or what arrived before it closed, and the seconds."""
    parts = urlsplit(url)
    started = time.monotonic()
    received = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(data)
        try:
            while chunk := sock.recv(65536):
                received += chunk
                head, _, body = received.partition(b"\r\n\r\n")
                length = re.search(rb"(?i)content-length: *(\d+)", head)
                if length and len(body) >= int(length.group(1)):
                    break
        except TimeoutError:
            pass
    return received, time.monotonic() - started


def test_a_declared_huge_body_is_refused_before_it_is_read(tmp_path: Path, serve: ServerFactory) -> None:
    with serve(Settings(data_dir=tmp_path)) as url:
        head = (
            b"POST /api/chat HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
            b"content-length: 300000000\r\n\r\n"
        )
        response, seconds = raw_request(url, head + b'{"message": "')
    assert response.startswith(b"HTTP/1.1 413")
    assert b"limit is 1048576 bytes" in response
    assert seconds < 5


def test_a_chunked_body_is_cut_off_at_the_limit(tmp_path: Path, serve: ServerFactory) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(max_body_bytes=64 * 1024))

    def body() -> Iterator[bytes]:
        yield b'{"message": "'
        for _ in range(100):  # 1.6 MB if it were all read
            yield b"x" * 16384

    with serve(settings) as url:
        response = httpx.post(f"{url}/api/chat", content=body(), headers=JSON, timeout=10)
    assert response.status_code == 413


def test_a_body_that_stops_arriving_gets_408(tmp_path: Path, serve: ServerFactory) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(body_timeout=0.5))
    with serve(settings) as url:
        head = (
            b"POST /api/chat HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
            b"content-length: 100\r\n\r\n"
        )
        response, seconds = raw_request(url, head + b'{"message": ')
    assert response.startswith(b"HTTP/1.1 408")
    assert seconds < 5
