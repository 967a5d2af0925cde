"""POST /api/chat and its server-sent-events variant POST /api/chat/stream."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from assistant.api.deps import ServicesDep
from assistant.api.schemas import ChatRequest, ChatResponse, check_question_length
from assistant.api.streaming import Delta, Failed, Progress, answer_events
from assistant.documents import answer_source_status, document_standings
from assistant.pipeline import ProgressHook, Stage, no_progress
from assistant.services import Services
from assistant.types import Answer

router = APIRouter(tags=["chat"])
log = logging.getLogger(__name__)

# What each `progress` event says, in Norwegian and English.
PROGRESS_TEXT: dict[Stage, tuple[str, str]] = {
    "understand": ("Leser spørsmålet…", "Reading the question…"),
    "retrieve": ("Søker i regelverkene…", "Searching the regulations…"),
    "calculate": ("Beregner…", "Calculating…"),
    "compose": ("Skriver svaret…", "Writing the answer…"),
    "verify": ("Kontrollerer kildene…", "Checking the sources…"),
}

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "Unknown conversation_id: start a new conversation with conversation_id null."},
    422: {"description": "Empty, too long or malformed request; `detail` says what to change."},
    503: {"description": "The index has not been built: run `regelverk ingest`."},
}


def ask(
    services: Services,
    request: ChatRequest,
    progress: ProgressHook = no_progress,
    on_delta: Callable[[str], None] | None = None,
) -> ChatResponse:
    """Answer one request through the pipeline (raises domain errors); LLM mode streams text to `on_delta`."""
    check_question_length(request.message, services.settings)
    conversation_id, answer = services.pipeline.answer(
        request.message, request.conversation_id, progress, on_delta=on_delta
    )
    return stored_response(services, conversation_id, answer)


def stored_response(services: Services, conversation_id: str, answer: Answer) -> ChatResponse:
    """The response for an answer just stored as the conversation's last turn."""
    summaries = services.conversations.summaries([conversation_id])
    status = answer_source_status((c.document_id for c in answer.citations), document_standings(services.rules))
    return ChatResponse.from_answer(
        conversation_id, answer, turn=summaries[0].turns if summaries else None, source_status=status
    )


@router.post("/api/chat", response_model=ChatResponse, responses=_ERRORS)
def chat(request: ChatRequest, services: ServicesDep) -> ChatResponse:
    """Answer a question with verbatim citations; pass conversation_id back for follow-ups."""
    return ask(services, request)


def sse_event(event: str, data: dict[str, Any]) -> str:
    """One server-sent event with a JSON payload."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def text_deltas(text: str) -> Iterator[str]:
    """The answer in word-sized pieces (each keeps its trailing whitespace), so the pieces join to the text."""
    yield from re.findall(r"\s*\S+\s*", text) or ([text] if text else [])


def progress_event(stage: Stage) -> str:
    """A `progress` event: the step now running, with what to show."""
    nb, en = PROGRESS_TEXT[stage]
    return sse_event("progress", {"stage": stage, "text": nb, "text_en": en})


def _events(services: Services, request: ChatRequest) -> Iterator[str]:
    """progress* (as the pipeline reaches each step), then delta* and done, or error."""
    # In LLM mode the deltas are the model's text as it is written (checked sentence by sentence) and `done` holds
    # the verified answer, which replaces them; the deterministic answer is streamed in word-sized pieces.
    streamed = False
    try:
        for event in answer_events(lambda on_delta, progress: ask(services, request, progress, on_delta)):
            if isinstance(event, Progress):
                yield progress_event(event.stage)
            elif isinstance(event, Delta):
                streamed = True
                yield sse_event("delta", {"text": event.text})
            elif isinstance(event, Failed):
                yield sse_event("error", {"detail": event.error.message, "status": event.error.http_status})
            else:
                if not streamed:
                    for piece in text_deltas(event.response.answer):
                        yield sse_event("delta", {"text": piece})
                yield sse_event("done", event.response.model_dump(mode="json"))
    except Exception:
        # The 200 and its headers are already sent: end the stream with an error event, not a dropped connection.
        log.exception("Unhandled error while streaming an answer")
        yield sse_event("error", {"detail": "Internal error. The question was not answered.", "status": 500})


@router.post(
    "/api/chat/stream",
    responses={
        200: {
            "description": "text/event-stream: `progress` events ({stage, text, text_en}) as the answer is worked "
            "out, then `delta` events ({text}) and `done` (the ChatResponse), or `error` ({detail, status}).",
            "content": {"text/event-stream": {}},
        },
        422: _ERRORS[422],
    },
)
def chat_stream(request: ChatRequest, services: ServicesDep) -> StreamingResponse:
    """Like POST /api/chat, streamed as server-sent events."""
    # Input errors are still plain 422s; only errors while answering arrive as `error` events.
    check_question_length(request.message, services.settings)
    return StreamingResponse(
        _events(services, request),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
