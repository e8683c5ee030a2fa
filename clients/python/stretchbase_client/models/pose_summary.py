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

if TYPE_CHECKING:
    from ..models.caution import Caution
    from ..models.dose import Dose
    from ..models.media import Media
    from ..models.phase import Phase
    from ..models.pose_summary_links import PoseSummaryLinks
    from ..models.prop import Prop
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="PoseSummary")


@_attrs_define
class PoseSummary:
    """A pose as listed: everything but its steps and modifications.

    Attributes:
        slug (str):
        name (str):
        other_names (list[str]): Other names, e.g. Sanskrit.
        summary (str):
        benefits (list[str]):
        kind (PoseKind):
        body_position (Position):
        difficulty (Difficulty):
        target_areas (list[TargetArea]):
        demands (list[Demand]): Movement demands the safety rules reason about.
        dose (Dose): How much of a pose to do. Exactly one measure is set: a hold (`hold_seconds`, in
            seconds), `breaths` (slow breaths, counted), `repetitions` (of the movement), or, for a
            flow repeated for a time, `duration_seconds`. Each is an inclusive range; `max` null
            means "or longer". `sides`: `both` — the pose works both sides at once (do it once);
            `each` — do it on one side, then the other (the time counts twice).
        props (list[Prop]): Things that help with this pose.
        tips (list[str]):
        media (Media):
        phases (list[Phase]): For poses that move between positions: each phase's demands.
        alternatives (list[str]): Poses that can take this one's place when a mobility limit leaves it out, in order of
            preference.
        cautions (list[Caution]): Cautions that go with this pose wherever it is shown.
        source (SourceRef): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
        links (PoseSummaryLinks):
    """

    slug: str
    name: str
    other_names: list[str]
    summary: str
    benefits: list[str]
    kind: PoseKind
    body_position: Position
    difficulty: Difficulty
    target_areas: list[TargetArea]
    demands: list[Demand]
    dose: Dose
    props: list[Prop]
    tips: list[str]
    media: Media
    phases: list[Phase]
    alternatives: list[str]
    cautions: list[Caution]
    source: SourceRef
    links: PoseSummaryLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        other_names = self.other_names

        summary = self.summary

        benefits = self.benefits

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

        props = []
        for props_item_data in self.props:
            props_item = props_item_data.to_dict()
            props.append(props_item)

        tips = self.tips

        media = self.media.to_dict()

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        alternatives = self.alternatives

        cautions = []
        for cautions_item_data in self.cautions:
            cautions_item = cautions_item_data.to_dict()
            cautions.append(cautions_item)

        source = self.source.to_dict()

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "other_names": other_names,
                "summary": summary,
                "benefits": benefits,
                "kind": kind,
                "body_position": body_position,
                "difficulty": difficulty,
                "target_areas": target_areas,
                "demands": demands,
                "dose": dose,
                "props": props,
                "tips": tips,
                "media": media,
                "phases": phases,
                "alternatives": alternatives,
                "cautions": cautions,
                "source": source,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution import Caution  # noqa: PLC0415
        from ..models.dose import Dose  # noqa: PLC0415
        from ..models.media import Media  # noqa: PLC0415
        from ..models.phase import Phase  # noqa: PLC0415
        from ..models.pose_summary_links import PoseSummaryLinks  # noqa: PLC0415
        from ..models.prop import Prop  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        other_names = cast(list[str], d.pop("other_names"))

        summary = d.pop("summary")

        benefits = cast(list[str], d.pop("benefits"))

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

        dose = Dose.from_dict(d.pop("dose"))

        props = []
        _props = d.pop("props")
        for props_item_data in _props:
            props_item = Prop.from_dict(props_item_data)

            props.append(props_item)

        tips = cast(list[str], d.pop("tips"))

        media = Media.from_dict(d.pop("media"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = Phase.from_dict(phases_item_data)

            phases.append(phases_item)

        alternatives = cast(list[str], d.pop("alternatives"))

        cautions = []
        _cautions = d.pop("cautions")
        for cautions_item_data in _cautions:
            cautions_item = Caution.from_dict(cautions_item_data)

            cautions.append(cautions_item)

        source = SourceRef.from_dict(d.pop("source"))

        links = PoseSummaryLinks.from_dict(d.pop("links"))

        pose_summary = cls(
            slug=slug,
            name=name,
            other_names=other_names,
            summary=summary,
            benefits=benefits,
            kind=kind,
            body_position=body_position,
            difficulty=difficulty,
            target_areas=target_areas,
            demands=demands,
            dose=dose,
            props=props,
            tips=tips,
            media=media,
            phases=phases,
            alternatives=alternatives,
            cautions=cautions,
            source=source,
            links=links,
        )

        pose_summary.additional_properties = d
        return pose_summary

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
