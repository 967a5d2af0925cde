"""Ingest figures: `python -m ingest.benchmark` prints cold ingest time, unchanged re-ingest time and chunk counts.

Uses a temporary data dir, so the real index is untouched. The re-ingest is timed as a user sees it: a fresh
`regelverk ingest` process (imports included), median of several runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from assistant.settings import Settings
from ingest.run import run_ingest
from ingest.store import IndexStore

RUNS = 5


def main() -> None:
    """Build the corpus index from scratch in a temp dir, then time unchanged re-ingests."""
    with tempfile.TemporaryDirectory(prefix="regelverk-bench-") as data_dir:
        settings = Settings(data_dir=Path(data_dir))
        started = time.perf_counter()
        report = run_ingest(settings)
        cold = time.perf_counter() - started
        print(f"cold ingest: {cold:.1f} s ({report.documents} documents, {report.chunks} chunks)")
        env = {**os.environ, "REGELVERK_DATA_DIR": data_dir}
        command = [sys.executable, "-c", "from assistant.cli import main; main()", "ingest"]
        timings = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            timings.append(time.perf_counter() - started)
        print(f"unchanged re-ingest (new process): median {statistics.median(timings):.2f} s over {RUNS} runs")
        in_process = []
        for _ in range(RUNS):
            in_process.append(run_ingest(settings).seconds)
        print(f"unchanged re-ingest (in process): median {statistics.median(in_process) * 1000:.0f} ms")
        chunks = IndexStore.open(settings).chunks()
        for document_id, count in Counter(chunk.document_id for chunk in chunks).items():
            sizes = [len(chunk.text) for chunk in chunks if chunk.document_id == document_id]
            print(f"  {document_id}: {count} chunks, median {statistics.median(sizes):.0f} chars, max {max(sizes)}")


if __name__ == "__main__":
    main()
