"""POST /api/chat and its server-sent-events variant POST /api/chat/stream."""

from __future__ import annotations

import json
import logging
import queue
import re
import threading
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from assistant.api.deps import ServicesDep
from assistant.api.schemas import ChatRequest, ChatResponse, check_question_length
from assistant.documents import answer_source_status, document_standings
from assistant.errors import RegelverkError
from assistant.pipeline import ProgressHook, Stage, no_progress
from assistant.services import Services
from assistant.types import Answer

log = logging.getLogger(__name__)
router = APIRouter(tags=["chat"])

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


def ask(services: Services, request: ChatRequest, progress: ProgressHook = no_progress) -> ChatResponse:
    """Answer one request through the pipeline (raises domain errors)."""
    check_question_length(request.message, services.settings)
    conversation_id, answer = services.pipeline.answer(request.message, request.conversation_id, progress)
    return respond(services, conversation_id, answer)


def respond(services: Services, conversation_id: str, answer: Answer) -> ChatResponse:
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
    # The pipeline runs in its own thread so that its progress is sent while it works; None ends the stream.
    outbox: queue.Queue[str | None] = queue.Queue()

    def work() -> None:
        try:
            response = ask(services, request, progress=lambda stage: outbox.put(progress_event(stage)))
            for piece in text_deltas(response.answer):
                outbox.put(sse_event("delta", {"text": piece}))
            outbox.put(sse_event("done", response.model_dump(mode="json")))
        except RegelverkError as exc:
            outbox.put(sse_event("error", {"detail": exc.message, "status": exc.http_status}))
        except Exception:
            log.exception("Unhandled error while streaming an answer")
            outbox.put(sse_event("error", {"detail": "Internal error. The request was not processed.", "status": 500}))
        finally:
            outbox.put(None)

    threading.Thread(target=work, name="chat-stream", daemon=True).start()
    while (event := outbox.get()) is not None:
        yield event


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
