"""The systems the eval can question: the in-process pipeline and a running server's /api/chat."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Protocol

from pydantic import ValidationError

from assistant.errors import InvalidInput
from assistant.services import Services
from assistant.types import Answer, Calculation, Citation


class Answerer(Protocol):
    """Anything that answers one message within an optional conversation."""

    name: str

    def ask(self, message: str, conversation_id: str | None) -> tuple[str | None, Answer]:
        """Answer `message`; return the conversation id to pass back and the answer."""
        ...


class PipelineAnswerer:
    """The assistant in-process (or, with other Services settings, a baseline built from it)."""

    def __init__(self, services: Services, name: str = "assistant") -> None:
        self.name = name
        self.services = services

    def ask(self, message: str, conversation_id: str | None) -> tuple[str | None, Answer]:
        return self.services.pipeline.answer(message, conversation_id=conversation_id)


class HttpAnswerer:
    """A running server, through POST {url}/api/chat (DESIGN.md contract); no passages come back."""

    def __init__(self, url: str, name: str = "assistant", timeout: float = 30.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise InvalidInput(f"--url must start with http:// or https:// (got {url!r}).")
        self.name = name
        self.endpoint = url.rstrip("/") + "/api/chat"
        self.timeout = timeout

    def ask(self, message: str, conversation_id: str | None) -> tuple[str | None, Answer]:
        body = json.dumps({"message": message, "conversation_id": conversation_id}).encode("utf-8")
        request = urllib.request.Request(
            self.endpoint, data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise InvalidInput(f"{self.endpoint} answered HTTP {exc.code}: {exc.read()[:200]!r}") from exc
        except (urllib.error.URLError, TimeoutError) as exc:
            raise InvalidInput(f"Cannot reach {self.endpoint}: {exc}. Is `regelverk serve` running?") from exc
        return payload.get("conversation_id"), answer_from_response(payload)


def answer_from_response(payload: dict[str, Any]) -> Answer:
    """Rebuild an Answer from the /api/chat JSON (the answer text is under "answer")."""
    try:
        calculation = payload.get("calculation")
        return Answer(
            status=payload["status"],
            language=payload["language"],
            text=str(payload.get("answer", "")),
            citations=[Citation.model_validate(c) for c in payload.get("citations") or []],
            calculation=Calculation.model_validate(calculation) if calculation else None,
            warnings=[str(w) for w in payload.get("warnings") or []],
        )
    except (KeyError, ValidationError) as exc:
        raise InvalidInput(f"The server's /api/chat response does not follow the API contract: {exc}") from exc
