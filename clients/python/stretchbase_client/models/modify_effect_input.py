from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyEffectInput")


@_attrs_define
class ModifyEffectInput:
    """Apply a modification to its pose when that pose is in the routine.

    Attributes:
        type_ (Literal['modify']):
        modification (str):
        optional (bool | Unset): Suggest it rather than require it. Default: False.
    """

    type_: Literal["modify"]
    modification: str
    optional: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        modification = self.modification

        optional = self.optional

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "modification": modification,
            }
        )
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["modify"], d.pop("type"))
        if type_ != "modify":
            raise ValueError(f"type must match const 'modify', got '{type_}'")

        modification = d.pop("modification")

        optional = d.pop("optional", UNSET)

        modify_effect_input = cls(
            type_=type_,
            modification=modification,
            optional=optional,
        )

        return modify_effect_input
