from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_action import ReferralAction, check_referral_action

if TYPE_CHECKING:
    from ..models.referral_action_spec_regional import ReferralActionSpecRegional
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="ReferralActionSpec")


@_attrs_define
class ReferralActionSpec:
    """What a referral asks the person to do, in words that hold in any country.

    Attributes:
        slug (ReferralAction): What to do, so that an app in any country can map it to its own services.
        label (str): A short label, e.g. for a button.
        instruction (str): What to do now, naming no country's phone numbers.
        advice (None | str): What the action asks when a notice beside a routine gives it (no 'do not stretch');
            required for actions that notices use.
        regional (ReferralActionSpecRegional): The same advice with a region's own services and numbers.
        sources (list[SourceRef]):
    """

    slug: ReferralAction
    label: str
    instruction: str
    advice: None | str
    regional: ReferralActionSpecRegional
    sources: list[SourceRef]

    def to_dict(self) -> dict[str, Any]:
        slug: str = self.slug

        label = self.label

        instruction = self.instruction

        advice: None | str
        advice = self.advice

        regional = self.regional.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "instruction": instruction,
                "advice": advice,
                "regional": regional,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral_action_spec_regional import ReferralActionSpecRegional  # noqa: PLC0415
        from ..models.source_ref import SourceRef  # noqa: PLC0415

        d = dict(src_dict)
        slug = check_referral_action(d.pop("slug"))

        label = d.pop("label")

        instruction = d.pop("instruction")

        def _parse_advice(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        advice = _parse_advice(d.pop("advice"))

        regional = ReferralActionSpecRegional.from_dict(d.pop("regional"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceRef.from_dict(sources_item_data)

            sources.append(sources_item)

        referral_action_spec = cls(
            slug=slug,
            label=label,
            instruction=instruction,
            advice=advice,
            regional=regional,
            sources=sources,
        )

        return referral_action_spec
