"""Public request/response models of the chat API, built from the shared types at the edge (see DESIGN.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from assistant.answers.phrasing import capitalised
from assistant.applicants import APPLICANTS
from assistant.errors import InvalidInput
from assistant.messages import phrase
from assistant.rules.model import SchemeStatus
from assistant.settings import Settings
from assistant.types import Answer, AnswerStatus, Calculation, Citation, Language

# --- /api/chat -----------------------------------------------------------------------------------------------------


class ChatRequest(BaseModel):
    """A question, optionally continuing a conversation."""

    model_config = ConfigDict(extra="forbid")

    message: str = Field(description="The question, in Norwegian or English.", examples=["Kan vi søke om Tiltak B?"])
    conversation_id: str | None = Field(
        default=None, description="Pass the id from an earlier response to ask a follow-up; null starts anew."
    )

    @field_validator("message")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        stripped = value.strip()
        if not stripped:
            raise PydanticCustomError(
                "empty_message", "the message is empty. Write a question, e.g. 'Hvem kan søke om Tiltak B?'"
            )
        return stripped


def check_question_length(message: str, settings: Settings) -> None:
    """Raise InvalidInput (422) with an actionable message when the question exceeds the configured limit."""
    limit = settings.answer.max_question_chars
    if len(message) > limit:
        raise InvalidInput(
            f"message: the question is {len(message)} characters long; the limit is {limit}. "
            "Shorten it to the question itself and ask again."
        )


class CitationPublic(BaseModel):
    """A numbered, verified verbatim quote backing the answer's [n] markers."""

    n: int = Field(description="The number used as [n] in the answer.")
    document_id: str = Field(description="Document id.")
    title: str = Field(description="Short document title, e.g. 'Regelverk 0765.73 (2025)'.")
    section: str = Field(description="Section path, e.g. '5. Tildelingskriterier › Tiltak B'.")
    page: int | None = Field(description="PDF page, or null for web/text sources.")
    quote: str = Field(description="Verbatim text from the source.")
    chunk_id: str = Field(description="Id of the indexed chunk the quote was verified against.")

    @classmethod
    def from_citation(cls, citation: Citation) -> CitationPublic:
        """The public view of a verified citation."""
        return cls.model_validate(citation.model_dump())


class ClarifyOption(BaseModel):
    """One way to answer a clarifying question, offered as a button."""

    label: str = Field(description="What the button says.")
    message: str = Field(description="The message to send when it is chosen.")


def clarify_options(status: AnswerStatus, text: str, language: Language) -> list[ClarifyOption]:
    """The applicant types to offer when the answer asks what kind of organisation the user is; the schemes it
    lists when it asks which scheme."""
    if status == "clarify" and phrase("ask_scheme", language) in text:
        listed = [
            line[2:].removesuffix(" (eldre regler)").removesuffix(" (older rules)")
            for line in text.splitlines()
            if line.startswith("- ")
        ]
        return [ClarifyOption(label=name, message=name) for name in listed]
    if status != "clarify" or phrase("ask_applicant", language) not in text:
        return []
    names = [info.en_singular if language == "en" else info.nb_singular for info in APPLICANTS.values()]
    return [ClarifyOption(label=capitalised(name), message=capitalised(name)) for name in names]


