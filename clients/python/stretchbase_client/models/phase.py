from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.demand import Demand, check_demand

T = TypeVar("T", bound="Phase")


@_attrs_define
class Phase:
    """A phase of a pose that moves between positions (Cat-Cow's `cat` and `cow`).

    Attributes:
        name (str):
        label (str):
        demands (list[Demand]): Demands only this phase places, beside the pose's own.
    """

    name: str
    label: str
    demands: list[Demand]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        demands = []
        for demands_item_data in self.demands:
            demands_item: str = demands_item_data
            demands.append(demands_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "label": label,
                "demands": demands,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        demands = []
        _demands = d.pop("demands")
        for demands_item_data in _demands:
            demands_item = check_demand(demands_item_data)

            demands.append(demands_item)

        phase = cls(
            name=name,
            label=label,
            demands=demands,
        )

        return phase
