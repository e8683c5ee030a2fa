from typing import Literal

Urgency = Literal["emergency", "soon", "urgent"]

URGENCY_VALUES: set[Urgency] = {
    "emergency",
    "soon",
    "urgent",
}


def check_urgency(value: str) -> Urgency:
    if value in URGENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {URGENCY_VALUES!r}")
