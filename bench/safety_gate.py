"""What the safety gate costs: seconds per check at the seeded content and at 10,000 poses.

    python bench/safety_gate.py                                   # the seed file
    python bench/safety_gate.py --database-url sqlite:///bench/out/synthetic.db
    python bench/safety_gate.py --full                            # the whole reduced space

Each figure is the median of --runs checks (deterministic: the same compositions each run),
as wall-clock and CPU seconds (the machine is shared: CPU time is the steadier figure).
--budgets lists the budgets to time; --full adds one run with a budget large enough to
enumerate every combination of answers (computed from a first, tiny run). Make the 10,000-pose
database with `stretchbase migrate`, `stretchbase seed` and bench/synthetic.py.
"""

import argparse
import statistics
import time
from math import comb

from sqlmodel import Session

from api.compose import Catalogue
from api.compose.invariants import DEFAULT_BUDGET, REFERRAL_FLOOR, GateResult, run_gate
from api.content.build import build_snapshot
from api.db import make_engine
from seed import CONTENT_FILE
from seed.schema import read_seed


def load(database_url: str | None) -> tuple[str, Catalogue]:
    if database_url is None:
        return "seed file", read_seed(CONTENT_FILE).to_catalogue()
    engine = make_engine(database_url)
    with Session(engine) as session:
        catalogue = build_snapshot(session).catalogue
    engine.dispose()
    return database_url.rsplit("/", 1)[-1], catalogue


def timed(catalogue: Catalogue, budget: int, runs: int) -> tuple[float, float, GateResult]:
    walls, cpus = [], []
    result = None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = run_gate(catalogue, budget=budget)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    assert result is not None
    return statistics.median(walls), statistics.median(cpus), result


def full_budget(catalogue: Catalogue) -> int:
    """A budget that enumerates every combination: the floor check, then 4/5 of the rest for
    the enumeration (api/compose/invariants.py), so 5/4 of its size."""
    probe = run_gate(catalogue, budget=1).coverage
    floor = len(REFERRAL_FLOOR) * 11 * 8  # more than every floor flag x pain x days class
    size = len(catalogue.routines) * len(probe.pain_classes) * len(probe.days_classes)
    size *= sum(comb(probe.answers, k) for k in range(probe.answers + 1))
    return floor + size * 5 // 4 + 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budgets", type=int, nargs="*", default=[DEFAULT_BUDGET])
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    name, catalogue = load(args.database_url)
    print(f"{name}: loaded in {time.perf_counter() - started:.2f} s")
    print(
        "| content | poses | routines | budget | wall s | CPU s | µs CPU/composition "
        "| exhaustive up to | random requests | violations |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    budgets = [(b, args.runs) for b in args.budgets]
    if args.full:
        budgets.append((full_budget(catalogue), 1))
    for budget, runs in budgets:
        wall, cpu, result = timed(catalogue, budget, runs)
        c = result.coverage
        reach = (
            f"all {c.answers} answers (complete)"
            if c.exhaustive_complete
            else f"{c.exhaustive_up_to} of {c.answers} answers"
        )
        print(
            f"| {name} | {len(catalogue.poses):,} | {len(catalogue.routines)} | {budget:,} "
            f"| {wall:.2f} | {cpu:.2f} | {cpu / c.compositions * 1e6:.0f} | {reach} "
            f"| {c.random_requests:,} | {len(result.violations)} |"
        )
        for violation in result.violations[:5]:
            print(f"    {violation.invariant}: {violation.message}")


if __name__ == "__main__":
    main()
