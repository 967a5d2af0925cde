"""Stored conversations over HTTP: turns as shown, the browser's list, rename, delete and feedback on a turn."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def chat(corpus_client: TestClient, message: str, conversation_id: str | None = None) -> dict[str, Any]:
    response = corpus_client.post("/api/chat", json={"message": message, "conversation_id": conversation_id})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_turns_come_back_as_they_were_shown(corpus_client: TestClient) -> None:
    questions = ["Kan vi søke om Tiltak B?", "Hvor mye kan vi få i år 3 for en 50 % stilling i Tiltak B?"]
    first = chat(corpus_client, questions[0])
    cid = first["conversation_id"]
    second = chat(corpus_client, questions[1], cid)
    assert (first["turn"], second["turn"]) == (1, 2)

    response = corpus_client.get(f"/api/conversations/{cid}")
    assert response.status_code == 200
    body = response.json()
    assert body["conversation_id"] == cid
    assert body["title"] == "Kan vi søke om Tiltak B?"
    turns = body["turns"]
    assert [t["n"] for t in turns] == [1, 2]
    assert [t["question"] for t in turns] == questions
    for turn, live in zip(turns, (first, second), strict=True):
        for field in ("status", "language", "answer", "citations", "calculation", "warnings", "source_status"):
            assert turn[field] == live[field], field
        assert turn["options"] == live["options"]
        assert turn["feedback"] is None
    assert turns[1]["calculation"]["amount"] == 225_000
    assert turns[0]["citations"] and turns[1]["citations"]


def test_clarifying_question_offers_applicant_types_that_answer_it(corpus_client: TestClient) -> None:
    clarify = chat(corpus_client, "Kan vi søke om Tiltak B?")
    assert clarify["status"] == "clarify"
    labels = [option["label"] for option in clarify["options"]]
    assert {"Kommune", "Fylkeskommune", "Statlig foretak (f.eks. RHF/HF)"} <= set(labels)
    chosen = next(o for o in clarify["options"] if o["label"] == "Fylkeskommune")
    verdict = chat(corpus_client, chosen["message"], clarify["conversation_id"])
    assert verdict["status"] == "answered" and verdict["answer"].startswith("Nei.")
    assert verdict["options"] == []
    english = chat(corpus_client, "Can we apply for Tiltak B?")
    assert "Municipality" in [option["label"] for option in english["options"]]


def test_a_question_about_no_scheme_offers_the_schemes_and_the_choice_answers_it(corpus_client: TestClient) -> None:
    clarify = chat(corpus_client, "Hvor mye kan vi få?")
    assert clarify["status"] == "clarify"
    labels = [option["label"] for option in clarify["options"]]
    assert "Individuell jobbstøtte (IPS) og Jobbmestrende oppfølging (JMO)" in labels
    chosen = next(o for o in clarify["options"] if o["label"].startswith("Behandling og rehabilitering"))
    amount = chat(corpus_client, chosen["message"], clarify["conversation_id"])
    assert amount["status"] == "answered" and amount["answer"].startswith("Beløpene avhenger av tiltaket"), amount


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("Kan kommuner søke om tilskudd til Tiltak B?", "current"),
        ("Hvor mye kan man få for en IPS-stilling første år?", "old_version"),
    ],
)
def test_source_status_says_how_current_the_cited_documents_are(
    corpus_client: TestClient, question: str, status: str
) -> None:
    body = chat(corpus_client, question)
    assert body["citations"]
    assert body["source_status"] == status
    if status != "current":
        assert body["warnings"], "an answer from an old source warns"


def test_list_names_only_the_asked_ids_newest_first(corpus_client: TestClient) -> None:
    older = chat(corpus_client, "Hvem kan søke om Tiltak A?")["conversation_id"]
    newer = chat(corpus_client, "Hva er søknadsfristen for Tiltak B?")["conversation_id"]
    response = corpus_client.get("/api/conversations", params=[("id", older), ("id", newer), ("id", "gone")])
    assert response.status_code == 200
    listed = response.json()
    assert [c["conversation_id"] for c in listed] == [newer, older]
    assert listed[0]["title"] == "Hva er søknadsfristen for Tiltak B?" and listed[0]["turns"] == 1
    assert corpus_client.get("/api/conversations").json() == []


def test_rename_and_delete(corpus_client: TestClient) -> None:
    cid = chat(corpus_client, "Hvem kan søke om Tiltak A?")["conversation_id"]
    renamed = corpus_client.patch(f"/api/conversations/{cid}", json={"title": "Tiltak A for Bergen"})
    assert renamed.status_code == 200 and renamed.json()["title"] == "Tiltak A for Bergen"
    assert corpus_client.get(f"/api/conversations/{cid}").json()["title"] == "Tiltak A for Bergen"
    assert corpus_client.patch(f"/api/conversations/{cid}", json={"title": "x" * 201}).status_code == 422
    assert corpus_client.patch(f"/api/conversations/{cid}", json={"name": "x"}).status_code == 422

    assert corpus_client.delete(f"/api/conversations/{cid}").status_code == 204
    gone = corpus_client.get(f"/api/conversations/{cid}")
    assert gone.status_code == 404 and "conversation_id null" in gone.json()["detail"]
    assert corpus_client.delete(f"/api/conversations/{cid}").status_code == 404
    assert corpus_client.patch(f"/api/conversations/{cid}", json={"title": "x"}).status_code == 404
    # A follow-up to a deleted conversation is a 404 too, never a new turn in it.
    assert corpus_client.post("/api/chat", json={"message": "Og Tiltak B?", "conversation_id": cid}).status_code == 404


def test_feedback_is_stored_with_the_turn(corpus_client: TestClient) -> None:
    cid = chat(corpus_client, "Hvem kan søke om Tiltak B?")["conversation_id"]
    url = f"/api/conversations/{cid}/turns/1/feedback"
    given = corpus_client.put(url, json={"rating": "down", "comment": "Mangler fristen"})
    assert given.status_code == 200
    assert given.json()["rating"] == "down" and given.json()["comment"] == "Mangler fristen"
    assert corpus_client.put(url, json={"rating": "up"}).status_code == 200
    feedback = corpus_client.get(f"/api/conversations/{cid}").json()["turns"][0]["feedback"]
    assert feedback["rating"] == "up" and feedback["comment"] is None


@pytest.mark.parametrize(
    ("path", "payload", "status", "mentions"),
    [
        ("turns/2/feedback", {"rating": "up"}, 404, "no turn 2"),
        ("turns/0/feedback", {"rating": "up"}, 404, "no turn 0"),
        ("turns/1/feedback", {"rating": "meh"}, 422, "rating"),
        ("turns/1/feedback", {"rating": "up", "comment": "x" * 2001}, 422, "comment"),
        ("turns/1/feedback", {"rating": "up", "stars": 5}, 422, "stars"),
        ("turns/one/feedback", {"rating": "up"}, 422, "n"),
    ],
)
def test_bad_feedback_gets_a_message(
    corpus_client: TestClient, path: str, payload: dict[str, Any], status: int, mentions: str
) -> None:
    cid = chat(corpus_client, "Hvem kan søke om Tiltak B?")["conversation_id"]
    response = corpus_client.put(f"/api/conversations/{cid}/{path}", json=payload)
    assert response.status_code == status
    assert mentions in response.json()["detail"]
    assert corpus_client.put("/api/conversations/nope/turns/1/feedback", json={"rating": "up"}).status_code == 404
