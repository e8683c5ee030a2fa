from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.severity import Severity, check_severity

T = TypeVar("T", bound="RuleRef")


@_attrs_define
class RuleRef:
    """A rule as cited anywhere in a representation: its slug, severity and message, and its
    link. The one shape of a rule reference (items, modifications, exclusions, notices,
    referrals and the vocabulary all cite rules with it).

        Attributes:
            slug (str):
            severity (Severity): As CDS Hooks cards: info, warning, critical.
            message (str): What the rule tells the person.
            href (str): The rule: GET it for its trigger, effects, rationale, sources. Default: ''.
    """

    slug: str
    severity: Severity
    message: str
    href: str = ""

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        severity: str = self.severity

        message = self.message

        href = self.href

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "severity": severity,
                "message": message,
                "href": href,
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

        rule_ref = cls(
            slug=slug,
            severity=severity,
            message=message,
            href=href,
        )

        return rule_ref
