"""Stretchbase against the framework floor, side by side in one run, with wrk.

    python bench/run.py [--duration 8] [--rounds 3] [--connections 16] [--no-scale]
                        [--no-saved] [--postgres-url URL]

Serves (a) bench/floor_app.py — a minimal async FastAPI endpoint returning a constant JSON —
and (b) `stretchbase serve`, both by uvicorn with one worker and the same settings, pinned
to CPU 0; wrk runs pinned to CPU 1 with 16 connections. Scenarios alternate round by round;
each figure is the median of the rounds. Then (unless --no-scale) the same server on a
synthetic catalogue (10,000 poses, 100,000 steps) beside the seeded one; then (unless
--no-saved) saved routines at 0 / 10k / 100k rows on SQLite, and on PostgreSQL when
--postgres-url or BENCH_POSTGRES_URL names a database it may wipe (bench/saved_rows.py). Writes
bench/RESULTS.md (the figures, the machine, the command) and prints the table.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import saved_rows
from servers import BENCH, OUT, Server, floor, prepare, stretchbase

POSE = "/v1/poses/childs-pose"
COMPOSE_GET = "/v1/routines/compose?pain_level=5&mobility_limits=cannot_kneel"


@dataclass
class Scenario:
    name: str
    path: str
    script: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Result:
    rps: list[float] = field(default_factory=list)
    p50_ms: list[float] = field(default_factory=list)
    p99_ms: list[float] = field(default_factory=list)
    non_2xx: int = 0

    def median(self, values: list[float]) -> float:
        return statistics.median(values) if values else float("nan")


def ensure_wrk() -> str:
    if shutil.which("wrk") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return "wrk"


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(
    url: str, scenario: Scenario, duration: int, connections: int
) -> tuple[float, float, float, int]:
    command = [
        "taskset",
        "-c",
        "1",
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
    ]
    for name, value in scenario.headers.items():
        command += ["-H", f"{name}: {value}"]
    if scenario.script:
        command += ["-s", str(BENCH / scenario.script)]
    output = subprocess.run(
        [*command, url + scenario.path], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def measure(
    targets: list[tuple[Server, Scenario]],
    rounds: int,
    duration: int,
    connections: int,
    warmup: int,
) -> dict:
    """Each scenario once unrecorded (`warmup` seconds: caches, allocator, first-use paths),
    then `rounds` recorded rounds, alternating scenarios."""
    for server, scenario in targets:
        if warmup:
            run_wrk(server.url, scenario, warmup, connections)
    results = {(server.name, s.name): Result() for server, s in targets}
    for _ in range(rounds):
        for server, scenario in targets:
            rps, p50, p99, errors = run_wrk(server.url, scenario, duration, connections)
            result = results[(server.name, scenario.name)]
            result.rps.append(rps)
            result.p50_ms.append(p50)
            result.p99_ms.append(p99)
            result.non_2xx += errors
    return results


def table(results: dict, baseline: tuple[str, str], rows: list[tuple[str, str]]) -> list[str]:
    floor_rps = results[baseline].median(results[baseline].rps)
    lines = [
        "| server | scenario | req/s | × floor | p50 ms | p99 ms | non-2xx/3xx |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key in rows:
        r = results[key]
        rps = r.median(r.rps)
        lines.append(
            f"| {key[0]} | {key[1]} | {rps:,.0f} | {rps / floor_rps:.2f} "
            f"| {r.median(r.p50_ms):.2f} "
            f"| {r.median(r.p99_ms):.2f} | {r.non_2xx} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--warmup", type=int, default=3, help="Unrecorded seconds per scenario.")
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument("--no-saved", action="store_true", help="Skip the saved-rows tables.")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL"),
        help="A PostgreSQL database the saved-rows scenario may wipe.",
    )
    parser.add_argument("--output", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args()
    ensure_wrk()
    OUT.mkdir(exist_ok=True)
    seeded_db, synthetic_db = OUT / "seeded.db", OUT / "synthetic.db"
    prepare(seeded_db, synthetic=False)
    if not args.no_scale:
        prepare(synthetic_db, synthetic=True)

    floor_server, app = floor(8801), stretchbase("stretchbase", seeded_db, 8802)
    etag = httpx.get(app.url + POSE).headers["etag"]
    scenarios = [
        (floor_server, Scenario("constant JSON", "/")),
        (app, Scenario("GET pose", POSE)),
        (app, Scenario("GET poses?limit=20", "/v1/poses?limit=20")),
        (app, Scenario("compose GET", COMPOSE_GET)),
        (app, Scenario("compose POST", "/v1/routines/compose", script="wrk_post.lua")),
        (app, Scenario("304 revalidation", POSE, headers={"If-None-Match": etag})),
    ]
    main_results = measure(scenarios, args.rounds, args.duration, args.connections, args.warmup)
    rss = {"floor": floor_server.rss_mb, "stretchbase": app.rss_mb}
    floor_server.stop()
    app.stop()
    lines = table(
        main_results, ("floor", "constant JSON"), [(s.name, c.name) for s, c in scenarios]
    )
    lines += [
        "",
        f"Peak RSS: floor {rss['floor']:.0f} MB, stretchbase {rss['stretchbase']:.0f} MB.",
    ]

    if not args.no_scale:
        seeded = stretchbase("seeded-7", seeded_db, 8803)
        large = stretchbase("synthetic-10k", synthetic_db, 8804)
        pose_scenarios = [
            Scenario("list page (same URL)", "/v1/poses?limit=20&offset=40"),
            Scenario("list page, never cached", "/v1/poses", script="wrk_pages.lua"),
            Scenario("search (same query)", "/v1/poses?q=child"),
            Scenario("search, never cached", "/v1/poses", script="wrk_search.lua"),
            Scenario("GET pose", POSE),
            Scenario("compose GET", COMPOSE_GET),
            Scenario("compose POST", "/v1/routines/compose", script="wrk_post.lua"),
        ]
        targets = [(server, s) for s in pose_scenarios for server in (seeded, large)]
        scale_results = measure(
            targets, max(1, args.rounds - 1), args.duration, args.connections, args.warmup
        )
        scale_lines = [
            "| scenario | seeded 7: req/s | p99 ms | synthetic 10k: req/s | p99 ms | cost ratio |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for s in pose_scenarios:
            a, b = scale_results[("seeded-7", s.name)], scale_results[("synthetic-10k", s.name)]
            ra, rb = a.median(a.rps), b.median(b.rps)
            scale_lines.append(
                f"| {s.name} | {ra:,.0f} | {a.median(a.p99_ms):.2f} "
                f"| {rb:,.0f} | {b.median(b.p99_ms):.2f} "
                f"| {ra / rb:.2f} |"
            )
        scale_lines += [
            "",
            f"Start-up to ready: seeded {seeded.startup_seconds:.1f} s, "
            f"synthetic {large.startup_seconds:.1f} s "
            f"(migrations check, snapshot build). Peak RSS: seeded {seeded.rss_mb:.0f} MB, "
            f"synthetic {large.rss_mb:.0f} MB.",
        ]
        seeded.stop()
        large.stop()
        lines += ["", "### Scale", "", *scale_lines]

    if not args.no_saved:
        lines += ["", *saved_rows.section(args.postgres_url, list(saved_rows.LEVELS), 2000)]

    write_results(args, lines)


def write_results(args: argparse.Namespace, lines: list[str]) -> None:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    command = " ".join(["python", "bench/run.py", *sys.argv[1:]])
    header = [
        f"## Run of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}. Command: `{command}` "
        f"({args.warmup} s warm-up, then {args.rounds} rounds × {args.duration} s per scenario, "
        f"{args.connections} connections, "
        "wrk on CPU 1, servers on CPU 0, medians of rounds).",
        "",
    ]
    text = "\n".join([*header, *lines, ""])
    print(text)
    (OUT / "latest.md").write_text(text)
    print(f"wrote {OUT / 'latest.md'}; copy it into {args.output} with the analysis")


if __name__ == "__main__":
    main()
