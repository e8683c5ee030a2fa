from typing import Literal

PainBand = Literal["mild", "moderate", "none", "severe", "worst"]

PAIN_BAND_VALUES: set[PainBand] = {
    "mild",
    "moderate",
    "none",
    "severe",
    "worst",
}


def check_pain_band(value: str) -> PainBand:
    if value in PAIN_BAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAIN_BAND_VALUES!r}")
