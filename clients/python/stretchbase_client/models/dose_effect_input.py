from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dose_effect_input_range import DoseEffectInputRange, check_dose_effect_input_range
from ..types import UNSET, Unset

T = TypeVar("T", bound="DoseEffectInput")


@_attrs_define
class DoseEffectInput:
    """Scale doses: `low_end` takes the bottom of each range; the caps bound the result.

    `fit_time_budget` drops the lowest-priority poses until the routine fits `minutes`.

        Attributes:
            type_ (Literal['dose']):
            range_ (DoseEffectInputRange | Unset):  Default: 'full'.
            max_hold_seconds (int | None | Unset):
            max_breaths (int | None | Unset):
            max_repetitions (int | None | Unset):
            max_duration_seconds (int | None | Unset):
            fit_time_budget (bool | Unset):  Default: False.
    """

    type_: Literal["dose"]
    range_: DoseEffectInputRange | Unset = "full"
    max_hold_seconds: int | None | Unset = UNSET
    max_breaths: int | None | Unset = UNSET
    max_repetitions: int | None | Unset = UNSET
    max_duration_seconds: int | None | Unset = UNSET
    fit_time_budget: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        range_: str | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        max_hold_seconds: int | None | Unset
        if isinstance(self.max_hold_seconds, Unset):
            max_hold_seconds = UNSET
        else:
            max_hold_seconds = self.max_hold_seconds

        max_breaths: int | None | Unset
        if isinstance(self.max_breaths, Unset):
            max_breaths = UNSET
        else:
            max_breaths = self.max_breaths

        max_repetitions: int | None | Unset
        if isinstance(self.max_repetitions, Unset):
            max_repetitions = UNSET
        else:
            max_repetitions = self.max_repetitions

        max_duration_seconds: int | None | Unset
        if isinstance(self.max_duration_seconds, Unset):
            max_duration_seconds = UNSET
        else:
            max_duration_seconds = self.max_duration_seconds

        fit_time_budget = self.fit_time_budget

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if range_ is not UNSET:
            field_dict["range"] = range_
        if max_hold_seconds is not UNSET:
            field_dict["max_hold_seconds"] = max_hold_seconds
        if max_breaths is not UNSET:
            field_dict["max_breaths"] = max_breaths
        if max_repetitions is not UNSET:
            field_dict["max_repetitions"] = max_repetitions
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        if fit_time_budget is not UNSET:
            field_dict["fit_time_budget"] = fit_time_budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["dose"], d.pop("type"))
        if type_ != "dose":
            raise ValueError(f"type must match const 'dose', got '{type_}'")

        _range_ = d.pop("range", UNSET)
        range_: DoseEffectInputRange | Unset
        if isinstance(_range_, Unset):
            range_ = UNSET
        else:
            range_ = check_dose_effect_input_range(_range_)

        def _parse_max_hold_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_hold_seconds = _parse_max_hold_seconds(d.pop("max_hold_seconds", UNSET))

        def _parse_max_breaths(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_breaths = _parse_max_breaths(d.pop("max_breaths", UNSET))

        def _parse_max_repetitions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_repetitions = _parse_max_repetitions(d.pop("max_repetitions", UNSET))

        def _parse_max_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_duration_seconds = _parse_max_duration_seconds(d.pop("max_duration_seconds", UNSET))

        fit_time_budget = d.pop("fit_time_budget", UNSET)

        dose_effect_input = cls(
            type_=type_,
            range_=range_,
            max_hold_seconds=max_hold_seconds,
            max_breaths=max_breaths,
            max_repetitions=max_repetitions,
            max_duration_seconds=max_duration_seconds,
            fit_time_budget=fit_time_budget,
        )

        return dose_effect_input
