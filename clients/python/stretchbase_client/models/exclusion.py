from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.exclusion_reason import ExclusionReason, check_exclusion_reason

if TYPE_CHECKING:
    from ..models.pose_ref import PoseRef
    from ..models.rule_ref import RuleRef


T = TypeVar("T", bound="Exclusion")


@_attrs_define
class Exclusion:
    """
    Attributes:
        pose (PoseRef): The short form of a pose used inside routines and compositions.
        reason (ExclusionReason):
        rules (list[RuleRef]):
        substituted_by (None | PoseRef): The pose that takes its place in the routine, if any.
    """

    pose: PoseRef
    reason: ExclusionReason
    rules: list[RuleRef]
    substituted_by: None | PoseRef

    def to_dict(self) -> dict[str, Any]:
        from ..models.pose_ref import PoseRef  # noqa: PLC0415

        pose = self.pose.to_dict()

        reason: str = self.reason

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        substituted_by: dict[str, Any] | None
        if isinstance(self.substituted_by, PoseRef):
            substituted_by = self.substituted_by.to_dict()
        else:
            substituted_by = self.substituted_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pose": pose,
                "reason": reason,
                "rules": rules,
                "substituted_by": substituted_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pose_ref import PoseRef  # noqa: PLC0415
        from ..models.rule_ref import RuleRef  # noqa: PLC0415

        d = dict(src_dict)
        pose = PoseRef.from_dict(d.pop("pose"))

        reason = check_exclusion_reason(d.pop("reason"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleRef.from_dict(rules_item_data)

            rules.append(rules_item)

        def _parse_substituted_by(data: object) -> None | PoseRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                substituted_by_type_0 = PoseRef.from_dict(data)

                return substituted_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoseRef, data)

        substituted_by = _parse_substituted_by(d.pop("substituted_by"))

        exclusion = cls(
            pose=pose,
            reason=reason,
            rules=rules,
            substituted_by=substituted_by,
        )

        return exclusion
