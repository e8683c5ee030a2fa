from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_action import ReferralAction, check_referral_action
from ..models.urgency import Urgency, check_urgency

if TYPE_CHECKING:
    from ..models.referral_reason import ReferralReason
    from ..models.rule_ref import RuleRef


T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """
    Attributes:
        urgency (Urgency): How soon a referral asks the person to be seen; ordered from most to least urgent.
        action (ReferralAction): What to do, so that an app in any country can map it to its own services.
        message (str): What to do and which answers led to it, in plain words.
        reasons (list[ReferralReason]):
        contact (None | str): The same advice with the request's region's services.
        rules (list[RuleRef]):
    """

    urgency: Urgency
    action: ReferralAction
    message: str
    reasons: list[ReferralReason]
    contact: None | str
    rules: list[RuleRef]

    def to_dict(self) -> dict[str, Any]:
        urgency: str = self.urgency

        action: str = self.action

        message = self.message

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        contact: None | str
        contact = self.contact

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "urgency": urgency,
                "action": action,
                "message": message,
                "reasons": reasons,
                "contact": contact,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral_reason import ReferralReason  # noqa: PLC0415
        from ..models.rule_ref import RuleRef  # noqa: PLC0415

        d = dict(src_dict)
        urgency = check_urgency(d.pop("urgency"))

        action = check_referral_action(d.pop("action"))

        message = d.pop("message")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = ReferralReason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleRef.from_dict(rules_item_data)

            rules.append(rules_item)

        referral = cls(
            urgency=urgency,
            action=action,
            message=message,
            reasons=reasons,
            contact=contact,
            rules=rules,
        )

        return referral
