from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sides import Sides, check_sides

if TYPE_CHECKING:
    from ..models.number_range import NumberRange
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="Dose")


@_attrs_define
class Dose:
    """How much of a pose to do. Exactly one measure is set: a hold (`hold_seconds`, in
    seconds), `breaths` (slow breaths, counted), `repetitions` (of the movement), or, for a
    flow repeated for a time, `duration_seconds`. Each is an inclusive range; `max` null
    means "or longer". `sides`: `both` — the pose works both sides at once (do it once);
    `each` — do it on one side, then the other (the time counts twice).

        Attributes:
            hold_seconds (None | NumberRange): Hold for this many seconds.
            breaths (None | NumberRange): Hold for this many slow breaths.
            repetitions (None | NumberRange): Repeat the movement.
            sides (Sides):
            cycle_seconds (int | None): Dynamic poses: one cycle (one repetition, when repetitions are counted).
            duration_seconds (None | NumberRange): Dynamic poses: how long to keep repeating the cycle.
            source (None | SourceRef): Where the numbers come from (a composed item's `rules` say what scaled them).
    """

    hold_seconds: None | NumberRange
    breaths: None | NumberRange
    repetitions: None | NumberRange
    sides: Sides
    cycle_seconds: int | None
    duration_seconds: None | NumberRange
    source: None | SourceRef

    def to_dict(self) -> dict[str, Any]:
        from ..models.number_range import NumberRange  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        hold_seconds: dict[str, Any] | None
        if isinstance(self.hold_seconds, NumberRange):
            hold_seconds = self.hold_seconds.to_dict()
        else:
            hold_seconds = self.hold_seconds

        breaths: dict[str, Any] | None
        if isinstance(self.breaths, NumberRange):
            breaths = self.breaths.to_dict()
        else:
            breaths = self.breaths

        repetitions: dict[str, Any] | None
        if isinstance(self.repetitions, NumberRange):
            repetitions = self.repetitions.to_dict()
        else:
            repetitions = self.repetitions

        sides: str = self.sides

        cycle_seconds: int | None
        cycle_seconds = self.cycle_seconds

        duration_seconds: dict[str, Any] | None
        if isinstance(self.duration_seconds, NumberRange):
            duration_seconds = self.duration_seconds.to_dict()
        else:
            duration_seconds = self.duration_seconds

        source: dict[str, Any] | None
        if isinstance(self.source, SourceRef):
            source = self.source.to_dict()
        else:
            source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hold_seconds": hold_seconds,
                "breaths": breaths,
                "repetitions": repetitions,
                "sides": sides,
                "cycle_seconds": cycle_seconds,
                "duration_seconds": duration_seconds,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_range import NumberRange  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hold_seconds(data: object) -> None | NumberRange:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hold_seconds_type_0 = NumberRange.from_dict(data)

                return hold_seconds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRange, data)

        hold_seconds = _parse_hold_seconds(d.pop("hold_seconds"))

        def _parse_breaths(data: object) -> None | NumberRange:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breaths_type_0 = NumberRange.from_dict(data)

                return breaths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRange, data)

        breaths = _parse_breaths(d.pop("breaths"))

        def _parse_repetitions(data: object) -> None | NumberRange:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repetitions_type_0 = NumberRange.from_dict(data)

                return repetitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRange, data)

        repetitions = _parse_repetitions(d.pop("repetitions"))

        sides = check_sides(d.pop("sides"))

        def _parse_cycle_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cycle_seconds = _parse_cycle_seconds(d.pop("cycle_seconds"))

        def _parse_duration_seconds(data: object) -> None | NumberRange:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duration_seconds_type_0 = NumberRange.from_dict(data)

                return duration_seconds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NumberRange, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds"))

        def _parse_source(data: object) -> None | SourceRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SourceRef.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceRef, data)

        source = _parse_source(d.pop("source"))

        dose = cls(
            hold_seconds=hold_seconds,
            breaths=breaths,
            repetitions=repetitions,
            sides=sides,
            cycle_seconds=cycle_seconds,
            duration_seconds=duration_seconds,
            source=source,
        )

        return dose
