from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caution_input import CautionInput


T = TypeVar("T", bound="SourceSectionInput")


@_attrs_define
class SourceSectionInput:
    """A section of a source, kept as structured material (e.g. the article's self-care list).

    Attributes:
        slug (str):
        title (str):
        text (None | str | Unset):
        items (list[str] | Unset):
        caution (CautionInput | None | Unset): What Stretchbase adds where the source's advice needs it.
    """

    slug: str
    title: str
    text: None | str | Unset = UNSET
    items: list[str] | Unset = UNSET
    caution: CautionInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caution_input import CautionInput  # noqa: PLC0415

        slug = self.slug

        title = self.title

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        caution: dict[str, Any] | None | Unset
        if isinstance(self.caution, Unset):
            caution = UNSET
        elif isinstance(self.caution, CautionInput):
            caution = self.caution.to_dict()
        else:
            caution = self.caution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if items is not UNSET:
            field_dict["items"] = items
        if caution is not UNSET:
            field_dict["caution"] = caution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_input import CautionInput  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        items = cast(list[str], d.pop("items", UNSET))

        def _parse_caution(data: object) -> CautionInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caution_type_0 = CautionInput.from_dict(data)

                return caution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CautionInput | None | Unset, data)

        caution = _parse_caution(d.pop("caution", UNSET))

        source_section_input = cls(
            slug=slug,
            title=title,
            text=text,
            items=items,
            caution=caution,
        )

        source_section_input.additional_properties = d
        return source_section_input

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
