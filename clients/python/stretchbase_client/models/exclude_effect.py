from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.demand import Demand, check_demand

T = TypeVar("T", bound="ExcludeEffect")


@_attrs_define
class ExcludeEffect:
    """Leave out poses: by slug, by movement demand, or every pose not in an allow-list.

    Attributes:
        type_ (Literal['exclude']):
        poses (list[str]):
        demands (list[Demand]):
        all_poses_except (list[str] | None):
        offer_alternatives (bool): A pose left out only by effects that say so is replaced by the first of its
            alternatives that suits the person. Default: False.
    """

    type_: Literal["exclude"]
    poses: list[str]
    demands: list[Demand]
    all_poses_except: list[str] | None
    offer_alternatives: bool = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        poses = self.poses

        demands = []
        for demands_item_data in self.demands:
            demands_item: str = demands_item_data
            demands.append(demands_item)

        all_poses_except: list[str] | None
        if isinstance(self.all_poses_except, list):
            all_poses_except = self.all_poses_except

        else:
            all_poses_except = self.all_poses_except

        offer_alternatives = self.offer_alternatives

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "poses": poses,
                "demands": demands,
                "all_poses_except": all_poses_except,
                "offer_alternatives": offer_alternatives,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["exclude"], d.pop("type"))
        if type_ != "exclude":
            raise ValueError(f"type must match const 'exclude', got '{type_}'")

        poses = cast(list[str], d.pop("poses"))

        demands = []
        _demands = d.pop("demands")
        for demands_item_data in _demands:
            demands_item = check_demand(demands_item_data)

            demands.append(demands_item)

        def _parse_all_poses_except(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_poses_except_type_0 = cast(list[str], data)

                return all_poses_except_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        all_poses_except = _parse_all_poses_except(d.pop("all_poses_except"))

        offer_alternatives = d.pop("offer_alternatives")

        exclude_effect = cls(
            type_=type_,
            poses=poses,
            demands=demands,
            all_poses_except=all_poses_except,
            offer_alternatives=offer_alternatives,
        )

        return exclude_effect
