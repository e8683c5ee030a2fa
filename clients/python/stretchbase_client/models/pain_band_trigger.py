from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pain_band import PainBand, check_pain_band

T = TypeVar("T", bound="PainBandTrigger")


@_attrs_define
class PainBandTrigger:
    """Applies when `min <= pain_level <= max`; the band names it in the response.

    Attributes:
        type_ (Literal['pain_band']):
        band (PainBand):
        min_ (int):
        max_ (int):
    """

    type_: Literal["pain_band"]
    band: PainBand
    min_: int
    max_: int

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        band: str = self.band

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "band": band,
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["pain_band"], d.pop("type"))
        if type_ != "pain_band":
            raise ValueError(f"type must match const 'pain_band', got '{type_}'")

        band = check_pain_band(d.pop("band"))

        min_ = d.pop("min")

        max_ = d.pop("max")

        pain_band_trigger = cls(
            type_=type_,
            band=band,
            min_=min_,
            max_=max_,
        )

        return pain_band_trigger
