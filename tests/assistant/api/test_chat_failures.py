"""A question that cannot be answered leaves nothing behind: no empty conversation, no dropped stream."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import Settings


def conversation_count(settings: Settings) -> int:
    """Stored conversations (0 when the database or its tables do not exist yet)."""
    path = settings.data_dir / "conversations.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'conversations'").fetchone():
            return 0
        return int(db.execute("SELECT count(*) FROM conversations").fetchone()[0])


def test_a_failed_answer_stores_no_conversation(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with TestClient(create_app(settings)) as client:
        response = client.post("/api/chat", json={"message": "Hvem kan søke om Tiltak B?"})
        assert response.status_code == 503  # no index yet
        client.app.state.services.conversations  # type: ignore[attr-defined]  # noqa: B018 - open the store
    assert conversation_count(settings) == 0


def test_a_surrogate_in_the_message_stores_no_conversation(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with TestClient(create_app(settings)) as client:
        for path in ("/api/chat", "/api/chat/stream"):
            body = b'{"message": "\\ud800"}'
            response = client.post(path, content=body, headers={"content-type": "application/json"})
            assert response.status_code == 422
    assert conversation_count(settings) == 0


def test_a_stream_that_cannot_answer_ends_with_an_error_event(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        response = client.post("/api/chat/stream", json={"message": "Hvem kan søke om Tiltak B?"})
    assert response.status_code == 200
    events = [block for block in response.text.split("\n\n") if block.strip()]
    # Progress events may come first (the question was being read); the stream ends with the error, nothing else.
    assert all(event.startswith("event: progress\n") for event in events[:-1])
    assert events[-1].startswith("event: error\n")
    payload = json.loads(events[-1].split("data: ", 1)[1])
    assert payload["status"] == 503 and "regelverk ingest" in payload["detail"]
