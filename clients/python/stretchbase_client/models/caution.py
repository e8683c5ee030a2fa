from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="Caution")


@_attrs_define
class Caution:
    """A caution that goes with the content wherever it is shown, with its source.

    Attributes:
        text (str):
        source (SourceRef): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
    """

    text: str
    source: SourceRef

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        source = SourceRef.from_dict(d.pop("source"))

        caution = cls(
            text=text,
            source=source,
        )

        return caution
