"""LLM mode's plumbing end to end — real pipeline, index, rules engine, verifier and HTTP client — against a scripted
stand-in for the model endpoint (every test that talks to it says so in its name). The real model runs in
tests/assistant/llm/test_local_model.py (`make test-llm`)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.errors import InvalidSettings
from assistant.llm.answerer import LLMAnswerer
from assistant.llm.turn import ModelTurn
from assistant.services import Services
from assistant.settings import Settings, get_settings
from assistant.text import contains_quote
from assistant.types import Answer
from assistant.verify import unverified_numbers
from eval.local_server import free_port
from tests.assistant.llm.conftest import with_llm
from tests.assistant.llm.stand_in import Reply, StandInModel, last_tool_output

AMOUNT_QUESTION = "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?"
CALCULATE_B3 = ("calculate", {"scheme": "0765-73", "measure": "B", "year": 3, "percents": [50]})


def calculate_then(text: str) -> list[Any]:
    """Script: call calculate for Tiltak B year 3 at 50 %, then write `text` with {cite} as the tool's source."""
    return [
        lambda _request: Reply(tool_calls=[CALCULATE_B3]),
        lambda request: Reply(content=text.format(cite=last_tool_output(request)["cite"][0])),
    ]


def deterministic(services: Services, question: str) -> Answer:
    return services.pipeline.respond(question, None, use_model=False)[0]


def assert_traced(services: Services, answer: Answer) -> None:
    for citation in answer.citations:
        assert contains_quote(services.retriever.chunk(citation.chunk_id).text, citation.quote)
    assert unverified_numbers(answer) == []


# --- settings ------------------------------------------------------------------------------------------------------


def test_without_llm_settings_the_deterministic_answerer_answers(corpus_services: Services) -> None:
    assert corpus_services.settings.llm.enabled is False
    assert corpus_services.llm is None


def test_base_url_without_model_is_a_settings_error_naming_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGELVERK_LLM__BASE_URL", "http://127.0.0.1:8080/v1")
    get_settings.cache_clear()
    with pytest.raises(InvalidSettings) as error:
        get_settings()
    assert "REGELVERK_LLM__MODEL" in error.value.message


def test_llm_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGELVERK_LLM__BASE_URL", "https://models.example/v1")
    monkeypatch.setenv("REGELVERK_LLM__MODEL", "some-model")
    monkeypatch.setenv("REGELVERK_LLM__API_KEY", "secret-key")
    monkeypatch.setenv("REGELVERK_LLM__TIMEOUT", "12.5")
    get_settings.cache_clear()
    llm = get_settings().llm
    assert (llm.enabled, llm.model, llm.timeout) == (True, "some-model", 12.5)
    assert "secret-key" not in repr(llm)  # a key never lands in a log line or traceback


# --- answers through the stand-in ----------------------------------------------------------------------------------


def test_stand_in_model_calls_calculate_and_the_engine_amount_is_traced(
    stand_in: StandInModel, stand_in_services: Services
) -> None:
    stand_in.script += calculate_then("Inntil 225 000 kr for en 50 % stilling i 3. prosjekt-/driftsår [{cite}].")
    _, answer = stand_in_services.pipeline.answer(AMOUNT_QUESTION)

    assert answer.status == "answered"
    assert answer.text.startswith("Inntil 225 000 kr")
    assert answer.calculation is not None and answer.calculation.amount == 225_000
    assert [c.n for c in answer.citations] == [1] and "[1]" in answer.text
    assert_traced(stand_in_services, answer)
    assert not any("standardsvaret" in w for w in answer.warnings)
    # The model was shown the tools and numbered sources, and read the engine's result back.
    first = stand_in.requests[0]
    assert {t["function"]["name"] for t in first["tools"]} == {"calculate", "eligibility", "deadlines", "search"}
    assert "[1] " in first["messages"][1]["content"] and AMOUNT_QUESTION in first["messages"][1]["content"]
    assert "225 000" in last_tool_output(stand_in.requests[1])["result"]


def test_stand_in_model_amount_of_its_own_falls_back_to_the_deterministic_answer(
    stand_in: StandInModel, stand_in_services: Services
) -> None:
    stand_in.script.append(lambda _request: Reply(content="Dere kan få inntil 999 000 kr [1]."))
    expected = deterministic(stand_in_services, AMOUNT_QUESTION)
    _, answer = stand_in_services.pipeline.answer(AMOUNT_QUESTION)

    assert answer.text == expected.text
    assert answer.warnings[0] == "Språkmodellens svar kunne ikke verifiseres mot kildene; dette er standardsvaret."
    assert "999" not in answer.text
    assert_traced(stand_in_services, answer)


