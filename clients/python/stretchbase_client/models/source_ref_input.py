from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceRefInput")


@_attrs_define
class SourceRefInput:
    """Where a piece of content comes from: the source, the section within it, and the licence
    it comes under (the source's: GET its `href` for the attribution to show).

        Attributes:
            slug (str): The source (GET /v1/sources/{slug}).
            section (None | str | Unset):
            licence (None | str | Unset): The source's licence or copyright notice; null where we know of none. The source's
                `rights` say what a partner may do with the material either way.
            href (str | Unset): The source: GET it for title, publisher, URL. Default: ''.
    """

    slug: str
    section: None | str | Unset = UNSET
    licence: None | str | Unset = UNSET
    href: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        licence: None | str | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        else:
            licence = self.licence

        href = self.href

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
            }
        )
        if section is not UNSET:
            field_dict["section"] = section
        if licence is not UNSET:
            field_dict["licence"] = licence
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        def _parse_licence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))

        href = d.pop("href", UNSET)

        source_ref_input = cls(
            slug=slug,
            section=section,
            licence=licence,
            href=href,
        )

        return source_ref_input
