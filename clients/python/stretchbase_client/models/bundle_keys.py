from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BundleKeys")


@_attrs_define
class BundleKeys:
    """Keys per collection: a pose's, rule's, term's or source's `slug`; a routine's `id`.

    Attributes:
        poses (list[str]):
        routines (list[str]):
        safety_rules (list[str]):
        mobility_limits (list[str]):
        red_flags (list[str]):
        sources (list[str]):
    """

    poses: list[str]
    routines: list[str]
    safety_rules: list[str]
    mobility_limits: list[str]
    red_flags: list[str]
    sources: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        poses = self.poses

        routines = self.routines

        safety_rules = self.safety_rules

        mobility_limits = self.mobility_limits

        red_flags = self.red_flags

        sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "poses": poses,
                "routines": routines,
                "safety_rules": safety_rules,
                "mobility_limits": mobility_limits,
                "red_flags": red_flags,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        poses = cast(list[str], d.pop("poses"))

        routines = cast(list[str], d.pop("routines"))

        safety_rules = cast(list[str], d.pop("safety_rules"))

        mobility_limits = cast(list[str], d.pop("mobility_limits"))

        red_flags = cast(list[str], d.pop("red_flags"))

        sources = cast(list[str], d.pop("sources"))

        bundle_keys = cls(
            poses=poses,
            routines=routines,
            safety_rules=safety_rules,
            mobility_limits=mobility_limits,
            red_flags=red_flags,
            sources=sources,
        )

        bundle_keys.additional_properties = d
        return bundle_keys

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
