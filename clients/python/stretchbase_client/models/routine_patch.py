from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caution_input import CautionInput
    from ..models.routine_entry_create import RoutineEntryCreate
    from ..models.source_ref_input import SourceRefInput


T = TypeVar("T", bound="RoutinePatch")


@_attrs_define
class RoutinePatch:
    """A JSON Merge Patch (RFC 7396) of RoutineCreate: the members sent replace the current ones, `null` removes an
    optional one, a list is replaced whole.

        Attributes:
            slug (str | Unset):
            name (str | Unset):
            description (str | Unset):
            source (SourceRefInput | Unset): Where a piece of content comes from: the source, the section within it, and the
                licence
                it comes under (the source's: GET its `href` for the attribution to show).
            items (list[RoutineEntryCreate] | Unset):
            cautions (list[CautionInput] | Unset):
    """

    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    source: SourceRefInput | Unset = UNSET
    items: list[RoutineEntryCreate] | Unset = UNSET
    cautions: list[CautionInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description = self.description

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        cautions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cautions, Unset):
            cautions = []
            for cautions_item_data in self.cautions:
                cautions_item = cautions_item_data.to_dict()
                cautions.append(cautions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if items is not UNSET:
            field_dict["items"] = items
        if cautions is not UNSET:
            field_dict["cautions"] = cautions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_input import CautionInput  # noqa: PLC0415
        from ..models.routine_entry_create import RoutineEntryCreate  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: SourceRefInput | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = SourceRefInput.from_dict(_source)

        _items = d.pop("items", UNSET)
        items: list[RoutineEntryCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = RoutineEntryCreate.from_dict(items_item_data)

                items.append(items_item)

        _cautions = d.pop("cautions", UNSET)
        cautions: list[CautionInput] | Unset = UNSET
        if _cautions is not UNSET:
            cautions = []
            for cautions_item_data in _cautions:
                cautions_item = CautionInput.from_dict(cautions_item_data)

                cautions.append(cautions_item)

        routine_patch = cls(
            slug=slug,
            name=name,
            description=description,
            source=source,
            items=items,
            cautions=cautions,
        )

        routine_patch.additional_properties = d
        return routine_patch

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
