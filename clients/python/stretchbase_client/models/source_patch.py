from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_kind import SourceKind, check_source_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_section_input import SourceSectionInput


T = TypeVar("T", bound="SourcePatch")


@_attrs_define
class SourcePatch:
    """A JSON Merge Patch (RFC 7396) of SourceCreate: the members sent replace the current ones, `null` removes an optional
    one, a list is replaced whole.

        Attributes:
            slug (str | Unset):
            title (str | Unset):
            kind (SourceKind | Unset):
            publisher (None | str | Unset):
            citation (None | str | Unset):
            url (None | str | Unset):
            licence (None | str | Unset): The licence or copyright notice the publisher states (`CC BY 4.0`, `Open
                Government Licence v3.0`, `© NICE. All rights reserved…`); null where we know of none: then `rights` says what
                that means.
            licence_url (None | str | Unset): Where the licence or the publisher's terms are written.
            rights (str | Unset): What the publisher allows and what Stretchbase does with the source: the terms a partner
                reuses material cited to it under (docs/partners.md, "Rights").
            attribution (str | Unset): The attribution to show beside material taken from this source.
            sections (list[SourceSectionInput] | Unset):
    """

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    kind: SourceKind | Unset = UNSET
    publisher: None | str | Unset = UNSET
    citation: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    licence: None | str | Unset = UNSET
    licence_url: None | str | Unset = UNSET
    rights: str | Unset = UNSET
    attribution: str | Unset = UNSET
    sections: list[SourceSectionInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        citation: None | str | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        licence: None | str | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        else:
            licence = self.licence

        licence_url: None | str | Unset
        if isinstance(self.licence_url, Unset):
            licence_url = UNSET
        else:
            licence_url = self.licence_url

        rights = self.rights

        attribution = self.attribution

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if citation is not UNSET:
            field_dict["citation"] = citation
        if url is not UNSET:
            field_dict["url"] = url
        if licence is not UNSET:
            field_dict["licence"] = licence
        if licence_url is not UNSET:
            field_dict["licence_url"] = licence_url
        if rights is not UNSET:
            field_dict["rights"] = rights
        if attribution is not UNSET:
            field_dict["attribution"] = attribution
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_section_input import SourceSectionInput  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: SourceKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_source_kind(_kind)

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_citation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        citation = _parse_citation(d.pop("citation", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_licence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))

        def _parse_licence_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licence_url = _parse_licence_url(d.pop("licence_url", UNSET))

        rights = d.pop("rights", UNSET)

        attribution = d.pop("attribution", UNSET)

        _sections = d.pop("sections", UNSET)
        sections: list[SourceSectionInput] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = SourceSectionInput.from_dict(sections_item_data)

                sections.append(sections_item)

        source_patch = cls(
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
        )

        source_patch.additional_properties = d
        return source_patch

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
