from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BundleOrder")


@_attrs_define
class BundleOrder:
    """A collection's keys in their new order, or null where applying the delta leaves the
    order right (kept resources in their old order, none added).

        Attributes:
            poses (list[str] | None):
            routines (list[str] | None):
            safety_rules (list[str] | None):
            mobility_limits (list[str] | None):
            red_flags (list[str] | None):
            sources (list[str] | None):
    """

    poses: list[str] | None
    routines: list[str] | None
    safety_rules: list[str] | None
    mobility_limits: list[str] | None
    red_flags: list[str] | None
    sources: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        poses: list[str] | None
        if isinstance(self.poses, list):
            poses = self.poses

        else:
            poses = self.poses

        routines: list[str] | None
        if isinstance(self.routines, list):
            routines = self.routines

        else:
            routines = self.routines

        safety_rules: list[str] | None
        if isinstance(self.safety_rules, list):
            safety_rules = self.safety_rules

        else:
            safety_rules = self.safety_rules

        mobility_limits: list[str] | None
        if isinstance(self.mobility_limits, list):
            mobility_limits = self.mobility_limits

        else:
            mobility_limits = self.mobility_limits

        red_flags: list[str] | None
        if isinstance(self.red_flags, list):
            red_flags = self.red_flags

        else:
            red_flags = self.red_flags

        sources: list[str] | None
        if isinstance(self.sources, list):
            sources = self.sources

        else:
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

        def _parse_poses(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                poses_type_0 = cast(list[str], data)

                return poses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        poses = _parse_poses(d.pop("poses"))

        def _parse_routines(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                routines_type_0 = cast(list[str], data)

                return routines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        routines = _parse_routines(d.pop("routines"))

        def _parse_safety_rules(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                safety_rules_type_0 = cast(list[str], data)

                return safety_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        safety_rules = _parse_safety_rules(d.pop("safety_rules"))

        def _parse_mobility_limits(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mobility_limits_type_0 = cast(list[str], data)

                return mobility_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        mobility_limits = _parse_mobility_limits(d.pop("mobility_limits"))

        def _parse_red_flags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                red_flags_type_0 = cast(list[str], data)

                return red_flags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        red_flags = _parse_red_flags(d.pop("red_flags"))

        def _parse_sources(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sources_type_0 = cast(list[str], data)

                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        sources = _parse_sources(d.pop("sources"))

        bundle_order = cls(
            poses=poses,
            routines=routines,
            safety_rules=safety_rules,
            mobility_limits=mobility_limits,
            red_flags=red_flags,
            sources=sources,
        )

        bundle_order.additional_properties = d
        return bundle_order

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
