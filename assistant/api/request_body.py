"""Reads and checks a request body before FastAPI sees it, so bad bodies get an answer a person can act on.

* size: a declared Content-Length over the limit is refused at once (413), a streamed body as soon as it passes it;
* time: a body that stops arriving is answered 408 instead of holding a worker;
* JSON: the content type, UTF-8, syntax, nesting depth and unpaired surrogates ("\\ud800", which no database or
  JSON encoder can store) are checked here, each failure a 415/422 naming what to change.

The checked bytes are then handed to the app unchanged.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.error_response import error_response

MAX_JSON_DEPTH = 32
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_EXAMPLE = 'e.g. {"message": "Hvem kan søke om Tiltak B?"}'


class BodyProblem(Exception):
    """A body that cannot be accepted, with its HTTP status and a message saying what to change."""

    def __init__(self, status: int, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param


class RequestBodyMiddleware:
    """Buffers and checks the bodies of POST/PUT/PATCH requests (size, time, JSON)."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        try:
            self._check_declared_length(headers.get("content-length"))
            body = await self._read(receive)
            if body.strip():
                check_json_body(body, headers.get("content-type"))
        except BodyProblem as problem:
            await error_response(scope["path"], problem.status, problem.message, problem.param)(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    def _check_declared_length(self, declared: str | None) -> None:
        if declared is None:
            return
        try:
            length = int(declared)
        except ValueError:
            raise BodyProblem(400, f"Content-Length {declared!r} is not a number of bytes.") from None
        if length > self.max_bytes:
            raise self._too_large(length)

    async def _read(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            try:
                message = await asyncio.wait_for(receive(), timeout=self.timeout)
            except TimeoutError:
                raise BodyProblem(
                    408, f"The request body did not arrive within {self.timeout:g} s. Send it again in one go."
                ) from None
            if message["type"] == "http.disconnect":
                raise BodyProblem(400, "The client disconnected before the body arrived.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large(None)
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    def _too_large(self, length: int | None) -> BodyProblem:
        size = f"{length} bytes" if length is not None else "larger than that"
        return BodyProblem(
            413,
            f"The request body is {size}; the limit is {self.max_bytes} bytes "
            "(REGELVERK_SERVER__MAX_BODY_BYTES). Send a shorter question or fewer messages.",
        )


def check_json_body(body: bytes, content_type: str | None) -> Any:
    """The parsed JSON body, or BodyProblem saying what is wrong with it."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        sent = f"Content-Type {media_type!r}" if media_type else "no Content-Type"
        raise BodyProblem(415, f"The request has {sent}. Send the body as JSON with 'Content-Type: application/json'.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyProblem(
            422, f"The body is not valid UTF-8 (bad byte at offset {exc.start}). Encode the JSON as UTF-8."
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BodyProblem(
            422,
            f"The body is not valid JSON ({exc.msg}: line {exc.lineno}, column {exc.colno}). "
            f"Send one complete JSON object, {_EXAMPLE}.",
        ) from None
    except RecursionError:
        raise _too_deep() from None
    _check_values(data, "", 0)
    return data


def _too_deep() -> BodyProblem:
    return BodyProblem(422, f"The JSON body is nested more than {MAX_JSON_DEPTH} levels deep. Send a flat object.")


def _check_values(value: Any, where: str, depth: int) -> None:
    """Depth and unpaired surrogates, anywhere in the parsed body (keys included)."""
    if depth > MAX_JSON_DEPTH:
        raise _too_deep()
    if isinstance(value, str):
        _check_text(value, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, where or "body")
            _check_values(item, f"{where}.{key}" if where else key, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_values(item, f"{where}[{index}]" if where else f"[{index}]", depth + 1)


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = f"\\u{ord(text[exc.start]):04x}"
        raise BodyProblem(
            422,
            f"{where or 'body'}: contains an unpaired surrogate ({code}) at character {exc.start}, which is not "
            "valid Unicode text. Remove it or send the full character (a surrogate pair).",
            param=where or None,
        ) from None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive callable that yields the buffered body once, then defers to the server (disconnects)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
