"""LLM mode against a real model: llama.cpp (xllamacpp) serving the packaged Qwen2.5-Coder-1.5B-Instruct on
127.0.0.1. Slow (minutes per answer on two cores): `make test-llm` runs these, `make test` does not.

What must hold whatever the small model writes: the model is really asked, every number that reaches the user is
traced, every quote is verbatim, and the answer comes back in the API shape — the model's, or the deterministic one
with a warning saying why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import LLMSettings, Settings
from assistant.text import contains_quote
from assistant.types import Answer
from assistant.verify import unverified_numbers
from eval.answerers import answer_from_response
from eval.local_llm import MODEL_NAME, LocalModelServer

pytestmark = pytest.mark.slow

AMOUNT_QUESTION = "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?"
ELIGIBILITY_QUESTION = "Can county municipalities apply for Tiltak B?"
# The model's own fallback reasons; "unavailable" would mean it was never reached.
ASKED = {"model", "cut", "fallback_unverified", "fallback_uncited", "fallback_timeout", "fallback_error"}


@pytest.fixture(scope="module")
def local_model() -> LocalModelServer:
    return LocalModelServer()


@pytest.fixture(scope="module")
def client(corpus_settings: Settings, local_model: LocalModelServer) -> Iterator[TestClient]:
    llm = LLMSettings(base_url=local_model.base_url, model=MODEL_NAME, timeout=600)
    with TestClient(create_app(corpus_settings.model_copy(update={"llm": llm}))) as test_client:
        yield test_client


def assert_traced(client: TestClient, body: dict[str, Any]) -> Answer:
    answer = answer_from_response(body)
    retriever = client.app.state.services.retriever  # type: ignore[attr-defined]
    for citation in answer.citations:
        assert contains_quote(retriever.chunk(citation.chunk_id).text, citation.quote)
    assert unverified_numbers(answer) == []
    return answer


def test_local_model_answers_an_amount_question_with_every_number_traced(client: TestClient) -> None:
    response = client.post("/api/chat", json={"message": AMOUNT_QUESTION})
    assert response.status_code == 200
    answer = assert_traced(client, response.json())
    outcomes = client.app.state.services.llm.outcomes  # type: ignore[attr-defined]
    assert set(outcomes) <= ASKED and sum(outcomes.values()) == 1
    # Whichever answer stands, the amount is the engine's.
    if answer.calculation is not None:
        assert answer.calculation.amount == 225_000


def test_local_model_streams_through_api_chat_stream(client: TestClient) -> None:
    response = client.post("/api/chat/stream", json={"message": ELIGIBILITY_QUESTION})
    events = [block.split("\n", 1) for block in response.text.strip().split("\n\n")]
    names = [name.removeprefix("event: ") for name, _ in events]
    assert names[-1] == "done" and set(names[:-1]) <= {"delta"}
    done = json.loads(events[-1][1].removeprefix("data: "))
    assert_traced(client, done)
    assert done["language"] == "en"
