from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome import Outcome, check_outcome
from ..models.pain_band import PainBand, check_pain_band

if TYPE_CHECKING:
    from ..models.exclusion import Exclusion
    from ..models.notice import Notice
    from ..models.referral import Referral
    from ..models.routine_item import RoutineItem


T = TypeVar("T", bound="ComposedRoutine")


@_attrs_define
class ComposedRoutine:
    """A routine adapted to one person, or a referral when stretching is not what they need.

    Attributes:
        outcome (Outcome):
        pain_band (PainBand):
        excluded (list[Exclusion]):
        notices (list[Notice]): Ordered by severity: critical, warning, info.
        referral (None | Referral):
        content_version (int):
        items (list[RoutineItem]):
        total_seconds (int):
    """

    outcome: Outcome
    pain_band: PainBand
    excluded: list[Exclusion]
    notices: list[Notice]
    referral: None | Referral
    content_version: int
    items: list[RoutineItem]
    total_seconds: int

    def to_dict(self) -> dict[str, Any]:
        from ..models.referral import Referral  # noqa: PLC0415

        outcome: str = self.outcome

        pain_band: str = self.pain_band

        excluded = []
        for excluded_item_data in self.excluded:
            excluded_item = excluded_item_data.to_dict()
            excluded.append(excluded_item)

        notices = []
        for notices_item_data in self.notices:
            notices_item = notices_item_data.to_dict()
            notices.append(notices_item)

        referral: dict[str, Any] | None
        if isinstance(self.referral, Referral):
            referral = self.referral.to_dict()
        else:
            referral = self.referral

        content_version = self.content_version

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_seconds = self.total_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "pain_band": pain_band,
                "excluded": excluded,
                "notices": notices,
                "referral": referral,
                "content_version": content_version,
                "items": items,
                "total_seconds": total_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exclusion import Exclusion  # noqa: PLC0415
        from ..models.notice import Notice  # noqa: PLC0415
        from ..models.referral import Referral  # noqa: PLC0415
        from ..models.routine_item import RoutineItem  # noqa: PLC0415

        d = dict(src_dict)
        outcome = check_outcome(d.pop("outcome"))

        pain_band = check_pain_band(d.pop("pain_band"))

        excluded = []
        _excluded = d.pop("excluded")
        for excluded_item_data in _excluded:
            excluded_item = Exclusion.from_dict(excluded_item_data)

            excluded.append(excluded_item)

        notices = []
        _notices = d.pop("notices")
        for notices_item_data in _notices:
            notices_item = Notice.from_dict(notices_item_data)

            notices.append(notices_item)

        def _parse_referral(data: object) -> None | Referral:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referral_type_0 = Referral.from_dict(data)

                return referral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Referral, data)

        referral = _parse_referral(d.pop("referral"))

        content_version = d.pop("content_version")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RoutineItem.from_dict(items_item_data)

            items.append(items_item)

        total_seconds = d.pop("total_seconds")

        composed_routine = cls(
            outcome=outcome,
            pain_band=pain_band,
            excluded=excluded,
            notices=notices,
            referral=referral,
            content_version=content_version,
            items=items,
            total_seconds=total_seconds,
        )

        return composed_routine
