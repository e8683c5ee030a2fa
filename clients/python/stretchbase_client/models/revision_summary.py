from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revision_summary_origin import RevisionSummaryOrigin, check_revision_summary_origin

if TYPE_CHECKING:
    from ..models.revision_summary_links import RevisionSummaryLinks
    from ..models.revision_summary_patch_item import RevisionSummaryPatchItem


T = TypeVar("T", bound="RevisionSummary")


@_attrs_define
class RevisionSummary:
    """A revision without the resource's body: what the audit list shows.

    Attributes:
        resource (str): The collection the resource is in, e.g. `safety-rules`.
        slug (str):
        number (int): 1 for the first revision of this resource, then 2, 3, …
        content_version (int): The content version this change made.
        author (str): The name of the API key that made the change (`seed` when `origin` is `seed`).
        created_at (datetime.datetime): When it was recorded (a `seed` revision: with the resource's first edit).
        retired (bool): True when this change retired the resource.
        patch (list[RevisionSummaryPatchItem]): What the change did: an RFC 6902 JSON Patch that turns the previous
            revision's `body` into this one's (for a creation, one `add` of the whole body at the root path `""`; for a
            retirement, empty: `retired` says it).
        message (None | str): The editor's note on the change (the `Revision-Message` header), if any.
        origin (RevisionSummaryOrigin): `editor`: a write through the API. `seed`: the resource as the seed file had it,
            recorded with its first edit so that the edit can be reverted.
        restores (int | None): For a revert: the number of the revision whose body it restored.
        links (RevisionSummaryLinks):
    """

    resource: str
    slug: str
    number: int
    content_version: int
    author: str
    created_at: datetime.datetime
    retired: bool
    patch: list[RevisionSummaryPatchItem]
    message: None | str
    origin: RevisionSummaryOrigin
    restores: int | None
    links: RevisionSummaryLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        slug = self.slug

        number = self.number

        content_version = self.content_version

        author = self.author

        created_at = self.created_at.isoformat()

        retired = self.retired

        patch = []
        for patch_item_data in self.patch:
            patch_item = patch_item_data.to_dict()
            patch.append(patch_item)

        message: None | str
        message = self.message

        origin: str = self.origin

        restores: int | None
        restores = self.restores

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
                "patch": patch,
                "message": message,
                "origin": origin,
                "restores": restores,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revision_summary_links import RevisionSummaryLinks  # noqa: PLC0415
        from ..models.revision_summary_patch_item import RevisionSummaryPatchItem  # noqa: PLC0415

        d = dict(src_dict)
        resource = d.pop("resource")

        slug = d.pop("slug")

        number = d.pop("number")

        content_version = d.pop("content_version")

        author = d.pop("author")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        retired = d.pop("retired")

        patch = []
        _patch = d.pop("patch")
        for patch_item_data in _patch:
            patch_item = RevisionSummaryPatchItem.from_dict(patch_item_data)

            patch.append(patch_item)

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        origin = check_revision_summary_origin(d.pop("origin"))

        def _parse_restores(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        restores = _parse_restores(d.pop("restores"))

        links = RevisionSummaryLinks.from_dict(d.pop("links"))

        revision_summary = cls(
            resource=resource,
            slug=slug,
            number=number,
            content_version=content_version,
            author=author,
            created_at=created_at,
            retired=retired,
            patch=patch,
            message=message,
            origin=origin,
            restores=restores,
            links=links,
        )

        revision_summary.additional_properties = d
        return revision_summary

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
