from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.caution import Caution


T = TypeVar("T", bound="SourceSection")


@_attrs_define
class SourceSection:
    """A section of a source, kept as structured material (e.g. the article's self-care list).

    Attributes:
        slug (str):
        title (str):
        text (None | str):
        items (list[str]):
        caution (Caution | None): What Stretchbase adds where the source's advice needs it.
    """

    slug: str
    title: str
    text: None | str
    items: list[str]
    caution: Caution | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caution import Caution  # noqa: PLC0415

        slug = self.slug

        title = self.title

        text: None | str
        text = self.text

        items = self.items

        caution: dict[str, Any] | None
        if isinstance(self.caution, Caution):
            caution = self.caution.to_dict()
        else:
            caution = self.caution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "text": text,
                "items": items,
                "caution": caution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution import Caution  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        items = cast(list[str], d.pop("items"))

        def _parse_caution(data: object) -> Caution | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caution_type_0 = Caution.from_dict(data)

                return caution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Caution | None, data)

        caution = _parse_caution(d.pop("caution"))

        source_section = cls(
            slug=slug,
            title=title,
            text=text,
            items=items,
            caution=caution,
        )

        source_section.additional_properties = d
        return source_section

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
