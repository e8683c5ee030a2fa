from typing import Literal

PoseSort = Literal["-difficulty", "-name", "article", "difficulty", "name"]

POSE_SORT_VALUES: set[PoseSort] = {
    "-difficulty",
    "-name",
    "article",
    "difficulty",
    "name",
}


def check_pose_sort(value: str) -> PoseSort:
    if value in POSE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSE_SORT_VALUES!r}")
