from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.days_with_pain_trigger_input import DaysWithPainTriggerInput
    from ..models.mobility_limit_trigger import MobilityLimitTrigger
    from ..models.pain_band_trigger import PainBandTrigger
    from ..models.red_flag_trigger import RedFlagTrigger


T = TypeVar("T", bound="AllOfTriggerInput")


@_attrs_define
class AllOfTriggerInput:
    """Applies when every one of its triggers applies (e.g. osteoporosis and severe pain).

    Attributes:
        type_ (Literal['all_of']):
        triggers (list[DaysWithPainTriggerInput | MobilityLimitTrigger | PainBandTrigger | RedFlagTrigger]):
    """

    type_: Literal["all_of"]
    triggers: list[
        DaysWithPainTriggerInput | MobilityLimitTrigger | PainBandTrigger | RedFlagTrigger
    ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.mobility_limit_trigger import MobilityLimitTrigger  # noqa: PLC0415
        from ..models.pain_band_trigger import PainBandTrigger  # noqa: PLC0415
        from ..models.red_flag_trigger import RedFlagTrigger  # noqa: PLC0415

        type_ = self.type_

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item: dict[str, Any]
            if isinstance(triggers_item_data, RedFlagTrigger):
                triggers_item = triggers_item_data.to_dict()
            elif isinstance(triggers_item_data, PainBandTrigger):
                triggers_item = triggers_item_data.to_dict()
            elif isinstance(triggers_item_data, MobilityLimitTrigger):
                triggers_item = triggers_item_data.to_dict()
            else:
                triggers_item = triggers_item_data.to_dict()

            triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.days_with_pain_trigger_input import DaysWithPainTriggerInput  # noqa: PLC0415
        from ..models.mobility_limit_trigger import MobilityLimitTrigger  # noqa: PLC0415
        from ..models.pain_band_trigger import PainBandTrigger  # noqa: PLC0415
        from ..models.red_flag_trigger import RedFlagTrigger  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["all_of"], d.pop("type"))
        if type_ != "all_of":
            raise ValueError(f"type must match const 'all_of', got '{type_}'")

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:

            def _parse_triggers_item(
                data: object,
            ) -> DaysWithPainTriggerInput | MobilityLimitTrigger | PainBandTrigger | RedFlagTrigger:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggers_item_type_0 = RedFlagTrigger.from_dict(data)

                    return triggers_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggers_item_type_1 = PainBandTrigger.from_dict(data)

                    return triggers_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggers_item_type_2 = MobilityLimitTrigger.from_dict(data)

                    return triggers_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                triggers_item_type_3 = DaysWithPainTriggerInput.from_dict(data)

                return triggers_item_type_3

            triggers_item = _parse_triggers_item(triggers_item_data)

            triggers.append(triggers_item)

        all_of_trigger_input = cls(
            type_=type_,
            triggers=triggers,
        )

        return all_of_trigger_input
