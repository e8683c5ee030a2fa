from typing import Literal

StepCue = Literal["action", "hold", "release", "repeat", "setup"]

STEP_CUE_VALUES: set[StepCue] = {
    "action",
    "hold",
    "release",
    "repeat",
    "setup",
}


def check_step_cue(value: str) -> StepCue:
    if value in STEP_CUE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_CUE_VALUES!r}")
