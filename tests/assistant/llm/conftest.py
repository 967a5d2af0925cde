"""LLM-mode fixtures: the scripted stand-in model endpoint and Services pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.services import Services
from assistant.settings import LLMSettings, Settings
from tests.assistant.llm.stand_in import StandInModel


@pytest.fixture(scope="session")
def stand_in_server() -> Iterator[StandInModel]:
    server = StandInModel().start()
    yield server
    server.stop()


@pytest.fixture
def stand_in(stand_in_server: StandInModel) -> Iterator[StandInModel]:
    """The stand-in with an empty script and no delay."""
    stand_in_server.reset()
    yield stand_in_server
    stand_in_server.reset()


def with_llm(settings: Settings, base_url: str, timeout: float = 20.0) -> Settings:
    """`settings` in LLM mode against `base_url`."""
    llm = LLMSettings(base_url=base_url, model="stand-in", timeout=timeout)
    return settings.model_copy(update={"llm": llm})


@pytest.fixture(scope="session")
def stand_in_services(corpus_settings: Settings, stand_in_server: StandInModel) -> Services:
    """Services over the corpus index in LLM mode, answering through the stand-in."""
    return Services(with_llm(corpus_settings, stand_in_server.base_url))
