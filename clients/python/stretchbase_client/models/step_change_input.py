from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepChangeInput")


@_attrs_define
class StepChangeInput:
    """How a modification rewrites one step of its pose: removes it, gives it a new text, or
    rewrites one phrase of it (`find` → `replace`).

        Attributes:
            step (int): The position of the pose's step.
            remove (bool | Unset): The step is left out. Default: False.
            text (None | str | Unset): The step's new text.
            find (None | str | Unset): A phrase of the step...
            replace (None | str | Unset): ...and what it becomes.
            unless (list[str] | Unset): Skipped when one of these modifications of the same pose also applies (its own
                change of this step says it all).
    """

    step: int
    remove: bool | Unset = False
    text: None | str | Unset = UNSET
    find: None | str | Unset = UNSET
    replace: None | str | Unset = UNSET
    unless: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        remove = self.remove

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        find: None | str | Unset
        if isinstance(self.find, Unset):
            find = UNSET
        else:
            find = self.find

        replace: None | str | Unset
        if isinstance(self.replace, Unset):
            replace = UNSET
        else:
            replace = self.replace

        unless: list[str] | Unset = UNSET
        if not isinstance(self.unless, Unset):
            unless = self.unless

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "step": step,
            }
        )
        if remove is not UNSET:
            field_dict["remove"] = remove
        if text is not UNSET:
            field_dict["text"] = text
        if find is not UNSET:
            field_dict["find"] = find
        if replace is not UNSET:
            field_dict["replace"] = replace
        if unless is not UNSET:
            field_dict["unless"] = unless

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step = d.pop("step")

        remove = d.pop("remove", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_find(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        find = _parse_find(d.pop("find", UNSET))

        def _parse_replace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replace = _parse_replace(d.pop("replace", UNSET))

        unless = cast(list[str], d.pop("unless", UNSET))

        step_change_input = cls(
            step=step,
            remove=remove,
            text=text,
            find=find,
            replace=replace,
            unless=unless,
        )

        return step_change_input
