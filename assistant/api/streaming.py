"""One answer run in a worker thread, so that its progress and the text a model writes reach the client while the
answer is made."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.api.schemas import AnswerPublic
from assistant.errors import RegelverkError
from assistant.pipeline import ProgressHook, Stage


@dataclass(frozen=True)
class Progress:
    """The pipeline started a step."""

    stage: Stage


@dataclass(frozen=True)
class Delta:
    """A piece of answer text as the model wrote it (LLM mode only)."""

    text: str


@dataclass(frozen=True)
class Finished:
    """The verified answer (a ChatResponse on /api, an unstored AnswerPublic on /v1)."""

    response: AnswerPublic


@dataclass(frozen=True)
class Failed:
    """A domain error while answering (its message is safe to show)."""

    error: RegelverkError


Event = Progress | Delta | Finished | Failed


def answer_events(answer: Callable[[Callable[[str], None], ProgressHook], AnswerPublic]) -> Iterator[Event]:
    """Progress and deltas while `answer(on_delta, progress)` runs, then Finished or Failed; any other exception is
    raised here."""
    events: queue.Queue[Event | BaseException] = queue.Queue()

    def work() -> None:
        try:
            events.put(
                Finished(answer(lambda text: events.put(Delta(text)), lambda stage: events.put(Progress(stage))))
            )
        except RegelverkError as exc:
            events.put(Failed(exc))
        except BaseException as exc:  # handed to the request's thread, which reports it like any route error
            events.put(exc)

    threading.Thread(target=work, name="answer", daemon=True).start()
    while True:
        event = events.get()
        if isinstance(event, BaseException):
            raise event
        yield event
        if isinstance(event, Finished | Failed):
            return
