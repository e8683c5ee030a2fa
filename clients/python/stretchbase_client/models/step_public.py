from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.step_cue import StepCue, check_step_cue

if TYPE_CHECKING:
    from ..models.number_range import NumberRange
    from ..models.source_ref import SourceRef
    from ..models.step_media import StepMedia


T = TypeVar("T", bound="StepPublic")


@_attrs_define
class StepPublic:
    """
    Attributes:
        position (int):
        text (str):
        cue (StepCue):
        hold_seconds (None | NumberRange):
        breaths (None | NumberRange):
        repetitions (None | NumberRange):
        duration_seconds (None | NumberRange): For a step that repeats a movement for a time.
        phase (None | str): For poses with phases (Cat-Cow): the phase this step belongs to.
        source (SourceRef): Where a piece of content comes from: the source, the section within it, and the licence
            it comes under (the source's: GET its `href` for the attribution to show).
        modified_by (None | str): In a composed routine: the modification that rewrote it.
        media (None | StepMedia): The figure of the step's phase, for a step with one.
    """

    position: int
    text: str
    cue: StepCue
    hold_seconds: None | NumberRange
    breaths: None | NumberRange
    repetitions: None | NumberRange
    duration_seconds: None | NumberRange
    phase: None | str
    source: SourceRef
    modified_by: None | str
    media: None | StepMedia

    def to_dict(self) -> dict[str, Any]:
        from ..models.number_range import NumberRange  # noqa: PLC0415
        from ..models.step_media import StepMedia  # noqa: PLC0415

        position = self.position

        text = self.text

        cue: str = self.cue

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

        duration_seconds: dict[str, Any] | None
        if isinstance(self.duration_seconds, NumberRange):
            duration_seconds = self.duration_seconds.to_dict()
        else:
            duration_seconds = self.duration_seconds

        phase: None | str
        phase = self.phase

        source = self.source.to_dict()

        modified_by: None | str
        modified_by = self.modified_by

        media: dict[str, Any] | None
        if isinstance(self.media, StepMedia):
            media = self.media.to_dict()
        else:
            media = self.media

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "text": text,
                "cue": cue,
                "hold_seconds": hold_seconds,
                "breaths": breaths,
                "repetitions": repetitions,
                "duration_seconds": duration_seconds,
                "phase": phase,
                "source": source,
                "modified_by": modified_by,
                "media": media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_range import NumberRange  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415
        from ..models.step_media import StepMedia  # noqa: PLC0415

        d = dict(src_dict)
        position = d.pop("position")

        text = d.pop("text")

        cue = check_step_cue(d.pop("cue"))

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

        def _parse_phase(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phase = _parse_phase(d.pop("phase"))

        source = SourceRef.from_dict(d.pop("source"))

        def _parse_modified_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        modified_by = _parse_modified_by(d.pop("modified_by"))

        def _parse_media(data: object) -> None | StepMedia:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_type_0 = StepMedia.from_dict(data)

                return media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StepMedia, data)

        media = _parse_media(d.pop("media"))

        step_public = cls(
            position=position,
            text=text,
            cue=cue,
            hold_seconds=hold_seconds,
            breaths=breaths,
            repetitions=repetitions,
            duration_seconds=duration_seconds,
            phase=phase,
            source=source,
            modified_by=modified_by,
            media=media,
        )

        return step_public
