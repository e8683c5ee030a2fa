from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="NoSuitablePosesTrigger")


@_attrs_define
class NoSuitablePosesTrigger:
    """Applies when no referral is made and every pose of the routine is left out.

    Attributes:
        type_ (Literal['no_suitable_poses']):
    """

    type_: Literal["no_suitable_poses"]

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
        type_ = cast(Literal["no_suitable_poses"], d.pop("type"))
        if type_ != "no_suitable_poses":
            raise ValueError(f"type must match const 'no_suitable_poses', got '{type_}'")

        no_suitable_poses_trigger = cls(
            type_=type_,
        )

        return no_suitable_poses_trigger
