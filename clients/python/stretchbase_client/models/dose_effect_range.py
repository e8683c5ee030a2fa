from typing import Literal

DoseEffectRange = Literal["full", "low_end"]

DOSE_EFFECT_RANGE_VALUES: set[DoseEffectRange] = {
    "full",
    "low_end",
}


def check_dose_effect_range(value: str) -> DoseEffectRange:
    if value in DOSE_EFFECT_RANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOSE_EFFECT_RANGE_VALUES!r}")
