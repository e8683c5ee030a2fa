from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.media_figures import MediaFigures


T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """
    Attributes:
        image_url (None | str): The pose's main figure (SVG).
        video_url (None | str):
        figures (MediaFigures): Its other figures by name: each phase, each modification that changes its shape, and
            `animated` for a pose that moves between phases.
    """

    image_url: None | str
    video_url: None | str
    figures: MediaFigures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url: None | str
        image_url = self.image_url

        video_url: None | str
        video_url = self.video_url

        figures = self.figures.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
                "figures": figures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_figures import MediaFigures  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image_url = _parse_image_url(d.pop("image_url"))

        def _parse_video_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        video_url = _parse_video_url(d.pop("video_url"))

        figures = MediaFigures.from_dict(d.pop("figures"))

        media = cls(
            image_url=image_url,
            video_url=video_url,
            figures=figures,
        )

        media.additional_properties = d
        return media

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
