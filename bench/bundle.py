"""The bundle (GET /v1/bundle): its size (JSON, gzip) and build time, per database, each the
median of fresh builds, side by side.

    python bench/bundle.py sqlite:///bench/out/seeded.db sqlite:///bench/out/synthetic.db

Make the databases with `stretchbase migrate` + `stretchbase seed` (and bench/synthetic.py for
10,000 poses). The build is what the first request after a new content version waits for.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import Session  # noqa: E402

from api.content.build import build_snapshot  # noqa: E402
from api.content.bundle import build_bundle  # noqa: E402
from api.db import make_engine  # noqa: E402
from api.services.figures import load_figure_library  # noqa: E402


def measure(url: str, runs: int) -> str:
    engine = make_engine(url)
    with Session(engine) as session:
        snapshot = build_snapshot(session, load_figure_library().links)
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        bundle = build_bundle(snapshot)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return (
        f"{url}: {len(snapshot.poses)} poses; JSON {bundle.size / 1024:,.0f} KiB, gzip "
        f"{len(bundle.gzipped) / 1024:,.0f} KiB; build {statistics.median(wall):.2f} s wall, "
        f"{statistics.median(cpu):.2f} s CPU (medians of {runs}; on a shared machine the CPU "
        "time is the figure that does not depend on the neighbours)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_urls", nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for url in args.database_urls:
        print(measure(url, args.runs))


if __name__ == "__main__":
    main()
