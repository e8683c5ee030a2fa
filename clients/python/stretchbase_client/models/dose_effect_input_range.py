from typing import Literal

DoseEffectInputRange = Literal["full", "low_end"]

DOSE_EFFECT_INPUT_RANGE_VALUES: set[DoseEffectInputRange] = {
    "full",
    "low_end",
}


def check_dose_effect_input_range(value: str) -> DoseEffectInputRange:
    if value in DOSE_EFFECT_INPUT_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOSE_EFFECT_INPUT_RANGE_VALUES!r}"
    )
