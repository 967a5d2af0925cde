"""Conversations: the focus carried across turns (scheme, measure, applicant, year …) and its SQLite persistence."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.applicants import APPLICANTS, ApplicantType
from assistant.errors import ConversationNotFound
from assistant.types import AnswerStatus, Language
from assistant.understand.intent import Intent
from assistant.understand.model import Understanding
from assistant.understand.tokens import Lexicon, tokenize

if TYPE_CHECKING:
    from assistant.rules.book import RuleBook


class Focus(BaseModel):
    """What the conversation is about so far; a follow-up fills its gaps from here."""

    scheme_id: str | None = Field(default=None, description="Scheme in focus.")
    measure: str | None = Field(default=None, description="Measure id in focus (within scheme_id).")
    applicant_type: ApplicantType | None = Field(default=None, description="What kind of applicant 'we' are.")
    year: int | None = Field(default=None, description="Project/operating year last asked about.")
    percents: list[float] = Field(default_factory=list, description="Position percentages last asked about.")
    positions: int | None = Field(default=None, description="Number of positions last asked about.")
    language: Language = Field(default="nb", description="Language of the conversation so far.")
    last_intent: Intent | None = Field(default=None, description="Intent of the last in-scope question.")
    last_question: str | None = Field(default=None, description="The last in-scope question, as asked.")


# Intents a follow-up that names only an entity may take over from the previous turn.
# fmt: off
_INHERITABLE_INTENTS = frozenset({
    "eligibility", "amount", "duration", "deadline", "application_requirements", "reporting", "decision_appeal",
    "overview"
})
# fmt: on


def merge_focus(understanding: Understanding, focus: Focus | None) -> Understanding:
    """Fill what a message leaves out from the focus.

    Every in-scope message keeps the scheme, measure and applicant type of the conversation unless it names new
    ones (a new scheme drops the old measure). A follow-up ("Og tredje år?", "What about 50 %?") also keeps the
    year, percentages and positions, and the previous intent when it names only entities.
    """
    if focus is None or understanding.intent == "out_of_scope":
        return understanding
    update: dict[str, object] = {}
    inherited: list[str] = []

    def inherit(name: str, value: object) -> None:
        update[name] = value
        inherited.append(name)

    if not understanding.scheme_ids and focus.scheme_id:
        inherit("scheme_ids", [focus.scheme_id])
    same_scheme = (understanding.scheme_id or focus.scheme_id) == focus.scheme_id
    if understanding.measure is None and understanding.unknown_measure is None and same_scheme and focus.measure:
        inherit("measure", focus.measure)
    if understanding.applicant_type is None and focus.applicant_type is not None:
        inherit("applicant_type", focus.applicant_type)
        update["applicant_types"] = [focus.applicant_type]
    if understanding.is_followup:
        if understanding.year is None and focus.year is not None:
            inherit("year", focus.year)
        if not understanding.percents and focus.percents:
            inherit("percents", list(focus.percents))
        if understanding.positions is None and focus.positions is not None:
            inherit("positions", focus.positions)
        names_only_applicant = bool(understanding.applicant_types) and not (
            understanding.year or understanding.percents or understanding.positions or understanding.amounts
        )
        if not understanding.explicit_intent and names_only_applicant:
            # "Hva med fylkeskommuner?" asks whether the same holds for them: whether they may apply at all
            # (amounts and deadlines do not differ by applicant type in these regulations).
            inherit("intent", "eligibility")
            update["intents"] = ["eligibility"]
        elif not understanding.explicit_intent and focus.last_intent in _INHERITABLE_INTENTS:
            inherit("intent", focus.last_intent)
            update["intents"] = [focus.last_intent]
    if not understanding.language_evident and focus.language != understanding.language:
        inherit("language", focus.language)
    if not inherited:
        return understanding
    update["inherited"] = [*understanding.inherited, *inherited]
    return understanding.model_copy(update=update)


def update_focus(focus: Focus | None, understanding: Understanding) -> Focus:
    """The focus after this (merged) message; an out-of-scope message leaves it as it was."""
    current = focus or Focus()
    if understanding.intent == "out_of_scope":
        return current.model_copy(update={"language": understanding.language})
    scheme_changed = understanding.scheme_id is not None and understanding.scheme_id != current.scheme_id
    measure = understanding.measure or (None if scheme_changed or understanding.unknown_measure else current.measure)
    return Focus(
        scheme_id=understanding.scheme_id or current.scheme_id,
        measure=measure,
        applicant_type=understanding.applicant_type or current.applicant_type,
        year=understanding.year if understanding.year is not None else current.year,
        percents=list(understanding.percents or current.percents),
        positions=understanding.positions if understanding.positions is not None else current.positions,
        language=understanding.language,
        last_intent=understanding.intent if understanding.intent != "other" else current.last_intent,
        last_question=understanding.text,
    )


# Norwegian terms (the corpus language) that make a rewritten follow-up retrieve the right section.
RETRIEVAL_TERMS: dict[Intent, str] = {
    "eligibility": "hvem kan søke",
    "amount": "maksimalt tilskuddsbeløp per stilling kr",
    "duration": "antall år tilskudd innvilges for ett år av gangen",
    "deadline": "søknadsfrist frist",
    "application_requirements": "krav til søknaden",
    "reporting": "krav til rapporteringen rapporteringsfrist",
    "decision_appeal": "vedtak klage enkeltvedtak",
    "overview": "mål og målgruppe for ordningen",
}
# Openers that carry no meaning once the follow-up is spelled out ("Og …", "What about …").
_OPENERS = Lexicon(["hva med", "what about", "how about", "og", "and", "men", "but", "enn"])


def retrieval_query(understanding: Understanding, focus: Focus | None = None, book: RuleBook | None = None) -> str:
    """The text to retrieve with: the message itself, or for a message that leans on the focus, a
    self-contained query naming the scheme, measure, intent, applicant, year and positions it inherited."""
    if not understanding.inherited:
        return understanding.clean_text
    tokens = tokenize(understanding.clean_text)
    first = _OPENERS.starts(tokens, 0)
    opener = _OPENERS.length(first) if first else 0
    rest = understanding.clean_text[tokens[opener].start :] if opener < len(tokens) else ""
    parts = [rest.strip(" ?!.")]
    scheme = book.schemes.get(understanding.scheme_id) if book and understanding.scheme_id else None
    if understanding.measure:
        measure = scheme.measures.get(understanding.measure) if scheme else None
        parts.append(measure.label if measure else f"Tiltak {understanding.measure}")
    if scheme is not None:
        parts.append(scheme.name)
    elif understanding.scheme_id:
        parts.append(understanding.scheme_id)
    parts.append(RETRIEVAL_TERMS.get(understanding.intent, ""))
    if understanding.applicant_type is not None:
        parts.append(APPLICANTS[understanding.applicant_type].nb_plural)
    if understanding.year is not None:
        parts.append(f"{understanding.year}. prosjekt-/driftsår år {understanding.year}")
    parts.extend(f"{p:g} % stilling" for p in understanding.percents)
    if understanding.positions is not None:
        parts.append(f"{understanding.positions} stillinger")
    if focus is not None and focus.last_question and not understanding.explicit_intent:
        parts.append(focus.last_question)
    return " ".join(part for part in parts if part)


# --- persistence ---------------------------------------------------------------------------------------------------


class Turn(BaseModel):
    """One question and the answer given."""

    question: str = Field(description="The user's message.")
    answer_text: str = Field(description="The answer's text.")
    status: AnswerStatus = Field(description="answered, clarify or not_found.")
    focus: Focus | None = Field(default=None, description="The focus after this turn.")
    created_at: datetime = Field(description="When the turn was stored (UTC).")


class Conversation(BaseModel):
    """A conversation and its turns, oldest first."""

    id: str = Field(description="Conversation id (uuid4 hex).")
    created_at: datetime = Field(description="When it was created (UTC).")
    turns: list[Turn] = Field(default_factory=list, description="The turns, oldest first.")

    @property
    def focus(self) -> Focus | None:
        """The focus after the last turn."""
        return self.turns[-1].focus if self.turns else None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    answer_text TEXT NOT NULL,
    status TEXT NOT NULL,
    focus TEXT
);
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, seq);
"""


