from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.red_flag import RedFlag, check_red_flag

T = TypeVar("T", bound="RedFlagTrigger")


@_attrs_define
class RedFlagTrigger:
    """
    Attributes:
        type_ (Literal['red_flag']):
        flag (RedFlag):
    """

    type_: Literal["red_flag"]
    flag: RedFlag

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        flag: str = self.flag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "flag": flag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["red_flag"], d.pop("type"))
        if type_ != "red_flag":
            raise ValueError(f"type must match const 'red_flag', got '{type_}'")

        flag = check_red_flag(d.pop("flag"))

        red_flag_trigger = cls(
            type_=type_,
            flag=flag,
        )

        return red_flag_trigger
