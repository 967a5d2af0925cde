"""`regelverk search` output (table and JSON) over the real index."""

from __future__ import annotations

import json

import pytest

from assistant.errors import InvalidInput
from assistant.retrieval.cli import run_search_command
from assistant.settings import Settings, get_settings


@pytest.fixture
def corpus_env(monkeypatch: pytest.MonkeyPatch, corpus_settings: Settings) -> None:
    monkeypatch.setenv("REGELVERK_DATA_DIR", str(corpus_settings.data_dir))
    monkeypatch.setenv("REGELVERK_CORPUS_DIR", str(corpus_settings.corpus_dir))
    get_settings.cache_clear()


@pytest.mark.usefixtures("corpus_env")
def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    run_search_command(
        "Can a county municipality apply for Tiltak B?", k=3, mode="hybrid", documents=None, schemes=None, as_json=True
    )
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "hybrid"
    assert [p["rank"] for p in data["passages"]] == [1, 2, 3]
    assert any("Hvem kan søke" in p["section"] for p in data["passages"])
    assert {"score", "chunk_id", "document_id", "title", "section", "page", "text"} <= set(data["passages"][0])


@pytest.mark.usefixtures("corpus_env")
def test_table_output(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "240")  # wide enough that rich does not fold the section names
    run_search_command(
        "rapporteringsfrist", k=2, mode="bm25", documents=["regelverk-0765-73-2025"], schemes=None, as_json=False
    )
    out = capsys.readouterr().out
    assert "Krav til rapporteringen" in out
    assert "Regelverk 0765.73" in out


@pytest.mark.usefixtures("corpus_env")
def test_empty_query_is_an_error() -> None:
    with pytest.raises(InvalidInput):
        run_search_command(" ", k=3, mode="hybrid", documents=None, schemes=None, as_json=True)