class AnswerPublic(BaseModel):
    """An answer: text with [n] markers, its citations, calculation trace and warnings."""

    status: AnswerStatus = Field(description="answered, clarify (needs a fact from you) or not_found.")
    language: Language = Field(description="nb or en (that of the question).")
    answer: str = Field(description="Markdown with [n] citation markers.")
    citations: list[CitationPublic] = Field(description="Verified citations, numbered from 1.")
    calculation: Calculation | None = Field(description="Rules-module trace when an amount was computed, else null.")
    warnings: list[str] = Field(description="Old versions, expired deadlines, removed claims.")
    options: list[ClarifyOption] = Field(
        default_factory=list, description="For status clarify: replies to offer (e.g. applicant types)."
    )

    @staticmethod
    def fields_from(answer: Answer) -> dict[str, Any]:
        """The public fields of the pipeline's Answer (passages stay internal)."""
        return {
            "status": answer.status,
            "language": answer.language,
            "answer": answer.text,
            "citations": [CitationPublic.from_citation(c) for c in answer.citations],
            "calculation": answer.calculation,
            "warnings": list(answer.warnings),
            "options": clarify_options(answer.status, answer.text, answer.language),
        }

    @classmethod
    def unstored(cls, answer: Answer) -> AnswerPublic:
        """An answer that belongs to no stored conversation (the OpenAI-compatible endpoint)."""
        return cls(**cls.fields_from(answer))


class ChatResponse(AnswerPublic):
    """The answer to one question of a stored conversation."""

    conversation_id: str = Field(description="Pass it back for follow-ups.")
    turn: int | None = Field(
        default=None, description="1-based number of this turn in the conversation (for feedback on it)."
    )
    source_status: SchemeStatus | None = Field(
        default=None,
        description="How current the cited documents are: current (any is), else old_version or expired; "
        "null without citations.",
    )

    @classmethod
    def from_answer(
        cls, conversation_id: str, answer: Answer, turn: int | None = None, source_status: SchemeStatus | None = None
    ) -> ChatResponse:
        """Build the response from the pipeline's Answer."""
        return cls(conversation_id=conversation_id, turn=turn, source_status=source_status, **cls.fields_from(answer))


def source_line(citation: CitationPublic) -> str:
    """One line of a numbered source list: '[1] title, section, s. N — “quote”'."""
    where = ", ".join(part for part in (citation.title, citation.section) if part)
    if citation.page is not None:
        where += f", s. {citation.page}"
    return f"[{citation.n}] {where} — “{citation.quote}”"


# --- /v1/chat/completions (OpenAI-compatible) -------------------------------------------------------------------


class OpenAIContentPart(BaseModel):
    """One part of a multi-part message; only text parts carry a question."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="'text' (other part types are ignored).")
    text: str | None = Field(default=None, description="The text of a text part.")


class OpenAIMessage(BaseModel):
    """One chat message."""

    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"] = Field(description="Author.")
    content: str | list[OpenAIContentPart] | None = Field(default=None, description="Text or text parts.")

    def text(self) -> str:
        """The message's text, joining text parts."""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(part.text or "" for part in self.content or [] if part.type == "text")


class OpenAIChatRequest(BaseModel):
    """The subset of the chat-completions request this service uses; other OpenAI parameters are accepted."""

    # Clients send temperature, max_tokens, user … as a matter of course; they do not change an extractive answer.
    model_config = ConfigDict(extra="allow")

    model: str | None = Field(default=None, description="Model name (any value; see GET /v1/models).")
    messages: list[OpenAIMessage] = Field(
        min_length=1, description="The conversation; the last user message asks, earlier ones set its context."
    )
    stream: bool = Field(default=False, description="Stream server-sent chat.completion.chunk events.")

    def user_messages(self) -> list[str]:
        """Texts of the user messages, in order, blank ones skipped."""
        return [m.text().strip() for m in self.messages if m.role == "user" and m.text().strip()]


class OpenAIChoiceMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class OpenAIChoice(BaseModel):
    index: int = 0
    message: OpenAIChoiceMessage
    finish_reason: Literal["stop"] = "stop"


class OpenAIUsage(BaseModel):
    """Rough counts (words), since no tokenizer is involved."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class OpenAIChatResponse(BaseModel):
    """A chat.completion object."""

    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[OpenAIChoice]
    usage: OpenAIUsage
    regelverk: AnswerPublic | None = Field(default=None, description="The full structured answer (extension).")


class OpenAIModel(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class OpenAIModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[OpenAIModel]
