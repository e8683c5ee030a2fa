"""INTERIM safety gate — one invariant only, until the full gate (api/services/safety_gate.py,
built on its own branch) is merged; the write service calls it through the agreed signature
`check_safety(catalogue) -> list[Violation]`.

The one invariant checked here: every red flag that the seed's own rule base answers with a
referral still gets a referral with no items, alone, at every pain level (0–10) — so an edit
cannot let `saddle_numbness` through to a routine. The other invariants (a limit's excluded
demands, monotonicity in limits, flags and pain, every exclusion naming its rule) are NOT
checked by this module.
"""

import functools
from dataclasses import dataclass, field
from typing import Any

from api.compose import Catalogue, compose
from models.composition import ComposeRequest
from models.vocabulary import Outcome, RedFlag
from seed import CONTENT_FILE
from seed.schema import read_seed

PAIN_LEVELS = range(11)


@dataclass(frozen=True)
class Violation:
    invariant: str
    counterexample: dict[str, Any]
    detail: str = field(default="")


@functools.cache
def referring_flags() -> tuple[RedFlag, ...]:
    """The red flags the seed's rule base answers with a referral (alone, at pain 0)."""
    catalogue = read_seed(CONTENT_FILE).to_catalogue()
    return tuple(
        flag
        for flag in RedFlag
        if compose(ComposeRequest(pain_level=0, red_flags=[flag]), catalogue).outcome
        is Outcome.referral
    )


def check_safety(catalogue: Catalogue) -> list[Violation]:
    violations = []
    for flag in referring_flags():
        for pain in PAIN_LEVELS:
            request = ComposeRequest(pain_level=pain, red_flags=[flag])
            composed = compose(request, catalogue)
            if composed.outcome is not Outcome.referral or composed.items:
                violations.append(
                    Violation(
                        invariant="red_flag_refers",
                        counterexample=request.model_dump(
                            mode="json", include={"pain_level", "red_flags"}
                        ),
                        detail=f"red flag {flag.value} gives {composed.outcome.value} with "
                        f"{len(composed.items)} items, not a referral with none",
                    )
                )
                break  # one counterexample per flag is enough to say what broke
    return violations
