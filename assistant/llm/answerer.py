"""LLM mode: a chat model reads the question and sources, calls the rules engine and retriever as tools, and writes
the answer; the unchanged verifier decides what survives, and the deterministic answer stands in whenever the model
fails (unverifiable, uncited, too slow, unreachable) — with a warning, never an error and never an unverified number.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.messages.tool import ToolCall
from langchain_openai import ChatOpenAI

from assistant.citations import SourceLocator
from assistant.llm.citing import MarkerNumbering, cite
from assistant.llm.prompt import system_prompt, user_prompt
from assistant.llm.sources import SourceList
from assistant.llm.stream_guard import StreamGuard
from assistant.llm.tools import ToolBox
from assistant.llm.turn import ModelTurn
from assistant.messages import not_found_text
from assistant.retrieval.hybrid import HybridRetriever
from assistant.rules.book import RuleBook
from assistant.settings import Settings
from assistant.types import Answer, Calculation, Chunk, Language
from assistant.verify import evidence_keys, verify

log = logging.getLogger(__name__)

Outcome = Literal[
    "model",  # the model's answer passed verification untouched
    "cut",  # the verifier removed a claim or a citation, and the rest stands
    "fallback_unverified",  # the verifier could not keep the model's lead: deterministic answer
    "fallback_uncited",  # an answer without a single verified citation: deterministic answer
    "refused",  # the deterministic reading found the question out of scope: its refusal stands, no model asked
    "fallback_timeout",
    "fallback_unavailable",
    "fallback_error",
]

_FALLBACK_WARNING: dict[str, dict[Language, str]] = {
    "unverified": {
        "nb": "Språkmodellens svar kunne ikke verifiseres mot kildene; dette er standardsvaret.",
        "en": "The language model's answer could not be verified against the sources; this is the standard answer.",
    },
    "uncited": {
        "nb": "Språkmodellens svar viste ikke til noen kilde; dette er standardsvaret.",
        "en": "The language model's answer cited no source; this is the standard answer.",
    },
    "timeout": {
        "nb": "Språkmodellen svarte ikke innen tidsgrensen; dette er standardsvaret.",
        "en": "The language model did not answer in time; this is the standard answer.",
    },
    "unavailable": {
        "nb": "Språkmodellen kunne ikke nås; dette er standardsvaret.",
        "en": "The language model could not be reached; this is the standard answer.",
    },
    "error": {
        "nb": "Språkmodellen ga et svar som ikke kunne brukes; dette er standardsvaret.",
        "en": "The language model gave a reply that could not be used; this is the standard answer.",
    },
}

# A tool call that a small model wrote as text instead of in the API's tool-call field.
_EMBEDDED_CALL = re.compile(r"\{.*\}", re.DOTALL)


class _OutOfTime(Exception):
    """The model exchange ran past REGELVERK_LLM__TIMEOUT."""


class _Failed(Exception):
    """The model gave no usable reply; `outcome` says which kind of fallback it is."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome)
        self.outcome = outcome


def build_chat_model(settings: Settings) -> BaseChatModel:
    """LangChain's OpenAI-compatible chat model for the configured endpoint (no retries: the fallback is ours)."""
    llm = settings.llm
    assert llm.base_url is not None and llm.model is not None  # only built when LLM mode is on
    return ChatOpenAI(
        base_url=llm.base_url,
        model=llm.model,
        # Local servers need no key, but the client insists on one.
        api_key=llm.api_key.get_secret_value() if llm.api_key else "not-needed",
        temperature=llm.temperature,
        max_completion_tokens=llm.max_tokens,
        timeout=llm.timeout,
        max_retries=0,
        stream_usage=False,
    )


def embedded_tool_calls(content: str, names: Sequence[str]) -> list[ToolCall]:
    """Tool calls written into the reply text as JSON ({"name": …, "arguments": {…}}), as small models do."""
    match = _EMBEDDED_CALL.search(content)
    if match is None:
        return []
    try:
        parsed: Any = json.loads(match.group(0))
    except json.JSONDecodeError:
        return []
    calls = parsed if isinstance(parsed, list) else [parsed]
    found: list[ToolCall] = []
    for call in calls:
        if isinstance(call, dict) and call.get("name") in names and isinstance(call.get("arguments", {}), dict):
            found.append(ToolCall(name=call["name"], args=call.get("arguments", {}), id=f"call_{uuid.uuid4().hex[:8]}"))
    return found


