"""The assistant at the scale users will reach: 100, 300 and 1 000 regelverk (run by hand: make bench-scale).

For each size: generate that many synthetic regelverk (eval/synthetic), draft their rule tables (`regelverk rules
draft`, unreviewed), then — against embedded Chroma and against a Chroma server (`chroma run`) — time a cold
`regelverk ingest` (with its peak RSS), an unchanged re-ingest, measure the index on disk, start `regelverk serve`
and time the first answer, then answer and search latency (p50/p95, warm) and accuracy over the generated questions,
and the server's peak RSS. Every step runs as its own process, as a user would run it. Prints a table, writes the
figures as JSON and a PNG plot of time against corpus size. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.rules.draft import draft_scheme
from assistant.rules.tables import write_scheme
from assistant.settings import PROJECT_ROOT, Settings
from eval.answerers import HttpAnswerer
from eval.local_server import free_port, launch_regelverk_serve, stop, wait_until_up
from eval.runner import run_system
from eval.schema import GoldCase, load_gold_set
from eval.scoring import percentile
from eval.synthetic.generate import GeneratedCorpus, generate_corpus
from ingest.loaders import load_corpus_documents
from ingest.store import read_state

BIN = Path(sys.executable).parent
START_TIMEOUT = 120.0
WARM_UP_QUESTIONS = 20
REINGEST_RUNS = 3


class Figures(BaseModel):
    """One corpus size against one Chroma backend."""

    documents: int = Field(description="Documents in the corpus.")
    backend: str = Field(description="embedded or server.")
    chunks: int = Field(description="Chunks in the index.")
    draft_s: float = Field(description="Drafting every rule table (in-process).")
    ingest_s: float = Field(description="Cold `regelverk ingest` wall time.")
    chunks_per_s: float = Field(description="Chunks indexed per second in the cold ingest.")
    ingest_cores: float = Field(description="CPU seconds of the cold ingest over its wall time (2 = both cores).")
    ingest_rss_mb: float = Field(description="Peak RSS of the ingest process.")
    reingest_s: float = Field(description="Unchanged re-ingest, median of fresh processes.")
    one_changed_s: float = Field(description="Re-ingest after one document changed (the rest copied, not embedded).")
    index_mb: float = Field(description="Index on disk after ingest: data dir and Chroma server store, less the model.")
    first_answer_s: float = Field(description="First POST /api/chat after start (loads model, BM25, composer).")
    answer_p50_ms: float = Field(description="Warm POST /api/chat, median.")
    answer_p95_ms: float = Field(description="Warm POST /api/chat, 95th percentile.")
    search_p50_ms: float = Field(description="Warm GET /api/search, median.")
    search_p95_ms: float = Field(description="Warm GET /api/search, 95th percentile.")
    accuracy: float = Field(description="Mean case score over the generated questions (eval/scoring.py).")
    pass_rate: float = Field(description="Share of questions whose every check passed.")
    questions: int = Field(description="Questions asked.")
    server_rss_mb: float = Field(description="Peak RSS of `regelverk serve` over the run.")
    chroma_rss_mb: float | None = Field(default=None, description="Peak RSS of the Chroma server (server backend).")
    load_average: float = Field(description="1-minute load average when the answers were timed (2 cores).")


def _get(url: str, timeout: float = 5.0) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        body: bytes = response.read()
        return body


def _peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a running process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _disk_mb(*paths: Path) -> float:
    total = sum(f.stat().st_size for path in paths if path.exists() for f in path.rglob("*") if f.is_file())
    return total / 1e6


def _timed_run(command: list[str], env: dict[str, str], log: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one command run to completion; raises if it fails."""
    started = time.perf_counter()
    with log.open("ab") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed (exit {process.returncode}); see {log}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


