from typing import Literal

RevisionPublicOrigin = Literal["editor", "seed"]

REVISION_PUBLIC_ORIGIN_VALUES: set[RevisionPublicOrigin] = {
    "editor",
    "seed",
}


def check_revision_public_origin(value: str) -> RevisionPublicOrigin:
    if value in REVISION_PUBLIC_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVISION_PUBLIC_ORIGIN_VALUES!r}"
    )
