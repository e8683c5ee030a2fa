from typing import Literal

ItemType = Literal["boolean", "group", "integer"]

ITEM_TYPE_VALUES: set[ItemType] = {
    "boolean",
    "group",
    "integer",
}


def check_item_type(value: str) -> ItemType:
    if value in ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ITEM_TYPE_VALUES!r}")
