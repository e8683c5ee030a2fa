from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_action import ReferralAction, check_referral_action
from ..models.severity import Severity, check_severity

T = TypeVar("T", bound="Notice")


@_attrs_define
class Notice:
    """A rule's notice: the rule cited (its message is the notice), and what it asks.

    Attributes:
        slug (str):
        severity (Severity): As CDS Hooks cards: info, warning, critical.
        message (str): What the rule tells the person.
        href (str): The rule: GET it for its trigger, effects, rationale, sources. Default: ''.
        action (None | ReferralAction): What the notice asks the person to do, if anything.
    """

    slug: str
    severity: Severity
    message: str
    action: None | ReferralAction
    href: str = ""

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        severity: str = self.severity

        message = self.message

        href = self.href

        action: None | str
        if isinstance(self.action, str):
            action = self.action
        else:
            action = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "severity": severity,
                "message": message,
                "href": href,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        severity = check_severity(d.pop("severity"))

        message = d.pop("message")

        href = d.pop("href")

        def _parse_action(data: object) -> None | ReferralAction:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = check_referral_action(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralAction, data)

        action = _parse_action(d.pop("action"))

        notice = cls(
            slug=slug,
            severity=severity,
            message=message,
            href=href,
            action=action,
        )

        return notice
