from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.red_flag import RedFlag, check_red_flag
from ..models.urgency import Urgency, check_urgency

if TYPE_CHECKING:
    from ..models.ask_if import AskIf
    from ..models.rule_ref import RuleRef


T = TypeVar("T", bound="RedFlagPublic")


@_attrs_define
class RedFlagPublic:
    """
    Attributes:
        slug (RedFlag):
        label (str):
        question (str):
        help_text (str):
        ask_if (AskIf | None):
        urgency (None | Urgency): How soon to see a clinician when present; null for advisory flags.
        rules (list[RuleRef]): The rules this answer triggers.
    """

    slug: RedFlag
    label: str
    question: str
    help_text: str
    ask_if: AskIf | None
    urgency: None | Urgency
    rules: list[RuleRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ask_if import AskIf  # noqa: PLC0415

        slug: str = self.slug

        label = self.label

        question = self.question

        help_text = self.help_text

        ask_if: dict[str, Any] | None
        if isinstance(self.ask_if, AskIf):
            ask_if = self.ask_if.to_dict()
        else:
            ask_if = self.ask_if

        urgency: None | str
        if isinstance(self.urgency, str):
            urgency = self.urgency
        else:
            urgency = self.urgency

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "question": question,
                "help_text": help_text,
                "ask_if": ask_if,
                "urgency": urgency,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ask_if import AskIf  # noqa: PLC0415
        from ..models.rule_ref import RuleRef  # noqa: PLC0415

        d = dict(src_dict)
        slug = check_red_flag(d.pop("slug"))

        label = d.pop("label")

        question = d.pop("question")

        help_text = d.pop("help_text")

        def _parse_ask_if(data: object) -> AskIf | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ask_if_type_0 = AskIf.from_dict(data)

                return ask_if_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AskIf | None, data)

        ask_if = _parse_ask_if(d.pop("ask_if"))

        def _parse_urgency(data: object) -> None | Urgency:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                urgency_type_0 = check_urgency(data)

                return urgency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Urgency, data)

        urgency = _parse_urgency(d.pop("urgency"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleRef.from_dict(rules_item_data)

            rules.append(rules_item)

        red_flag_public = cls(
            slug=slug,
            label=label,
            question=question,
            help_text=help_text,
            ask_if=ask_if,
            urgency=urgency,
            rules=rules,
        )

        red_flag_public.additional_properties = d
        return red_flag_public

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
