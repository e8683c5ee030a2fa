"""A bounded soak: N clients for a fixed time against a real server, mixing reads,
compositions and saves; reports error counts and latency percentiles. Not run in CI.

    python bench/soak.py [--clients 32] [--seconds 120] [--database sqlite|postgresql]

It must end with 0 errors other than intended 429s (exit status 1 otherwise). Only
loopback traffic, bounded in time.
"""

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx
from servers import OUT, prepare, stretchbase

LIMITS = ["cannot_kneel", "knee_pain", "wrist_pain", "pregnancy", "osteoporosis", "spinal_stenosis"]
FLAGS = ["age_over_50_new_pain", "fever", "saddle_numbness"]


def compose_body(rng: random.Random, save: bool) -> dict:
    return {
        "pain_level": rng.randint(0, 10),
        "mobility_limits": rng.sample(LIMITS, rng.randint(0, 2)),
        "red_flags": rng.sample(FLAGS, 1) if rng.random() < 0.1 else [],
        "save": save,
    }


async def client_loop(
    client: httpx.AsyncClient, poses: list[str], seed: int, deadline: float, stats: dict
) -> None:
    rng = random.Random(seed)
    etags: dict[str, str] = {}
    while time.monotonic() < deadline:
        roll = rng.random()
        if roll < 0.45:
            kind, request = (
                "GET pose",
                client.build_request("GET", f"/v1/poses/{rng.choice(poses)}"),
            )
        elif roll < 0.60:
            path = f"/v1/poses?limit={rng.randint(1, 20)}&offset={rng.randint(0, 6)}"
            kind, request = "GET list", client.build_request("GET", path)
        elif roll < 0.70:
            path = f"/v1/poses/{rng.choice(poses)}"
            headers = {"If-None-Match": etags[path]} if path in etags else {}
            kind, request = "revalidate", client.build_request("GET", path, headers=headers)
        elif roll < 0.90:
            kind, request = (
                "compose",
                client.build_request(
                    "POST", "/v1/routines/compose", json=compose_body(rng, save=False)
                ),
            )
        elif roll < 0.97:
            kind, request = (
                "save",
                client.build_request(
                    "POST", "/v1/routines/compose", json=compose_body(rng, save=True)
                ),
            )
        else:
            kind, request = "GET routines", client.build_request("GET", "/v1/routines?limit=5")
        started = time.monotonic()
        try:
            response = await client.send(request)
            status = response.status_code
            if kind in ("GET pose", "revalidate") and status == 200:
                etags[request.url.path] = response.headers["etag"]
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        stats["latency"][kind].append(time.monotonic() - started)
        stats["status"][(kind, status)] += 1


def expected(kind: str, status: object) -> bool:
    if status == 429:
        return True  # intended: the rate limit at work
    allowed = {"save": {201}, "revalidate": {200, 304}}.get(kind, {200})
    return status in allowed


async def soak(base_url: str, clients: int, seconds: int) -> dict:
    stats = {"latency": defaultdict(list), "status": Counter()}
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
        poses = [p["slug"] for p in (await client.get("/v1/poses?fields=slug")).json()["items"]]
        await asyncio.gather(
            *(client_loop(client, poses, n, deadline, stats) for n in range(clients))
        )
    return stats


def server_side(log: Path) -> dict[str, list[float]]:
    """Durations the server logged, by method and route: what the server itself spent, without
    the queueing of the Python clients (which cannot keep up with it)."""
    durations: dict[str, list[float]] = defaultdict(list)
    for line in log.read_text().splitlines():
        if '"event": "request"' in line:
            event = json.loads(line)
            durations[f"{event['method']} {event['route']}"].append(event["duration_ms"])
    return durations


def percentile_rows(samples: dict[str, list[float]], scale: float) -> list[str]:
    rows = []
    for name, values in sorted(samples.items()):
        q = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
        p50, p95, p99 = (q[i] * scale for i in (49, 94, 98))
        top = max(values) * scale
        rows.append(f"| {name} | {len(values):,} | {p50:.2f} | {p95:.2f} | {p99:.2f} | {top:.2f} |")
    return rows


def report(stats: dict, args: argparse.Namespace, seconds: float, log: Path) -> int:
    total = sum(stats["status"].values())
    errors = {key: n for key, n in stats["status"].items() if not expected(*key)}
    limited = sum(n for (kind, status), n in stats["status"].items() if status == 429)
    lines = [
        f"Soak: {args.clients} clients, {seconds:.0f} s, {args.database}, "
        f"rate limit {args.rate_limit}: {total:,} requests ({total / seconds:,.0f}/s), "
        f"{sum(errors.values())} errors, {limited} intended 429s.",
        "",
        "Seen by the clients (includes their own queueing):",
        "",
        "| operation | requests | p50 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *percentile_rows(stats["latency"], 1000),
        "",
        "Spent in the server (its access log, from first byte in to last byte out):",
        "",
        "| route | requests | p50 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *percentile_rows(server_side(log), 1),
    ]
    if errors:
        lines += ["", "Errors: " + ", ".join(f"{k}: {n}" for k, n in errors.items())]
    print("\n".join(lines))
    return 1 if errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument(
        "--postgres-url", default="postgresql://postgres@127.0.0.1:5432/stretchbase_soak"
    )
    parser.add_argument("--rate-limit", default="1000000/minute")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.database == "sqlite":
        database = OUT / "soak.db"
        database.unlink(missing_ok=True)
        prepare(database, synthetic=False)
        url = f"sqlite:///{database}"
    else:
        name = args.postgres_url.rsplit("/", 1)[1]
        for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
        url = args.postgres_url
    server = stretchbase("soak", url, 8810, rate_limit=args.rate_limit)  # pinned to CPU 0
    os.sched_setaffinity(0, {1})  # the clients on the other core
    started = time.monotonic()
    try:
        stats = asyncio.run(soak(server.url, args.clients, args.seconds))
    finally:
        server.stop()
    sys.exit(report(stats, args, time.monotonic() - started, OUT / "soak.log"))


if __name__ == "__main__":
    main()
