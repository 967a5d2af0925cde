"""Answer latency on a warm server: p50/p95 of POST /api/chat over the gold questions (run by hand: make bench).

Starts uvicorn on a free 127.0.0.1 port over an index of the corpus in a temp data dir (built once, or reused
with --data-dir), warms it up, then times every gold question (each turn of a conversation in order) a few rounds.
Also times the in-process pipeline, so HTTP overhead is visible. Prints medians and percentiles; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from assistant.api.app import create_app
from assistant.services import Services
from assistant.settings import PROJECT_ROOT, Settings
from eval.local_server import free_port
from eval.schema import load_gold_set
from ingest.run import run_ingest


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _summary(name: str, ms: list[float]) -> str:
    return (
        f"{name:<22} n={len(ms):<4} p50={statistics.median(ms):7.1f} ms  p95={_percentile(ms, 0.95):7.1f} ms  "
        f"max={max(ms):7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, help="Reuse an index here (built if missing).")
    parser.add_argument("--rounds", type=int, default=3, help="Timed passes over the gold questions.")
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="regelverk-bench-"))
    settings = Settings(data_dir=data_dir, corpus_dir=PROJECT_ROOT / "corpus")
    started = time.perf_counter()
    run_ingest(settings)
    print(f"index ready in {time.perf_counter() - started:.1f} s ({data_dir})")

    conversations = [case.turns for case in load_gold_set()]

    # In-process pipeline (no HTTP).
    services = Services(settings)
    for turns in conversations:  # warm-up: load the model, BM25, rule tables, caches
        conversation_id = None
        for turn in turns:
            conversation_id, _ = services.pipeline.answer(turn, conversation_id)
    in_process: list[float] = []
    for _ in range(args.rounds):
        for turns in conversations:
            conversation_id = None
            for turn in turns:
                t = time.perf_counter()
                conversation_id, _ = services.pipeline.answer(turn, conversation_id)
                in_process.append((time.perf_counter() - t) * 1000)

    # Warm uvicorn server, one client connection.
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    http: list[float] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for round_ in range(args.rounds + 1):
                for turns in conversations:
                    conversation_id = None
                    for turn in turns:
                        t = time.perf_counter()
                        response = client.post("/api/chat", json={"message": turn, "conversation_id": conversation_id})
                        elapsed = (time.perf_counter() - t) * 1000
                        response.raise_for_status()
                        conversation_id = response.json()["conversation_id"]
                        if round_ > 0:  # round 0 warms the server
                            http.append(elapsed)
    finally:
        server.should_exit = True
        thread.join(timeout=10)

    print(f"{len(conversations)} gold cases, {sum(len(t) for t in conversations)} turns, {args.rounds} rounds")
    print(_summary("pipeline (in-process)", in_process))
    print(_summary("POST /api/chat (warm)", http))


if __name__ == "__main__":
    main()
