from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bundle_changes import BundleChanges
    from ..models.bundle_delta_links import BundleDeltaLinks
    from ..models.bundle_keys import BundleKeys
    from ..models.bundle_order import BundleOrder
    from ..models.questionnaire_public import QuestionnairePublic


T = TypeVar("T", bound="BundleDelta")


@_attrs_define
class BundleDelta:
    """What turns the bundle of `since` into the bundle of `content_version`. Per collection:
    drop the `retired` keys, replace or add the `changed` resources (new ones at the end),
    then, where `order` is not null, arrange the collection in that order; replace the
    questionnaire when it is not null. The result equals the full bundle of
    `content_version`.

        Attributes:
            since (int):
            content_version (int):
            rule_language_version (str):
            changed (BundleChanges): The resources created or changed since the client's version, each as in the bundle.
            retired (BundleKeys): Keys per collection: a pose's, rule's, term's or source's `slug`; a routine's `id`.
            order (BundleOrder): A collection's keys in their new order, or null where applying the delta leaves the
                order right (kept resources in their old order, none added).
            questionnaire (None | QuestionnairePublic): The new questionnaire, or null when it did not change.
            links (BundleDeltaLinks):
    """

    since: int
    content_version: int
    rule_language_version: str
    changed: BundleChanges
    retired: BundleKeys
    order: BundleOrder
    questionnaire: None | QuestionnairePublic
    links: BundleDeltaLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.questionnaire_public import QuestionnairePublic  # noqa: PLC0415

        since = self.since

        content_version = self.content_version

        rule_language_version = self.rule_language_version

        changed = self.changed.to_dict()

        retired = self.retired.to_dict()

        order = self.order.to_dict()

        questionnaire: dict[str, Any] | None
        if isinstance(self.questionnaire, QuestionnairePublic):
            questionnaire = self.questionnaire.to_dict()
        else:
            questionnaire = self.questionnaire

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "since": since,
                "content_version": content_version,
                "rule_language_version": rule_language_version,
                "changed": changed,
                "retired": retired,
                "order": order,
                "questionnaire": questionnaire,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundle_changes import BundleChanges  # noqa: PLC0415
        from ..models.bundle_delta_links import BundleDeltaLinks  # noqa: PLC0415
        from ..models.bundle_keys import BundleKeys  # noqa: PLC0415
        from ..models.bundle_order import BundleOrder  # noqa: PLC0415
        from ..models.questionnaire_public import QuestionnairePublic  # noqa: PLC0415

        d = dict(src_dict)
        since = d.pop("since")

        content_version = d.pop("content_version")

        rule_language_version = d.pop("rule_language_version")

        changed = BundleChanges.from_dict(d.pop("changed"))

        retired = BundleKeys.from_dict(d.pop("retired"))

        order = BundleOrder.from_dict(d.pop("order"))

        def _parse_questionnaire(data: object) -> None | QuestionnairePublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                questionnaire_type_0 = QuestionnairePublic.from_dict(data)

                return questionnaire_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuestionnairePublic, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire"))

        links = BundleDeltaLinks.from_dict(d.pop("links"))

        bundle_delta = cls(
            since=since,
            content_version=content_version,
            rule_language_version=rule_language_version,
            changed=changed,
            retired=retired,
            order=order,
            questionnaire=questionnaire,
            links=links,
        )

        bundle_delta.additional_properties = d
        return bundle_delta

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
