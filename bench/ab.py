"""Two builds of Stretchbase side by side with the floor, scenarios alternating round by round.

    python bench/ab.py --before-tree /path/to/old/checkout [--rounds 5] [--duration 6]

The 'before' server runs the old checkout's code (PYTHONPATH), the 'after' server this one's,
both with the rate limiter on; the same wrk scenarios as bench/run.py. For comparing a change
on a noisy machine, where only figures from one interleaved run compare.
"""

import argparse
import os

from run import COMPOSE_GET, POSE, Scenario, ensure_wrk, measure, table
from servers import BIN, OUT, Server, floor, prepare


def build(name: str, database, port: int, tree: str | None) -> Server:
    env = {
        "DATABASE_URL": f"sqlite:///{database}",
        "STRETCHBASE_RATE_LIMIT": "1000000000/minute",
        "STRETCHBASE_LOG_LEVEL": "info",
    }
    if tree:
        env["PYTHONPATH"] = tree
    return Server(
        name, [str(BIN / "stretchbase"), "serve", "--port", str(port)], port, env, "/readyz"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-tree", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=int, default=6)
    parser.add_argument("--after-first", action="store_true", help="Measure 'after' first.")
    args = parser.parse_args()
    ensure_wrk()
    OUT.mkdir(exist_ok=True)
    before_db, after_db = OUT / "ab-before.db", OUT / "ab-after.db"
    for db in (before_db, after_db):
        db.unlink(missing_ok=True)
    os.environ["PYTHONPATH"] = args.before_tree
    prepare(before_db, synthetic=False)
    del os.environ["PYTHONPATH"]
    prepare(after_db, synthetic=False)
    servers = [
        floor(8821),
        build("before", before_db, 8822, args.before_tree),
        build("after", after_db, 8823, None),
    ]
    targets = [(servers[0], Scenario("constant JSON", "/"))]
    for server in servers[:0:-1] if args.after_first else servers[1:]:
        targets += [
            (server, Scenario("GET pose", POSE)),
            (server, Scenario("compose GET", COMPOSE_GET)),
            (server, Scenario("compose POST", "/v1/routines/compose", script="wrk_post.lua")),
        ]
    try:
        results = measure(targets, args.rounds, args.duration, 16, 3)
    finally:
        for server in servers:
            server.stop()
    print(
        "\n".join(
            table(results, ("floor", "constant JSON"), [(s.name, c.name) for s, c in targets])
        )
    )


if __name__ == "__main__":
    main()
