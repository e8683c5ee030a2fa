from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.demand import Demand, check_demand
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExcludeEffectInput")


@_attrs_define
class ExcludeEffectInput:
    """Leave out poses: by slug, by movement demand, or every pose not in an allow-list.

    Attributes:
        type_ (Literal['exclude']):
        poses (list[str] | Unset):
        demands (list[Demand] | Unset):
        all_poses_except (list[str] | None | Unset):
        offer_alternatives (bool | Unset): A pose left out only by effects that say so is replaced by the first of its
            alternatives that suits the person. Default: False.
    """

    type_: Literal["exclude"]
    poses: list[str] | Unset = UNSET
    demands: list[Demand] | Unset = UNSET
    all_poses_except: list[str] | None | Unset = UNSET
    offer_alternatives: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        poses: list[str] | Unset = UNSET
        if not isinstance(self.poses, Unset):
            poses = self.poses

        demands: list[str] | Unset = UNSET
        if not isinstance(self.demands, Unset):
            demands = []
            for demands_item_data in self.demands:
                demands_item: str = demands_item_data
                demands.append(demands_item)

        all_poses_except: list[str] | None | Unset
        if isinstance(self.all_poses_except, Unset):
            all_poses_except = UNSET
        elif isinstance(self.all_poses_except, list):
            all_poses_except = self.all_poses_except

        else:
            all_poses_except = self.all_poses_except

        offer_alternatives = self.offer_alternatives

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if poses is not UNSET:
            field_dict["poses"] = poses
        if demands is not UNSET:
            field_dict["demands"] = demands
        if all_poses_except is not UNSET:
            field_dict["all_poses_except"] = all_poses_except
        if offer_alternatives is not UNSET:
            field_dict["offer_alternatives"] = offer_alternatives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["exclude"], d.pop("type"))
        if type_ != "exclude":
            raise ValueError(f"type must match const 'exclude', got '{type_}'")

        poses = cast(list[str], d.pop("poses", UNSET))

        _demands = d.pop("demands", UNSET)
        demands: list[Demand] | Unset = UNSET
        if _demands is not UNSET:
            demands = []
            for demands_item_data in _demands:
                demands_item = check_demand(demands_item_data)

                demands.append(demands_item)

        def _parse_all_poses_except(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_poses_except_type_0 = cast(list[str], data)

                return all_poses_except_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        all_poses_except = _parse_all_poses_except(d.pop("all_poses_except", UNSET))

        offer_alternatives = d.pop("offer_alternatives", UNSET)

        exclude_effect_input = cls(
            type_=type_,
            poses=poses,
            demands=demands,
            all_poses_except=all_poses_except,
            offer_alternatives=offer_alternatives,
        )

        return exclude_effect_input
