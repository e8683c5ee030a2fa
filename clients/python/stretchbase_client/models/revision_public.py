from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.revision_public_body import RevisionPublicBody
    from ..models.revision_public_links import RevisionPublicLinks


T = TypeVar("T", bound="RevisionPublic")


@_attrs_define
class RevisionPublic:
    """
    Attributes:
        resource (str): The collection the resource is in, e.g. `safety-rules`.
        slug (str):
        number (int): 1 for the first revision of this resource, then 2, 3, …
        content_version (int): The content version this change made.
        author (str): The name of the API key that made the change.
        created_at (datetime.datetime):
        retired (bool): True when this change retired the resource.
        body (RevisionPublicBody): The resource after the change, in the form PUT takes (for a retirement: as it was
            when retired).
        links (RevisionPublicLinks):
    """

    resource: str
    slug: str
    number: int
    content_version: int
    author: str
    created_at: datetime.datetime
    retired: bool
    body: RevisionPublicBody
    links: RevisionPublicLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        slug = self.slug

        number = self.number

        content_version = self.content_version

        author = self.author

        created_at = self.created_at.isoformat()

        retired = self.retired

        body = self.body.to_dict()

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "slug": slug,
                "number": number,
                "content_version": content_version,
                "author": author,
                "created_at": created_at,
                "retired": retired,
                "body": body,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revision_public_body import RevisionPublicBody  # noqa: PLC0415
        from ..models.revision_public_links import RevisionPublicLinks  # noqa: PLC0415

        d = dict(src_dict)
        resource = d.pop("resource")

        slug = d.pop("slug")

        number = d.pop("number")

        content_version = d.pop("content_version")

        author = d.pop("author")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        retired = d.pop("retired")

        body = RevisionPublicBody.from_dict(d.pop("body"))

        links = RevisionPublicLinks.from_dict(d.pop("links"))

        revision_public = cls(
            resource=resource,
            slug=slug,
            number=number,
            content_version=content_version,
            author=author,
            created_at=created_at,
            retired=retired,
            body=body,
            links=links,
        )

        revision_public.additional_properties = d
        return revision_public

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
