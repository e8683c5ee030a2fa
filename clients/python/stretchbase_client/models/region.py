from typing import Literal

Region = Literal["GB"]

REGION_VALUES: set[Region] = {
    "GB",
}


def check_region(value: str) -> Region:
    if value in REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGION_VALUES!r}")
