"""`regelverk ingest` as a user runs it: summary, skipped files, exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def _ingest(corpus: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from assistant.cli import main; main()", "ingest", str(corpus)],
        env={**os.environ, "REGELVERK_DATA_DIR": str(data_dir), "COLUMNS": "120"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_skipped_files_are_listed_and_the_command_succeeds(
    tmp_path: Path, regelverk_text: Callable[[str, int], str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "alfa.txt").write_text(regelverk_text("alfa", 5), encoding="utf-8")
    (corpus / "skadet.pdf").write_bytes(b"%PDF-1.7\n garbage")
    result = _ingest(corpus, tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Ingest summary" in result.stdout
    assert "skipped" in result.stdout and "skadet.pdf" in result.stdout and "not a readable PDF" in result.stdout


def test_nothing_indexable_exits_non_zero_with_the_reasons(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tom.txt").write_text("")
    result = _ingest(corpus, tmp_path / "data")
    assert result.returncode == 1
    assert "Error: No document could be indexed" in result.stderr and "tom.txt: the file is empty" in result.stderr
