"""The langchain-core retriever wrapper over the real index."""

from __future__ import annotations

import json

from langchain_core.documents import Document

from assistant.retrieval.langchain_retriever import RegelverkRetriever
from assistant.services import Services


def test_invoke_returns_documents_with_chunk_metadata(corpus_services: Services) -> None:
    retriever = RegelverkRetriever(retriever=corpus_services.retriever, k=3)
    docs = retriever.invoke("Can a county municipality apply for Tiltak B?")
    assert len(docs) == 3
    assert all(isinstance(doc, Document) for doc in docs)
    top = docs[0]
    chunk = corpus_services.retriever.chunk(top.metadata["chunk_id"])
    assert top.page_content == chunk.text
    assert top.metadata["document_id"] == chunk.document_id
    assert top.metadata["section"] == chunk.section
    assert top.metadata["rank"] == 1
    assert {"score", "dense_rank", "lexical_rank", "title", "schemes", "checkboxes", "citation_name"} <= set(
        top.metadata
    )
    json.dumps([doc.metadata for doc in docs])  # plain JSON types, so any vector store or tracer can take them


def test_filters_and_mode_pass_through(corpus_services: Services) -> None:
    retriever = RegelverkRetriever(
        retriever=corpus_services.retriever, k=4, mode="bm25", document_ids=["ips-jmo-soknad"]
    )
    docs = retriever.invoke("søknadsbeløp driftsår")
    assert docs
    assert {doc.metadata["document_id"] for doc in docs} == {"ips-jmo-soknad"}
    assert all(doc.metadata["dense_rank"] is None for doc in docs)


def test_works_in_a_runnable_chain(corpus_services: Services) -> None:
    retriever = RegelverkRetriever(retriever=corpus_services.retriever, k=2)
    chain = retriever | (lambda docs: "\n\n".join(doc.page_content for doc in docs))
    context = chain.invoke("rapporteringsfrist")
    assert isinstance(context, str) and "apport" in context
