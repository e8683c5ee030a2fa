from typing import Literal

Position = Literal["kneeling", "prone", "quadruped", "seated", "side_lying", "standing", "supine"]

POSITION_VALUES: set[Position] = {
    "kneeling",
    "prone",
    "quadruped",
    "seated",
    "side_lying",
    "standing",
    "supine",
}


def check_position(value: str) -> Position:
    if value in POSITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSITION_VALUES!r}")
