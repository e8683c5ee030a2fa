from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sides import Sides, check_sides
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_range_input import NumberRangeInput
    from ..models.source_ref_input import SourceRefInput


T = TypeVar("T", bound="DoseInput")


@_attrs_define
class DoseInput:
    """How much of a pose to do. Exactly one measure is set: a hold (`hold_seconds`, in
    seconds), `breaths` (slow breaths, counted), `repetitions` (of the movement), or, for a
    flow repeated for a time, `duration_seconds`. Each is an inclusive range; `max` null
    means "or longer". `sides`: `both` — the pose works both sides at once (do it once);
    `each` — do it on one side, then the other (the time counts twice).

        Attributes:
            hold_seconds (None | NumberRangeInput | Unset): Hold for this many seconds.
            breaths (None | NumberRangeInput | Unset): Hold for this many slow breaths.
            repetitions (None | NumberRangeInput | Unset): Repeat the movement.
            sides (Sides | Unset):
            cycle_seconds (int | None | Unset): Dynamic poses: one cycle (one repetition, when repetitions are counted).
            duration_seconds (None | NumberRangeInput | Unset): Dynamic poses: how long to keep repeating the cycle.
            source (None | SourceRefInput | Unset): Where the numbers come from (a composed item's `rules` say what scaled
                them).
    """

    hold_seconds: None | NumberRangeInput | Unset = UNSET
    breaths: None | NumberRangeInput | Unset = UNSET
    repetitions: None | NumberRangeInput | Unset = UNSET
    sides: Sides | Unset = UNSET
    cycle_seconds: int | None | Unset = UNSET
    duration_seconds: None | NumberRangeInput | Unset = UNSET
    source: None | SourceRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.number_range_input import NumberRangeInput  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415

        hold_seconds: dict[str, Any] | None | Unset
        if isinstance(self.hold_seconds, Unset):
            hold_seconds = UNSET
        elif isinstance(self.hold_seconds, NumberRangeInput):
            hold_seconds = self.hold_seconds.to_dict()
        else:
            hold_seconds = self.hold_seconds

        breaths: dict[str, Any] | None | Unset
        if isinstance(self.breaths, Unset):
            breaths = UNSET
        elif isinstance(self.breaths, NumberRangeInput):
            breaths = self.breaths.to_dict()
        else:
            breaths = self.breaths

        repetitions: dict[str, Any] | None | Unset
        if isinstance(self.repetitions, Unset):
            repetitions = UNSET
        elif isinstance(self.repetitions, NumberRangeInput):
            repetitions = self.repetitions.to_dict()
        else:
            repetitions = self.repetitions

        sides: str | Unset = UNSET
        if not isinstance(self.sides, Unset):
            sides = self.sides

        cycle_seconds: int | None | Unset
        if isinstance(self.cycle_seconds, Unset):
            cycle_seconds = UNSET
        else:
            cycle_seconds = self.cycle_seconds

        duration_seconds: dict[str, Any] | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        elif isinstance(self.duration_seconds, NumberRangeInput):
            duration_seconds = self.duration_seconds.to_dict()
        else:
            duration_seconds = self.duration_seconds

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourceRefInput):
            source = self.source.to_dict()
        else:
            source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if hold_seconds is not UNSET:
            field_dict["hold_seconds"] = hold_seconds
        if breaths is not UNSET:
            field_dict["breaths"] = breaths
        if repetitions is not UNSET:
            field_dict["repetitions"] = repetitions
        if sides is not UNSET:
            field_dict["sides"] = sides
        if cycle_seconds is not UNSET:
            field_dict["cycle_seconds"] = cycle_seconds
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_range_input import NumberRangeInput  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hold_seconds(data: object) -> None | NumberRangeInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hold_seconds_type_0 = NumberRangeInput.from_dict(data)

                return hold_seconds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRangeInput | Unset, data)

        hold_seconds = _parse_hold_seconds(d.pop("hold_seconds", UNSET))

        def _parse_breaths(data: object) -> None | NumberRangeInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breaths_type_0 = NumberRangeInput.from_dict(data)

                return breaths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRangeInput | Unset, data)

        breaths = _parse_breaths(d.pop("breaths", UNSET))

        def _parse_repetitions(data: object) -> None | NumberRangeInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repetitions_type_0 = NumberRangeInput.from_dict(data)

                return repetitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRangeInput | Unset, data)

        repetitions = _parse_repetitions(d.pop("repetitions", UNSET))

        _sides = d.pop("sides", UNSET)
        sides: Sides | Unset
        if isinstance(_sides, Unset):
            sides = UNSET
        else:
            sides = check_sides(_sides)

        def _parse_cycle_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cycle_seconds = _parse_cycle_seconds(d.pop("cycle_seconds", UNSET))

        def _parse_duration_seconds(data: object) -> None | NumberRangeInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duration_seconds_type_0 = NumberRangeInput.from_dict(data)

                return duration_seconds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRangeInput | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_source(data: object) -> None | SourceRefInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SourceRefInput.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceRefInput | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        dose_input = cls(
            hold_seconds=hold_seconds,
            breaths=breaths,
            repetitions=repetitions,
            sides=sides,
            cycle_seconds=cycle_seconds,
            duration_seconds=duration_seconds,
            source=source,
        )

        return dose_input
