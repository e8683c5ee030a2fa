from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ask_if import AskIf


T = TypeVar("T", bound="TermPatch")


@_attrs_define
class TermPatch:
    """A JSON Merge Patch (RFC 7396) of one TermCreate: the members sent replace the current ones, `null` removes an
    optional one.

        Attributes:
            label (str | Unset):
            question (str | Unset): What a client asks the person.
            help_text (str | Unset):
            ask_if (AskIf | None | Unset): Ask only when the person reported this mobility limit.
    """

    label: str | Unset = UNSET
    question: str | Unset = UNSET
    help_text: str | Unset = UNSET
    ask_if: AskIf | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ask_if import AskIf  # noqa: PLC0415

        label = self.label

        question = self.question

        help_text = self.help_text

        ask_if: dict[str, Any] | None | Unset
        if isinstance(self.ask_if, Unset):
            ask_if = UNSET
        elif isinstance(self.ask_if, AskIf):
            ask_if = self.ask_if.to_dict()
        else:
            ask_if = self.ask_if

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if question is not UNSET:
            field_dict["question"] = question
        if help_text is not UNSET:
            field_dict["help_text"] = help_text
        if ask_if is not UNSET:
            field_dict["ask_if"] = ask_if

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ask_if import AskIf  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label", UNSET)

        question = d.pop("question", UNSET)

        help_text = d.pop("help_text", UNSET)

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

        term_patch = cls(
            label=label,
            question=question,
            help_text=help_text,
            ask_if=ask_if,
        )

        return term_patch
