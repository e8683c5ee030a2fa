from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Prop")


@_attrs_define
class Prop:
    """Something to have at hand: a pillow, a chair.

    Attributes:
        name (str): What to use, in plain words.
        optional (bool): True when it only helps (a pose's props); false when the pose or modification needs it.
        purpose (str): What it is for, e.g. `under your knees`.
    """

    name: str
    optional: bool
    purpose: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        optional = self.optional

        purpose = self.purpose

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "optional": optional,
                "purpose": purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        optional = d.pop("optional")

        purpose = d.pop("purpose")

        prop = cls(
            name=name,
            optional=optional,
            purpose=purpose,
        )

        return prop
