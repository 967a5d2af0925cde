"""Retrieval benchmark (run by hand: `python eval/bench_retrieval.py`); prints figures, asserts nothing.

Measures, in a fresh temporary data dir: cold ingest of the corpus, re-ingest of the unchanged corpus (median of 5),
warm query latency p50/p95 over the labelled queries, and recall@1 / recall@5 / MRR for hybrid, dense-only and
BM25-only retrieval, per split of eval/retrieval_queries.yaml.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from assistant.retrieval.hybrid import MODES
from assistant.retrieval.quality import (
    LABELLED_QUERIES_PATH,
    LabelledQuery,
    first_relevant_rank,
    load_labelled_queries,
    score_ranks,
)
from assistant.services import Services
from assistant.settings import PROJECT_ROOT, Settings

REINGEST_RUNS = 5


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _timed_ingest(settings: Settings) -> float:
    from ingest.run import run_ingest

    started = time.perf_counter()
    run_ingest(settings)
    return time.perf_counter() - started


def main() -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT / "corpus", help="Corpus dir to ingest.")
    parser.add_argument("--queries", type=Path, default=LABELLED_QUERIES_PATH, help="Labelled query set.")
    args = parser.parse_args()
    console = Console()
    queries = load_labelled_queries(args.queries)

    with tempfile.TemporaryDirectory(prefix="regelverk-bench-") as tmp:
        settings = Settings(data_dir=Path(tmp), corpus_dir=args.corpus)
        console.print(f"Cold ingest of {args.corpus} …")
        cold = _timed_ingest(settings)
        reingest = [_timed_ingest(settings) for _ in range(REINGEST_RUNS)]

        retriever = Services(settings).retriever
        retriever.search("oppvarming", mode="hybrid")  # load the embedder and build BM25 before timing
        latencies: dict[str, list[float]] = {mode: [] for mode in MODES}
        ranks: dict[str, dict[str, int | None]] = {mode: {} for mode in MODES}
        for mode in MODES:
            for query in queries:
                started = time.perf_counter()
                passages = retriever.search(query.query, k=10, mode=mode)
                latencies[mode].append(time.perf_counter() - started)
                ranks[mode][query.id] = first_relevant_rank(query, passages)

    timing = Table(title="Ingest and query time")
    timing.add_column("measure")
    timing.add_column("seconds / ms", justify="right")
    timing.add_row("cold ingest (s)", f"{cold:.2f}")
    timing.add_row(f"re-ingest, unchanged, median of {REINGEST_RUNS} (s)", f"{statistics.median(reingest):.3f}")
    for mode in MODES:
        ms = [1000 * t for t in latencies[mode]]
        timing.add_row(f"{mode} query p50 / p95 (ms)", f"{_percentile(ms, 0.5):.1f} / {_percentile(ms, 0.95):.1f}")
    console.print(timing)
    console.print(_quality_table(queries, ranks))


def _quality_table(queries: list[LabelledQuery], ranks: dict[str, dict[str, int | None]]) -> Table:
    table = Table(title=f"Retrieval quality ({len(queries)} labelled queries)")
    for column in ("split", "mode", "n", "recall@1", "recall@5", "MRR"):
        table.add_column(column, justify="left" if column in ("split", "mode") else "right")
    subsets = {
        "all": queries,
        "dev": [q for q in queries if q.split == "dev"],
        "heldout": [q for q in queries if q.split == "heldout"],
        "nb": [q for q in queries if q.lang == "nb"],
        "en": [q for q in queries if q.lang == "en"],
    }
    for name, subset in subsets.items():
        for mode in MODES:
            scores = score_ranks([ranks[mode][q.id] for q in subset])
            table.add_row(
                name, mode, str(scores.n), f"{scores.recall_at_1:.3f}", f"{scores.recall_at_5:.3f}", f"{scores.mrr:.3f}"
            )
        table.add_section()
    return table


if __name__ == "__main__":
    main()