def test_stand_in_model_extra_untraced_claim_is_cut_and_the_rest_stands(
    stand_in: StandInModel, stand_in_services: Services
) -> None:
    stand_in.script += calculate_then("Inntil 225 000 kr [{cite}]. I tillegg kan dere få 40 000 kr til reiser [1].")
    before = stand_in_services.llm.outcomes["cut"] if stand_in_services.llm else 0
    _, answer = stand_in_services.pipeline.answer(AMOUNT_QUESTION)

    assert answer.text.startswith("Inntil 225 000 kr [1].")
    assert "40 000" not in answer.text
    assert any("40 000" in w for w in answer.warnings)  # the verifier says what it removed
    assert stand_in_services.llm is not None and stand_in_services.llm.outcomes["cut"] == before + 1
    assert_traced(stand_in_services, answer)


def test_stand_in_model_reply_without_sources_falls_back(stand_in: StandInModel, stand_in_services: Services) -> None:
    stand_in.script.append(lambda _request: Reply(content="Ja, det kan dere helt sikkert."))
    _, answer = stand_in_services.pipeline.answer("Kan kommuner søke om Tiltak B?")

    assert answer.warnings[0] == "Språkmodellens svar viste ikke til noen kilde; dette er standardsvaret."
    assert answer.citations


def test_stand_in_model_tool_call_written_as_text_is_run(stand_in: StandInModel, stand_in_services: Services) -> None:
    name, args = CALCULATE_B3
    written = "```json\n" + json.dumps({"name": name, "arguments": args}) + "\n```"
    stand_in.script += [
        lambda _request: Reply(content=written),
        lambda request: Reply(content=f"Inntil 225 000 kr [{last_tool_output(request)['cite'][0]}]."),
    ]
    deltas: list[str] = []
    _, answer = stand_in_services.pipeline.answer(AMOUNT_QUESTION, on_delta=deltas.append)

    assert answer.calculation is not None and answer.calculation.amount == 225_000
    assert "```" not in "".join(deltas)
    assert "".join(deltas) == answer.text


def test_stand_in_engine_error_reaches_the_model_as_a_tool_error(
    stand_in: StandInModel, stand_in_services: Services
) -> None:
    stand_in.script += [
        lambda _request: Reply(tool_calls=[("calculate", {"scheme": "0765-73", "measure": "B", "year": 5})]),
        lambda _request: Reply(content="Nei."),
    ]
    stand_in_services.pipeline.answer("Hvor mye får vi i år 5 for Tiltak B?")
    error = last_tool_output(stand_in.requests[1])["error"]
    assert "år 5 finnes ikke" in error


def test_stand_in_off_topic_refusal_stands_without_asking_the_model(
    stand_in: StandInModel, stand_in_services: Services
) -> None:
    _, answer = stand_in_services.pipeline.answer("Hva blir været i Bergen i morgen?")
    assert answer.status == "not_found"
    assert stand_in.requests == []


def answerer_for(services: Services, base_url: str, timeout: float) -> LLMAnswerer:
    """A model answerer over the same rules and index as `services`, against another endpoint."""
    return LLMAnswerer(with_llm(services.settings, base_url, timeout), services.rules, services.retriever)


def ask_with(services: Services, answerer: LLMAnswerer, question: str) -> Answer:
    """The deterministic reading and answer of `question`, then `answerer` with that answer as its fallback."""
    fallback = deterministic(services, question)
    turn = ModelTurn(question=question, language="nb", scheme_ids=["0765-73"], focus=None, passages=fallback.passages)
    return answerer.answer(turn, fallback, [], services.pipeline.chunk_map)


def test_unreachable_endpoint_falls_back_at_once(corpus_services: Services) -> None:
    answerer = answerer_for(corpus_services, f"http://127.0.0.1:{free_port()}/v1", timeout=30)
    started = time.monotonic()
    answer = ask_with(corpus_services, answerer, AMOUNT_QUESTION)

    assert time.monotonic() - started < 30
    assert answer.warnings[0] == "Språkmodellen kunne ikke nås; dette er standardsvaret."
    assert answer.calculation is not None and answer.calculation.amount == 225_000
    assert answerer.outcomes == {"fallback_unavailable": 1}


