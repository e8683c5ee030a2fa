from typing import Literal

Demand = Literal[
    "abdominal_compression",
    "arms_at_shoulder_height",
    "deep_hip_flexion",
    "deep_knee_flexion",
    "end_range_spinal_flexion",
    "floor",
    "grip_feet",
    "head_below_hips",
    "hip_adduction",
    "hip_extension",
    "hip_external_rotation",
    "hip_internal_rotation",
    "kneeling",
    "prone",
    "sitting",
    "spinal_extension",
    "spinal_flexion",
    "spinal_rotation",
    "standing_balance",
    "supine",
    "wide_legs",
    "wrist_loading",
]

DEMAND_VALUES: set[Demand] = {
    "abdominal_compression",
    "arms_at_shoulder_height",
    "deep_hip_flexion",
    "deep_knee_flexion",
    "end_range_spinal_flexion",
    "floor",
    "grip_feet",
    "head_below_hips",
    "hip_adduction",
    "hip_extension",
    "hip_external_rotation",
    "hip_internal_rotation",
    "kneeling",
    "prone",
    "sitting",
    "spinal_extension",
    "spinal_flexion",
    "spinal_rotation",
    "standing_balance",
    "supine",
    "wide_legs",
    "wrist_loading",
}


def check_demand(value: str) -> Demand:
    if value in DEMAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEMAND_VALUES!r}")
