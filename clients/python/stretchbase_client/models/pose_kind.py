from typing import Literal

PoseKind = Literal["dynamic", "static"]

POSE_KIND_VALUES: set[PoseKind] = {
    "dynamic",
    "static",
}


def check_pose_kind(value: str) -> PoseKind:
    if value in POSE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSE_KIND_VALUES!r}")
