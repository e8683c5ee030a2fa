from typing import Literal

RoutineKind = Literal["composed", "seeded"]

ROUTINE_KIND_VALUES: set[RoutineKind] = {
    "composed",
    "seeded",
}


def check_routine_kind(value: str) -> RoutineKind:
    if value in ROUTINE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROUTINE_KIND_VALUES!r}")
