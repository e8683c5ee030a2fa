from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_action import ReferralAction, check_referral_action
from ..models.urgency import Urgency, check_urgency

T = TypeVar("T", bound="ReferEffect")


@_attrs_define
class ReferEffect:
    """No routine: refer the person to a clinician with this urgency and action.

    Attributes:
        type_ (Literal['refer']):
        urgency (Urgency): How soon a referral asks the person to be seen; ordered from most to least urgent.
        action (ReferralAction): What to do, so that an app in any country can map it to its own services.
    """

    type_: Literal["refer"]
    urgency: Urgency
    action: ReferralAction

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        urgency: str = self.urgency

        action: str = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "urgency": urgency,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["refer"], d.pop("type"))
        if type_ != "refer":
            raise ValueError(f"type must match const 'refer', got '{type_}'")

        urgency = check_urgency(d.pop("urgency"))

        action = check_referral_action(d.pop("action"))

        refer_effect = cls(
            type_=type_,
            urgency=urgency,
            action=action,
        )

        return refer_effect
