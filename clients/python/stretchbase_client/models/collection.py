from typing import Literal

Collection = Literal["poses", "routines", "safety-rules", "sources", "vocabulary"]

COLLECTION_VALUES: set[Collection] = {
    "poses",
    "routines",
    "safety-rules",
    "sources",
    "vocabulary",
}


def check_collection(value: str) -> Collection:
    if value in COLLECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_VALUES!r}")
