"""Killing a real `regelverk ingest` midway leaves the previous index serving; the next ingest cleans up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from assistant.settings import Settings
from ingest.embedders import get_embedder
from ingest.run import run_ingest
from ingest.store import IndexStore, collection_name, open_client, state_path

PARAGRAPH = (
    "Tilskuddet skal delfinansiere lønnskostnader til arbeids- og utdanningsspesialister i kommunene, og det "
    "forutsettes at søker har kjennskap til de nasjonale faglige rådene. Søknaden må beskrive behovet for tiltaket "
    "og vise til en gjennomføringsplan med milepæler for hvert år av prosjektperioden. "
)


def _long_document(index: int) -> str:
    sections = [f"{n}. Del {n} av ordning {index}\n\n" + (PARAGRAPH * 3) for n in range(1, 7)]
    return f"Ordning nummer {index}\n\n" + "\n\n".join(sections)


def _collection_count(settings: Settings, name: str) -> int:
    client = open_client(settings)
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    if name not in names:
        return 0
    return int(client.get_collection(name, embedding_function=None).count())


def test_killed_ingest_leaves_previous_generation_serving(
    tmp_path: Path, regelverk_text: Callable[[str, int], str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("alfa", "beta"):
        (corpus / f"{name}.txt").write_text(regelverk_text(name, 100_000), encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    first = run_ingest(settings)
    store = IndexStore.open(settings)
    chunk_ids = [chunk.id for chunk in store.chunks()]
    query = get_embedder(settings.embedder).embed_query("Hvem kan søke om tilskudd for alfa?")
    dense_before = store.dense_query(query, k=5)
    state_before = state_path(settings).read_bytes()

    for index in range(12):  # enough new text to keep the embedder busy for a while
        (corpus / f"ordning-{index:02d}.txt").write_text(_long_document(index), encoding="utf-8")
    env = {**os.environ, "REGELVERK_DATA_DIR": str(settings.data_dir), "REGELVERK_EMBEDDER__BATCH_SIZE": "2"}
    process = subprocess.Popen(
        [sys.executable, "-c", "from assistant.cli import main; main()", "ingest", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    next_generation = collection_name(settings, first.generation + 1)
    try:
        deadline = time.monotonic() + 180
        while _collection_count(settings, next_generation) == 0:
            assert process.poll() is None, "ingest ended before it could be interrupted"
            assert time.monotonic() < deadline, "the new generation never started filling"
            time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL

    # The state file was not touched and the old generation answers exactly as before.
    assert state_path(settings).read_bytes() == state_before
    reopened = IndexStore.open(settings)
    assert reopened.generation == store.generation
    assert [chunk.id for chunk in reopened.chunks()] == chunk_ids
    assert reopened.dense_query(query, k=5) == dense_before

    # The next ingest removes the half-built collection and completes (on fewer files, to keep the test quick).
    for extra in sorted(corpus.glob("ordning-*.txt"))[1:]:
        extra.unlink()
    report = run_ingest(settings, [corpus])
    assert report.added == 1 and report.unchanged == 2
    client = open_client(settings)
    names = sorted(c if isinstance(c, str) else c.name for c in client.list_collections())
    live = IndexStore.open(settings)
    assert names == sorted([store.generation, live.generation])
    assert live.count() == report.chunks
