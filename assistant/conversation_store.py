"""Conversations: every turn with what was answered (citations, calculation, warnings) and its feedback.

The store writes its SQL once and runs on any `ConversationDatabase` (`assistant/conversation_db.py`): an SQLite file
by default, PostgreSQL when several server processes share conversations. Each database keeps its schema versioned;
opening one written by an older version adds what is missing, so existing conversations keep working.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.conversation import Focus
from assistant.conversation_db import ConversationDatabase, SqliteDatabase, Transaction
from assistant.errors import ConversationNotFound, TurnNotFound
from assistant.types import Answer, AnswerStatus, Calculation, Citation, Language

Rating = Literal["up", "down"]

TITLE_CHARS = 80  # a conversation without a title of its own is named by its first question, cut to this length


class Feedback(BaseModel):
    """A user's rating of one answer, with an optional comment."""

    rating: Rating = Field(description="'up' (helpful) or 'down' (wrong or unhelpful).")
    comment: str | None = Field(default=None, description="What was good or wrong, in the user's words.")
    updated_at: datetime = Field(description="When the feedback was last given (UTC).")


class Turn(BaseModel):
    """One question and the answer given, as shown to the user."""

    n: int = Field(description="1-based position in the conversation; addresses the turn for feedback.")
    question: str = Field(description="The user's message.")
    answer_text: str = Field(description="The answer's text (Markdown with [n] markers).")
    status: AnswerStatus = Field(description="answered, clarify or not_found.")
    language: Language = Field(description="Language of the answer.")
    citations: list[Citation] = Field(default_factory=list, description="The answer's verified citations.")
    calculation: Calculation | None = Field(default=None, description="Rules-module trace, when one was computed.")
    warnings: list[str] = Field(default_factory=list, description="Warnings shown with the answer.")
    focus: Focus | None = Field(default=None, description="The focus after this turn.")
    feedback: Feedback | None = Field(default=None, description="The user's rating, if any.")
    created_at: datetime = Field(description="When the turn was stored (UTC).")


class ConversationHead(BaseModel):
    """What names a conversation and dates it."""

    id: str = Field(description="Conversation id (uuid4 hex).")
    title: str = Field(description="The title given by the user, else the first question (shortened).")
    created_at: datetime = Field(description="When it was created (UTC).")
    updated_at: datetime = Field(description="When the last turn was stored (UTC); created_at before any turn.")


class Conversation(ConversationHead):
    """A conversation and its turns, oldest first."""

    turns: list[Turn] = Field(default_factory=list, description="The turns, oldest first.")

    @property
    def focus(self) -> Focus | None:
        """The focus after the last turn."""
        return self.turns[-1].focus if self.turns else None


class ConversationSummary(ConversationHead):
    """A conversation as listed: no turns, only how many."""

    turns: int = Field(description="Number of turns.")


class RatedTurn(BaseModel):
    """A turn with feedback, and the questions asked before it in the same conversation."""

    conversation_id: str = Field(description="The conversation it belongs to.")
    earlier_questions: list[str] = Field(description="Questions of the turns before it, oldest first.")
    turn: Turn = Field(description="The rated turn.")


_TURN_COLUMNS = (
    "seq, question, answer_text, status, focus, created_at, language, citations, calculation, warnings, feedback"
)


