"""POST /v1/chat/completions answers only the last user message (earlier ones set the focus), stores nothing, and
refuses oversized histories with OpenAI-shaped errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any, cast

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.services import Services
from assistant.settings import Settings


@pytest.fixture(scope="module")
def client(corpus_settings: Settings) -> Iterator[TestClient]:
    """The app over the corpus index; its Services are `services_of(client)`."""
    app = create_app(corpus_settings)
    with TestClient(app) as test_client:
        yield test_client


def services_of(client: TestClient) -> Services:
    """The Services the app built at start-up."""
    return cast(Services, client.app.state.services)  # type: ignore[attr-defined]


def stored_rows(client: TestClient) -> tuple[int, int]:
    """(conversations, turns) in the conversation database."""
    path = services_of(client).settings.data_dir / "conversations.sqlite3"
    services_of(client).conversations  # noqa: B018 - opens (creates) the database
    with sqlite3.connect(path) as db:
        conversations = db.execute("SELECT count(*) FROM conversations").fetchone()[0]
        turns = db.execute("SELECT count(*) FROM turns").fetchone()[0]
    return int(conversations), int(turns)


def count_retrievals(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the real retriever is asked from now on (a counting wrapper around it)."""
    retriever = services_of(client).retriever
    original = retriever.search
    queries: list[str] = []

    def counted(query: str, *args: Any, **kwargs: Any) -> Any:
        queries.append(query)
        return original(query, *args, **kwargs)

    monkeypatch.setattr(retriever, "search", counted)
    return queries


def history(questions: list[str]) -> list[dict[str, str]]:
    messages = []
    for question in questions:
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": "(an earlier answer)"}]
    return messages[:-1]


def test_only_the_last_message_is_answered_and_nothing_is_stored(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored_rows(client)
    queries = count_retrievals(client, monkeypatch)
    earlier = ["Hvem kan søke om Tiltak B?"] * 30
    response = client.post("/v1/chat/completions", json={"messages": history([*earlier, "Og tredje år?"])})
    assert response.status_code == 200, response.text
    assert 1 <= len(queries) <= 2  # one answer (scheme documents first, then everything if they had nothing)
    assert stored_rows(client) == before


def test_the_focus_of_earlier_messages_carries_over(client: TestClient) -> None:
    messages = history(["Hvor mye kan vi få for en 50 % stilling i Tiltak B i år 1?", "Og tredje år?"])
    replayed = client.post("/v1/chat/completions", json={"messages": messages}).json()["regelverk"]
    first = client.post("/api/chat", json={"message": messages[0]["content"]}).json()
    follow_up = client.post(
        "/api/chat", json={"message": "Og tredje år?", "conversation_id": first["conversation_id"]}
    ).json()
    assert replayed["answer"] == follow_up["answer"]
    assert replayed["calculation"]["amount"] == follow_up["calculation"]["amount"] == 225_000
    assert "conversation_id" not in replayed


def test_too_many_messages_is_a_readable_422(client: TestClient) -> None:
    limit = services_of(client).settings.answer.max_messages
    messages = history(["Hvem kan søke?"] * limit)[: limit + 1]
    messages.append({"role": "user", "content": "Og Tiltak A?"})
    response = client.post("/v1/chat/completions", json={"messages": messages})
    assert response.status_code == 422
    error = response.json()["error"]
    assert f"the limit is {limit}" in error["message"] and error["type"] == "invalid_request_error"


def test_domain_errors_use_the_openai_shape(client: TestClient) -> None:
    response = client.post("/v1/chat/completions", json={"messages": [{"role": "system", "content": "Hei"}]})
    assert response.status_code == 422
    assert "user message" in response.json()["error"]["message"]
    wrong_type = client.post("/v1/chat/completions", json={"messages": "Hei"})
    assert wrong_type.status_code == 422
    error = wrong_type.json()["error"]
    assert error["param"] == "messages" and "messages:" in error["message"]
    assert client.get("/v1/no-such-thing").json()["error"]["type"] == "not_found_error"
