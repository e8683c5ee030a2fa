from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.mobility_limit import MobilityLimit, check_mobility_limit

T = TypeVar("T", bound="AskIf")


@_attrs_define
class AskIf:
    """Ask this question only when the person reported this mobility limit.

    Attributes:
        mobility_limit (MobilityLimit):
    """

    mobility_limit: MobilityLimit

    def to_dict(self) -> dict[str, Any]:
        mobility_limit: str = self.mobility_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mobility_limit": mobility_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mobility_limit = check_mobility_limit(d.pop("mobility_limit"))

        ask_if = cls(
            mobility_limit=mobility_limit,
        )

        return ask_if
