from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome import Outcome, check_outcome
from ..models.pain_band import PainBand, check_pain_band

if TYPE_CHECKING:
    from ..models.compose_request import ComposeRequest
    from ..models.exclusion import Exclusion
    from ..models.notice import Notice
    from ..models.referral import Referral


T = TypeVar("T", bound="Composition")


@_attrs_define
class Composition:
    """For a composed routine: what was asked, and what the composer decided beside the items.

    Attributes:
        outcome (Outcome):
        pain_band (PainBand):
        excluded (list[Exclusion]):
        notices (list[Notice]): Ordered by severity: critical, warning, info.
        referral (None | Referral):
        content_version (int):
        request (ComposeRequest): What a person reports. Lists are sets: duplicates are ignored, order does not matter.
        created_at (datetime.date): The UTC day it was saved (no time: it is health data).
    """

    outcome: Outcome
    pain_band: PainBand
    excluded: list[Exclusion]
    notices: list[Notice]
    referral: None | Referral
    content_version: int
    request: ComposeRequest
    created_at: datetime.date

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

        request = self.request.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "pain_band": pain_band,
                "excluded": excluded,
                "notices": notices,
                "referral": referral,
                "content_version": content_version,
                "request": request,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compose_request import ComposeRequest  # noqa: PLC0415
        from ..models.exclusion import Exclusion  # noqa: PLC0415
        from ..models.notice import Notice  # noqa: PLC0415
        from ..models.referral import Referral  # noqa: PLC0415

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

        request = ComposeRequest.from_dict(d.pop("request"))

        created_at = datetime.date.fromisoformat(d.pop("created_at"))

        composition = cls(
            outcome=outcome,
            pain_band=pain_band,
            excluded=excluded,
            notices=notices,
            referral=referral,
            content_version=content_version,
            request=request,
            created_at=created_at,
        )

        return composition
