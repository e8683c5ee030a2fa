from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mobility_limit_public import MobilityLimitPublic
    from ..models.pose_public import PosePublic
    from ..models.red_flag_public import RedFlagPublic
    from ..models.routine_public import RoutinePublic
    from ..models.safety_rule_public import SafetyRulePublic
    from ..models.source_public import SourcePublic


T = TypeVar("T", bound="BundleChanges")


@_attrs_define
class BundleChanges:
    """The resources created or changed since the client's version, each as in the bundle.

    Attributes:
        poses (list[PosePublic]):
        routines (list[RoutinePublic]):
        safety_rules (list[SafetyRulePublic]):
        mobility_limits (list[MobilityLimitPublic]):
        red_flags (list[RedFlagPublic]):
        sources (list[SourcePublic]):
    """

    poses: list[PosePublic]
    routines: list[RoutinePublic]
    safety_rules: list[SafetyRulePublic]
    mobility_limits: list[MobilityLimitPublic]
    red_flags: list[RedFlagPublic]
    sources: list[SourcePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        poses = []
        for poses_item_data in self.poses:
            poses_item = poses_item_data.to_dict()
            poses.append(poses_item)

        routines = []
        for routines_item_data in self.routines:
            routines_item = routines_item_data.to_dict()
            routines.append(routines_item)

        safety_rules = []
        for safety_rules_item_data in self.safety_rules:
            safety_rules_item = safety_rules_item_data.to_dict()
            safety_rules.append(safety_rules_item)

        mobility_limits = []
        for mobility_limits_item_data in self.mobility_limits:
            mobility_limits_item = mobility_limits_item_data.to_dict()
            mobility_limits.append(mobility_limits_item)

        red_flags = []
        for red_flags_item_data in self.red_flags:
            red_flags_item = red_flags_item_data.to_dict()
            red_flags.append(red_flags_item)

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

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
        from ..models.mobility_limit_public import MobilityLimitPublic  # noqa: PLC0415
        from ..models.pose_public import PosePublic  # noqa: PLC0415
        from ..models.red_flag_public import RedFlagPublic  # noqa: PLC0415
        from ..models.routine_public import RoutinePublic  # noqa: PLC0415
        from ..models.safety_rule_public import SafetyRulePublic  # noqa: PLC0415
        from ..models.source_public import SourcePublic  # noqa: PLC0415

        d = dict(src_dict)
        poses = []
        _poses = d.pop("poses")
        for poses_item_data in _poses:
            poses_item = PosePublic.from_dict(poses_item_data)

            poses.append(poses_item)

        routines = []
        _routines = d.pop("routines")
        for routines_item_data in _routines:
            routines_item = RoutinePublic.from_dict(routines_item_data)

            routines.append(routines_item)

        safety_rules = []
        _safety_rules = d.pop("safety_rules")
        for safety_rules_item_data in _safety_rules:
            safety_rules_item = SafetyRulePublic.from_dict(safety_rules_item_data)

            safety_rules.append(safety_rules_item)

        mobility_limits = []
        _mobility_limits = d.pop("mobility_limits")
        for mobility_limits_item_data in _mobility_limits:
            mobility_limits_item = MobilityLimitPublic.from_dict(mobility_limits_item_data)

            mobility_limits.append(mobility_limits_item)

        red_flags = []
        _red_flags = d.pop("red_flags")
        for red_flags_item_data in _red_flags:
            red_flags_item = RedFlagPublic.from_dict(red_flags_item_data)

            red_flags.append(red_flags_item)

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourcePublic.from_dict(sources_item_data)

            sources.append(sources_item)

        bundle_changes = cls(
            poses=poses,
            routines=routines,
            safety_rules=safety_rules,
            mobility_limits=mobility_limits,
            red_flags=red_flags,
            sources=sources,
        )

        bundle_changes.additional_properties = d
        return bundle_changes

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
