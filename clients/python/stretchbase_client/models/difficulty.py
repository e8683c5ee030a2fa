from typing import Literal

Difficulty = Literal["advanced", "beginner", "intermediate"]

DIFFICULTY_VALUES: set[Difficulty] = {
    "advanced",
    "beginner",
    "intermediate",
}


def check_difficulty(value: str) -> Difficulty:
    if value in DIFFICULTY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIFFICULTY_VALUES!r}")
