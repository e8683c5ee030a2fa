"""Add a synthetic catalogue to a seeded database: 10,000 poses, 100,000 steps, routines.

    python bench/synthetic.py --database-url sqlite:///bench/out/synthetic.db

The rows are marked `origin = synthetic`; the content version is bumped so that running
servers pick them up. Deterministic (fixed random seed).
"""

import argparse
import random

from sqlalchemy import insert, select, update

from api.db import make_engine
from models.content_state import ContentState
from models.pose import Pose
from models.routine import Routine, RoutineEntry
from models.source import Source
from models.step import Step
from models.vocabulary import Demand, Difficulty, Position, StepCue, TargetArea

ORIGIN = "synthetic"
CHUNK = 2000


def _pose(rng: random.Random, n: int, source_id: int) -> dict:
    dynamic = rng.random() < 0.3
    dose = (
        {"repetitions": {"min": 8, "max": 12}, "sides": "both"}
        if dynamic
        else {"hold_seconds": {"min": 20, "max": 30}, "sides": rng.choice(["both", "each"])}
    )
    return {
        "slug": f"synthetic-pose-{n}",
        "name": f"Synthetic Pose {n}",
        "other_names": [f"Asana {n}"],
        "summary": f"A generated pose for scale tests, number {n}.",
        "benefits": ["Generated"],
        "kind": "dynamic" if dynamic else "static",
        "body_position": rng.choice(list(Position)).value,
        "difficulty": rng.choice(list(Difficulty)).value,
        "target_areas": [a.value for a in rng.sample(list(TargetArea), 2)],
        "demands": [d.value for d in rng.sample(list(Demand), rng.randint(1, 4))],
        "dose": dose,
        "props": [],
        "tips": [],
        "media": {},
        "source_id": source_id,
        "source_section": "Synthetic",
        "sort_order": 1000 + n,
        "origin": ORIGIN,
    }


def add_synthetic(url: str, poses: int, steps_per_pose: int, routines: int, seed: int = 42) -> None:
    rng = random.Random(seed)
    engine = make_engine(url)
    cues = [c.value for c in StepCue]
    with engine.begin() as conn:
        source_id = conn.execute(
            select(Source.id).where(Source.slug == "stretchbase-editorial")
        ).scalar_one()
        rows = [_pose(rng, n, source_id) for n in range(poses)]
        for start in range(0, poses, CHUNK):
            conn.execute(insert(Pose), rows[start : start + CHUNK])
        ids = dict(conn.execute(select(Pose.slug, Pose.id).where(Pose.origin == ORIGIN)).all())
        steps = [
            {
                "pose_id": pose_id,
                "position": k,
                "text": f"Step {k} of {slug}.",
                "cue": cues[k % len(cues)],
                "source_section": "Synthetic",
            }
            for slug, pose_id in ids.items()
            for k in range(1, steps_per_pose + 1)
        ]
        for start in range(0, len(steps), CHUNK * 5):
            conn.execute(insert(Step), steps[start : start + CHUNK * 5])
        slugs = sorted(ids)
        for r in range(routines):
            routine = conn.execute(
                insert(Routine).returning(Routine.id),
                {
                    "slug": f"synthetic-routine-{r}",
                    "name": f"Synthetic routine {r}",
                    "description": "Generated.",
                    "kind": "seeded",
                    "source_id": source_id,
                    "sort_order": 1000 + r,
                    "origin": ORIGIN,
                },
            ).scalar_one()
            members = rng.sample(slugs, 10)
            conn.execute(
                insert(RoutineEntry),
                [
                    {"routine_id": routine, "position": i + 1, "pose_id": ids[s], "priority": i + 1}
                    for i, s in enumerate(members)
                ],
            )
        conn.execute(update(ContentState).values(version=ContentState.version + 1))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--poses", type=int, default=10_000)
    parser.add_argument("--steps-per-pose", type=int, default=10)
    parser.add_argument("--routines", type=int, default=100)
    args = parser.parse_args()
    add_synthetic(args.database_url, args.poses, args.steps_per_pose, args.routines)
    print(
        f"added {args.poses} poses, {args.poses * args.steps_per_pose} steps, "
        f"{args.routines} routines"
    )


if __name__ == "__main__":
    main()
