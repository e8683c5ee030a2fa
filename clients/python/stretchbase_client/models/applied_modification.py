from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.demand import Demand, check_demand
from ..models.modification_kind import ModificationKind, check_modification_kind

if TYPE_CHECKING:
    from ..models.prop import Prop
    from ..models.rule_ref import RuleRef
    from ..models.source_ref import SourceRef
    from ..models.step_change import StepChange


T = TypeVar("T", bound="AppliedModification")


@_attrs_define
class AppliedModification:
    """A modification as applied in a routine: whether it is only suggested, and why.

    Attributes:
        slug (str):
        pose (str):
        label (str):
        instruction (str):
        reason (str):
        kind (ModificationKind):
        props (list[Prop]):
        omitted_phases (list[str]): Phases of the pose this modification leaves out.
        removes_demands (list[Demand]): Demands the pose no longer places once this is applied.
        adds_demands (list[Demand]): Demands this modification adds (e.g. knees wide).
        step_changes (list[StepChange]): Steps of the pose this modification rewrites or removes.
        source (SourceRef): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
        optional (bool): True when the modification is suggested, not required. Default: False.
        rules (list[RuleRef]): The rules that applied it.
    """

    slug: str
    pose: str
    label: str
    instruction: str
    reason: str
    kind: ModificationKind
    props: list[Prop]
    omitted_phases: list[str]
    removes_demands: list[Demand]
    adds_demands: list[Demand]
    step_changes: list[StepChange]
    source: SourceRef
    rules: list[RuleRef]
    optional: bool = False

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        pose = self.pose

        label = self.label

        instruction = self.instruction

        reason = self.reason

        kind: str = self.kind

        props = []
        for props_item_data in self.props:
            props_item = props_item_data.to_dict()
            props.append(props_item)

        omitted_phases = self.omitted_phases

        removes_demands = []
        for removes_demands_item_data in self.removes_demands:
            removes_demands_item: str = removes_demands_item_data
            removes_demands.append(removes_demands_item)

        adds_demands = []
        for adds_demands_item_data in self.adds_demands:
            adds_demands_item: str = adds_demands_item_data
            adds_demands.append(adds_demands_item)

        step_changes = []
        for step_changes_item_data in self.step_changes:
            step_changes_item = step_changes_item_data.to_dict()
            step_changes.append(step_changes_item)

        source = self.source.to_dict()

        optional = self.optional

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "pose": pose,
                "label": label,
                "instruction": instruction,
                "reason": reason,
                "kind": kind,
                "props": props,
                "omitted_phases": omitted_phases,
                "removes_demands": removes_demands,
                "adds_demands": adds_demands,
                "step_changes": step_changes,
                "source": source,
                "optional": optional,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prop import Prop  # noqa: PLC0415
        from ..models.rule_ref import RuleRef  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415
        from ..models.step_change import StepChange  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        pose = d.pop("pose")

        label = d.pop("label")

        instruction = d.pop("instruction")

        reason = d.pop("reason")

        kind = check_modification_kind(d.pop("kind"))

        props = []
        _props = d.pop("props")
        for props_item_data in _props:
            props_item = Prop.from_dict(props_item_data)

            props.append(props_item)

        omitted_phases = cast(list[str], d.pop("omitted_phases"))

        removes_demands = []
        _removes_demands = d.pop("removes_demands")
        for removes_demands_item_data in _removes_demands:
            removes_demands_item = check_demand(removes_demands_item_data)

            removes_demands.append(removes_demands_item)

        adds_demands = []
        _adds_demands = d.pop("adds_demands")
        for adds_demands_item_data in _adds_demands:
            adds_demands_item = check_demand(adds_demands_item_data)

            adds_demands.append(adds_demands_item)

        step_changes = []
        _step_changes = d.pop("step_changes")
        for step_changes_item_data in _step_changes:
            step_changes_item = StepChange.from_dict(step_changes_item_data)

            step_changes.append(step_changes_item)

        source = SourceRef.from_dict(d.pop("source"))

        optional = d.pop("optional")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleRef.from_dict(rules_item_data)

            rules.append(rules_item)

        applied_modification = cls(
            slug=slug,
            pose=pose,
            label=label,
            instruction=instruction,
            reason=reason,
            kind=kind,
            props=props,
            omitted_phases=omitted_phases,
            removes_demands=removes_demands,
            adds_demands=adds_demands,
            step_changes=step_changes,
            source=source,
            optional=optional,
            rules=rules,
        )

        return applied_modification