@contextmanager
def _chroma_server(store: Path, log: Path) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    port = free_port()
    with log.open("ab") as out:
        process = subprocess.Popen(
            [str(BIN / "chroma"), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(store)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, "chroma run", START_TIMEOUT)
        yield port, process
    finally:
        stop(process)


@contextmanager
def _assistant_server(env: dict[str, str], log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    with log.open("ab") as out:
        process, url = launch_regelverk_serve(env, out)
    try:
        wait_until_up(f"{url}/health", process, "regelverk serve", START_TIMEOUT)
        yield url, process
    finally:
        stop(process)


def draft_tables(corpus: GeneratedCorpus) -> float:
    """Draft a rule table for every generated document into the corpus's rules/ folder; seconds taken."""
    started = time.perf_counter()
    rules_dir = corpus.corpus_dir / "rules"
    shutil.rmtree(rules_dir, ignore_errors=True)
    settings = Settings(corpus_dir=corpus.corpus_dir, data_dir=corpus.root / "unused")
    for document in load_corpus_documents(settings):
        scheme = draft_scheme(document)
        write_scheme(scheme, rules_dir / f"{scheme.id}.yaml", f"Utkast fra {document.path} (bench-scale).")
    return time.perf_counter() - started


def sample_questions(corpus: GeneratedCorpus, count: int, seed: int) -> tuple[list[GoldCase], list[GoldCase]]:
    """A fixed sample of the generated questions (all of them if there are fewer), and warm-up questions.

    The warm-up questions are others than the measured ones where the corpus has enough: the server remembers
    query vectors, and a measured question asked before in the warm-up would be timed with its vector memoised.
    """
    cases = load_gold_set(corpus.questions_dir)
    shuffled = random.Random(seed).sample(cases, len(cases))
    measured = sorted(shuffled[:count], key=lambda case: case.id)
    warm_up = shuffled[count : count + WARM_UP_QUESTIONS] or measured[:WARM_UP_QUESTIONS]
    return measured, warm_up


def _latencies(url: str, cases: list[GoldCase]) -> list[float]:
    timings = []
    for case in cases:
        query = urllib.parse.urlencode({"q": case.question, "k": 8})
        started = time.perf_counter()
        _get(f"{url}/api/search?{query}", timeout=60)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def measure(
    corpus: GeneratedCorpus, backend: str, cases: list[GoldCase], warm_up: list[GoldCase], draft_s: float, work: Path
) -> Figures:
    """Ingest, re-ingest, serve and question one corpus with one backend."""
    data_dir = work / backend / "data"
    store = work / backend / "chroma"
    shutil.rmtree(work / backend, ignore_errors=True)
    data_dir.mkdir(parents=True)
    log = work / backend / "run.log"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REGELVERK_")},
        "REGELVERK_CORPUS_DIR": str(corpus.corpus_dir),
        "REGELVERK_DATA_DIR": str(data_dir),
    }
    with _chroma_server(store, log) if backend == "server" else _no_server() as (chroma_port, chroma):
        if chroma_port is not None:
            env |= {"REGELVERK_CHROMA_HOST": "127.0.0.1", "REGELVERK_CHROMA_PORT": str(chroma_port)}
        ingest = [str(BIN / "regelverk"), "ingest"]
        ingest_s, ingest_cpu, ingest_rss = _timed_run(ingest, env, log)
        reingest = statistics.median(_timed_run(ingest, env, log)[0] for _ in range(REINGEST_RUNS))
        changed = sorted(corpus.corpus_dir.glob("*.txt"))[0]
        original = changed.read_text(encoding="utf-8")
        changed.write_text(original + "\nEt avsnitt lagt til for å måle en inkrementell ingest.\n", encoding="utf-8")
        try:
            one_changed = _timed_run(ingest, env, log)[0]
        finally:
            changed.write_text(original, encoding="utf-8")
        settings = Settings(data_dir=data_dir, corpus_dir=corpus.corpus_dir)
        state = read_state(settings)
        # Before serving (no conversations yet); the converted embedding model cached in the data dir is not index.
        index_mb = _disk_mb(data_dir, store) - _disk_mb(settings.embedder.cache_dir)
        chunks = sum(len(info.chunk_ids) for info in state.documents) if state else 0
        with _assistant_server(env, log) as (url, server):
            answerer = HttpAnswerer(url, timeout=600)
            started = time.perf_counter()
            answerer.ask(warm_up[0].question, None)
            first_answer = time.perf_counter() - started
            run_system(answerer, warm_up)
            _latencies(url, warm_up)
            load = os.getloadavg()[0]
            run = run_system(answerer, cases)
            failed = [result.model_dump(mode="json") for result in run.results if not result.passed]
            (work / backend / "failed-cases.json").write_text(json.dumps(failed, ensure_ascii=False, indent=1))
            searches = _latencies(url, cases)
            server_rss = _peak_rss_mb(server.pid)
        chroma_rss = _peak_rss_mb(chroma.pid) if chroma is not None else None
    answers = [result.latency_ms for result in run.results if result.error is None]
    return Figures(
        documents=corpus.documents,
        backend=backend,
        chunks=chunks,
        draft_s=round(draft_s, 1),
        ingest_s=round(ingest_s, 1),
        chunks_per_s=round(chunks / ingest_s, 1),
        ingest_cores=round(ingest_cpu / ingest_s, 2),
        ingest_rss_mb=round(ingest_rss),
        reingest_s=round(reingest, 2),
        one_changed_s=round(one_changed, 1),
        index_mb=round(index_mb, 1),
        first_answer_s=round(first_answer, 1),
        answer_p50_ms=round(statistics.median(answers), 1),
        answer_p95_ms=round(percentile(answers, 95) or 0.0, 1),
        search_p50_ms=round(statistics.median(searches), 1),
        search_p95_ms=round(percentile(searches, 95) or 0.0, 1),
        accuracy=round(run.summary.score, 4),
        pass_rate=round(run.summary.pass_rate, 4),
        questions=len(cases),
        server_rss_mb=round(server_rss),
        chroma_rss_mb=round(chroma_rss) if chroma_rss is not None else None,
        load_average=round(load, 1),
    )


@contextmanager
def _no_server() -> Iterator[tuple[None, None]]:
    yield None, None


def print_table(figures: list[Figures]) -> None:
    columns = [
        ("docs", "documents"), ("backend", "backend"), ("chunks", "chunks"), ("ingest s", "ingest_s"),
        ("chunks/s", "chunks_per_s"), ("cores", "ingest_cores"), ("ingest MB", "ingest_rss_mb"),
        ("re-ingest s", "reingest_s"), ("1 changed s", "one_changed_s"),
        ("index MB", "index_mb"), ("1st answer s", "first_answer_s"), ("answer p50", "answer_p50_ms"),
        ("p95 ms", "answer_p95_ms"), ("search p50", "search_p50_ms"), ("p95 ms", "search_p95_ms"),
        ("accuracy", "accuracy"), ("server MB", "server_rss_mb"), ("chroma MB", "chroma_rss_mb"),
        ("load", "load_average"),
    ]  # fmt: skip
    print(" | ".join(title for title, _ in columns))
    for item in figures:
        print(" | ".join(str(getattr(item, name)) if getattr(item, name) is not None else "–" for _, name in columns))


def plot(figures: list[Figures], path: Path) -> None:
    """Time (ingest, answer, search) and memory against corpus size, one line per backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
    for backend, style in (("embedded", "-o"), ("server", "--s")):
        rows = sorted((f for f in figures if f.backend == backend), key=lambda f: f.documents)
        if not rows:
            continue
        sizes = [f.documents for f in rows]
        axes[0].plot(sizes, [f.ingest_s / 60 for f in rows], style, label=f"cold ingest ({backend})")
        axes[1].plot(sizes, [f.answer_p95_ms for f in rows], style, label=f"answer p95 ({backend})")
        axes[1].plot(sizes, [f.search_p95_ms for f in rows], style, alpha=0.6, label=f"search p95 ({backend})")
        axes[2].plot(sizes, [f.server_rss_mb for f in rows], style, label=f"server peak RSS ({backend})")
        axes[2].plot(sizes, [f.ingest_rss_mb for f in rows], style, alpha=0.6, label=f"ingest peak RSS ({backend})")
    axes[0].axhline(15, color="grey", linewidth=0.8, linestyle=":", label="target 15 min")
    axes[1].axhline(150, color="grey", linewidth=0.8, linestyle=":", label="target 150 ms")
    axes[2].axhline(1536, color="grey", linewidth=0.8, linestyle=":", label="target 1.5 GB")
    for axis, title, unit in zip(
        axes, ("Ingest time", "Warm latency (p95)", "Peak memory"), ("minutes", "ms", "MB"), strict=True
    ):
        axis.set_title(title)
        axis.set_xlabel("documents")
        axis.set_ylabel(unit)
        axis.grid(alpha=0.3)
        axis.legend(fontsize=7)
    fig.suptitle("Regelverk at scale (synthetic regelverk, 2 shared cores)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000], help="Corpus sizes.")
    parser.add_argument("--backends", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    parser.add_argument("--questions", type=int, default=300, help="Generated questions asked per size.")
    parser.add_argument("--seed", type=int, default=0, help="Generator seed.")
    parser.add_argument("--work", type=Path, default=PROJECT_ROOT / ".regelverk" / "bench-scale", help="Work dir.")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "docs" / "bench-scale", help="Figures: .json, .png")
    args = parser.parse_args()
    figures: list[Figures] = []
    for size in args.sizes:
        work = args.work / f"n{size}"
        corpus = generate_corpus(work, size, args.seed)
        draft_s = draft_tables(corpus)
        cases, warm_up = sample_questions(corpus, args.questions, args.seed)
        for backend in args.backends:
            print(f"[{time.strftime('%H:%M:%S')}] {size} documents, {backend} Chroma …", flush=True)
            figures.append(measure(corpus, backend, cases, warm_up, draft_s, work))
            print(figures[-1].model_dump_json(), flush=True)
    print_table(figures)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(
        json.dumps([f.model_dump() for f in figures], indent=1) + "\n", encoding="utf-8"
    )
    plot(figures, args.out.with_suffix(".png"))
    print(f"Figures: {args.out.with_suffix('.json')}, plot: {args.out.with_suffix('.png')}")


if __name__ == "__main__":
    main()
