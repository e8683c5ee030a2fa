from typing import Literal

ExclusionReason = Literal["safety_rule", "time_budget"]

EXCLUSION_REASON_VALUES: set[ExclusionReason] = {
    "safety_rule",
    "time_budget",
}


def check_exclusion_reason(value: str) -> ExclusionReason:
    if value in EXCLUSION_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCLUSION_REASON_VALUES!r}")
