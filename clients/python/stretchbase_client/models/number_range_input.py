from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberRangeInput")


@_attrs_define
class NumberRangeInput:
    """An inclusive range; `max` is null when the article leaves it open ("or longer").

    Attributes:
        min_ (int):
        max_ (int | None | Unset):
    """

    min_: int
    max_: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min": min_,
            }
        )
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        def _parse_max_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        number_range_input = cls(
            min_=min_,
            max_=max_,
        )

        return number_range_input
