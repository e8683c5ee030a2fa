"""Server processes for the benchmarks: the framework floor and `stretchbase serve`."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
BIN = Path(sys.executable).parent


class Server:
    """A server process pinned to CPU 0; `rss_mb` is its peak resident memory so far."""

    def __init__(
        self, name: str, command: list[str], port: int, env: dict[str, str], ready: str
    ) -> None:
        self.name, self.port = name, port
        self.url = f"http://127.0.0.1:{port}"
        log = (OUT / f"{name}.log").open("wb")
        started = time.monotonic()
        self.process = subprocess.Popen(
            ["taskset", "-c", "0", *command],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=log,
            stderr=log,
        )
        while True:
            try:
                if httpx.get(self.url + ready, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() - started > 300:
                raise RuntimeError(f"{name} did not start; see {log.name}")
            time.sleep(0.05)
        self.startup_seconds = time.monotonic() - started

    @property
    def rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def stretchbase(
    name: str, database: Path | str, port: int, rate_limit: str = "1000000000/minute"
) -> Server:
    """`stretchbase serve` on a SQLite file (a Path) or a database URL; the rate limiter is
    enabled, by default with a limit the benchmarks never reach."""
    env = {
        "DATABASE_URL": f"sqlite:///{database}" if isinstance(database, Path) else database,
        "STRETCHBASE_RATE_LIMIT": rate_limit,
        "STRETCHBASE_LOG_LEVEL": "info",
    }
    return Server(
        name, [str(BIN / "stretchbase"), "serve", "--port", str(port)], port, env, "/readyz"
    )


def floor(port: int) -> Server:
    command = [
        str(BIN / "uvicorn"),
        "bench.floor_app:app",
        "--port",
        str(port),
        "--workers",
        "1",
        "--no-server-header",
        "--proxy-headers",
        "--log-level",
        "info",
    ]
    return Server("floor", command, port, {}, "/")


def prepare(database: Path, synthetic: bool) -> None:
    if database.exists():
        return
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    subprocess.run([BIN / "stretchbase", "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([BIN / "stretchbase", "seed"], env=env, check=True, capture_output=True)
    if synthetic:
        subprocess.run(
            [sys.executable, BENCH / "synthetic.py", "--database-url", f"sqlite:///{database}"],
            check=True,
            cwd=ROOT,
            env={**env, "PYTHONPATH": str(ROOT)},
        )
