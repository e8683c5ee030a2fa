from typing import Literal

TargetArea = Literal[
    "ankles",
    "core",
    "glutes",
    "groin",
    "hips",
    "inner_thighs",
    "lower_back",
    "mid_back",
    "pelvis",
    "spine",
    "thighs",
]

TARGET_AREA_VALUES: set[TargetArea] = {
    "ankles",
    "core",
    "glutes",
    "groin",
    "hips",
    "inner_thighs",
    "lower_back",
    "mid_back",
    "pelvis",
    "spine",
    "thighs",
}


def check_target_area(value: str) -> TargetArea:
    if value in TARGET_AREA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TARGET_AREA_VALUES!r}")