class ConversationStore:
    """Conversations in one SQLite file (WAL), safe to share between the server's worker threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10.0, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def create(self) -> str:
        """Start a new conversation and return its id."""
        conversation_id = uuid.uuid4().hex
        with self._transaction() as db:
            db.execute(
                "INSERT INTO conversations (id, created_at) VALUES (?, ?)", (conversation_id, _now().isoformat())
            )
        return conversation_id

    def exists(self, conversation_id: str) -> bool:
        """True if the id names a stored conversation."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return row is not None

    def get(self, conversation_id: str) -> Conversation:
        """The conversation with all its turns; ConversationNotFound if the id is unknown."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, created_at FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            rows = self._db.execute(
                "SELECT question, answer_text, status, focus, created_at FROM turns "
                "WHERE conversation_id = ? ORDER BY seq",
                (conversation_id,),
            ).fetchall()
        if row is None:
            raise _not_found(conversation_id)
        return Conversation(id=row[0], created_at=row[1], turns=[_turn(r) for r in rows])

    def history(self, conversation_id: str, limit: int | None = None) -> list[Turn]:
        """The last `limit` turns (all when None), oldest first; ConversationNotFound if the id is unknown."""
        turns = self.get(conversation_id).turns
        return turns[-limit:] if limit else turns

    def focus(self, conversation_id: str) -> Focus | None:
        """The focus after the last turn (None before the first); ConversationNotFound if the id is unknown."""
        with self._lock:
            known = self._db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            row = self._db.execute(
                "SELECT focus FROM turns WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1", (conversation_id,)
            ).fetchone()
        if known is None:
            raise _not_found(conversation_id)
        return Focus.model_validate_json(row[0]) if row and row[0] else None

    def append_turn(
        self,
        conversation_id: str | None,
        question: str,
        answer_text: str,
        status: AnswerStatus,
        focus: Focus | None,
    ) -> str:
        """Store one turn and return the conversation id; None starts a new conversation with this turn.

        ConversationNotFound if the id is unknown. The new conversation and its first turn are written in one
        transaction, so no empty conversation is ever left behind.
        """
        created_at = _now().isoformat()
        with self._transaction() as db:
            if conversation_id is None:
                conversation_id = uuid.uuid4().hex
                db.execute("INSERT INTO conversations (id, created_at) VALUES (?, ?)", (conversation_id, created_at))
            elif db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone() is None:
                raise _not_found(conversation_id)
            db.execute(
                "INSERT INTO turns (conversation_id, created_at, question, answer_text, status, focus) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    created_at,
                    question,
                    answer_text,
                    status,
                    focus.model_dump_json() if focus else None,
                ),
            )
        return conversation_id


def _now() -> datetime:
    return datetime.now(UTC)


def _turn(row: tuple[str, str, str, str | None, str]) -> Turn:
    question, answer_text, status, focus, created_at = row
    return Turn.model_validate(
        {
            "question": question,
            "answer_text": answer_text,
            "status": status,
            "focus": json.loads(focus) if focus else None,
            "created_at": created_at,
        }
    )


def _not_found(conversation_id: str) -> ConversationNotFound:
    shown = conversation_id if len(conversation_id) <= 64 else conversation_id[:64] + "…"
    return ConversationNotFound(
        f"Unknown conversation id {shown!r}. Send conversation_id null to start a new conversation."
    )
