from typing import Literal

RevisionSummaryOrigin = Literal["editor", "seed"]

REVISION_SUMMARY_ORIGIN_VALUES: set[RevisionSummaryOrigin] = {
    "editor",
    "seed",
}


def check_revision_summary_origin(value: str) -> RevisionSummaryOrigin:
    if value in REVISION_SUMMARY_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVISION_SUMMARY_ORIGIN_VALUES!r}"
    )
