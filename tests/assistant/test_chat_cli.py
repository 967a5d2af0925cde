"""`regelverk ask` and `regelverk chat` over the real corpus index."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from assistant.api.schemas import ChatResponse, source_line
from assistant.cli import app
from assistant.services import Services
from assistant.settings import PROJECT_ROOT, Settings, get_settings

WIDE = {"COLUMNS": "400", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.fixture
def corpus_env(corpus_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point the CLI's settings at the session's corpus index."""
    monkeypatch.setenv("REGELVERK_DATA_DIR", str(corpus_settings.data_dir))
    get_settings.cache_clear()
    return corpus_settings


def expected(services: Services, *questions: str) -> ChatResponse:
    """What the pipeline answers to the last question, asked after the others in one conversation."""
    conversation: str | None = None
    for question in questions:
        conversation, answer = services.pipeline.answer(question, conversation)
    assert conversation is not None
    return ChatResponse.from_answer(conversation, answer)


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`regelverk …` as a user runs it (through main(), which maps domain errors to one line)."""
    env = {**os.environ, **WIDE}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=env,
        timeout=120,
    )


def test_ask_prints_answer_sources_and_conversation(corpus_env: Settings, corpus_services: Services) -> None:
    question = "Kan kommuner søke om tilskudd til Tiltak B?"
    result = CliRunner().invoke(app, ["ask", question], env=WIDE)
    assert result.exit_code == 0, result.output
    reference = expected(corpus_services, question)
    assert reference.citations
    assert "Kilder / sources" in result.output
    for citation in reference.citations:
        assert source_line(citation) in result.output
    assert "conversation: " in result.output


def test_ask_json_is_the_api_response_and_continues_a_conversation(corpus_env: Settings) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["ask", "Hvem kan søke om Tiltak B?", "--json"])
    assert first.exit_code == 0, first.output
    body = ChatResponse.model_validate_json(first.output)
    assert set(json.loads(first.output)) == set(ChatResponse.model_fields)
    follow = runner.invoke(app, ["ask", "Hva med fylkeskommuner?", "--json", "--conversation", body.conversation_id])
    assert follow.exit_code == 0, follow.output
    assert ChatResponse.model_validate_json(follow.output).conversation_id == body.conversation_id


def test_ask_calculation_trace_is_printed(corpus_env: Settings, corpus_services: Services) -> None:
    question = "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?"
    result = CliRunner().invoke(app, ["ask", question], env=WIDE)
    assert result.exit_code == 0, result.output
    calculation = expected(corpus_services, question).calculation
    assert calculation is not None
    assert "Beregning / calculation" in result.output
    assert f"{calculation.amount:,} kr".replace(",", " ") in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["ask", "   "], "empty", id="empty"),
        pytest.param(["ask", "x" * 5000], "limit", id="too-long"),
        pytest.param(["ask", "Og tredje år?", "--conversation", "no-such-id"], "onversation", id="unknown-id"),
    ],
)
def test_ask_errors_are_one_line_and_exit_1(corpus_env: Settings, args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_chat_keeps_the_conversation_until_exit(corpus_env: Settings, corpus_services: Services) -> None:
    first, follow_up = "Hvem kan søke om Tiltak B?", "Hva med fylkeskommuner?"
    result = CliRunner().invoke(app, ["chat"], input=f"{first}\n\n{follow_up}\nexit\nHvem kan søke?\n", env=WIDE)
    assert result.exit_code == 0, result.output
    in_context = expected(corpus_services, first, follow_up)
    for citation in in_context.citations:
        assert source_line(citation) in result.output
    assert result.output.count("Kilder / sources") == 2  # the line after "exit" is never asked


def test_chat_shows_errors_and_goes_on_until_ctrl_d(corpus_env: Settings) -> None:
    result = run_cli("chat", stdin="Kan vi søke? " * 400 + "\nHvem kan søke om Tiltak B?\n")
    assert result.returncode == 0, result.stderr
    assert "Feil / error: message: the question is" in result.stdout
    assert "Kilder / sources" in result.stdout.split("Feil / error")[1]
