from typing import Literal

RuleKind = Literal["duration", "mobility_limit", "pain_band", "red_flag", "session"]

RULE_KIND_VALUES: set[RuleKind] = {
    "duration",
    "mobility_limit",
    "pain_band",
    "red_flag",
    "session",
}


def check_rule_kind(value: str) -> RuleKind:
    if value in RULE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULE_KIND_VALUES!r}")
