from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.pose_kind import PoseKind, check_pose_kind
from ..models.position import Position, check_position

T = TypeVar("T", bound="PoseRef")


@_attrs_define
class PoseRef:
    """The short form of a pose used inside routines and compositions.

    Attributes:
        slug (str):
        name (str):
        kind (PoseKind):
        body_position (Position):
        href (str):
    """

    slug: str
    name: str
    kind: PoseKind
    body_position: Position
    href: str

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        kind: str = self.kind

        body_position: str = self.body_position

        href = self.href

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "kind": kind,
                "body_position": body_position,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        kind = check_pose_kind(d.pop("kind"))

        body_position = check_position(d.pop("body_position"))

        href = d.pop("href")

        pose_ref = cls(
            slug=slug,
            name=name,
            kind=kind,
            body_position=body_position,
            href=href,
        )

        return pose_ref
