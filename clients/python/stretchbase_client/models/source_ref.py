from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SourceRef")


@_attrs_define
class SourceRef:
    """Where a piece of content comes from: the source, the section within it, and the licence
    it comes under (the source's: GET its `href` for the attribution to show).

        Attributes:
            slug (str): The source (GET /v1/sources/{slug}).
            section (None | str):
            licence (None | str): The source's licence or copyright notice; null where we know of none. The source's
                `rights` say what a partner may do with the material either way.
            href (str): The source: GET it for title, publisher, URL. Default: ''.
    """

    slug: str
    section: None | str
    licence: None | str
    href: str = ""

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        section: None | str
        section = self.section

        licence: None | str
        licence = self.licence

        href = self.href

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "section": section,
                "licence": licence,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        def _parse_section(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        section = _parse_section(d.pop("section"))

        def _parse_licence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence = _parse_licence(d.pop("licence"))

        href = d.pop("href")

        source_ref = cls(
            slug=slug,
            section=section,
            licence=licence,
            href=href,
        )

        return source_ref
