from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.applied_modification import AppliedModification
    from ..models.dose import Dose
    from ..models.pose_ref import PoseRef
    from ..models.rule_ref import RuleRef
    from ..models.step_public import StepPublic


T = TypeVar("T", bound="RoutineItem")


@_attrs_define
class RoutineItem:
    """One pose of a routine, with everything a client needs to render it step by step.

    Attributes:
        position (int):
        pose (PoseRef): The short form of a pose used inside routines and compositions.
        dose (Dose): How much of a pose to do. Exactly one measure is set: a hold (`hold_seconds`, in
            seconds), `breaths` (slow breaths, counted), `repetitions` (of the movement), or, for a
            flow repeated for a time, `duration_seconds`. Each is an inclusive range; `max` null
            means "or longer". `sides`: `both` — the pose works both sides at once (do it once);
            `each` — do it on one side, then the other (the time counts twice).
        seconds (int): Estimated time for this item (see docs/rules.md).
        modifications (list[AppliedModification]):
        steps (list[StepPublic]):
        rules (list[RuleRef]): The rules that shaped this item.
        substitutes_for (None | PoseRef): The pose of the base routine this one replaces; `excluded` says why.
    """

    position: int
    pose: PoseRef
    dose: Dose
    seconds: int
    modifications: list[AppliedModification]
    steps: list[StepPublic]
    rules: list[RuleRef]
    substitutes_for: None | PoseRef

    def to_dict(self) -> dict[str, Any]:
        from ..models.pose_ref import PoseRef  # noqa: PLC0415

        position = self.position

        pose = self.pose.to_dict()

        dose = self.dose.to_dict()

        seconds = self.seconds

        modifications = []
        for modifications_item_data in self.modifications:
            modifications_item = modifications_item_data.to_dict()
            modifications.append(modifications_item)

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        substitutes_for: dict[str, Any] | None
        if isinstance(self.substitutes_for, PoseRef):
            substitutes_for = self.substitutes_for.to_dict()
        else:
            substitutes_for = self.substitutes_for

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "pose": pose,
                "dose": dose,
                "seconds": seconds,
                "modifications": modifications,
                "steps": steps,
                "rules": rules,
                "substitutes_for": substitutes_for,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_modification import AppliedModification  # noqa: PLC0415
        from ..models.dose import Dose  # noqa: PLC0415
        from ..models.pose_ref import PoseRef  # noqa: PLC0415
        from ..models.rule_ref import RuleRef  # noqa: PLC0415
        from ..models.step_public import StepPublic  # noqa: PLC0415

        d = dict(src_dict)
        position = d.pop("position")

        pose = PoseRef.from_dict(d.pop("pose"))

        dose = Dose.from_dict(d.pop("dose"))

        seconds = d.pop("seconds")

        modifications = []
        _modifications = d.pop("modifications")
        for modifications_item_data in _modifications:
            modifications_item = AppliedModification.from_dict(modifications_item_data)

            modifications.append(modifications_item)

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepPublic.from_dict(steps_item_data)

            steps.append(steps_item)

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleRef.from_dict(rules_item_data)

            rules.append(rules_item)

        def _parse_substitutes_for(data: object) -> None | PoseRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                substitutes_for_type_0 = PoseRef.from_dict(data)

                return substitutes_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoseRef, data)

        substitutes_for = _parse_substitutes_for(d.pop("substitutes_for"))

        routine_item = cls(
            position=position,
            pose=pose,
            dose=dose,
            seconds=seconds,
            modifications=modifications,
            steps=steps,
            rules=rules,
            substitutes_for=substitutes_for,
        )

        return routine_item