class ConversationStore:
    """Conversations in a ConversationDatabase (a path means the SQLite file there), safe to share between threads."""

    def __init__(self, database: ConversationDatabase | Path) -> None:
        self._database = SqliteDatabase(database) if isinstance(database, Path) else database

    def _transaction(self) -> AbstractContextManager[Transaction]:
        return self._database.transaction()

    def close(self) -> None:
        """Close the database connections."""
        self._database.close()

    def create(self) -> str:
        """Start a new conversation and return its id."""
        conversation_id = uuid.uuid4().hex
        now = _stamp(_now())
        with self._transaction() as db:
            db.execute(
                "INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)", (conversation_id, now, now)
            )
        return conversation_id

    def exists(self, conversation_id: str) -> bool:
        """True if the id names a stored conversation."""
        with self._database.read() as db:
            row = db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return row is not None

    def get(self, conversation_id: str) -> Conversation:
        """The conversation with all its turns; ConversationNotFound if the id is unknown."""
        with self._database.read() as db:
            row = db.execute(
                "SELECT id, title, created_at, updated_at FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            rows = db.execute(
                f"SELECT {_TURN_COLUMNS} FROM turns WHERE conversation_id = ? ORDER BY seq", (conversation_id,)
            ).fetchall()
        if row is None:
            raise _not_found(conversation_id)
        turns = [_turn(n, r) for n, r in enumerate(rows, start=1)]
        return Conversation(
            id=row[0],
            title=_title(row[1], turns[0].question if turns else None),
            created_at=row[2],
            updated_at=row[3] or (turns[-1].created_at if turns else row[2]),
            turns=turns,
        )

    def history(self, conversation_id: str, limit: int | None = None) -> list[Turn]:
        """The last `limit` turns (all when None), oldest first; ConversationNotFound if the id is unknown."""
        turns = self.get(conversation_id).turns
        return turns[-limit:] if limit else turns

    def focus(self, conversation_id: str) -> Focus | None:
        """The focus after the last turn (None before the first); ConversationNotFound if the id is unknown."""
        with self._database.read() as db:
            known = db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            row = db.execute(
                "SELECT focus FROM turns WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1", (conversation_id,)
            ).fetchone()
        if known is None:
            raise _not_found(conversation_id)
        return Focus.model_validate_json(row[0]) if row and row[0] else None

    def start(self, question: str, answer: Answer, focus: Focus | None) -> str:
        """A new conversation holding this first turn, written in one transaction (so none is ever left empty)."""
        conversation_id = uuid.uuid4().hex
        self.append_turn(conversation_id, question, answer, focus, new=True)
        return conversation_id

    def append_turn(
        self, conversation_id: str, question: str, answer: Answer, focus: Focus | None, new: bool = False
    ) -> Turn:
        """Store one turn with what was answered; ConversationNotFound if the id is unknown (`new`: create it)."""
        now = _now()
        stamp = _stamp(now)
        with self._transaction() as db:
            if new:
                db.execute(
                    "INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)",
                    (conversation_id, stamp, stamp),
                )
            # The update also locks the conversation (PostgreSQL), so turns of one conversation are numbered in turn.
            elif (
                db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stamp, conversation_id)).rowcount
                == 0
            ):
                raise _not_found(conversation_id)
            seq = db.execute(
                "INSERT INTO turns (conversation_id, created_at, question, answer_text, status, focus, language,"
                " citations, calculation, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
                (
                    conversation_id,
                    stamp,
                    question,
                    answer.text,
                    answer.status,
                    focus.model_dump_json() if focus else None,
                    answer.language,
                    _dump([c.model_dump(mode="json") for c in answer.citations]),
                    answer.calculation.model_dump_json() if answer.calculation else None,
                    _dump(list(answer.warnings)),
                ),
            ).fetchone()[0]
            n = db.execute(
                "SELECT COUNT(*) FROM turns WHERE conversation_id = ? AND seq <= ?", (conversation_id, seq)
            ).fetchone()[0]
        return Turn(
            n=n,
            question=question,
            answer_text=answer.text,
            status=answer.status,
            language=answer.language,
            citations=list(answer.citations),
            calculation=answer.calculation,
            warnings=list(answer.warnings),
            focus=focus,
            created_at=now,
        )

    def delete_idle(self, idle_for: timedelta) -> int:
        """Delete conversations with no turn for longer than `idle_for` (retention); how many were deleted."""
        cutoff = _stamp(_now() - idle_for)
        with self._transaction() as db:
            deleted = db.execute("DELETE FROM conversations WHERE COALESCE(updated_at, created_at) < ?", (cutoff,))
            return int(deleted.rowcount)

    def summaries(self, conversation_ids: Sequence[str]) -> list[ConversationSummary]:
        """The known conversations among these ids, most recently active first (unknown ids are left out)."""
        wanted = list(dict.fromkeys(conversation_ids))
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        with self._database.read() as db:
            rows = db.execute(
                "SELECT c.id, c.title, c.created_at,"
                " COALESCE(c.updated_at, (SELECT MAX(t.created_at) FROM turns t WHERE t.conversation_id = c.id),"
                " c.created_at),"
                " (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id),"
                " (SELECT t.question FROM turns t WHERE t.conversation_id = c.id ORDER BY t.seq LIMIT 1)"
                f" FROM conversations c WHERE c.id IN ({marks})",
                wanted,
            ).fetchall()
        summaries = [
            ConversationSummary(id=r[0], title=_title(r[1], r[5]), created_at=r[2], updated_at=r[3], turns=r[4])
            for r in rows
        ]
        return sorted(summaries, key=lambda s: s.updated_at, reverse=True)

    def rename(self, conversation_id: str, title: str | None) -> ConversationSummary:
        """Give the conversation a title (blank or None: back to its first question)."""
        cleaned = " ".join((title or "").split()) or None
        with self._transaction() as db:
            updated = db.execute("UPDATE conversations SET title = ? WHERE id = ?", (cleaned, conversation_id))
            if updated.rowcount == 0:
                raise _not_found(conversation_id)
        return self.summaries([conversation_id])[0]

    def delete(self, conversation_id: str) -> None:
        """Delete the conversation and all its turns; ConversationNotFound if the id is unknown."""
        with self._transaction() as db:
            if db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,)).rowcount == 0:
                raise _not_found(conversation_id)

    def set_feedback(self, conversation_id: str, n: int, rating: Rating, comment: str | None = None) -> Turn:
        """Rate turn `n` (1-based), replacing earlier feedback on it; TurnNotFound if there is no such turn."""
        feedback = Feedback(rating=rating, comment=(comment or "").strip() or None, updated_at=_now())
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone() is None:
                raise _not_found(conversation_id)
            row = (
                db.execute(
                    "SELECT seq FROM turns WHERE conversation_id = ? ORDER BY seq LIMIT 1 OFFSET ?",
                    (conversation_id, n - 1),
                ).fetchone()
                if n >= 1
                else None
            )
            if row is None:
                raise TurnNotFound(
                    f"The conversation has no turn {n}. Turns are numbered from 1 in the order they were asked."
                )
            db.execute("UPDATE turns SET feedback = ? WHERE seq = ?", (feedback.model_dump_json(), row[0]))
        return self.get(conversation_id).turns[n - 1]

    def rated_turns(self, rating: Rating | None = None) -> list[RatedTurn]:
        """Every turn with feedback (only `rating` when given), oldest first, with the questions before it."""
        with self._database.read() as db:
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT conversation_id FROM turns WHERE feedback IS NOT NULL"
                    " GROUP BY conversation_id ORDER BY MIN(seq)"
                ).fetchall()
            ]
        rated: list[RatedTurn] = []
        for conversation_id in ids:
            turns = self.get(conversation_id).turns
            for index, turn in enumerate(turns):
                if turn.feedback is not None and (rating is None or turn.feedback.rating == rating):
                    earlier = [t.question for t in turns[:index]]
                    rated.append(RatedTurn(conversation_id=conversation_id, earlier_questions=earlier, turn=turn))
        return rated


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    """A stored timestamp: always the same width, so stored timestamps compare correctly as text."""
    return moment.isoformat(timespec="microseconds")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _title(title: str | None, first_question: str | None) -> str:
    if title:
        return title
    question = " ".join((first_question or "").split())
    return question if len(question) <= TITLE_CHARS else question[: TITLE_CHARS - 1].rstrip() + "…"


def _turn(n: int, row: tuple[Any, ...]) -> Turn:
    _, question, answer_text, status, focus, created_at, language, citations, calculation, warnings, feedback = row
    focus_data = json.loads(focus) if focus else None
    # Turns stored before schema version 2 have no language of their own: the focus knew the conversation's.
    fallback_language = focus_data.get("language", "nb") if focus_data else "nb"
    return Turn.model_validate(
        {
            "n": n,
            "question": question,
            "answer_text": answer_text,
            "status": status,
            "language": language or fallback_language,
            "citations": json.loads(citations) if citations else [],
            "calculation": json.loads(calculation) if calculation else None,
            "warnings": json.loads(warnings) if warnings else [],
            "focus": focus_data,
            "feedback": json.loads(feedback) if feedback else None,
            "created_at": created_at,
        }
    )


def _not_found(conversation_id: str) -> ConversationNotFound:
    shown = conversation_id if len(conversation_id) <= 64 else conversation_id[:64] + "…"
    return ConversationNotFound(
        f"Unknown conversation id {shown!r}. Send conversation_id null to start a new conversation."
    )
