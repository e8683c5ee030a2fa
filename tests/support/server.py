"""A real `stretchbase serve` process for the tests that need one (logs, faults, concurrency)."""

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx

PROJECT_ROOT = Path(__file__).parents[2]
T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(database_url: str, log_file: Path, **env: str) -> Iterator[str]:
    """Start the server on a free port, wait until /readyz answers, stop it afterwards."""
    with server_process(database_url, log_file, **env) as (base_url, _):
        yield base_url


@contextmanager
def server_process(
    database_url: str, log_file: Path, *args: str, **env: str
) -> Iterator[tuple[str, subprocess.Popen]]:
    """As `running_server`, with the process too (its memory, its sockets); `args` go to
    `stretchbase serve`."""
    port = free_port()
    executable = Path(sys.executable).parent / "stretchbase"
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DATABASE_URL": database_url,
        "STRETCHBASE_RATE_LIMIT": "off",
        "STRETCHBASE_SAFETY_GATE_BUDGET": "600",  # the gate's depth is tested without a server
        **env,
    }
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [executable, "serve", "--port", str(port), *args],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_ready(base_url, process)
            yield base_url, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_until_ready(base_url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(f"{base_url}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise TimeoutError("the server did not become ready")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own: the session's Chromium (Playwright's sync API)
    keeps an event loop on the main thread once a browser test has run."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
