"""Stored conversations: a browser's list (by its ids), one conversation's turns, rename, delete, feedback on a turn."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.deps import ServicesDep
from assistant.api.schemas import AnswerPublic, CitationPublic, clarify_options
from assistant.conversation_store import ConversationSummary, Feedback, Rating, Turn
from assistant.documents import DocumentStanding, answer_source_status, document_standings
from assistant.rules.model import SchemeStatus

router = APIRouter(prefix="/api/conversations", tags=["conversations"])

MAX_LISTED = 200
MAX_TITLE_CHARS = 200
MAX_COMMENT_CHARS = 2000

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "Unknown conversation id (it was deleted, or never existed here)."}
}


class TurnPublic(AnswerPublic):
    """One stored turn: the question and the answer as it was shown (the chat response's fields)."""

    n: int = Field(description="1-based number of the turn; use it for feedback.")
    question: str = Field(description="The user's message.")
    created_at: datetime = Field(description="When it was answered (UTC).")
    source_status: SchemeStatus | None = Field(description="How current the cited documents are (see chat).")
    feedback: Feedback | None = Field(description="The user's rating of the answer, if any.")

    @classmethod
    def from_turn(cls, turn: Turn, standings: dict[str, DocumentStanding]) -> TurnPublic:
        return cls(
            n=turn.n,
            question=turn.question,
            created_at=turn.created_at,
            status=turn.status,
            language=turn.language,
            answer=turn.answer_text,
            citations=[CitationPublic.from_citation(c) for c in turn.citations],
            calculation=turn.calculation,
            warnings=turn.warnings,
            source_status=answer_source_status((c.document_id for c in turn.citations), standings),
            options=clarify_options(turn.status, turn.answer_text, turn.language),
            feedback=turn.feedback,
        )


class ConversationHeadPublic(BaseModel):
    """What names a conversation and dates it."""

    conversation_id: str = Field(description="Conversation id.")
    title: str = Field(description="The title given to it, else its first question (shortened).")
    created_at: datetime = Field(description="When it was started (UTC).")
    updated_at: datetime = Field(description="When its last turn was answered (UTC).")


class ConversationSummaryPublic(ConversationHeadPublic):
    """A conversation as listed."""

    turns: int = Field(description="Number of turns.")

    @classmethod
    def from_summary(cls, summary: ConversationSummary) -> ConversationSummaryPublic:
        return cls(
            conversation_id=summary.id,
            title=summary.title,
            created_at=summary.created_at,
            updated_at=summary.updated_at,
            turns=summary.turns,
        )


class ConversationPublic(ConversationHeadPublic):
    """A conversation with its turns, oldest first."""

    turns: list[TurnPublic] = Field(description="The turns, oldest first.")


class RenameRequest(BaseModel):
    """A new title; empty or null goes back to the first question."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(max_length=MAX_TITLE_CHARS, description="The title to show in the list.")


class FeedbackRequest(BaseModel):
    """A rating of one answer, with an optional comment."""

    model_config = ConfigDict(extra="forbid")

    rating: Rating = Field(description="'up' (helpful) or 'down' (wrong or unhelpful).")
    comment: str | None = Field(
        default=None, max_length=MAX_COMMENT_CHARS, description="What was good or wrong (optional)."
    )


@router.get("", response_model=list[ConversationSummaryPublic])
def list_conversations(
    services: ServicesDep,
    ids: Annotated[
        list[str] | None,
        Query(alias="id", max_length=MAX_LISTED, description="Conversation ids to list (repeatable)."),
    ] = None,
) -> list[ConversationSummaryPublic]:
    """The named conversations that still exist, most recently active first (a browser lists its own)."""
    return [ConversationSummaryPublic.from_summary(s) for s in services.conversations.summaries(ids or [])]


@router.get("/{conversation_id}", response_model=ConversationPublic, responses=_NOT_FOUND)
def get_conversation(conversation_id: str, services: ServicesDep) -> ConversationPublic:
    """A conversation's turns with their answers, citations, calculations, warnings and feedback."""
    conversation = services.conversations.get(conversation_id)
    standings = document_standings(services.rules)
    return ConversationPublic(
        conversation_id=conversation.id,
        title=conversation.title,
        created_at=conversation.created_at,
        updated_at=conversation.updated_at,
        turns=[TurnPublic.from_turn(turn, standings) for turn in conversation.turns],
    )


@router.patch("/{conversation_id}", response_model=ConversationSummaryPublic, responses=_NOT_FOUND)
def rename_conversation(
    conversation_id: str, request: RenameRequest, services: ServicesDep
) -> ConversationSummaryPublic:
    """Rename a conversation."""
    return ConversationSummaryPublic.from_summary(services.conversations.rename(conversation_id, request.title))


@router.delete("/{conversation_id}", status_code=204, responses=_NOT_FOUND)
def delete_conversation(conversation_id: str, services: ServicesDep) -> Response:
    """Delete a conversation and all its turns for good."""
    services.conversations.delete(conversation_id)
    return Response(status_code=204)


@router.put(
    "/{conversation_id}/turns/{n}/feedback",
    response_model=Feedback,
    responses={404: {"description": "Unknown conversation id, or no turn with this number."}},
)
def give_feedback(conversation_id: str, n: int, request: FeedbackRequest, services: ServicesDep) -> Feedback:
    """Rate answer `n` of the conversation (replaces earlier feedback on it); `regelverk feedback export` reads it."""
    turn = services.conversations.set_feedback(conversation_id, n, request.rating, request.comment)
    assert turn.feedback is not None  # set_feedback just stored it
    return turn.feedback
