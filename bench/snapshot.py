"""Start-up cost of the content snapshot: build + catalogue check time, and the process's RSS
once built (and at its peak), each the median of fresh processes.

    python bench/snapshot.py sqlite:///bench/out/synthetic.db [--runs 3]

Make the database with `stretchbase migrate`, `stretchbase seed` and bench/synthetic.py
(10,000 poses, 100,000 steps). docs/architecture.md has the figures.
"""

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import gc, json, resource, sys, time
from sqlmodel import Session
from api.content.build import build_snapshot
from api.db import make_engine

def rss_mb():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024

engine = make_engine(sys.argv[1])
before = rss_mb()
started = time.perf_counter()
with Session(engine) as session:
    snapshot = build_snapshot(session)
    snapshot.catalogue.check()
seconds = time.perf_counter() - started
gc.collect()
print(json.dumps({
    "poses": len(snapshot.poses),
    "seconds": seconds,
    "rss_before_mb": before,
    "rss_mb": rss_mb(),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", CHILD, args.database_url],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        for _ in range(args.runs)
    ]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(
        f"{median['poses']:.0f} poses: build + check {median['seconds']:.2f} s; "
        f"RSS {median['rss_before_mb']:.0f} MB before, {median['rss_mb']:.0f} MB once built, "
        f"{median['peak_rss_mb']:.0f} MB at peak (median of {args.runs})"
    )


if __name__ == "__main__":
    main()
