from typing import Literal

ModificationKind = Literal["regression", "variation"]

MODIFICATION_KIND_VALUES: set[ModificationKind] = {
    "regression",
    "variation",
}


def check_modification_kind(value: str) -> ModificationKind:
    if value in MODIFICATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFICATION_KIND_VALUES!r}")
