from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.demand import Demand, check_demand
from ..models.modification_kind import ModificationKind, check_modification_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prop import Prop
    from ..models.source_ref_input import SourceRefInput
    from ..models.step_change_input import StepChangeInput


T = TypeVar("T", bound="ModificationCreate")


@_attrs_define
class ModificationCreate:
    """
    Attributes:
        slug (str):
        label (str):
        instruction (str):
        reason (str):
        kind (ModificationKind):
        source (SourceRefInput): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
        props (list[Prop] | Unset):
        omitted_phases (list[str] | Unset):
        removes_demands (list[Demand] | Unset):
        adds_demands (list[Demand] | Unset):
        step_changes (list[StepChangeInput] | Unset):
    """

    slug: str
    label: str
    instruction: str
    reason: str
    kind: ModificationKind
    source: SourceRefInput
    props: list[Prop] | Unset = UNSET
    omitted_phases: list[str] | Unset = UNSET
    removes_demands: list[Demand] | Unset = UNSET
    adds_demands: list[Demand] | Unset = UNSET
    step_changes: list[StepChangeInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        instruction = self.instruction

        reason = self.reason

        kind: str = self.kind

        source = self.source.to_dict()

        props: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = []
            for props_item_data in self.props:
                props_item = props_item_data.to_dict()
                props.append(props_item)

        omitted_phases: list[str] | Unset = UNSET
        if not isinstance(self.omitted_phases, Unset):
            omitted_phases = self.omitted_phases

        removes_demands: list[str] | Unset = UNSET
        if not isinstance(self.removes_demands, Unset):
            removes_demands = []
            for removes_demands_item_data in self.removes_demands:
                removes_demands_item: str = removes_demands_item_data
                removes_demands.append(removes_demands_item)

        adds_demands: list[str] | Unset = UNSET
        if not isinstance(self.adds_demands, Unset):
            adds_demands = []
            for adds_demands_item_data in self.adds_demands:
                adds_demands_item: str = adds_demands_item_data
                adds_demands.append(adds_demands_item)

        step_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_changes, Unset):
            step_changes = []
            for step_changes_item_data in self.step_changes:
                step_changes_item = step_changes_item_data.to_dict()
                step_changes.append(step_changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "instruction": instruction,
                "reason": reason,
                "kind": kind,
                "source": source,
            }
        )
        if props is not UNSET:
            field_dict["props"] = props
        if omitted_phases is not UNSET:
            field_dict["omitted_phases"] = omitted_phases
        if removes_demands is not UNSET:
            field_dict["removes_demands"] = removes_demands
        if adds_demands is not UNSET:
            field_dict["adds_demands"] = adds_demands
        if step_changes is not UNSET:
            field_dict["step_changes"] = step_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prop import Prop  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415
        from ..models.step_change_input import StepChangeInput  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        instruction = d.pop("instruction")

        reason = d.pop("reason")

        kind = check_modification_kind(d.pop("kind"))

        source = SourceRefInput.from_dict(d.pop("source"))

        _props = d.pop("props", UNSET)
        props: list[Prop] | Unset = UNSET
        if _props is not UNSET:
            props = []
            for props_item_data in _props:
                props_item = Prop.from_dict(props_item_data)

                props.append(props_item)

        omitted_phases = cast(list[str], d.pop("omitted_phases", UNSET))

        _removes_demands = d.pop("removes_demands", UNSET)
        removes_demands: list[Demand] | Unset = UNSET
        if _removes_demands is not UNSET:
            removes_demands = []
            for removes_demands_item_data in _removes_demands:
                removes_demands_item = check_demand(removes_demands_item_data)

                removes_demands.append(removes_demands_item)

        _adds_demands = d.pop("adds_demands", UNSET)
        adds_demands: list[Demand] | Unset = UNSET
        if _adds_demands is not UNSET:
            adds_demands = []
            for adds_demands_item_data in _adds_demands:
                adds_demands_item = check_demand(adds_demands_item_data)

                adds_demands.append(adds_demands_item)

        _step_changes = d.pop("step_changes", UNSET)
        step_changes: list[StepChangeInput] | Unset = UNSET
        if _step_changes is not UNSET:
            step_changes = []
            for step_changes_item_data in _step_changes:
                step_changes_item = StepChangeInput.from_dict(step_changes_item_data)

                step_changes.append(step_changes_item)

        modification_create = cls(
            slug=slug,
            label=label,
            instruction=instruction,
            reason=reason,
            kind=kind,
            source=source,
            props=props,
            omitted_phases=omitted_phases,
            removes_demands=removes_demands,
            adds_demands=adds_demands,
            step_changes=step_changes,
        )

        modification_create.additional_properties = d
        return modification_create

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
