"""The abuse probes of issue 10, against real `stretchbase serve` processes, with figures.

    python bench/security_probes.py [--only burst,encoding,redis,memory]

- burst: 40 concurrent saves sending `If-None-Match: "x"` under a 5/minute limit — how
  many are served (201)?
- encoding: two `Accept-Encoding` lines (`gzip` then `x`) on a first request, then a client
  that sends no `Accept-Encoding` at all — does it get gzip bytes?
- redis: REDIS_URL names a TCP server that accepts and never answers — how long do the
  first requests take, and does a 3/minute limit still hold?
- memory: 5,000 distinct ~60 KB compose POSTs — resident memory before and after, against
  STRETCHBASE_RESPONSE_CACHE_BYTES (32 MiB here).

Only loopback traffic, bounded loops; every server is stopped at the end. Prints one line
per figure (the `tests/security/` tests assert the same behaviour).
"""

import argparse
import asyncio
import http.client
import os
import re
import socket
import sys
import time
from pathlib import Path

import httpx
from servers import BIN, OUT, ROOT, Server, prepare

sys.path.insert(0, str(ROOT))
from tests.support.blackhole import Blackhole

MEMORY_BOUND = 32 * 1024 * 1024
COMPOSE = "/v1/routines/compose"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(name: str, database: Path, **env: str) -> Server:
    port = free_port()
    environment = {
        "DATABASE_URL": f"sqlite:///{database}",
        "STRETCHBASE_LOG_LEVEL": "warning",
        **env,
    }
    return Server(
        name,
        [str(BIN / "stretchbase"), "serve", "--port", str(port)],
        port,
        environment,
        "/healthz",
    )


def rss_mib(server: Server) -> float:
    status = Path(f"/proc/{server.process.pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


async def burst(url: str) -> list[int]:
    limits = httpx.Limits(max_connections=40)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        responses = await asyncio.gather(
            *(
                client.post(
                    COMPOSE,
                    json={"pain_level": 3, "save": True},
                    headers={"If-None-Match": '"x"'},
                )
                for _ in range(40)
            )
        )
    return [r.status_code for r in responses]


def probe_burst(database: Path) -> None:
    server = serve("probe-burst", database, STRETCHBASE_RATE_LIMIT="5/minute")
    try:
        statuses = asyncio.run(burst(server.url))
    finally:
        server.stop()
    served = sum(1 for s in statuses if s == 201)
    print(
        f"burst: 40 concurrent saves with If-None-Match under 5/minute → {served} saved (201), "
        f"{statuses.count(429)} refused (429)"
    )


def raw_get(port: int, path: str, headers: list[tuple[str, str]]) -> tuple[int, str | None]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    for name, value in headers:
        connection.putheader(name, value)
    connection.endheaders()
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, response.getheader("content-encoding")


def probe_encoding(database: Path) -> None:
    server = serve("probe-encoding", database, STRETCHBASE_RATE_LIMIT="off")
    try:
        path = "/v1/poses/cat-cow"
        first = raw_get(server.port, path, [("Accept-Encoding", "gzip"), ("Accept-Encoding", "x")])
        plain = raw_get(server.port, path, [])
        q_zero = raw_get(server.port, "/v1/poses/childs-pose", [("Accept-Encoding", "gzip;q=0")])
    finally:
        server.stop()
    print(
        f"encoding: first request (Accept-Encoding: gzip + Accept-Encoding: x) got "
        f"Content-Encoding {first[1]}; then a client sending none got {plain[1]}; "
        f"`gzip;q=0` got {q_zero[1]}"
    )


def probe_redis(database: Path) -> None:
    hole = Blackhole()
    server = serve(
        "probe-redis",
        database,
        STRETCHBASE_RATE_LIMIT="3/minute",
        REDIS_URL=f"redis://127.0.0.1:{hole.port}/0",
        STRETCHBASE_REDIS_TIMEOUT_MS="50",
    )
    try:
        timings, statuses = [], []
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for _ in range(5):
                started = time.perf_counter()
                statuses.append(client.get("/v1/poses/childs-pose").status_code)
                timings.append((time.perf_counter() - started) * 1000)
    finally:
        server.stop()
        hole.close()
    print(
        "redis: Redis accepts and never answers; 5 GETs under 3/minute took "
        + ", ".join(f"{t:.0f}" for t in timings)
        + f" ms; statuses {statuses}"
    )


def padded(n: int) -> bytes:
    body = (
        f'{{"pain_level": {n % 8}, "minutes": {1 + n % 240}, "days_with_pain": {n // 240}}}'
    ).encode()
    return body[:-1] + b" " * (60_000 - len(body)) + b"}"


def probe_memory(database: Path) -> None:
    server = serve(
        "probe-memory",
        database,
        STRETCHBASE_RATE_LIMIT="off",
        STRETCHBASE_RESPONSE_CACHE_BYTES=str(MEMORY_BOUND),
    )
    try:
        headers = {"content-type": "application/json"}
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for n in range(100):  # warm up: first-use allocations are not the cache
                client.post(COMPOSE, content=padded(10_000 + n), headers=headers)
            before = rss_mib(server)
            for n in range(5_000):
                response = client.post(COMPOSE, content=padded(n), headers=headers)
                assert response.status_code == 200, response.text
            after = rss_mib(server)
    finally:
        server.stop()
    bound = MEMORY_BOUND / 1024 / 1024
    print(
        f"memory: 5,000 distinct 60 KB compose POSTs grew RSS from {before:.0f} to "
        f"{after:.0f} MiB (+{after - before:.0f} MiB; bound {bound:.0f} MiB, "
        f"allowed +{bound * 1.2:.0f} MiB)"
    )


PROBES = {
    "burst": probe_burst,
    "encoding": probe_encoding,
    "redis": probe_redis,
    "memory": probe_memory,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(PROBES))
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    database = OUT / "probes.db"
    prepare(database, synthetic=False)
    os.environ.pop("REDIS_URL", None)
    for name in args.only.split(","):
        PROBES[name](database)


if __name__ == "__main__":
    main()
