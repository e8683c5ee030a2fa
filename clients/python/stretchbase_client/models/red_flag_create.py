from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.red_flag import RedFlag, check_red_flag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ask_if import AskIf


T = TypeVar("T", bound="RedFlagCreate")


@_attrs_define
class RedFlagCreate:
    """
    Attributes:
        label (str):
        question (str): What a client asks the person.
        help_text (str):
        slug (RedFlag):
        ask_if (AskIf | None | Unset): Ask only when the person reported this mobility limit.
    """

    label: str
    question: str
    help_text: str
    slug: RedFlag
    ask_if: AskIf | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ask_if import AskIf  # noqa: PLC0415

        label = self.label

        question = self.question

        help_text = self.help_text

        slug: str = self.slug

        ask_if: dict[str, Any] | None | Unset
        if isinstance(self.ask_if, Unset):
            ask_if = UNSET
        elif isinstance(self.ask_if, AskIf):
            ask_if = self.ask_if.to_dict()
        else:
            ask_if = self.ask_if

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "question": question,
                "help_text": help_text,
                "slug": slug,
            }
        )
        if ask_if is not UNSET:
            field_dict["ask_if"] = ask_if

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ask_if import AskIf  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        question = d.pop("question")

        help_text = d.pop("help_text")

        slug = check_red_flag(d.pop("slug"))

        def _parse_ask_if(data: object) -> AskIf | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ask_if_type_0 = AskIf.from_dict(data)

                return ask_if_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AskIf | None | Unset, data)

        ask_if = _parse_ask_if(d.pop("ask_if", UNSET))

        red_flag_create = cls(
            label=label,
            question=question,
            help_text=help_text,
            slug=slug,
            ask_if=ask_if,
        )

        red_flag_create.additional_properties = d
        return red_flag_create

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
