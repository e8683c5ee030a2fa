from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routine_kind import RoutineKind, check_routine_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caution import Caution
    from ..models.composition import Composition
    from ..models.routine_item import RoutineItem
    from ..models.routine_public_fields_links import RoutinePublicFieldsLinks
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="RoutinePublicFields")


@_attrs_define
class RoutinePublicFields:
    """RoutinePublic as returned with `fields=`: only the fields asked for.

    Attributes:
        id (UUID | Unset):
        slug (None | str | Unset):
        name (str | Unset):
        description (str | Unset):
        kind (RoutineKind | Unset):
        items (list[RoutineItem] | Unset):
        total_seconds (int | Unset):
        source (None | SourceRef | Unset):
        cautions (list[Caution] | Unset): Cautions that go with the routine wherever it is shown.
        composition (Composition | None | Unset): Null for seeded routines.
        links (RoutinePublicFieldsLinks | Unset):
    """

    id: UUID | Unset = UNSET
    slug: None | str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    kind: RoutineKind | Unset = UNSET
    items: list[RoutineItem] | Unset = UNSET
    total_seconds: int | Unset = UNSET
    source: None | SourceRef | Unset = UNSET
    cautions: list[Caution] | Unset = UNSET
    composition: Composition | None | Unset = UNSET
    links: RoutinePublicFieldsLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.composition import Composition  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

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

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total_seconds = self.total_seconds

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourceRef):
            source = self.source.to_dict()
        else:
            source = self.source

        cautions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cautions, Unset):
            cautions = []
            for cautions_item_data in self.cautions:
                cautions_item = cautions_item_data.to_dict()
                cautions.append(cautions_item)

        composition: dict[str, Any] | None | Unset
        if isinstance(self.composition, Unset):
            composition = UNSET
        elif isinstance(self.composition, Composition):
            composition = self.composition.to_dict()
        else:
            composition = self.composition

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
        if items is not UNSET:
            field_dict["items"] = items
        if total_seconds is not UNSET:
            field_dict["total_seconds"] = total_seconds
        if source is not UNSET:
            field_dict["source"] = source
        if cautions is not UNSET:
            field_dict["cautions"] = cautions
        if composition is not UNSET:
            field_dict["composition"] = composition
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution import Caution  # noqa: PLC0415
        from ..models.composition import Composition  # noqa: PLC0415
        from ..models.routine_item import RoutineItem  # noqa: PLC0415
        from ..models.routine_public_fields_links import RoutinePublicFieldsLinks  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

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

        _items = d.pop("items", UNSET)
        items: list[RoutineItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = RoutineItem.from_dict(items_item_data)

                items.append(items_item)

        total_seconds = d.pop("total_seconds", UNSET)

        def _parse_source(data: object) -> None | SourceRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SourceRef.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceRef | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        _cautions = d.pop("cautions", UNSET)
        cautions: list[Caution] | Unset = UNSET
        if _cautions is not UNSET:
            cautions = []
            for cautions_item_data in _cautions:
                cautions_item = Caution.from_dict(cautions_item_data)

                cautions.append(cautions_item)

        def _parse_composition(data: object) -> Composition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composition_type_0 = Composition.from_dict(data)

                return composition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Composition | None | Unset, data)

        composition = _parse_composition(d.pop("composition", UNSET))

        _links = d.pop("links", UNSET)
        links: RoutinePublicFieldsLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = RoutinePublicFieldsLinks.from_dict(_links)

        routine_public_fields = cls(
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

        routine_public_fields.additional_properties = d
        return routine_public_fields

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
