from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routine_kind import RoutineKind, check_routine_kind

if TYPE_CHECKING:
    from ..models.caution import Caution
    from ..models.composition import Composition
    from ..models.routine_item import RoutineItem
    from ..models.routine_public_links import RoutinePublicLinks
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="RoutinePublic")


@_attrs_define
class RoutinePublic:
    """
    Attributes:
        id (UUID):
        slug (None | str):
        name (str):
        description (str):
        kind (RoutineKind):
        items (list[RoutineItem]):
        total_seconds (int):
        source (None | SourceRef):
        cautions (list[Caution]): Cautions that go with the routine wherever it is shown.
        composition (Composition | None): Null for seeded routines.
        links (RoutinePublicLinks):
    """

    id: UUID
    slug: None | str
    name: str
    description: str
    kind: RoutineKind
    items: list[RoutineItem]
    total_seconds: int
    source: None | SourceRef
    cautions: list[Caution]
    composition: Composition | None
    links: RoutinePublicLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.composition import Composition  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        id = str(self.id)

        slug: None | str
        slug = self.slug

        name = self.name

        description = self.description

        kind: str = self.kind

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_seconds = self.total_seconds

        source: dict[str, Any] | None
        if isinstance(self.source, SourceRef):
            source = self.source.to_dict()
        else:
            source = self.source

        cautions = []
        for cautions_item_data in self.cautions:
            cautions_item = cautions_item_data.to_dict()
            cautions.append(cautions_item)

        composition: dict[str, Any] | None
        if isinstance(self.composition, Composition):
            composition = self.composition.to_dict()
        else:
            composition = self.composition

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
                "items": items,
                "total_seconds": total_seconds,
                "source": source,
                "cautions": cautions,
                "composition": composition,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution import Caution  # noqa: PLC0415
        from ..models.composition import Composition  # noqa: PLC0415
        from ..models.routine_item import RoutineItem  # noqa: PLC0415
        from ..models.routine_public_links import RoutinePublicLinks  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

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

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RoutineItem.from_dict(items_item_data)

            items.append(items_item)

        total_seconds = d.pop("total_seconds")

        def _parse_source(data: object) -> None | SourceRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SourceRef.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceRef, data)

        source = _parse_source(d.pop("source"))

        cautions = []
        _cautions = d.pop("cautions")
        for cautions_item_data in _cautions:
            cautions_item = Caution.from_dict(cautions_item_data)

            cautions.append(cautions_item)

        def _parse_composition(data: object) -> Composition | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_type_0 = Composition.from_dict(data)

                return composition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Composition | None, data)

        composition = _parse_composition(d.pop("composition"))

        links = RoutinePublicLinks.from_dict(d.pop("links"))

        routine_public = cls(
            id=id,
            slug=slug,
            name=name,
            description=description,
            kind=kind,
            items=items,
            total_seconds=total_seconds,
            source=source,
            cautions=cautions,
            composition=composition,
            links=links,
        )

        routine_public.additional_properties = d
        return routine_public

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
