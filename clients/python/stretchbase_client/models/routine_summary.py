from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routine_kind import RoutineKind, check_routine_kind

if TYPE_CHECKING:
    from ..models.routine_summary_links import RoutineSummaryLinks


T = TypeVar("T", bound="RoutineSummary")


@_attrs_define
class RoutineSummary:
    """
    Attributes:
        id (UUID):
        slug (None | str):
        name (str):
        description (str):
        kind (RoutineKind):
        item_count (int):
        total_seconds (int):
        links (RoutineSummaryLinks):
    """

    id: UUID
    slug: None | str
    name: str
    description: str
    kind: RoutineKind
    item_count: int
    total_seconds: int
    links: RoutineSummaryLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        slug: None | str
        slug = self.slug

        name = self.name

        description = self.description

        kind: str = self.kind

        item_count = self.item_count

        total_seconds = self.total_seconds

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
                "description": description,
                "kind": kind,
                "item_count": item_count,
                "total_seconds": total_seconds,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.routine_summary_links import RoutineSummaryLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        name = d.pop("name")

        description = d.pop("description")

        kind = check_routine_kind(d.pop("kind"))

        item_count = d.pop("item_count")

        total_seconds = d.pop("total_seconds")

        links = RoutineSummaryLinks.from_dict(d.pop("links"))

        routine_summary = cls(
            id=id,
            slug=slug,
            name=name,
            description=description,
            kind=kind,
            item_count=item_count,
            total_seconds=total_seconds,
            links=links,
        )

        routine_summary.additional_properties = d
        return routine_summary

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
