from typing import Literal

Outcome = Literal["no_suitable_poses", "referral", "routine"]

OUTCOME_VALUES: set[Outcome] = {
    "no_suitable_poses",
    "referral",
    "routine",
}


def check_outcome(value: str) -> Outcome:
    if value in OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_VALUES!r}")
