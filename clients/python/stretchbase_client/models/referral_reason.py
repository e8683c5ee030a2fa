from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.severity import Severity, check_severity

T = TypeVar("T", bound="ReferralReason")


@_attrs_define
class ReferralReason:
    """A rule that referred: the answers (or combination of answers) that fired it; its
    message says why they need a clinician.

        Attributes:
            slug (str):
            severity (Severity): As CDS Hooks cards: info, warning, critical.
            message (str): What the rule tells the person.
            href (str): The rule: GET it for its trigger, effects, rationale, sources. Default: ''.
            answers (list[str]): The answers, in plain words.
    """

    slug: str
    severity: Severity
    message: str
    answers: list[str]
    href: str = ""

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        severity: str = self.severity

        message = self.message

        href = self.href

        answers = self.answers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "severity": severity,
                "message": message,
                "href": href,
                "answers": answers,
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

        answers = cast(list[str], d.pop("answers"))

        referral_reason = cls(
            slug=slug,
            severity=severity,
            message=message,
            href=href,
            answers=answers,
        )

        return referral_reason
