"""The real app over the real corpus index, for the HTTP API tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.services import Services
from assistant.settings import Settings


@pytest.fixture(scope="module")
def corpus_client(corpus_settings: Settings) -> Iterator[TestClient]:
    """A TestClient of create_app(corpus_settings), shared by a test module."""
    with TestClient(create_app(corpus_settings)) as client:
        yield client


@pytest.fixture(scope="module")
def client_services(corpus_client: TestClient) -> Services:
    """The Services the app under test built in its lifespan."""
    services: Services = corpus_client.app.state.services  # type: ignore[attr-defined]
    return services
