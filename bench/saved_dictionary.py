"""Write a preset zlib dictionary for saved routines (api/services/saved_dictionary_N.bin).

    python bench/saved_dictionary.py --database-url sqlite:///bench/out/seeded.db --codec 2

A dictionary is typical saved bodies, concatenated (zlib reads the last 32 KB, and the
closest strings match cheapest, so the commonest come last). Rows name the codec they were
written with, so an existing dictionary is never changed: a new one gets a new number in
`api.services.saved.DICTIONARY_FILES`, and `CURRENT_CODEC` moves to it.
"""

import argparse
import uuid
from datetime import date
from pathlib import Path

from sqlmodel import Session

from api.compose import compose
from api.content.build import build_snapshot
from api.db import make_engine
from api.services.saved import saved_body
from models.composition import ComposeRequest

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 32 * 1024
TYPICAL = [  # least common first
    {"pain_level": 3, "red_flags": ["saddle_numbness"]},
    {"pain_level": 8, "mobility_limits": ["pregnancy"], "days_with_pain": 10},
    {"pain_level": 5, "mobility_limits": ["cannot_kneel", "knee_pain"]},
    {"pain_level": 2},
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--codec", type=int, required=True)
    args = parser.parse_args()
    engine = make_engine(args.database_url)
    with Session(engine) as session:
        catalogue = build_snapshot(session).catalogue
    bodies = []
    for fields in TYPICAL:
        request = ComposeRequest(**fields)
        result = compose(request.normalized(), catalogue)
        bodies.append(saved_body(uuid.uuid4(), request, result, date(2026, 1, 1)))
    dictionary = b"".join(bodies)[-WINDOW:]
    output = ROOT / "api" / "services" / f"saved_dictionary_{args.codec}.bin"
    output.write_bytes(dictionary)
    print(f"wrote {output} ({len(dictionary)} bytes)")


if __name__ == "__main__":
    main()
