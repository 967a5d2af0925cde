"""The index in a real Chroma server (`chroma run` on 127.0.0.1) via HttpClient: ingest, read, search, generations."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import IndexUnavailable
from assistant.retrieval.hybrid import HybridRetriever
from assistant.settings import EmbedderSettings, Settings
from eval.local_server import free_port
from ingest.embedders import Embedder, get_embedder
from ingest.run import run_ingest
from ingest.store import IndexStore, collection_name, index_exists, open_client, state_path

CHROMA_CLI = Path(sys.executable).parent / "chroma"  # installed by the chromadb package beside this interpreter
START_TIMEOUT = 30.0

# Three short regelverk-like texts on clearly different topics, so the right chunk for a query is unambiguous.
DOCUMENTS = {
    "tannhelse": (
        "Regelverk for tilskudd til tannhelse for eldre\n\n"
        "1. Mål og målgruppe\n\n"
        "Ordningen skal gi beboere på sykehjem bedre tannhelse gjennom daglig tannpuss, munnstell og jevnlige "
        "tannlegebesøk.\n\n"
        "3. Hvem kan søke\n\n"
        "☒ Kommuner\n\n"
        "☐ Fylkeskommuner\n\n"
        "5. Tildelingskriterier\n\n"
        "Maksimalt tilskudd er kr 150 000 per år.\n"
    ),
    "rusforebygging": (
        "Regelverk for tilskudd til rusforebygging blant ungdom\n\n"
        "1. Mål og målgruppe\n\n"
        "Ordningen skal forebygge bruk av alkohol og narkotika blant ungdom gjennom oppsøkende arbeid i skoler og "
        "fritidsklubber.\n\n"
        "3. Hvem kan søke\n\n"
        "☒ Kommuner\n\n"
        "☒ Fylkeskommuner\n\n"
        "5. Tildelingskriterier\n\n"
        "Maksimalt tilskudd er kr 400 000 per år.\n"
    ),
    "hjerneslag": (
        "Regelverk for tilskudd til opptrening etter hjerneslag\n\n"
        "1. Mål og målgruppe\n\n"
        "Ordningen skal gi pasienter som har hatt hjerneslag fysioterapi og tilrettelagt trening i nærmiljøet etter "
        "utskrivning fra sykehus.\n\n"
        "3. Hvem kan søke\n\n"
        "☒ Kommuner\n\n"
        "☐ Fylkeskommuner\n\n"
        "5. Tildelingskriterier\n\n"
        "Maksimalt tilskudd er kr 250 000 per år.\n"
    ),
}


def _heartbeat(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as response:
            return response.status == 200 and "nanosecond heartbeat" in json.loads(response.read())
    except (OSError, urllib.error.URLError, ValueError):
        return False


@pytest.fixture(scope="module")
def chroma_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """Port of a real Chroma server (`chroma run`) on 127.0.0.1 with a tmp store; stopped at the end."""
    root = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log_path = root / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(CHROMA_CLI), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(root / "db")],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _heartbeat(port):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                pytest.fail(f"`chroma run` did not answer its heartbeat (exit code {process.poll()}):\n{tail}")
            time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in DOCUMENTS.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def server_settings(chroma_port: int, corpus: Path, tmp_path: Path) -> Settings:
    """Settings pointing at the server, whose collections are emptied first so every test starts clean."""
    settings = Settings(chroma_host="127.0.0.1", chroma_port=chroma_port, data_dir=tmp_path / "data", corpus_dir=corpus)
    client = open_client(settings)
    for collection in client.list_collections():
        client.delete_collection(collection if isinstance(collection, str) else collection.name)
    return settings


@pytest.fixture(scope="module")
def embedder(model_cache_dir: Path) -> Embedder:
    return get_embedder(EmbedderSettings(cache_dir=model_cache_dir))


def _server_collections(settings: Settings) -> list[str]:
    return sorted(c if isinstance(c, str) else c.name for c in open_client(settings).list_collections())


def _ingest(settings: Settings) -> tuple[int, int, int, int, int]:
    """Run an ingest; return (chunks embedded, added, updated, unchanged, generation)."""
    embedded: list[int] = []

    def progress(label: str, done: int, total: int) -> None:
        if label == "embedding":
            embedded.append(total)

    report = run_ingest(settings, progress=progress)
    return (embedded[-1] if embedded else 0, report.added, report.updated, report.unchanged, report.generation)


def _assert_nothing_local(settings: Settings) -> None:
    """The server path keeps only the state file in data_dir: no embedded Chroma store."""
    assert not (settings.data_dir / "chroma").exists()
    assert sorted(path.name for path in settings.data_dir.iterdir()) == ["index-state.json"]


def test_ingest_into_server_then_read_chunks_and_query(server_settings: Settings, embedder: Embedder) -> None:
    settings = server_settings
    assert not index_exists(settings)
    report = run_ingest(settings)
    assert (report.documents, report.added, report.generation) == (3, 3, 1)
    assert _server_collections(settings) == [collection_name(settings, 1)]

    store = IndexStore.open(settings)
    chunks = store.chunks()
    assert len(chunks) == report.chunks == store.count()
    assert [doc.id for doc in store.documents()] == ["hjerneslag", "rusforebygging", "tannhelse"]
    assert [chunk.document_id for chunk in chunks] == sorted(chunk.document_id for chunk in chunks)
    who = next(c for c in chunks if c.document_id == "tannhelse" and c.section.startswith("3. Hvem kan søke"))
    assert [(box.label, box.checked) for box in who.checkboxes] == [("Kommuner", True), ("Fylkeskommuner", False)]

    target = next(c for c in chunks if "tannpuss" in c.text)
    query = embedder.embed_query("munnhygiene og tannlegebesøk for beboere på sykehjem")
    hits = store.dense_query(query, k=3)
    assert hits[0][0] == target.id
    # The server must use cosine space: the reported similarity equals the cosine of the two vectors.
    expected = float(np.dot(query, embedder.embed_passages([target.search_text])[0]))
    assert hits[0][1] == pytest.approx(expected, abs=1e-3)
    only = store.dense_query(query, k=10, where={"document_id": "hjerneslag"})
    assert only and {chunk_id for chunk_id, _ in only} <= {c.id for c in chunks if c.document_id == "hjerneslag"}
    _assert_nothing_local(settings)

    # With the server unreachable, an unchanged corpus is still recognised from the state file alone, and opening
    # the index fails with a clear error naming the server rather than a stack trace.
    down = settings.model_copy(update={"chroma_port": free_port()})
    assert run_ingest(down).unchanged == 3
    with pytest.raises(IndexUnavailable, match=f"127.0.0.1:{down.chroma_port}.*Chroma server"):
        IndexStore.open(down)


def test_incremental_generations_on_the_server(server_settings: Settings, corpus: Path) -> None:
    settings = server_settings
    first_chunks, *_, first_generation = _ingest(settings)
    assert first_chunks > 0 and first_generation == 1
    chunks_before = {c.id: c for c in IndexStore.open(settings).chunks()}
    state_before = state_path(settings).read_bytes()

    assert _ingest(settings) == (0, 0, 0, 3, 1)  # nothing changed: skipped, nothing embedded
    assert state_path(settings).read_bytes() == state_before
    assert _server_collections(settings) == [collection_name(settings, 1)]

    changed = corpus / "rusforebygging.txt"
    changed.write_text(DOCUMENTS["rusforebygging"].replace("400 000", "450 000"), encoding="utf-8")
    embedded, added, updated, unchanged, generation = _ingest(settings)
    store = IndexStore.open(settings)
    changed_ids = next(info.chunk_ids for info in store.documents() if info.id == "rusforebygging")
    assert (embedded, added, updated, unchanged, generation) == (len(changed_ids), 0, 1, 2, 2)
    assert any("450 000" in c.text for c in store.chunks())
    kept = {c.id: c for c in store.chunks() if c.document_id != "rusforebygging"}
    assert kept and all(chunks_before[cid] == chunk for cid, chunk in kept.items())  # copied, not re-chunked
    # Layout rule: the live generation and the one before it stay (readers may still hold it).
    assert _server_collections(settings) == [collection_name(settings, 1), collection_name(settings, 2)]
    assert store.state.previous_collection == collection_name(settings, 1)

    changed.write_text(DOCUMENTS["rusforebygging"].replace("400 000", "500 000"), encoding="utf-8")
    leftover = collection_name(settings, 7)  # as if an ingest had been killed after creating its collection
    open_client(settings).create_collection(leftover, embedding_function=None)
    assert _ingest(settings)[1:] == (0, 1, 2, 3)  # the leftover is dropped before numbering
    assert _server_collections(settings) == [collection_name(settings, 2), collection_name(settings, 3)]
    _assert_nothing_local(settings)


def test_hybrid_retriever_searches_the_server_index(
    server_settings: Settings, corpus: Path, embedder: Embedder
) -> None:
    settings = server_settings
    run_ingest(settings)
    retriever = HybridRetriever(settings, embedder_factory=lambda: embedder)
    for mode in ("hybrid", "dense", "bm25"):
        passages = retriever.search("opptrening og fysioterapi etter hjerneslag", k=3, mode=mode)
        assert passages and passages[0].chunk.document_id == "hjerneslag", mode
    generation = retriever.generation

    (corpus / "hjerneslag.txt").unlink()
    run_ingest(settings)
    assert retriever.generation != generation  # reloads the new generation from the server
    assert {p.chunk.document_id for p in retriever.search("fysioterapi etter hjerneslag", k=5)} <= {
        "tannhelse",
        "rusforebygging",
    }
    _assert_nothing_local(settings)


def test_two_data_dirs_share_one_server_without_touching_each_other(server_settings: Settings, tmp_path: Path) -> None:
    first = server_settings
    run_ingest(first)
    first_chunks = IndexStore.open(first).chunks()
    other_corpus = tmp_path / "other-corpus"
    other_corpus.mkdir()
    (other_corpus / "tannhelse.txt").write_text(DOCUMENTS["tannhelse"].replace("150 000", "175 000"), "utf-8")
    second = first.model_copy(update={"data_dir": tmp_path / "other-data", "corpus_dir": other_corpus})

    assert run_ingest(second).documents == 1  # its first ingest must not take the other index for leftovers
    assert IndexStore.open(first).chunks() == first_chunks
    assert [doc.id for doc in IndexStore.open(second).documents()] == ["tannhelse"]
    assert any("175 000" in c.text for c in IndexStore.open(second).chunks())

    (first.corpus_dir / "tannhelse.txt").write_text(DOCUMENTS["tannhelse"].replace("150 000", "160 000"), "utf-8")
    assert run_ingest(first).generation == 2
    assert any("175 000" in c.text for c in IndexStore.open(second).chunks())
    assert _server_collections(first) == sorted(
        [collection_name(first, 1), collection_name(first, 2), collection_name(second, 1)]
    )
