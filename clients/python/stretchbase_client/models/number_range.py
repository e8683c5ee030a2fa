from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="NumberRange")


@_attrs_define
class NumberRange:
    """An inclusive range; `max` is null when the article leaves it open ("or longer").

    Attributes:
        min_ (int):
        max_ (int | None):
    """

    min_: int
    max_: int | None

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_: int | None
        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        def _parse_max_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_ = _parse_max_(d.pop("max"))

        number_range = cls(
            min_=min_,
            max_=max_,
        )

        return number_range
