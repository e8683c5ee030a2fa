"""The editors' write path: writes per second on a database, and where a write's time goes.

    python bench/editing.py --database-url sqlite:////tmp/editing.db [--synthetic] \
        [--writes 10] [--budget 6000]

The database is emptied (PostgreSQL: its public schema is dropped), migrated and seeded;
`--synthetic` adds bench/synthetic.py's 10,000 poses and 100 routines. Then `--writes`
PATCHes of one safety rule's message, one after the other, through the write service (no
HTTP: what a write costs beyond any request), each with the current ETag; then the parts of
one write timed apart: the content read back (a snapshot build), every source reference
checked, the catalogue's checks, the safety gate at `--budget` compositions.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text
from sqlmodel import Session
from synthetic import add_synthetic

from api.bootstrap import run_migrations, run_seed
from api.compose.invariants import run_gate
from api.content.build import build_snapshot
from api.content.store import ContentStore
from api.db import make_engine, session_factory
from api.services.editing import KINDS, EditingService, Operation, etag_of, unknown_sources
from api.services.figures import load_figure_library
from api.services.keys import Editor
from models.api_key import Scope

RULE = "limit-cannot-kneel"


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--synthetic", action="store_true")
    parser.add_argument("--writes", type=int, default=10)
    parser.add_argument("--budget", type=int, default=6000, help="the gate's, on each write")
    parser.add_argument(
        "--gate-budget", type=int, default=6000, help="the gate timed alone, after the writes"
    )
    args = parser.parse_args()

    engine = make_engine(args.database_url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    else:
        Path(engine.url.database or "").unlink(missing_ok=True)
        engine = make_engine(args.database_url)
    run_migrations(engine)
    run_seed(engine)
    if args.synthetic:
        add_synthetic(args.database_url, 10_000, 10, 100)
    sessions = session_factory(engine)
    figures = load_figure_library().links
    store = ContentStore(sessions, 3600, render_cache_bytes=8 * 1024 * 1024, figure_links=figures)
    store.refresh()
    gate_seconds: list[float] = []

    def gate(catalogue):
        seconds, result = timed(lambda: run_gate(catalogue, budget=args.budget))
        gate_seconds.append(seconds)
        return result.violations  # type: ignore[attr-defined]

    service = EditingService(sessions, lambda: store.snapshot, store.install, figures, gate)
    editor = Editor(name="bench", scopes=frozenset(Scope))
    kind = KINDS["safety-rules"]
    durations = []
    for n in range(args.writes):
        etag = etag_of(store.current().rule_by_slug[RULE])
        seconds, _ = timed(
            lambda n=n, etag=etag: service.write(
                kind,
                Operation.patch,
                RULE,
                editor=editor,
                if_match=etag,
                patch={"message": f"Kneeling poses are left out ({n})."},
            )
        )
        durations.append(seconds)

    with Session(engine) as session:
        build, snapshot = timed(lambda: build_snapshot(session, figures))
    refs, _ = timed(lambda: unknown_sources(snapshot))  # type: ignore[arg-type]
    checks, _ = timed(snapshot.catalogue.check)  # type: ignore[attr-defined]
    gate_alone, result = timed(
        lambda: run_gate(snapshot.catalogue, budget=args.gate_budget)  # type: ignore[attr-defined]
    )
    median = statistics.median(durations)
    print(f"database: {engine.dialect.name}; poses: {len(snapshot.poses)}; budget {args.budget}")  # type: ignore[attr-defined]
    print(f"writes: {args.writes}, median {median * 1000:.0f} ms → {1 / median:.2f} writes/s")
    print(f"  of which the safety gate: median {statistics.median(gate_seconds) * 1000:.0f} ms")
    print(f"  snapshot build {build * 1000:.0f} ms, catalogue checks {checks * 1000:.0f} ms,")
    print(f"  every source reference (a source's write) {refs * 1000:.0f} ms")
    print(
        f"the gate alone at budget {args.gate_budget}: {gate_alone * 1000:.0f} ms, "
        f"{len(result.violations)} violations, "  # type: ignore[attr-defined]
        f"catalogue of {len(snapshot.catalogue.poses)} poses; {result.coverage}"  # type: ignore[attr-defined]
    )
    engine.dispose()


if __name__ == "__main__":
    main()
