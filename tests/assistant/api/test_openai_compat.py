"""The OpenAI-compatible endpoints, end-to-end with the official `openai` client against uvicorn on 127.0.0.1."""

from __future__ import annotations

import re

import httpx
import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam

from assistant.api.routes.openai_compat import MODEL_NAME

QUESTION = "Kan kommuner søke om tilskudd til Tiltak B?"


@pytest.fixture(scope="module")
def client(live_server: str) -> openai.OpenAI:
    # The service needs no key; the client insists on one.
    return openai.OpenAI(base_url=f"{live_server}/v1", api_key="not-needed", max_retries=0, timeout=30)


def split_content(content: str) -> tuple[str, list[str]]:
    """The answer part and the numbered source lines of a completion's content."""
    head, _, sources = content.partition("\nKilder:\n")
    if not sources:
        head, _, sources = content.partition("\nSources:\n")
    return head.strip(), [line for line in sources.splitlines() if line.strip()]


def test_models_lists_the_extractive_model(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == [MODEL_NAME]


def test_non_streaming_completion_has_answer_and_numbered_sources(client: openai.OpenAI, live_server: str) -> None:
    completion = client.chat.completions.create(model=MODEL_NAME, messages=[{"role": "user", "content": QUESTION}])
    assert completion.object == "chat.completion" and completion.model == MODEL_NAME
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    answer, sources = split_content(choice.message.content or "")
    assert re.search(r"\[1\]", answer)
    assert sources and all(re.match(r"\[\d+\] .+ — “.+”$", line) for line in sources)
    # The content carries exactly what POST /api/chat answers, citations rendered as the source list.
    body = httpx.post(f"{live_server}/api/chat", json={"message": QUESTION}, timeout=30).json()
    assert answer.startswith(body["answer"].strip())
    assert len(sources) == len(body["citations"])
    for line, citation in zip(sources, body["citations"], strict=True):
        assert line.startswith(f"[{citation['n']}] {citation['title']}")
        assert line.endswith(f"“{citation['quote']}”")
    assert completion.usage is not None and completion.usage.total_tokens > 0


def test_streaming_completion_yields_the_same_content(client: openai.OpenAI) -> None:
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]
    plain = client.chat.completions.create(model=MODEL_NAME, messages=messages)
    stream = client.chat.completions.create(model=MODEL_NAME, messages=messages, stream=True)
    pieces: list[str] = []
    finish: list[str] = []
    for chunk in stream:
        assert chunk.object == "chat.completion.chunk"
        pieces.extend(c.delta.content or "" for c in chunk.choices)
        finish.extend(c.finish_reason for c in chunk.choices if c.finish_reason)
    assert len(pieces) > 3
    assert "".join(pieces) == plain.choices[0].message.content
    assert finish == ["stop"]


def test_follow_up_resolves_from_earlier_user_messages(client: openai.OpenAI, live_server: str) -> None:
    first, follow_up = "Hvem kan søke om Tiltak B?", "Hva med fylkeskommuner?"
    completion = client.chat.completions.create(
        model=MODEL_NAME,
        messages=[
            {"role": "system", "content": "Du er en hjelpsom assistent."},
            {"role": "user", "content": first},
            {"role": "assistant", "content": "(earlier answer)"},
            {"role": "user", "content": [{"type": "text", "text": follow_up}]},
        ],
    )
    answer, _ = split_content(completion.choices[0].message.content or "")
    # Same as asking the two questions in one conversation of the stateful API.
    turn = httpx.post(f"{live_server}/api/chat", json={"message": first}, timeout=30).json()
    body = httpx.post(
        f"{live_server}/api/chat",
        json={"message": follow_up, "conversation_id": turn["conversation_id"]},
        timeout=30,
    ).json()
    assert answer.startswith(body["answer"].strip())
    alone = httpx.post(f"{live_server}/api/chat", json={"message": follow_up}, timeout=30).json()
    assert alone["answer"] != body["answer"], "the follow-up should depend on the earlier question"


def test_request_without_user_message_is_a_readable_422(client: openai.OpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        client.chat.completions.create(model=MODEL_NAME, messages=[{"role": "system", "content": "Hei"}])
    assert "user message" in str(caught.value)


def test_too_long_question_is_a_readable_422(client: openai.OpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        client.chat.completions.create(model=MODEL_NAME, messages=[{"role": "user", "content": "Kan vi søke? " * 500}])
    assert "limit" in str(caught.value)


def test_unknown_openai_parameters_are_accepted(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": QUESTION}], temperature=0.2, max_tokens=50, user="x"
    )
    assert completion.choices[0].message.content
