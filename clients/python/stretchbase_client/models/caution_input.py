from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.source_ref_input import SourceRefInput


T = TypeVar("T", bound="CautionInput")


@_attrs_define
class CautionInput:
    """A caution that goes with the content wherever it is shown, with its source.

    Attributes:
        text (str):
        source (SourceRefInput): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
    """

    text: str
    source: SourceRefInput

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
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        source = SourceRefInput.from_dict(d.pop("source"))

        caution_input = cls(
            text=text,
            source=source,
        )

        return caution_input
