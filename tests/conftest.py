"""Shared fixtures: a real index of the real corpus, built once per test session in a temp dir."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
import uvicorn

from assistant.services import Services
from assistant.settings import PROJECT_ROOT, EmbedderSettings, Settings
from assistant.types import Answer
from eval.local_server import free_port

CORPUS_DIR = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="session")
def model_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache of the converted embedding model for the whole session (converting it takes seconds)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_cache_dir: Path) -> None:
    """No test reads the developer's REGELVERK_* variables or writes to ./.regelverk."""
    import os

    for name in list(os.environ):
        if name.startswith("REGELVERK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("REGELVERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REGELVERK_EMBEDDER__CACHE_DIR", str(model_cache_dir))
    from assistant.settings import get_settings

    get_settings.cache_clear()


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory, model_cache_dir: Path) -> Iterator[Settings]:
    """Settings whose data dir holds an index of the real corpus (built once per session)."""
    from ingest.run import run_ingest

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("corpus-index"),
        corpus_dir=CORPUS_DIR,
        embedder=EmbedderSettings(cache_dir=model_cache_dir),
    )
    run_ingest(settings)
    yield settings


@pytest.fixture(scope="session")
def corpus_services(corpus_settings: Settings) -> Services:
    """Services (retriever, rules, pipeline …) over the real corpus index, shared by the session."""
    return Services(corpus_settings)


@pytest.fixture
def converse(corpus_services: Services) -> Callable[..., Answer]:
    """Ask the questions in turn, in one conversation, and return the last answer."""

    def ask(*questions: str) -> Answer:
        conversation_id, answer = None, None
        for question in questions:
            conversation_id, answer = corpus_services.pipeline.answer(question, conversation_id)
        assert answer is not None
        return answer

    return ask


@contextmanager
def running_server(settings: Settings) -> Iterator[str]:
    """Base URL of uvicorn serving create_app(settings) on 127.0.0.1 (a free port), as `regelverk serve` runs it."""
    from assistant.api.app import create_app
    from assistant.api.server import server_config

    port = free_port()
    server = uvicorn.Server(server_config(create_app(settings), settings, "127.0.0.1", port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(corpus_settings: Settings) -> Iterator[str]:
    """Base URL of uvicorn serving the corpus index on 127.0.0.1; stopped at the end of the session."""
    with running_server(corpus_settings) as url:
        yield url


ServerFactory = Callable[[Settings], AbstractContextManager[str]]


@pytest.fixture
def serve() -> ServerFactory:
    """serve(settings): a context manager running uvicorn for those settings, yielding its base URL."""
    return running_server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that drive Chromium (they use the `chrome` fixture) carry the `browser` marker."""
    for item in items:
        if "chrome" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
