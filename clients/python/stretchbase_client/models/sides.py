from typing import Literal

Sides = Literal["both", "each"]

SIDES_VALUES: set[Sides] = {
    "both",
    "each",
}


def check_sides(value: str) -> Sides:
    if value in SIDES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIDES_VALUES!r}")
