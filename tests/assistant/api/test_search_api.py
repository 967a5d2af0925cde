"""GET /api/search through the real FastAPI app and the real index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import Settings


@pytest.fixture(scope="module")
def client(corpus_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_settings)) as test_client:
        yield test_client


def test_search_returns_ranked_passages(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "Can a county municipality apply for Tiltak B?", "k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "Can a county municipality apply for Tiltak B?"
    assert body["mode"] == "hybrid"
    assert [p["rank"] for p in body["passages"]] == [1, 2, 3]
    first = body["passages"][0]
    expected = {"rank", "score", "dense_rank", "lexical_rank", "chunk_id", "document_id", "title", "section", "page"}
    assert expected | {"text"} == set(first)
    assert any(
        p["document_id"] == "regelverk-0765-73-2025" and "Hvem kan søke" in p["section"] for p in body["passages"]
    )


def test_default_k_is_5(client: TestClient) -> None:
    assert len(client.get("/api/search", params={"q": "tilskudd"}).json()["passages"]) == 5


def test_mode_and_filters(client: TestClient) -> None:
    response = client.get(
        "/api/search", params={"q": "søknadsfrist", "mode": "bm25", "document": "tilskuddskonferansen-2023"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["mode"] == "bm25"
    assert body["passages"]
    assert {p["document_id"] for p in body["passages"]} == {"tilskuddskonferansen-2023"}
    assert all(p["dense_rank"] is None for p in body["passages"])

    by_scheme = client.get("/api/search", params=[("q", "søknadsfrist"), ("scheme", "ips-jmo"), ("scheme", "0765-73")])
    assert by_scheme.status_code == 200
    assert {p["document_id"] for p in by_scheme.json()["passages"]} <= {"ips-jmo-soknad", "regelverk-0765-73-2025"}


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({}, "empty"),
        ({"q": ""}, "empty"),
        ({"q": "   "}, "empty"),
        ({"q": "x" * 2001}, "limit is 2000"),
        ({"q": "søknadsfrist", "k": "0"}, "k"),
        ({"q": "søknadsfrist", "k": "101"}, "k"),
        ({"q": "søknadsfrist", "k": "many"}, "k"),
        ({"q": "søknadsfrist", "mode": "fuzzy"}, "mode"),
        ({"q": "søknadsfrist", "document": "no-such-doc"}, "no-such-doc"),
    ],
)
def test_bad_input_is_422_with_a_readable_message(client: TestClient, params: dict[str, str], fragment: str) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    assert fragment in detail


def test_missing_index_is_503(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "no-index", corpus_dir=tmp_path / "corpus")
    with TestClient(create_app(settings)) as fresh:
        response = fresh.get("/api/search", params={"q": "søknadsfrist"})
    assert response.status_code == 503
    assert "regelverk ingest" in response.json()["detail"]
