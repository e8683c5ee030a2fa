from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="EnableWhen")


@_attrs_define
class EnableWhen:
    """Ask the item only when the question `question` was answered `answer` (FHIR enableWhen).

    Attributes:
        question (str): The `link_id` of the question it depends on.
        operator (Literal['=']):  Default: '='.
        answer (bool):
    """

    question: str
    answer: bool
    operator: Literal["="] = "="

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        operator = self.operator

        answer = self.answer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question": question,
                "operator": operator,
                "answer": answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        operator = cast(Literal["="], d.pop("operator"))
        if operator != "=":
            raise ValueError(f"operator must match const '=', got '{operator}'")

        answer = d.pop("answer")

        enable_when = cls(
            question=question,
            operator=operator,
            answer=answer,
        )

        return enable_when
