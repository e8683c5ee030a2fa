from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AlwaysTrigger")


@_attrs_define
class AlwaysTrigger:
    """Applies to every routine (session rules).

    Attributes:
        type_ (Literal['always']):
    """

    type_: Literal["always"]

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
        type_ = cast(Literal["always"], d.pop("type"))
        if type_ != "always":
            raise ValueError(f"type must match const 'always', got '{type_}'")

        always_trigger = cls(
            type_=type_,
        )

        return always_trigger
