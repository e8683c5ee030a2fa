from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TimeBudgetTrigger")


@_attrs_define
class TimeBudgetTrigger:
    """Applies when the request sets `minutes`.

    Attributes:
        type_ (Literal['time_budget']):
    """

    type_: Literal["time_budget"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["time_budget"], d.pop("type"))
        if type_ != "time_budget":
            raise ValueError(f"type must match const 'time_budget', got '{type_}'")

        time_budget_trigger = cls(
            type_=type_,
        )

        return time_budget_trigger
