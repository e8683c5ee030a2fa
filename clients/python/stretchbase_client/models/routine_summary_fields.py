from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routine_kind import RoutineKind, check_routine_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.routine_summary_fields_links import RoutineSummaryFieldsLinks


T = TypeVar("T", bound="RoutineSummaryFields")


@_attrs_define
class RoutineSummaryFields:
    """RoutineSummary as returned with `fields=`: only the fields asked for.

    Attributes:
        id (UUID | Unset):
        slug (None | str | Unset):
        name (str | Unset):
        description (str | Unset):
        kind (RoutineKind | Unset):
        item_count (int | Unset):
        total_seconds (int | Unset):
        links (RoutineSummaryFieldsLinks | Unset):
    """

    id: UUID | Unset = UNSET
    slug: None | str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    kind: RoutineKind | Unset = UNSET
    item_count: int | Unset = UNSET
    total_seconds: int | Unset = UNSET
    links: RoutineSummaryFieldsLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        name = self.name

        description = self.description

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        item_count = self.item_count

        total_seconds = self.total_seconds

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if kind is not UNSET:
            field_dict["kind"] = kind
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if total_seconds is not UNSET:
            field_dict["total_seconds"] = total_seconds
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.routine_summary_fields_links import RoutineSummaryFieldsLinks  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: RoutineKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_routine_kind(_kind)

        item_count = d.pop("item_count", UNSET)

        total_seconds = d.pop("total_seconds", UNSET)

        _links = d.pop("links", UNSET)
        links: RoutineSummaryFieldsLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = RoutineSummaryFieldsLinks.from_dict(_links)

        routine_summary_fields = cls(
            id=id,
            slug=slug,
            name=name,
            description=description,
            kind=kind,
            item_count=item_count,
            total_seconds=total_seconds,
            links=links,
        )

        routine_summary_fields.additional_properties = d
        return routine_summary_fields

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