class LLMAnswerer:
    """Answers through a chat model with tools; counts how each answer ended (`outcomes`)."""

    def __init__(self, settings: Settings, book: RuleBook, retriever: HybridRetriever) -> None:
        self.settings = settings
        self.book = book
        self.retriever = retriever
        self.model = build_chat_model(settings)
        self.outcomes: Counter[Outcome] = Counter()
        self._lock = threading.Lock()
        self._locator: tuple[Mapping[str, Chunk], SourceLocator] | None = None

    def answer(
        self,
        turn: ModelTurn,
        fallback: Answer,
        warnings: Sequence[str],
        chunks: Mapping[str, Chunk],
        on_delta: Callable[[str], None] | None = None,
    ) -> Answer:
        """The model's verified answer, or `fallback` (the deterministic answer) with a warning saying why.

        A refusal of the deterministic reading (off-topic, no source covers it) stands without asking the model: a
        model shown the closest passages would answer from them whether or not they fit.
        """
        outcome: Outcome
        if fallback.status == "not_found":
            with self._lock:
                self.outcomes["refused"] += 1
            return fallback
        try:
            answer, outcome = self._answer(turn, warnings, chunks, on_delta)
        except (_OutOfTime, openai.APITimeoutError):
            outcome = "fallback_timeout"
        except (openai.APIConnectionError, openai.APIStatusError) as exc:
            log.warning("LLM endpoint unavailable: %s", exc)
            outcome = "fallback_unavailable"
        except _Failed as exc:
            outcome = exc.outcome
        except Exception:  # a model reply must never turn into an error page; the log keeps the traceback
            log.exception("LLM answer failed")
            outcome = "fallback_error"
        if outcome.startswith("fallback_"):
            warning = _FALLBACK_WARNING[outcome.removeprefix("fallback_")][fallback.language]
            answer = fallback.model_copy(update={"warnings": [warning, *fallback.warnings]})
        with self._lock:
            self.outcomes[outcome] += 1
        return answer

    def _answer(
        self,
        turn: ModelTurn,
        warnings: Sequence[str],
        chunks: Mapping[str, Chunk],
        on_delta: Callable[[str], None] | None,
    ) -> tuple[Answer, Outcome]:
        sources = SourceList(self._source_locator(chunks))
        for passage in turn.passages[: self.settings.llm.passages]:
            sources.add_passage(passage.chunk)
        toolbox = ToolBox(self.book, self.retriever, sources, turn.language, self.settings.current_date())
        text = self._converse(turn, sources, toolbox, on_delta)
        body, citations = cite(text.strip(), sources)
        draft = Answer(
            status="clarify" if body.rstrip().endswith("?") else "answered",
            language=turn.language,
            text=body,
            citations=citations,
            calculation=_calculation_for(body, toolbox.calculations),
            warnings=list(dict.fromkeys([*warnings, *_tool_warnings(toolbox)])),
            passages=list(turn.passages),
        )
        verified = verify(draft, chunks, not_found_text=not_found_text(turn.language))
        if verified.status == "not_found":
            raise _Failed("fallback_unverified")
        if not verified.citations:
            raise _Failed("fallback_uncited")
        return verified, ("model" if verified.text == draft.text and verified.citations == citations else "cut")

    def _converse(
        self, turn: ModelTurn, sources: SourceList, toolbox: ToolBox, on_delta: Callable[[str], None] | None
    ) -> str:
        """Run the model until it writes a reply without tool calls; that reply's text."""
        llm = self.settings.llm
        deadline = time.monotonic() + llm.timeout
        messages: list[BaseMessage] = [
            SystemMessage(system_prompt(self.book)),
            HumanMessage(user_prompt(turn.question, turn.language, turn.scheme_ids, turn.focus, sources)),
        ]
        tools = toolbox.tools()
        names = [tool.name for tool in tools]
        with_tools = self.model.bind_tools(tools)
        for round_number in range(llm.max_tool_rounds + 1):
            # The last round has no tools, so the model must answer with what it has.
            model = with_tools if round_number < llm.max_tool_rounds else self.model
            guard = StreamGuard(
                on_delta or (lambda _text: None),
                MarkerNumbering(sources),
                lambda: [turn.question, *sources.evidence_texts(), *toolbox.outputs],
            )
            reply = self._stream(model, messages, deadline, guard)
            calls = list(reply.tool_calls) or embedded_tool_calls(_text(reply), names)
            if not calls:
                guard.finish()
                log.debug("model reply: %s", _text(reply))
                return _text(reply)
            messages.append(AIMessage(content="", tool_calls=calls))
            for call in calls:
                output = toolbox.run(call["name"], call["args"])
                log.debug("tool %s(%s) → %s", call["name"], call["args"], output)
                messages.append(ToolMessage(content=output, tool_call_id=call["id"] or call["name"]))
        raise _Failed("fallback_error")

    @staticmethod
    def _stream(model: Any, messages: list[BaseMessage], deadline: float, guard: StreamGuard) -> AIMessageChunk:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _OutOfTime
        reply: AIMessageChunk | None = None
        for chunk in model.stream(messages, timeout=remaining):
            if time.monotonic() > deadline:
                raise _OutOfTime
            reply = chunk if reply is None else reply + chunk
            if isinstance(chunk.content, str) and chunk.content:
                guard.feed(chunk.content)
        if reply is None:
            raise _Failed("fallback_error")
        return reply

    def _source_locator(self, chunks: Mapping[str, Chunk]) -> SourceLocator:
        # One locator per index generation (the pipeline hands over a new chunk map when the index changes).
        if self._locator is None or self._locator[0] is not chunks:
            self._locator = (chunks, SourceLocator(chunks.values()))
        return self._locator[1]


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in content)


def _tool_warnings(toolbox: ToolBox) -> list[str]:
    """The engine's warnings (old versions, expired schemes) from the tools the model called."""
    found: list[str] = []
    for output in toolbox.outputs:
        found += json.loads(output).get("warnings", [])
    return found


def _calculation_for(text: str, calculations: Sequence[Calculation]) -> Calculation | None:
    """The calculation whose result the answer states (the latest, if several), as its trace."""
    stated = evidence_keys([text])
    for calculation in reversed(calculations):
        amounts = [calculation.amount, *(line.amount for line in calculation.lines if line.amount is not None)]
        if evidence_keys([str(amount) for amount in amounts]) & stated:
            return calculation
    return None
