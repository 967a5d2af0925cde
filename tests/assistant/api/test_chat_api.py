"""POST /api/chat and /api/chat/stream through the real app, pipeline and corpus index."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.api.schemas import ChatResponse
from assistant.services import Services
from assistant.settings import Settings
from assistant.text import contains_quote
from assistant.types import Answer, Citation
from assistant.verify import cited_numbers, unverified_numbers

CONTRACT_KEYS = {"conversation_id", "status", "language", "answer", "citations", "calculation", "warnings"}
# Added since the contract was written (fields are added, never renamed).
ADDED_KEYS = {"turn", "source_status", "options"}
CITATION_KEYS = {"n", "document_id", "title", "section", "page", "quote", "chunk_id"}


@pytest.fixture(scope="module")
def client(corpus_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_settings)) as test_client:
        yield test_client


def services_of(client: TestClient) -> Services:
    services: Services = client.app.state.services  # type: ignore[attr-defined]
    return services


def assert_grounded(client: TestClient, body: dict[str, Any]) -> None:
    """Contract shape, quotes verbatim in the indexed chunk, markers resolve, every number traced."""
    assert set(body) == CONTRACT_KEYS | ADDED_KEYS
    assert body["status"] in {"answered", "clarify", "not_found"}
    assert body["language"] in {"nb", "en"}
    assert [c["n"] for c in body["citations"]] == list(range(1, len(body["citations"]) + 1))
    retriever = services_of(client).retriever
    for citation in body["citations"]:
        assert set(citation) == CITATION_KEYS
        chunk = retriever.chunk(citation["chunk_id"])
        assert chunk.document_id == citation["document_id"]
        assert contains_quote(chunk.text, citation["quote"])
    assert set(cited_numbers(body["answer"])) <= {c["n"] for c in body["citations"]}
    answer = Answer(
        status=body["status"],
        language=body["language"],
        text=body["answer"],
        citations=[Citation.model_validate(c) for c in body["citations"]],
        calculation=body["calculation"],
    )
    assert unverified_numbers(answer, body["warnings"]) == []


def test_norwegian_eligibility_question_is_answered_with_citations(client: TestClient) -> None:
    response = client.post("/api/chat", json={"message": "Kan kommuner søke om tilskudd til Tiltak B?"})
    assert response.status_code == 200
    body = response.json()
    assert_grounded(client, body)
    assert body["language"] == "nb"
    assert body["status"] == "answered"
    assert body["citations"] and re.search(r"\[\d+\]", body["answer"])
    assert any(c["document_id"] == "regelverk-0765-73-2025" for c in body["citations"])


def test_english_question_gets_english_answer(client: TestClient) -> None:
    body = client.post("/api/chat", json={"message": "Can county municipalities apply for Tiltak B?"}).json()
    assert_grounded(client, body)
    assert body["language"] == "en"
    assert body["citations"]


def test_amount_question_carries_the_calculation_trace(client: TestClient) -> None:
    body = client.post(
        "/api/chat", json={"message": "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?"}
    ).json()
    assert_grounded(client, body)
    calculation = body["calculation"]
    assert calculation is not None
    # The DESIGN.md contract's keys, plus the English assumptions added beside them.
    contract = {"scheme", "measure", "amount", "currency", "lines", "assumptions", "sources"}
    assert set(calculation) == contract | {"assumptions_en"}
    assert calculation["currency"] == "NOK" and isinstance(calculation["amount"], int)
    assert calculation["lines"] and calculation["sources"]
    # The computed amount is what the answer states (written with Norwegian thousands groups).
    written = f"{calculation['amount']:,}".replace(",", " ")
    assert written in body["answer"].replace("\u00a0", " ")


def test_follow_up_keeps_the_conversation(client: TestClient) -> None:
    first = client.post("/api/chat", json={"message": "Hvem kan søke om Tiltak B?"}).json()
    second = client.post(
        "/api/chat", json={"message": "Hva med fylkeskommuner?", "conversation_id": first["conversation_id"]}
    ).json()
    assert_grounded(client, second)
    assert second["conversation_id"] == first["conversation_id"]
    # The follow-up names no scheme; it resolves against the focus of the first turn.
    assert any(c["document_id"] == "regelverk-0765-73-2025" for c in second["citations"])


def test_new_conversations_get_distinct_ids(client: TestClient) -> None:
    ids = {client.post("/api/chat", json={"message": "Hva er søknadsfristen?"}).json()["conversation_id"] for _ in "ab"}
    assert len(ids) == 2


def test_unknown_conversation_is_404_with_a_message(client: TestClient) -> None:
    response = client.post("/api/chat", json={"message": "Og tredje år?", "conversation_id": "no-such-id"})
    assert response.status_code == 404
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


@pytest.mark.parametrize(
    ("payload", "mentions"),
    [
        pytest.param({}, "message", id="missing"),
        pytest.param({"message": ""}, "empty", id="empty"),
        pytest.param({"message": "   \n "}, "empty", id="blank"),
        pytest.param({"message": 123}, "message", id="number"),
        pytest.param({"message": ["Kan vi søke?"]}, "message", id="list"),
        pytest.param({"message": None}, "message", id="null"),
        pytest.param({"message": "Kan vi søke?", "conversation_id": 7}, "conversation_id", id="id-type"),
        pytest.param({"message": "Kan vi søke?", "stream": True}, "stream", id="unknown-field"),
    ],
)
def test_bad_input_is_422_with_a_readable_message(client: TestClient, payload: dict[str, Any], mentions: str) -> None:
    for path in ("/api/chat", "/api/chat/stream"):
        response = client.post(path, json=payload)
        assert response.status_code == 422
        detail = response.json()["detail"]
        assert isinstance(detail, str) and mentions in detail
        assert "Traceback" not in detail


def test_too_long_question_names_the_limit(client: TestClient) -> None:
    limit = services_of(client).settings.answer.max_question_chars
    for path in ("/api/chat", "/api/chat/stream"):
        response = client.post(path, json={"message": "Kan vi søke? " * (limit // 10)})
        assert response.status_code == 422
        assert str(limit) in response.json()["detail"]


def test_question_at_the_limit_is_accepted(client: TestClient) -> None:
    limit = services_of(client).settings.answer.max_question_chars
    message = ("Hvem kan søke om Tiltak B? " * limit)[:limit]
    assert client.post("/api/chat", json={"message": message}).status_code == 200


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post("/api/chat", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)


# --- streaming -----------------------------------------------------------------------------------------------------


def read_events(text: str) -> list[tuple[str, dict[str, Any]]]:
    """Parse a text/event-stream body into (event, data) pairs."""
    events = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_stream_sends_deltas_then_the_full_response(client: TestClient) -> None:
    message = "Hvem kan søke om Tiltak B?"
    with client.stream("POST", "/api/chat/stream", json={"message": message}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = read_events(response.read().decode())
    kinds = [kind for kind, _ in events]
    # What the pipeline is doing comes first, then the text, then the whole response.
    progress = [data["stage"] for kind, data in events if kind == "progress"]
    assert progress == ["understand", "retrieve", "compose", "verify"]
    assert kinds[: len(progress)] == ["progress"] * len(progress)
    assert kinds[-1] == "done" and set(kinds[len(progress) : -1]) == {"delta"} and len(kinds) > len(progress) + 2
    assert all(data["text"].endswith("…") and data["text_en"] for kind, data in events if kind == "progress")
    done = ChatResponse.model_validate(events[-1][1])
    assert "".join(data["text"] for kind, data in events if kind == "delta") == done.answer
    assert_grounded(client, events[-1][1])
    # Same pipeline, same answer as the JSON endpoint.
    plain = client.post("/api/chat", json={"message": message}).json()
    assert plain["answer"] == done.answer and plain["citations"] == events[-1][1]["citations"]


def test_stream_follow_up_and_error_event(client: TestClient) -> None:
    first = read_events(client.post("/api/chat/stream", json={"message": "Hvem kan søke om Tiltak B?"}).text)[-1][1]
    follow = client.post(
        "/api/chat/stream", json={"message": "Og fylkeskommuner?", "conversation_id": first["conversation_id"]}
    )
    assert read_events(follow.text)[-1][1]["conversation_id"] == first["conversation_id"]
    missing = client.post("/api/chat/stream", json={"message": "Og tredje år?", "conversation_id": "nope"})
    assert missing.status_code == 200
    ((kind, data),) = read_events(missing.text)
    assert kind == "error" and data["status"] == 404 and data["detail"]


def test_stream_says_it_calculates_for_an_amount_question(client: TestClient) -> None:
    text = client.post("/api/chat/stream", json={"message": "Hvor mye kan vi få i år 2 for Tiltak B?"}).text
    events = read_events(text)
    assert [data["stage"] for kind, data in events if kind == "progress"] == [
        "understand",
        "retrieve",
        "calculate",
        "verify",
    ]
    assert ("progress", {"stage": "calculate", "text": "Beregner…", "text_en": "Calculating…"}) in events
    assert events[-1][0] == "done" and events[-1][1]["calculation"] is not None
