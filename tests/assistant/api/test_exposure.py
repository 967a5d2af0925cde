"""The exposure settings through the real app: API key, Host allow-list, per-client rate limits, security headers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.api.rate_limit import TokenBuckets
from assistant.settings import ServerSettings, Settings

KEY = "correct horse battery staple"


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data_dir=tmp_path, server=ServerSettings(api_key=KEY)))) as client:
        yield client


PROTECTED = [
    ("GET", "/api/schemes", None),
    ("GET", "/api/schemes/0765.73", None),
    ("GET", "/api/search?q=frist", None),
    ("POST", "/api/calculate", {"scheme": "0765.73", "measure": "B", "year": 1}),
    ("POST", "/api/chat", {"message": "Hvem kan søke?"}),
    ("POST", "/api/chat/stream", {"message": "Hvem kan søke?"}),
    ("GET", "/v1/models", None),
    ("POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": "Hei"}]}),
    ("GET", "/api/documents", None),
    ("GET", "/api/conversations?id=0123456789abcdef0123456789abcdef", None),
]


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
def test_every_endpoint_needs_the_key(keyed: TestClient, method: str, path: str, body: object) -> None:
    missing = keyed.request(method, path, json=body)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    message = missing.json()["error"]["message"] if path.startswith("/v1/") else missing.json()["detail"]
    assert "Authorization: Bearer" in message
    wrong = keyed.request(method, path, json=body, headers={"Authorization": "Bearer guess"})
    assert wrong.status_code == 401
    right = keyed.request(method, path, json=body, headers={"Authorization": f"Bearer {KEY}"})
    # Past the key check: answered, or 503 because this test app has no index.
    assert right.status_code in {200, 503}, right.text


def test_v1_key_errors_are_what_openai_clients_expect(keyed: TestClient) -> None:
    error = keyed.get("/v1/models").json()["error"]
    assert (error["type"], error["code"]) == ("authentication_error", "invalid_api_key")


@pytest.mark.parametrize(
    "path",
    [
        "/health",
        "/",
        "/static/app.js",
        "/static/app.css",
        "/docs",
        "/docs-assets/swagger-ui-bundle.js",
        "/openapi.json",
    ],
)
def test_health_the_page_and_the_docs_need_no_key(keyed: TestClient, path: str) -> None:
    assert keyed.get(path).status_code in {200, 503}


def test_the_key_must_match_exactly(keyed: TestClient) -> None:
    for given in (f"Bearer {KEY} ", f"bearer {KEY}", KEY, f"Bearer {KEY[:-1]}", f"Basic {KEY}"):
        assert keyed.get("/api/schemes", headers={"Authorization": given}).status_code == 401


def test_no_key_is_needed_when_none_is_set(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        assert client.get("/api/schemes").status_code == 200


def test_hosts_outside_the_allow_list_are_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(allowed_hosts=["regelverk.example.org", "*.intra"]))
    with TestClient(create_app(settings)) as client:
        for host in ("regelverk.example.org", "regelverk.example.org:8443", "chat.intra"):
            assert client.get("/api/schemes", headers={"host": host}).status_code == 200, host
        for host in ("evil.example", "127.0.0.1:8000", "regelverk.example.org.evil.example", "intra"):
            response = client.get("/api/schemes", headers={"host": host})
            assert response.status_code == 400, host
            assert "is not served here" in response.json()["detail"]
        # Load balancers probe by address.
        assert client.get("/health", headers={"host": "10.0.0.5"}).status_code in {200, 503}


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, server=ServerSettings(rate_limit_per_minute=6, rate_limit_burst=3))
    with TestClient(create_app(settings)) as client:
        codes = [client.get("/api/schemes").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        limited = client.get("/api/schemes")
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["retry-after"]) <= 10
        assert "Wait" in limited.json()["detail"]
        v1 = client.get("/v1/models")
        assert v1.status_code == 429 and v1.json()["error"]["type"] == "rate_limit_error"
        # Health checks are never limited.
        assert client.get("/health").status_code in {200, 503}


def test_token_buckets_refill_over_time() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=60, burst=2, clock=lambda: now[0])
    assert [buckets.take("a"), buckets.take("a")] == [0.0, 0.0]
    assert buckets.take("a") == pytest.approx(1.0)
    assert buckets.take("b") == 0.0  # another client has its own bucket
    now[0] = 1.0
    assert buckets.take("a") == 0.0
    assert buckets.take("a") > 0
    now[0] = 100.0
    assert [buckets.take("a"), buckets.take("a"), buckets.take("a") > 0] == [0.0, 0.0, True]


@pytest.mark.parametrize("path", ["/", "/api/schemes", "/health", "/no-such-page", "/v1/models"])
def test_security_headers_on_every_response(tmp_path: Path, path: str) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        response = client.get(path)
    csp = response.headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
