"""Load test: N concurrent clients asking the gold questions (conversations in order) over HTTP (run by hand).

    python eval/bench_load.py --clients 8 --seconds 30 [--data-dir DIR] [--url URL --pid PID]

Without --url it starts `regelverk serve` as a child process on a free 127.0.0.1 port over an index in --data-dir
(built if missing), so the server's memory is its own and measurable. Each client (asyncio + httpx) walks the gold
conversations with POST /api/chat, passing conversation_id back for follow-ups; a separate probe times GET /health
meanwhile. After --warmup questions (so the index and embedder are loaded), the run stops after --seconds or
--max-requests, whichever comes first, and prints throughput, latency percentiles, errors and the server's resident
memory (RSS) before and after. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from assistant.settings import PROJECT_ROOT, Settings
from eval.local_server import launch_regelverk_serve, stop, wait_until_up
from eval.schema import load_gold_set
from ingest.run import run_ingest


@dataclass
class Tally:
    """What the clients saw."""

    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    health_ms: list[float] = field(default_factory=list)


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


async def client(
    base: str, conversations: list[list[str]], seed: int, stop_at: float, budget: list[int], tally: Tally
) -> None:
    """One user: random gold conversations, turn by turn, until the time or request budget runs out."""
    chooser = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        while time.monotonic() < stop_at and budget[0] > 0:
            conversation_id = None
            for question in chooser.choice(conversations):
                if time.monotonic() >= stop_at or budget[0] <= 0:
                    return
                budget[0] -= 1
                started = time.perf_counter()
                try:
                    response = await http.post(
                        "/api/chat", json={"message": question, "conversation_id": conversation_id}
                    )
                except httpx.HTTPError as exc:
                    tally.failures[type(exc).__name__] += 1
                    break
                tally.latencies_ms.append(1000 * (time.perf_counter() - started))
                tally.statuses[response.status_code] += 1
                if response.status_code != 200:
                    break
                conversation_id = response.json()["conversation_id"]


async def health_probe(base: str, stop_at: float, tally: Tally) -> None:
    """GET /health every 0.25 s while the clients run."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            await http.get("/health")
            tally.health_ms.append(1000 * (time.perf_counter() - started))
            await asyncio.sleep(0.25)


async def run_load(base: str, clients: int, seconds: float, max_requests: int) -> tuple[Tally, float]:
    """Run the clients; the tally and the wall-clock seconds the run took."""
    conversations = [case.turns for case in load_gold_set()]
    tally = Tally()
    budget = [max_requests]
    started = time.monotonic()
    stop_at = started + seconds
    probe = asyncio.create_task(health_probe(base, stop_at, tally))
    await asyncio.gather(*(client(base, conversations, seed, stop_at, budget, tally) for seed in range(clients)))
    elapsed = time.monotonic() - started
    await probe
    return tally, elapsed


def warm_up(base: str, requests: int) -> None:
    """A few questions first, so the lazily loaded index and embedder are in memory before RSS is read."""
    questions = [case.turns[0] for case in load_gold_set()][:requests]
    with httpx.Client(base_url=base, timeout=120) as http:
        for question in questions:
            http.post("/api/chat", json={"message": question})


def report(clients: int, tally: Tally, elapsed: float, rss: tuple[float, float] | None) -> str:
    """The figures, one per line."""
    ms = tally.latencies_ms
    lines = [
        f"clients              {clients}",
        f"requests             {len(ms)} in {elapsed:.1f} s  ({len(ms) / elapsed:.1f} req/s)",
        f"statuses             {dict(sorted(tally.statuses.items()))}  failures {dict(tally.failures) or 0}",
    ]
    if ms:
        lines.append(
            f"latency ms           p50 {percentile(ms, 0.5):.0f}  p95 {percentile(ms, 0.95):.0f}  "
            f"p99 {percentile(ms, 0.99):.0f}  max {max(ms):.0f}"
        )
    if tally.health_ms:
        health = tally.health_ms
        lines.append(f"GET /health ms       p50 {percentile(health, 0.5):.1f}  max {max(health):.1f}  n={len(health)}")
    if rss:
        lines.append(f"server RSS MiB       before {rss[0]:.0f}  after {rss[1]:.0f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8, help="Concurrent clients.")
    parser.add_argument("--seconds", type=float, default=30.0, help="How long to load the server.")
    parser.add_argument("--max-requests", type=int, default=20_000, help="Stop after this many requests.")
    parser.add_argument("--warmup", type=int, default=10, help="Questions asked before measuring.")
    parser.add_argument("--data-dir", type=Path, help="Index to serve (built if missing; default: a temp dir).")
    parser.add_argument("--url", help="Load a server that is already running (loopback) instead of starting one.")
    parser.add_argument("--pid", type=int, help="With --url: the server's process id, to report its RSS.")
    args = parser.parse_args()

    process = None
    pid = args.pid
    base = args.url
    if base is None:
        data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="regelverk-load-"))
        run_ingest(Settings(data_dir=data_dir, corpus_dir=PROJECT_ROOT / "corpus"))
        process, base = launch_regelverk_serve({**os.environ, "REGELVERK_DATA_DIR": str(data_dir)})
        wait_until_up(f"{base}/health", process, "regelverk serve")
        pid = process.pid
    try:
        warm_up(base, args.warmup)
        before = rss_mb(pid) if pid else None
        tally, elapsed = asyncio.run(run_load(base, args.clients, args.seconds, args.max_requests))
        after = rss_mb(pid) if pid else None
    finally:
        if process is not None:
            stop(process)
    rss = (before, after) if before is not None and after is not None else None
    print(report(args.clients, tally, elapsed, rss))


if __name__ == "__main__":
    main()
