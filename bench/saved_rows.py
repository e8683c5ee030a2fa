"""Saved routines at 0, 10,000 and 100,000 rows: list, get, save and delete stay flat.

    python bench/saved_rows.py [--postgres-url URL] [--requests 2000] [--levels 0,10000,100000]

(`make bench` runs it after bench/run.py's tables; BENCH_POSTGRES_URL adds PostgreSQL.) One
`stretchbase serve` per database, rate limiter on with a limit never reached. At each level
the table is filled to that many rows by bulk insert (distinct ids and bodies, compressed as
the server does), plus the probe rows the get and delete scenarios use; then each scenario
sends a fixed number of requests from 16 concurrent clients (httpx, pinned to CPU 1). The
figures are what the server itself spent per request (its access log: first byte in to last
byte out), so the Python clients' own overhead is not counted. The rows each save scenario
adds are removed before the next level. Storage per row: the table and its indexes divided
by the rows (PostgreSQL: pg_total_relation_size; SQLite: the pages of the table and its
indexes from `dbstat`, or the file growth where `dbstat` is missing).
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
from servers import BIN, OUT, ROOT, Server
from sqlalchemy import Engine, text

sys.path.insert(0, str(ROOT))
from sqlmodel import Session

from api.compose import compose
from api.content.build import build_snapshot
from api.db import make_engine
from api.services.saved import CURRENT_CODEC, compress, hash_token, saved_body, today
from models.composition import ComposeRequest

LEVELS = (0, 10_000, 100_000)
CLIENTS = 16
PLACEHOLDER = uuid.UUID(int=0)
VARIANTS = [
    {"pain_level": p, "mobility_limits": limits, "days_with_pain": d}
    for p in (0, 2, 5, 8)
    for limits in ([], ["cannot_kneel"], ["knee_pain", "wrist_pain"], ["pregnancy"])
    for d in (None, 10)
]
SAVE_BODY = {"pain_level": 5, "mobility_limits": ["cannot_kneel"], "save": True}


def migrate_and_seed(database_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url}
    for command in ("migrate", "seed"):
        subprocess.run([BIN / "stretchbase", command], env=env, check=True, capture_output=True)


def fresh(kind: str, postgres_url: str | None) -> str:
    if kind == "sqlite":
        path = OUT / "saved-rows.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        assert postgres_url
        engine = make_engine(postgres_url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        url = postgres_url
    migrate_and_seed(url)
    return url


def templates(engine: Engine) -> list[bytes]:
    """Saved bodies of typical compositions, with a placeholder id to swap per row."""
    with Session(engine) as session:
        catalogue = build_snapshot(session).catalogue
    day = today() - timedelta(days=1)
    bodies = []
    for fields in VARIANTS:
        request = ComposeRequest(**fields)
        result = compose(request.normalized(), catalogue)
        bodies.append(saved_body(PLACEHOLDER, request, result, day))
    return bodies


def rows(bodies: list[bytes], count: int, token_prefix: str) -> list[tuple]:
    day = today() - timedelta(days=1)  # saves in the scenarios are today's: easy to remove
    made = []
    for n in range(count):
        routine_id = uuid.uuid4()
        body = bodies[n % len(bodies)].replace(str(PLACEHOLDER).encode(), str(routine_id).encode())
        token = f"{token_prefix}-{n}"
        made.append((routine_id, day, hash_token(token), CURRENT_CODEC, compress(body)))
    return made


def bulk_insert(engine: Engine, made: list[tuple]) -> None:
    if engine.dialect.name == "postgresql":
        raw = engine.raw_connection()
        try:
            with (
                raw.cursor() as cursor,
                cursor.copy(
                    "COPY saved_routine (id, created_on, token_hash, codec, body) FROM STDIN"
                ) as copy,
            ):
                for row in made:
                    copy.write_row(row)
            raw.commit()
        finally:
            raw.close()
        return
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO saved_routine (id, created_on, token_hash, codec, body) "
            "VALUES (?, ?, ?, ?, ?)",
            [(r[0].hex, r[1].isoformat(), r[2], r[3], r[4]) for r in made],
        )


def storage_per_row(engine: Engine, database_url: str) -> tuple[int, float, float]:
    """(rows, stored bytes per row, average compressed body bytes)."""
    with engine.connect() as connection:
        count, body = connection.execute(
            text("SELECT count(*), avg(length(body)) FROM saved_routine")
        ).one()
        if engine.dialect.name == "postgresql":
            total = connection.execute(
                text("SELECT pg_total_relation_size('saved_routine')")
            ).scalar_one()
        else:
            try:
                total = connection.exec_driver_sql(
                    "SELECT sum(pgsize) FROM dbstat WHERE name IN ('saved_routine', "
                    "'ix_saved_routine_created_on', 'sqlite_autoindex_saved_routine_1')"
                ).scalar_one()
            except Exception:  # dbstat not compiled in: the whole file
                total = Path(database_url.removeprefix("sqlite:///")).stat().st_size
    return count, (total / count if count else 0.0), float(body or 0)


async def drive(base_url: str, requests: list[httpx.Request]) -> float:
    """Send every request from CLIENTS concurrent workers; the elapsed seconds."""
    queue = list(reversed(requests))
    limits = httpx.Limits(max_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:

        async def worker() -> None:
            while queue:
                response = await client.send(queue.pop())
                assert response.status_code < 300, (response.status_code, response.text[:200])

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
        return time.perf_counter() - started


def server_durations(log: Path, start: int, method: str, route: str) -> list[float]:
    durations = []
    with log.open() as handle:
        handle.seek(start)
        for line in handle:
            if '"event": "request"' in line:
                event = json.loads(line)
                if event["method"] == method and event["route"] == route:
                    durations.append(event["duration_ms"])
    return durations


def measure(server: Server, log: Path, name: str, requests: list[httpx.Request]) -> dict:
    start = log.stat().st_size
    seconds = asyncio.run(drive(server.url, requests))
    time.sleep(0.2)  # the last log lines
    method = requests[0].method
    route = {
        "list": "/v1/routines",
        "save": "/v1/routines/compose",
    }.get(name, "/v1/routines/{slug_or_id}")
    durations = server_durations(log, start, method, route)
    q = statistics.quantiles(durations, n=100)
    return {"rps": len(requests) / seconds, "p50": q[49], "p99": q[98], "n": len(durations)}


def run(kind: str, postgres_url: str | None, levels: list[int], count: int) -> list[str]:
    database_url = fresh(kind, postgres_url)
    engine = make_engine(database_url)
    bodies = templates(engine)
    port = 8810 if kind == "sqlite" else 8811
    server = Server(
        f"saved-{kind}",
        [str(BIN / "stretchbase"), "serve", "--port", str(port)],
        port,
        {
            "DATABASE_URL": database_url,
            "STRETCHBASE_RATE_LIMIT": "1000000000/minute",
            "STRETCHBASE_LOG_LEVEL": "info",
        },
        "/readyz",
    )
    log = OUT / f"saved-{kind}.log"
    lines = []
    present = 0
    try:
        for level in levels:
            if level > present:
                bulk_insert(engine, rows(bodies, level - present, f"base-{level}"))
                present = level
            probes = rows(bodies, count, f"probe-{level}")
            bulk_insert(engine, probes)
            stored = storage_per_row(engine, database_url)
            gets = [
                httpx.Request("GET", f"{server.url}/v1/routines/{probes[n % count][0]}")
                for n in range(count)
            ]
            deletes = [
                httpx.Request(
                    "DELETE",
                    f"{server.url}/v1/routines/{row[0]}",
                    headers={"authorization": f"Bearer probe-{level}-{n}"},
                )
                for n, row in enumerate(probes)
            ]
            lists = [httpx.Request("GET", f"{server.url}/v1/routines") for _ in range(count)]
            saves = [
                httpx.Request("POST", f"{server.url}/v1/routines/compose", json=SAVE_BODY)
                for _ in range(count)
            ]
            figures = {
                "list": measure(server, log, "list", lists),
                "get": measure(server, log, "get", gets),
                "delete": measure(server, log, "delete", deletes),
                "save": measure(server, log, "save", saves),
            }
            with engine.begin() as connection:  # back to `level` rows
                connection.execute(
                    text("DELETE FROM saved_routine WHERE created_on = :day"), {"day": today()}
                )
            for name, f in figures.items():
                lines.append(
                    f"| {kind} | {level:,} | {name} | {f['rps']:,.0f} | {f['p50']:.2f} "
                    f"| {f['p99']:.2f} | {stored[1]:,.0f} | {stored[2]:,.0f} |"
                )
    finally:
        server.stop()
        engine.dispose()
    return lines


def section(postgres_url: str | None, levels: list[int], count: int) -> list[str]:
    os.sched_setaffinity(0, {1})  # the clients on CPU 1, the server on CPU 0
    kinds = ["sqlite", *(["postgresql"] if postgres_url else [])]
    lines = [
        "### Saved routines: 0 / 10k / 100k rows",
        "",
        f"{count:,} requests per scenario, {CLIENTS} concurrent clients; server-side ms from "
        "its access log; 'rows' counts the rows present while get and delete ran (the level "
        "plus the probe rows they use). Bytes per row: table and indexes / rows; body: the "
        "average compressed body.",
        "",
        "| database | rows | scenario | req/s (client) | server p50 ms | server p99 ms "
        "| stored bytes/row | body bytes |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind in kinds:
        lines += run(kind, postgres_url, levels, count)
    if not postgres_url:
        lines += ["", "PostgreSQL not measured: set BENCH_POSTGRES_URL (or --postgres-url)."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL"))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--levels", default=",".join(str(n) for n in LEVELS))
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    levels = [int(n) for n in args.levels.split(",")]
    print("\n".join(section(args.postgres_url, levels, args.requests)))


if __name__ == "__main__":
    main()
