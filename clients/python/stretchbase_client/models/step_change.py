from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="StepChange")


@_attrs_define
class StepChange:
    """How a modification rewrites one step of its pose: removes it, gives it a new text, or
    rewrites one phrase of it (`find` → `replace`).

        Attributes:
            step (int): The position of the pose's step.
            remove (bool): The step is left out. Default: False.
            text (None | str): The step's new text.
            find (None | str): A phrase of the step...
            replace (None | str): ...and what it becomes.
            unless (list[str]): Skipped when one of these modifications of the same pose also applies (its own change of
                this step says it all).
    """

    step: int
    text: None | str
    find: None | str
    replace: None | str
    unless: list[str]
    remove: bool = False

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        remove = self.remove

        text: None | str
        text = self.text

        find: None | str
        find = self.find

        replace: None | str
        replace = self.replace

        unless = self.unless

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "step": step,
                "remove": remove,
                "text": text,
                "find": find,
                "replace": replace,
                "unless": unless,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step = d.pop("step")

        remove = d.pop("remove")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        def _parse_find(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        find = _parse_find(d.pop("find"))

        def _parse_replace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replace = _parse_replace(d.pop("replace"))

        unless = cast(list[str], d.pop("unless"))

        step_change = cls(
            step=step,
            remove=remove,
            text=text,
            find=find,
            replace=replace,
            unless=unless,
        )

        return step_change
