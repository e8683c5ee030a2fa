from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mobility_limit import MobilityLimit, check_mobility_limit

T = TypeVar("T", bound="MobilityLimitTrigger")


@_attrs_define
class MobilityLimitTrigger:
    """
    Attributes:
        type_ (Literal['mobility_limit']):
        limit (MobilityLimit):
    """

    type_: Literal["mobility_limit"]
    limit: MobilityLimit

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        limit: str = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mobility_limit"], d.pop("type"))
        if type_ != "mobility_limit":
            raise ValueError(f"type must match const 'mobility_limit', got '{type_}'")

        limit = check_mobility_limit(d.pop("limit"))

        mobility_limit_trigger = cls(
            type_=type_,
            limit=limit,
        )

        return mobility_limit_trigger
