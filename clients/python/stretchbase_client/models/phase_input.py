from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.demand import Demand, check_demand
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhaseInput")


@_attrs_define
class PhaseInput:
    """A phase of a pose that moves between positions (Cat-Cow's `cat` and `cow`).

    Attributes:
        name (str):
        label (str):
        demands (list[Demand] | Unset): Demands only this phase places, beside the pose's own.
    """

    name: str
    label: str
    demands: list[Demand] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        demands: list[str] | Unset = UNSET
        if not isinstance(self.demands, Unset):
            demands = []
            for demands_item_data in self.demands:
                demands_item: str = demands_item_data
                demands.append(demands_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "label": label,
            }
        )
        if demands is not UNSET:
            field_dict["demands"] = demands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        _demands = d.pop("demands", UNSET)
        demands: list[Demand] | Unset = UNSET
        if _demands is not UNSET:
            demands = []
            for demands_item_data in _demands:
                demands_item = check_demand(demands_item_data)

                demands.append(demands_item)

        phase_input = cls(
            name=name,
            label=label,
            demands=demands,
        )

        return phase_input
