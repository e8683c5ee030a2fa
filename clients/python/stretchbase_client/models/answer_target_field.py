from typing import Literal

AnswerTargetField = Literal[
    "days_with_pain", "minutes", "mobility_limits", "pain_level", "red_flags"
]

ANSWER_TARGET_FIELD_VALUES: set[AnswerTargetField] = {
    "days_with_pain",
    "minutes",
    "mobility_limits",
    "pain_level",
    "red_flags",
}


def check_answer_target_field(value: str) -> AnswerTargetField:
    if value in ANSWER_TARGET_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANSWER_TARGET_FIELD_VALUES!r}")
