"""Servers the benchmarks and tests start on loopback: a free port, `regelverk serve` as a child process, waiting
until a server answers, and stopping it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import IO

START_TIMEOUT = 120.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[bytes], what: str, timeout: float = START_TIMEOUT) -> None:
    """Return once GET `url` answers 2xx; RuntimeError if `process` exits first or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (OSError, urllib.error.URLError):  # not listening yet, or not ready (e.g. /health 503)
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start (exit code {process.poll()})") from None
            time.sleep(0.2)


def launch_regelverk_serve(
    env: Mapping[str, str], output: IO[bytes] | int = subprocess.DEVNULL
) -> tuple[subprocess.Popen[bytes], str]:
    """`regelverk serve` on a free loopback port: (process, base URL). It is up once `wait_until_up(base/health)`."""
    port = free_port()
    command = [sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(
        command, env=dict(env), stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate `process`, killing it if it has not exited within 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=20)
