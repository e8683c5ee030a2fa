from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.demand import Demand, check_demand
from ..models.difficulty import Difficulty, check_difficulty
from ..models.pose_kind import PoseKind, check_pose_kind
from ..models.position import Position, check_position
from ..models.target_area import TargetArea, check_target_area
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caution_input import CautionInput
    from ..models.dose_input import DoseInput
    from ..models.media_input import MediaInput
    from ..models.modification_create import ModificationCreate
    from ..models.phase_input import PhaseInput
    from ..models.prop import Prop
    from ..models.source_ref_input import SourceRefInput
    from ..models.step_create import StepCreate


T = TypeVar("T", bound="PoseCreate")


@_attrs_define
class PoseCreate:
    """
    Attributes:
        slug (str):
        name (str):
        summary (str):
        kind (PoseKind):
        body_position (Position):
        difficulty (Difficulty):
        target_areas (list[TargetArea]):
        demands (list[Demand]): Movement demands the safety rules reason about.
        dose (DoseInput): How much of a pose to do. Exactly one measure is set: a hold (`hold_seconds`, in
            seconds), `breaths` (slow breaths, counted), `repetitions` (of the movement), or, for a
            flow repeated for a time, `duration_seconds`. Each is an inclusive range; `max` null
            means "or longer". `sides`: `both` — the pose works both sides at once (do it once);
            `each` — do it on one side, then the other (the time counts twice).
        source (SourceRefInput): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
        steps (list[StepCreate]):
        other_names (list[str] | Unset): Other names, e.g. Sanskrit.
        benefits (list[str] | Unset):
        props (list[Prop] | Unset): Things that help with this pose.
        tips (list[str] | Unset):
        media (MediaInput | Unset):
        phases (list[PhaseInput] | Unset): For poses that move between positions: each phase's demands.
        alternatives (list[str] | Unset): Poses that can take this one's place when a mobility limit leaves it out, in
            order of preference.
        cautions (list[CautionInput] | Unset): Cautions that go with this pose wherever it is shown.
        modifications (list[ModificationCreate] | Unset):
    """

    slug: str
    name: str
    summary: str
    kind: PoseKind
    body_position: Position
    difficulty: Difficulty
    target_areas: list[TargetArea]
    demands: list[Demand]
    dose: DoseInput
    source: SourceRefInput
    steps: list[StepCreate]
    other_names: list[str] | Unset = UNSET
    benefits: list[str] | Unset = UNSET
    props: list[Prop] | Unset = UNSET
    tips: list[str] | Unset = UNSET
    media: MediaInput | Unset = UNSET
    phases: list[PhaseInput] | Unset = UNSET
    alternatives: list[str] | Unset = UNSET
    cautions: list[CautionInput] | Unset = UNSET
    modifications: list[ModificationCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        summary = self.summary

        kind: str = self.kind

        body_position: str = self.body_position

        difficulty: str = self.difficulty

        target_areas = []
        for target_areas_item_data in self.target_areas:
            target_areas_item: str = target_areas_item_data
            target_areas.append(target_areas_item)

        demands = []
        for demands_item_data in self.demands:
            demands_item: str = demands_item_data
            demands.append(demands_item)

        dose = self.dose.to_dict()

        source = self.source.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        other_names: list[str] | Unset = UNSET
        if not isinstance(self.other_names, Unset):
            other_names = self.other_names

        benefits: list[str] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits

        props: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = []
            for props_item_data in self.props:
                props_item = props_item_data.to_dict()
                props.append(props_item)

        tips: list[str] | Unset = UNSET
        if not isinstance(self.tips, Unset):
            tips = self.tips

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        phases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phases, Unset):
            phases = []
            for phases_item_data in self.phases:
                phases_item = phases_item_data.to_dict()
                phases.append(phases_item)

        alternatives: list[str] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = self.alternatives

        cautions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cautions, Unset):
            cautions = []
            for cautions_item_data in self.cautions:
                cautions_item = cautions_item_data.to_dict()
                cautions.append(cautions_item)

        modifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modifications, Unset):
            modifications = []
            for modifications_item_data in self.modifications:
                modifications_item = modifications_item_data.to_dict()
                modifications.append(modifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "kind": kind,
                "body_position": body_position,
                "difficulty": difficulty,
                "target_areas": target_areas,
                "demands": demands,
                "dose": dose,
                "source": source,
                "steps": steps,
            }
        )
        if other_names is not UNSET:
            field_dict["other_names"] = other_names
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if props is not UNSET:
            field_dict["props"] = props
        if tips is not UNSET:
            field_dict["tips"] = tips
        if media is not UNSET:
            field_dict["media"] = media
        if phases is not UNSET:
            field_dict["phases"] = phases
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if cautions is not UNSET:
            field_dict["cautions"] = cautions
        if modifications is not UNSET:
            field_dict["modifications"] = modifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_input import CautionInput  # noqa: PLC0415
        from ..models.dose_input import DoseInput  # noqa: PLC0415
        from ..models.media_input import MediaInput  # noqa: PLC0415
        from ..models.modification_create import ModificationCreate  # noqa: PLC0415
        from ..models.phase_input import PhaseInput  # noqa: PLC0415
        from ..models.prop import Prop  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415
        from ..models.step_create import StepCreate  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        kind = check_pose_kind(d.pop("kind"))

        body_position = check_position(d.pop("body_position"))

        difficulty = check_difficulty(d.pop("difficulty"))

        target_areas = []
        _target_areas = d.pop("target_areas")
        for target_areas_item_data in _target_areas:
            target_areas_item = check_target_area(target_areas_item_data)

            target_areas.append(target_areas_item)

        demands = []
        _demands = d.pop("demands")
        for demands_item_data in _demands:
            demands_item = check_demand(demands_item_data)

            demands.append(demands_item)

        dose = DoseInput.from_dict(d.pop("dose"))

        source = SourceRefInput.from_dict(d.pop("source"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepCreate.from_dict(steps_item_data)

            steps.append(steps_item)

        other_names = cast(list[str], d.pop("other_names", UNSET))

        benefits = cast(list[str], d.pop("benefits", UNSET))

        _props = d.pop("props", UNSET)
        props: list[Prop] | Unset = UNSET
        if _props is not UNSET:
            props = []
            for props_item_data in _props:
                props_item = Prop.from_dict(props_item_data)

                props.append(props_item)

        tips = cast(list[str], d.pop("tips", UNSET))

        _media = d.pop("media", UNSET)
        media: MediaInput | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = MediaInput.from_dict(_media)

        _phases = d.pop("phases", UNSET)
        phases: list[PhaseInput] | Unset = UNSET
        if _phases is not UNSET:
            phases = []
            for phases_item_data in _phases:
                phases_item = PhaseInput.from_dict(phases_item_data)

                phases.append(phases_item)

        alternatives = cast(list[str], d.pop("alternatives", UNSET))

        _cautions = d.pop("cautions", UNSET)
        cautions: list[CautionInput] | Unset = UNSET
        if _cautions is not UNSET:
            cautions = []
            for cautions_item_data in _cautions:
                cautions_item = CautionInput.from_dict(cautions_item_data)

                cautions.append(cautions_item)

        _modifications = d.pop("modifications", UNSET)
        modifications: list[ModificationCreate] | Unset = UNSET
        if _modifications is not UNSET:
            modifications = []
            for modifications_item_data in _modifications:
                modifications_item = ModificationCreate.from_dict(modifications_item_data)

                modifications.append(modifications_item)

        pose_create = cls(
            slug=slug,
            name=name,
            summary=summary,
            kind=kind,
            body_position=body_position,
            difficulty=difficulty,
            target_areas=target_areas,
            demands=demands,
            dose=dose,
            source=source,
            steps=steps,
            other_names=other_names,
            benefits=benefits,
            props=props,
            tips=tips,
            media=media,
            phases=phases,
            alternatives=alternatives,
            cautions=cautions,
            modifications=modifications,
        )

        pose_create.additional_properties = d
        return pose_create

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
