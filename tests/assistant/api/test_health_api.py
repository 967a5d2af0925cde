"""GET /health: 'ok' only when questions can be answered, and answered even when every worker thread is busy."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.settings import Settings


def test_without_an_index_health_is_503_and_says_what_to_do(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        response = client.get("/health")
    assert response.status_code == 503
    body = response.json()
    assert (body["status"], body["index"]) == ("unavailable", "missing")
    assert "regelverk ingest" in body["detail"]


def test_with_an_index_health_is_ok(corpus_settings: Settings) -> None:
    with TestClient(create_app(corpus_settings)) as client:
        response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "index": "ready", "detail": None}


def test_health_notices_a_new_index_without_a_restart(tmp_path: Path, corpus_settings: Settings) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 503
        settings.data_dir.mkdir(exist_ok=True)
        state = (corpus_settings.data_dir / "index-state.json").read_bytes()
        (settings.data_dir / "index-state.json").write_bytes(state)
        assert client.get("/health").status_code == 200


def _get_in_thread(client: TestClient, path: str) -> tuple[threading.Thread, dict[str, Any]]:
    result: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: result.setdefault("response", client.get(path)), daemon=True)
    thread.start()
    return thread, result


def test_health_answers_while_every_worker_thread_is_busy(corpus_settings: Settings) -> None:
    with TestClient(create_app(corpus_settings)) as client:
        portal: Any = client.portal
        limiter = portal.call(anyio.to_thread.current_default_thread_limiter)
        release = threading.Event()
        for _ in range(int(limiter.total_tokens)):
            portal.start_task_soon(anyio.to_thread.run_sync, release.wait)
        try:
            deadline = time.monotonic() + 10
            while limiter.borrowed_tokens < limiter.total_tokens and time.monotonic() < deadline:
                time.sleep(0.01)
            assert limiter.borrowed_tokens == limiter.total_tokens
            # A route that answers in a worker thread has to wait …
            waiting, _ = _get_in_thread(client, "/api/schemes")
            waiting.join(0.5)
            assert waiting.is_alive()
            # … /health does not.
            health, result = _get_in_thread(client, "/health")
            health.join(5)
            assert not health.is_alive() and result["response"].status_code == 200
        finally:
            release.set()
        waiting.join(10)
