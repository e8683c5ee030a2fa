from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dose_effect_range import DoseEffectRange, check_dose_effect_range

T = TypeVar("T", bound="DoseEffect")


@_attrs_define
class DoseEffect:
    """Scale doses: `low_end` takes the bottom of each range; the caps bound the result.

    `fit_time_budget` drops the lowest-priority poses until the routine fits `minutes`.

        Attributes:
            type_ (Literal['dose']):
            range_ (DoseEffectRange):  Default: 'full'.
            max_hold_seconds (int | None):
            max_breaths (int | None):
            max_repetitions (int | None):
            max_duration_seconds (int | None):
            fit_time_budget (bool):  Default: False.
    """

    type_: Literal["dose"]
    max_hold_seconds: int | None
    max_breaths: int | None
    max_repetitions: int | None
    max_duration_seconds: int | None
    range_: DoseEffectRange = "full"
    fit_time_budget: bool = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        range_: str = self.range_

        max_hold_seconds: int | None
        max_hold_seconds = self.max_hold_seconds

        max_breaths: int | None
        max_breaths = self.max_breaths

        max_repetitions: int | None
        max_repetitions = self.max_repetitions

        max_duration_seconds: int | None
        max_duration_seconds = self.max_duration_seconds

        fit_time_budget = self.fit_time_budget

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "range": range_,
                "max_hold_seconds": max_hold_seconds,
                "max_breaths": max_breaths,
                "max_repetitions": max_repetitions,
                "max_duration_seconds": max_duration_seconds,
                "fit_time_budget": fit_time_budget,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["dose"], d.pop("type"))
        if type_ != "dose":
            raise ValueError(f"type must match const 'dose', got '{type_}'")

        range_ = check_dose_effect_range(d.pop("range"))

        def _parse_max_hold_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_hold_seconds = _parse_max_hold_seconds(d.pop("max_hold_seconds"))

        def _parse_max_breaths(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_breaths = _parse_max_breaths(d.pop("max_breaths"))

        def _parse_max_repetitions(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_repetitions = _parse_max_repetitions(d.pop("max_repetitions"))

        def _parse_max_duration_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_duration_seconds = _parse_max_duration_seconds(d.pop("max_duration_seconds"))

        fit_time_budget = d.pop("fit_time_budget")

        dose_effect = cls(
            type_=type_,
            range_=range_,
            max_hold_seconds=max_hold_seconds,
            max_breaths=max_breaths,
            max_repetitions=max_repetitions,
            max_duration_seconds=max_duration_seconds,
            fit_time_budget=fit_time_budget,
        )

        return dose_effect
