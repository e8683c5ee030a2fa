from typing import Literal

MobilityLimit = Literal[
    "balance_problems",
    "cannot_get_to_floor",
    "cannot_kneel",
    "cannot_lie_on_back",
    "extension_worsens_pain",
    "flexion_worsens_leg_pain",
    "glaucoma_or_high_blood_pressure",
    "hip_replacement",
    "knee_pain",
    "neck_pain",
    "osteoporosis",
    "pelvic_girdle_pain",
    "pregnancy",
    "recent_abdominal_surgery",
    "recent_back_surgery",
    "shoulder_pain",
    "spinal_stenosis",
    "wrist_pain",
]

MOBILITY_LIMIT_VALUES: set[MobilityLimit] = {
    "balance_problems",
    "cannot_get_to_floor",
    "cannot_kneel",
    "cannot_lie_on_back",
    "extension_worsens_pain",
    "flexion_worsens_leg_pain",
    "glaucoma_or_high_blood_pressure",
    "hip_replacement",
    "knee_pain",
    "neck_pain",
    "osteoporosis",
    "pelvic_girdle_pain",
    "pregnancy",
    "recent_abdominal_surgery",
    "recent_back_surgery",
    "shoulder_pain",
    "spinal_stenosis",
    "wrist_pain",
}


def check_mobility_limit(value: str) -> MobilityLimit:
    if value in MOBILITY_LIMIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MOBILITY_LIMIT_VALUES!r}")
