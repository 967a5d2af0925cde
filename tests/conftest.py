"""Shared fixtures: a real index of the real corpus, built once per test session in a temp dir."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn

from assistant.services import Services
from assistant.settings import PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

CORPUS_DIR = PROJECT_ROOT / "corpus"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's REGELVERK_* variables or writes to ./.regelverk."""
    import os

    for name in list(os.environ):
        if name.startswith("REGELVERK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("REGELVERK_DATA_DIR", str(tmp_path / "data"))
    from assistant.settings import get_settings

    get_settings.cache_clear()


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """Settings whose data dir holds an index of the real corpus (built once per session)."""
    from ingest.run import run_ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("corpus-index"), corpus_dir=CORPUS_DIR)
    run_ingest(settings)
    yield settings


@pytest.fixture(scope="session")
def corpus_services(corpus_settings: Settings) -> Services:
    """Services (retriever, rules, pipeline …) over the real corpus index, shared by the session."""
    return Services(corpus_settings)


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run `app` with uvicorn on 127.0.0.1 (a free port) in a thread; yields its base URL, stops it after."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
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
    """Base URL of uvicorn serving create_app(corpus_settings) on 127.0.0.1 (a free port); stopped at the end."""
    from assistant.api.app import create_app

    with serving(create_app(corpus_settings)) as url:
        yield url


@pytest.fixture
def serve_app() -> Iterator[Callable[[FastAPI], str]]:
    """Start further apps on 127.0.0.1 for one test: `url = serve_app(app)`; all are stopped after the test."""
    with ExitStack() as stack:
        yield lambda app: stack.enter_context(serving(app))
