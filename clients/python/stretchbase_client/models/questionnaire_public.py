from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.questionnaire_item import QuestionnaireItem
    from ..models.questionnaire_public_links import QuestionnairePublicLinks
    from ..models.referral_action_spec import ReferralActionSpec


T = TypeVar("T", bound="QuestionnairePublic")


@_attrs_define
class QuestionnairePublic:
    """
    Attributes:
        title (str):
        description (str):
        content_version (int):
        items (list[QuestionnaireItem]): In the order to ask them: red flags first, then pain, days with pain, mobility
            limits and the time available.
        referral_actions (list[ReferralActionSpec]): What each referral action asks the person to do.
        links (QuestionnairePublicLinks):
    """

    title: str
    description: str
    content_version: int
    items: list[QuestionnaireItem]
    referral_actions: list[ReferralActionSpec]
    links: QuestionnairePublicLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        content_version = self.content_version

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        referral_actions = []
        for referral_actions_item_data in self.referral_actions:
            referral_actions_item = referral_actions_item_data.to_dict()
            referral_actions.append(referral_actions_item)

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "content_version": content_version,
                "items": items,
                "referral_actions": referral_actions,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.questionnaire_item import QuestionnaireItem  # noqa: PLC0415
        from ..models.questionnaire_public_links import QuestionnairePublicLinks  # noqa: PLC0415
        from ..models.referral_action_spec import ReferralActionSpec  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        content_version = d.pop("content_version")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = QuestionnaireItem.from_dict(items_item_data)

            items.append(items_item)

        referral_actions = []
        _referral_actions = d.pop("referral_actions")
        for referral_actions_item_data in _referral_actions:
            referral_actions_item = ReferralActionSpec.from_dict(referral_actions_item_data)

            referral_actions.append(referral_actions_item)

        links = QuestionnairePublicLinks.from_dict(d.pop("links"))

        questionnaire_public = cls(
            title=title,
            description=description,
            content_version=content_version,
            items=items,
            referral_actions=referral_actions,
            links=links,
        )

        questionnaire_public.additional_properties = d
        return questionnaire_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