def test_stand_in_stalled_endpoint_falls_back_within_the_timeout(
    stand_in: StandInModel, corpus_services: Services
) -> None:
    stand_in.delay = 60
    answerer = answerer_for(corpus_services, stand_in.base_url, timeout=2)
    started = time.monotonic()
    answer = ask_with(corpus_services, answerer, AMOUNT_QUESTION)

    assert time.monotonic() - started < 30  # far below the stand-in's 60 s stall
    assert answer.warnings[0] == "Språkmodellen svarte ikke innen tidsgrensen; dette er standardsvaret."
    assert answerer.outcomes == {"fallback_timeout": 1}


# --- streaming -----------------------------------------------------------------------------------------------------


def _sse(body: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    return events


@pytest.fixture(scope="module")
def stand_in_client(corpus_settings: Settings, stand_in_server: StandInModel) -> Any:
    with TestClient(create_app(with_llm(corpus_settings, stand_in_server.base_url))) as client:
        yield client


def test_stand_in_model_tokens_stream_through_api_chat_stream(stand_in: StandInModel, stand_in_client: Any) -> None:
    stand_in.script += calculate_then(
        "Inntil 225 000 kr for en 50 % stilling [{cite}]. Beløpet gjelder 3. år [{cite}]."
    )
    response = stand_in_client.post("/api/chat/stream", json={"message": AMOUNT_QUESTION})
    events = _sse(response.text)

    names = [name for name, _ in events]
    # The pipeline's steps, then the model's text, then the verified answer.
    progress = names.count("progress")
    assert names[:progress] == ["progress"] * progress
    assert names[-1] == "done" and set(names[progress:-1]) == {"delta"}
    deltas = [data["text"] for name, data in events if name == "delta"]
    done = events[-1][1]
    assert len(deltas) > 5  # the model's pieces, not one block
    assert "".join(deltas) == done["answer"]  # renumbered on the fly exactly as the verified answer
    assert done["calculation"]["amount"] == 225_000 and done["citations"][0]["n"] == 1


def test_stand_in_stream_never_shows_an_untraced_number(stand_in: StandInModel, stand_in_client: Any) -> None:
    stand_in.script.append(lambda _request: Reply(content="Kommuner kan søke [1]. Dere får 999 000 kr per år [1]."))
    response = stand_in_client.post("/api/chat/stream", json={"message": "Kan kommuner søke om Tiltak B?"})
    events = _sse(response.text)

    streamed = "".join(data["text"] for name, data in events if name == "delta")
    assert streamed.startswith("Kommuner kan søke [1].")
    assert "999" not in streamed
    assert "999" not in events[-1][1]["answer"]


def test_stand_in_model_tokens_stream_through_v1_chat_completions(stand_in: StandInModel, stand_in_client: Any) -> None:
    stand_in.script += calculate_then("Inntil 225 000 kr [{cite}].")
    response = stand_in_client.post(
        "/v1/chat/completions",
        json={"model": "regelverk", "stream": True, "messages": [{"role": "user", "content": AMOUNT_QUESTION}]},
    )
    pieces = []
    for line in response.text.splitlines():
        if line.startswith("data: {"):
            delta = json.loads(line[6:])["choices"][0]["delta"]
            pieces.append(delta.get("content", ""))
    content = "".join(pieces)
    assert content.startswith("Inntil 225 000 kr [1].\n\nKilder:\n[1] Regelverk 0765.73 (2025)")
    assert "Kontrollert svar" not in content  # the verifier kept the streamed text as it was
    assert response.text.rstrip().endswith("data: [DONE]")


def test_v1_replayed_questions_do_not_ask_the_stand_in_model(stand_in: StandInModel, stand_in_client: Any) -> None:
    stand_in.script += calculate_then("Inntil 225 000 kr [{cite}].")
    messages = [
        {"role": "user", "content": "Hvor mye kan vi få for Tiltak B?"},
        {"role": "assistant", "content": "…"},
        {"role": "user", "content": "Og i år 3 for en 50 % stilling?"},
    ]
    response = stand_in_client.post("/v1/chat/completions", json={"messages": messages})
    assert response.status_code == 200
    assert len(stand_in.requests) == 2  # the last question's two model turns only
    assert "Og i år 3" in stand_in.requests[0]["messages"][1]["content"]
