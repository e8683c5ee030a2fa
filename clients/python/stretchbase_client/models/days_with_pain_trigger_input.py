from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DaysWithPainTriggerInput")


@_attrs_define
class DaysWithPainTriggerInput:
    """Applies when `days_with_pain >= min` (and `<= max` when max is set).

    Attributes:
        type_ (Literal['days_with_pain']):
        min_ (int):
        max_ (int | None | Unset):
    """

    type_: Literal["days_with_pain"]
    min_: int
    max_: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "min": min_,
            }
        )
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["days_with_pain"], d.pop("type"))
        if type_ != "days_with_pain":
            raise ValueError(f"type must match const 'days_with_pain', got '{type_}'")

        min_ = d.pop("min")

        def _parse_max_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        days_with_pain_trigger_input = cls(
            type_=type_,
            min_=min_,
            max_=max_,
        )

        return days_with_pain_trigger_input
