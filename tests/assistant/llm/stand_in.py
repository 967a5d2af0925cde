"""A scripted stand-in for an OpenAI-compatible model endpoint (a real model cannot run in `make test`'s time).

It speaks the real wire format over HTTP on 127.0.0.1: streamed `chat.completion.chunk` events with content pieces
or tool calls. Each request takes the next scripted reply, which may depend on the request (e.g. cite the source
number a tool returned). Requests are recorded, so a test can check what the model was shown.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

from eval.local_server import free_port


@dataclass
class Reply:
    """One model turn: text (streamed in small pieces) or tool calls."""

    content: str = ""
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


Script = Callable[[dict[str, Any]], Reply]


def last_tool_output(request: dict[str, Any]) -> dict[str, Any]:
    """The JSON the last tool returned, as the model read it."""
    tools = [m for m in request["messages"] if m.get("role") == "tool"]
    output: dict[str, Any] = json.loads(tools[-1]["content"])
    return output


def _chunk(delta: dict[str, Any], finish: str | None = None) -> str:
    body = {
        "id": "chatcmpl-stand-in",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "stand-in",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _events(reply: Reply) -> Iterator[str]:
    yield _chunk({"role": "assistant", "content": ""})
    if reply.tool_calls:
        calls = [
            {
                "index": i,
                "id": f"call_{i}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(args)},
            }
            for i, (name, args) in enumerate(reply.tool_calls)
        ]
        yield _chunk({"tool_calls": calls})
        yield _chunk({}, "tool_calls")
    else:
        # Pieces of about one token each, as a real server streams them.
        for start in range(0, len(reply.content), 4):
            yield _chunk({"content": reply.content[start : start + 4]})
        yield _chunk({}, "stop")
    yield "data: [DONE]\n\n"


class StandInModel:
    """The stand-in server; `script` is consumed one reply per request."""

    def __init__(self) -> None:
        self.script: list[Script] = []
        self.requests: list[dict[str, Any]] = []
        self.delay = 0.0
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def completions(request: Request) -> StreamingResponse:
            body: dict[str, Any] = await request.json()
            self.requests.append(body)
            if self.delay:
                await asyncio.sleep(self.delay)  # a stalled model: the client's timeout must end the wait
            reply = self.script.pop(0)(body) if self.script else Reply(content="(script exhausted)")
            return StreamingResponse(_events(reply), media_type="text/event-stream")

        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}/v1"
        self._server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=1)
        )
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> StandInModel:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the stand-in model server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)

    def reset(self) -> None:
        self.script.clear()
        self.requests.clear()
        self.delay = 0.0
