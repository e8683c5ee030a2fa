from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_cue import StepCue, check_step_cue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_range_input import NumberRangeInput


T = TypeVar("T", bound="StepCreate")


@_attrs_define
class StepCreate:
    """
    Attributes:
        text (str):
        cue (StepCue):
        hold_seconds (None | NumberRangeInput | Unset):
        breaths (None | NumberRangeInput | Unset):
        repetitions (None | NumberRangeInput | Unset):
        duration_seconds (None | NumberRangeInput | Unset):
        phase (None | str | Unset):
        section (None | str | Unset): Source section; defaults to the pose's.
    """

    text: str
    cue: StepCue
    hold_seconds: None | NumberRangeInput | Unset = UNSET
    breaths: None | NumberRangeInput | Unset = UNSET
    repetitions: None | NumberRangeInput | Unset = UNSET
    duration_seconds: None | NumberRangeInput | Unset = UNSET
    phase: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.number_range_input import NumberRangeInput  # noqa: PLC0415

        text = self.text

        cue: str = self.cue

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

        duration_seconds: dict[str, Any] | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        elif isinstance(self.duration_seconds, NumberRangeInput):
            duration_seconds = self.duration_seconds.to_dict()
        else:
            duration_seconds = self.duration_seconds

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "cue": cue,
            }
        )
        if hold_seconds is not UNSET:
            field_dict["hold_seconds"] = hold_seconds
        if breaths is not UNSET:
            field_dict["breaths"] = breaths
        if repetitions is not UNSET:
            field_dict["repetitions"] = repetitions
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if phase is not UNSET:
            field_dict["phase"] = phase
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_range_input import NumberRangeInput  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        cue = check_step_cue(d.pop("cue"))

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

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        step_create = cls(
            text=text,
            cue=cue,
            hold_seconds=hold_seconds,
            breaths=breaths,
            repetitions=repetitions,
            duration_seconds=duration_seconds,
            phase=phase,
            section=section,
        )

        step_create.additional_properties = d
        return step_create

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
