from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.answer_target_field import AnswerTargetField, check_answer_target_field
from ..models.mobility_limit import MobilityLimit, check_mobility_limit
from ..models.red_flag import RedFlag, check_red_flag

T = TypeVar("T", bound="AnswerTarget")


@_attrs_define
class AnswerTarget:
    """Where the answer goes in the compose request: a field, and for a list the value added.

    Attributes:
        field (AnswerTargetField):
        value (MobilityLimit | None | RedFlag): For list fields: the value a yes adds to the list.
    """

    field: AnswerTargetField
    value: MobilityLimit | None | RedFlag

    def to_dict(self) -> dict[str, Any]:
        field: str = self.field

        value: None | str
        if isinstance(self.value, str):
            value = self.value
        elif isinstance(self.value, str):
            value = self.value
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = check_answer_target_field(d.pop("field"))

        def _parse_value(data: object) -> MobilityLimit | None | RedFlag:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_0 = check_red_flag(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_1 = check_mobility_limit(data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MobilityLimit | None | RedFlag, data)

        value = _parse_value(d.pop("value"))

        answer_target = cls(
            field=field,
            value=value,
        )

        return answer_target
