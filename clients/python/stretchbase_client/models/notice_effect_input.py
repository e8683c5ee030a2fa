from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_action import ReferralAction, check_referral_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeEffectInput")


@_attrs_define
class NoticeEffectInput:
    """Show the rule's message as a notice, with the rule's severity.

    Attributes:
        type_ (Literal['notice']):
        action (None | ReferralAction | Unset): What the notice asks the person to do, if anything.
        without_routine (bool | Unset): Also shown when no routine is given (a referral or no suitable poses); only for
            advice that still holds for someone who must not stretch now. Default: False.
    """

    type_: Literal["notice"]
    action: None | ReferralAction | Unset = UNSET
    without_routine: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, str):
            action = self.action
        else:
            action = self.action

        without_routine = self.without_routine

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if without_routine is not UNSET:
            field_dict["without_routine"] = without_routine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["notice"], d.pop("type"))
        if type_ != "notice":
            raise ValueError(f"type must match const 'notice', got '{type_}'")

        def _parse_action(data: object) -> None | ReferralAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = check_referral_action(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralAction | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        without_routine = d.pop("without_routine", UNSET)

        notice_effect_input = cls(
            type_=type_,
            action=action,
            without_routine=without_routine,
        )

        return notice_effect_input
