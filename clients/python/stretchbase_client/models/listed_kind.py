from typing import Literal

ListedKind = Literal["seeded"]

LISTED_KIND_VALUES: set[ListedKind] = {
    "seeded",
}


def check_listed_kind(value: str) -> ListedKind:
    if value in LISTED_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTED_KIND_VALUES!r}")
