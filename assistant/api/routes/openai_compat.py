"""OpenAI-compatible POST /v1/chat/completions (stream and not) and GET /v1/models, so existing chat clients work.

Stateless like the OpenAI API: earlier user messages are replayed through a fresh conversation, so a follow-up such
as "Og tredje år?" resolves against them. The content is the answer followed by a numbered source list.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.api.deps import ServicesDep
from assistant.api.routes.chat import ask, text_deltas
from assistant.api.schemas import (
    ChatRequest,
    ChatResponse,
    OpenAIChatRequest,
    OpenAIChatResponse,
    OpenAIChoice,
    OpenAIChoiceMessage,
    OpenAIModel,
    OpenAIModelList,
    OpenAIUsage,
    check_question_length,
    openai_error,
    source_line,
)
from assistant.api.streaming import Delta, Failed, answer_events
from assistant.errors import InvalidInput, RegelverkError
from assistant.services import Services
from assistant.text import fold_whitespace

router = APIRouter(tags=["openai"])

MODEL_NAME = "regelverk-extractive"
_CREATED = 1_767_225_600  # 2026-01-01: a fixed "created" for the model list


def render_content(response: ChatResponse) -> str:
    """Answer text, then warnings, then the numbered source list; what a plain chat client shows."""
    parts = [response.answer.strip()]
    if response.warnings:
        parts.append("\n".join(f"⚠ {w}" for w in response.warnings))
    if response.citations:
        heading = "Sources:" if response.language == "en" else "Kilder:"
        parts.append("\n".join([heading, *(source_line(c) for c in response.citations)]))
    return "\n\n".join(parts)


def checked_questions(services: Services, request: OpenAIChatRequest) -> list[str]:
    """The user messages, or InvalidInput when there is none or one is too long."""
    questions = request.user_messages()
    if not questions:
        raise InvalidInput("messages: include at least one user message with text (the question).")
    for question in questions:
        check_question_length(question, services.settings)
    return questions


def answer_statelessly(
    services: Services, request: OpenAIChatRequest, on_delta: Callable[[str], None] | None = None
) -> ChatResponse:
    """Replay earlier user messages in a fresh conversation, then answer the last one."""
    questions = checked_questions(services, request)
    conversation_id: str | None = None
    for earlier in questions[:-1]:
        # Only the focus they leave matters, so no model is asked for them.
        conversation_id, _ = services.pipeline.answer(earlier, conversation_id, use_model=False)
    return ask(services, ChatRequest(message=questions[-1], conversation_id=conversation_id), on_delta)


def _error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content=openai_error(message))


def _count_words(text: str) -> int:
    return len(text.split())


@router.post("/v1/chat/completions", response_model=OpenAIChatResponse, response_model_exclude_none=True)
def chat_completions(request: OpenAIChatRequest, services: ServicesDep) -> Any:
    """Answer the last user message; `stream: true` sends chat.completion.chunk events ending in [DONE]."""
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    model = request.model or MODEL_NAME
    try:
        if request.stream:
            checked_questions(services, request)  # bad input is a plain error status, before the stream starts
            return StreamingResponse(
                _chunks(completion_id, created, model, services, request),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        response = answer_statelessly(services, request)
    except RegelverkError as exc:
        return _error_response(exc.http_status, exc.message)
    content = render_content(response)
    prompt_tokens = sum(_count_words(m.text()) for m in request.messages)
    completion_tokens = _count_words(content)
    return OpenAIChatResponse(
        id=completion_id,
        created=created,
        model=model,
        choices=[OpenAIChoice(message=OpenAIChoiceMessage(content=content))],
        usage=OpenAIUsage(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=prompt_tokens + completion_tokens,
        ),
        regelverk=response,
    )


def _chunk(completion_id: str, created: int, model: str, delta: dict[str, str], finish: str | None) -> str:
    body = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _rest_of_content(streamed: str, response: ChatResponse) -> str:
    """What follows the streamed text: the warnings and sources, or, if the verifier changed the answer, all of it.

    A chat client cannot take back text it has shown, so a changed answer follows in full under a note.
    """
    content = render_content(response)
    if not streamed:
        return content
    answer = response.answer.strip()
    if fold_whitespace(streamed) == fold_whitespace(answer):
        return content[len(answer) :]
    note = "Verified answer:" if response.language == "en" else "Kontrollert svar:"
    return f"\n\n---\n{note}\n\n{content}"


def _chunks(
    completion_id: str, created: int, model: str, services: Services, request: OpenAIChatRequest
) -> Iterator[str]:
    yield _chunk(completion_id, created, model, {"role": "assistant", "content": ""}, None)
    streamed = ""
    for event in answer_events(lambda on_delta: answer_statelessly(services, request, on_delta)):
        if isinstance(event, Delta):
            streamed += event.text
            yield _chunk(completion_id, created, model, {"content": event.text}, None)
        elif isinstance(event, Failed):
            yield f"data: {json.dumps(openai_error(event.error.message), ensure_ascii=False)}\n\n"
            return
        else:
            for piece in text_deltas(_rest_of_content(streamed, event.response)):
                yield _chunk(completion_id, created, model, {"content": piece}, None)
    yield _chunk(completion_id, created, model, {}, "stop")
    yield "data: [DONE]\n\n"


@router.get("/v1/models", response_model=OpenAIModelList)
def models() -> OpenAIModelList:
    """The one model this service offers."""
    return OpenAIModelList(data=[OpenAIModel(id=MODEL_NAME, created=_CREATED, owned_by="regelverk")])
