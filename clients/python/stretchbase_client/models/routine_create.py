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


T = TypeVar("T", bound="RoutineCreate")


@_attrs_define
class RoutineCreate:
    """
    Attributes:
        slug (str):
        name (str):
        description (str):
        source (SourceRefInput): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
        items (list[RoutineEntryCreate]):
        cautions (list[CautionInput] | Unset):
    """

    slug: str
    name: str
    description: str
    source: SourceRefInput
    items: list[RoutineEntryCreate]
    cautions: list[CautionInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description = self.description

        source = self.source.to_dict()

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
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "description": description,
                "source": source,
                "items": items,
            }
        )
        if cautions is not UNSET:
            field_dict["cautions"] = cautions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_input import CautionInput  # noqa: PLC0415
        from ..models.routine_entry_create import RoutineEntryCreate  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        description = d.pop("description")

        source = SourceRefInput.from_dict(d.pop("source"))

        items = []
        _items = d.pop("items")
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

        routine_create = cls(
            slug=slug,
            name=name,
            description=description,
            source=source,
            items=items,
            cautions=cautions,
        )

        routine_create.additional_properties = d
        return routine_create

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
