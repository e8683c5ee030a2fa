from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_kind import SourceKind, check_source_kind

if TYPE_CHECKING:
    from ..models.source_public_links import SourcePublicLinks
    from ..models.source_section import SourceSection


T = TypeVar("T", bound="SourcePublic")


@_attrs_define
class SourcePublic:
    """
    Attributes:
        slug (str):
        title (str):
        kind (SourceKind):
        publisher (None | str):
        citation (None | str):
        url (None | str):
        licence (None | str): The licence or copyright notice the publisher states (`CC BY 4.0`, `Open Government
            Licence v3.0`, `© NICE. All rights reserved…`); null where we know of none: then `rights` says what that means.
        licence_url (None | str): Where the licence or the publisher's terms are written.
        rights (str): What the publisher allows and what Stretchbase does with the source: the terms a partner reuses
            material cited to it under (docs/partners.md, "Rights").
        attribution (str): The attribution to show beside material taken from this source.
        sections (list[SourceSection]):
        links (SourcePublicLinks):
    """

    slug: str
    title: str
    kind: SourceKind
    publisher: None | str
    citation: None | str
    url: None | str
    licence: None | str
    licence_url: None | str
    rights: str
    attribution: str
    sections: list[SourceSection]
    links: SourcePublicLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        kind: str = self.kind

        publisher: None | str
        publisher = self.publisher

        citation: None | str
        citation = self.citation

        url: None | str
        url = self.url

        licence: None | str
        licence = self.licence

        licence_url: None | str
        licence_url = self.licence_url

        rights = self.rights

        attribution = self.attribution

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "kind": kind,
                "publisher": publisher,
                "citation": citation,
                "url": url,
                "licence": licence,
                "licence_url": licence_url,
                "rights": rights,
                "attribution": attribution,
                "sections": sections,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_public_links import SourcePublicLinks  # noqa: PLC0415
        from ..models.source_section import SourceSection  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        kind = check_source_kind(d.pop("kind"))

        def _parse_publisher(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_citation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        citation = _parse_citation(d.pop("citation"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_licence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence = _parse_licence(d.pop("licence"))

        def _parse_licence_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence_url = _parse_licence_url(d.pop("licence_url"))

        rights = d.pop("rights")

        attribution = d.pop("attribution")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = SourceSection.from_dict(sections_item_data)

            sections.append(sections_item)

        links = SourcePublicLinks.from_dict(d.pop("links"))

        source_public = cls(
            slug=slug,
            title=title,
            kind=kind,
            publisher=publisher,
            citation=citation,
            url=url,
            licence=licence,
            licence_url=licence_url,
            rights=rights,
            attribution=attribution,
            sections=sections,
            links=links,
        )

        source_public.additional_properties = d
        return source_public

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
