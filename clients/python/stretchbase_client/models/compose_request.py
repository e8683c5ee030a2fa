from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mobility_limit import MobilityLimit, check_mobility_limit
from ..models.red_flag import RedFlag, check_red_flag
from ..models.region import Region, check_region
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComposeRequest")


@_attrs_define
class ComposeRequest:
    """What a person reports. Lists are sets: duplicates are ignored, order does not matter.

    Attributes:
        pain_level (int): Pain now, 0–10 (NRS).
        mobility_limits (list[MobilityLimit] | Unset):
        red_flags (list[RedFlag] | Unset):
        days_with_pain (int | None | Unset):
        minutes (int | None | Unset): Time budget in minutes.
        base_routine (str | Unset): The routine to adapt. Default: 'seven-best-hip-stretches'.
        region (None | Region | Unset): Adds that region's services and numbers to a referral (ISO 3166-1 code).
        save (bool | Unset): Store the composition (201). Default: False.
    """

    pain_level: int
    mobility_limits: list[MobilityLimit] | Unset = UNSET
    red_flags: list[RedFlag] | Unset = UNSET
    days_with_pain: int | None | Unset = UNSET
    minutes: int | None | Unset = UNSET
    base_routine: str | Unset = "seven-best-hip-stretches"
    region: None | Region | Unset = UNSET
    save: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        pain_level = self.pain_level

        mobility_limits: list[str] | Unset = UNSET
        if not isinstance(self.mobility_limits, Unset):
            mobility_limits = []
            for mobility_limits_item_data in self.mobility_limits:
                mobility_limits_item: str = mobility_limits_item_data
                mobility_limits.append(mobility_limits_item)

        red_flags: list[str] | Unset = UNSET
        if not isinstance(self.red_flags, Unset):
            red_flags = []
            for red_flags_item_data in self.red_flags:
                red_flags_item: str = red_flags_item_data
                red_flags.append(red_flags_item)

        days_with_pain: int | None | Unset
        if isinstance(self.days_with_pain, Unset):
            days_with_pain = UNSET
        else:
            days_with_pain = self.days_with_pain

        minutes: int | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        base_routine = self.base_routine

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, str):
            region = self.region
        else:
            region = self.region

        save = self.save

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pain_level": pain_level,
            }
        )
        if mobility_limits is not UNSET:
            field_dict["mobility_limits"] = mobility_limits
        if red_flags is not UNSET:
            field_dict["red_flags"] = red_flags
        if days_with_pain is not UNSET:
            field_dict["days_with_pain"] = days_with_pain
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if base_routine is not UNSET:
            field_dict["base_routine"] = base_routine
        if region is not UNSET:
            field_dict["region"] = region
        if save is not UNSET:
            field_dict["save"] = save

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pain_level = d.pop("pain_level")

        _mobility_limits = d.pop("mobility_limits", UNSET)
        mobility_limits: list[MobilityLimit] | Unset = UNSET
        if _mobility_limits is not UNSET:
            mobility_limits = []
            for mobility_limits_item_data in _mobility_limits:
                mobility_limits_item = check_mobility_limit(mobility_limits_item_data)

                mobility_limits.append(mobility_limits_item)

        _red_flags = d.pop("red_flags", UNSET)
        red_flags: list[RedFlag] | Unset = UNSET
        if _red_flags is not UNSET:
            red_flags = []
            for red_flags_item_data in _red_flags:
                red_flags_item = check_red_flag(red_flags_item_data)

                red_flags.append(red_flags_item)

        def _parse_days_with_pain(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_with_pain = _parse_days_with_pain(d.pop("days_with_pain", UNSET))

        def _parse_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        base_routine = d.pop("base_routine", UNSET)

        def _parse_region(data: object) -> None | Region | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_0 = check_region(data)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Region | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        save = d.pop("save", UNSET)

        compose_request = cls(
            pain_level=pain_level,
            mobility_limits=mobility_limits,
            red_flags=red_flags,
            days_with_pain=days_with_pain,
            minutes=minutes,
            base_routine=base_routine,
            region=region,
            save=save,
        )

        return compose_request
