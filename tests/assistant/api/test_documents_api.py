"""GET /api/documents[/{id}]: the indexed documents with their status, and each one's passages from the index."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.services import Services
from assistant.text import contains_quote

# Read from corpus/manifest.yaml and the rule tables' statuses.
EXPECTED_STATUS = {
    "regelverk-0765-73-2025": "current",
    "ips-jmo-soknad": "old_version",
    "kartlegging-tilskudd-barn-unge-2015": "old_version",
    "voksne-langvarige-2019": "expired",
    "tilskuddskonferansen-2023": "old_version",  # the slides back current-ish schemes too, not only expired calls
}


def test_every_document_with_status_counts_and_rule_tables(
    corpus_client: TestClient, client_services: Services
) -> None:
    response = corpus_client.get("/api/documents")
    assert response.status_code == 200
    documents = {d["id"]: d for d in response.json()}
    assert {d: documents[d]["status"] for d in documents} == EXPECTED_STATUS
    chunks = client_services.retriever.chunks()
    assert sum(d["chunks"] for d in documents.values()) == len(chunks)
    for document in documents.values():
        assert document["ingested_at"] is not None
        assert "source" not in document and "path" not in document  # no server paths leave the API
    regelverk = documents["regelverk-0765-73-2025"]
    assert regelverk["version_date"] == "2025-09-19"
    assert [s["id"] for s in regelverk["rule_schemes"]] == ["0765-73"]
    assert regelverk["status_note"] and regelverk["status_note_en"]
    expired = documents["voksne-langvarige-2019"]
    assert "utløpt" in expired["status_note"]
    assert len(documents["kartlegging-tilskudd-barn-unge-2015"]["rule_schemes"]) > 5


def test_chunk_counts_match_the_index(corpus_client: TestClient, client_services: Services) -> None:
    chunks = client_services.retriever.chunks()
    for document in corpus_client.get("/api/documents").json():
        assert document["chunks"] == sum(1 for chunk in chunks if chunk.document_id == document["id"])


def test_a_document_comes_with_its_passages_in_order(corpus_client: TestClient, client_services: Services) -> None:
    response = corpus_client.get("/api/documents/regelverk-0765-73-2025")
    assert response.status_code == 200
    body = response.json()
    assert body["document"]["id"] == "regelverk-0765-73-2025"
    passages = body["passages"]
    assert len(passages) == body["document"]["chunks"] > 3
    assert [p["start"] for p in passages] == sorted(p["start"] for p in passages)
    retriever = client_services.retriever
    for passage in passages:
        assert retriever.chunk(passage["chunk_id"]).text == passage["text"]
    assert any(p["section"].startswith("3. Hvem kan søke") for p in passages)


def test_a_citation_points_at_a_passage_holding_its_quote(corpus_client: TestClient) -> None:
    answer = corpus_client.post("/api/chat", json={"message": "Kan fylkeskommuner søke om Tiltak B?"}).json()
    for citation in answer["citations"]:
        passages = corpus_client.get(f"/api/documents/{citation['document_id']}").json()["passages"]
        cited = next(p for p in passages if p["chunk_id"] == citation["chunk_id"])
        assert contains_quote(cited["text"], citation["quote"])
        assert cited["section"] == citation["section"]


@pytest.mark.parametrize(
    "document_id",
    ["nope", "..%2F..%2Fetc%2Fpasswd", "corpus%2Fmanifest.yaml", "regelverk-0765-73-2025.txt", "x" * 300],
)
def test_unknown_documents_and_paths_are_404(corpus_client: TestClient, document_id: str) -> None:
    response = corpus_client.get(f"/api/documents/{document_id}")
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "GET /api/documents" in detail and len(detail) < 200
    assert "root:" not in response.text
