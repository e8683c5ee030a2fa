from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vocabulary_mobility_limits import VocabularyMobilityLimits
    from ..models.vocabulary_red_flags import VocabularyRedFlags


T = TypeVar("T", bound="Vocabulary")


@_attrs_define
class Vocabulary:
    """The vocabulary as editors change it (GET, PUT and PATCH /v1/vocabulary): each term's
    texts by its slug, in the order the questionnaire asks them. The slugs are the rule
    language's: every one is there, and no other.

        Attributes:
            mobility_limits (VocabularyMobilityLimits): Every mobility limit of the rule language, by slug.
            red_flags (VocabularyRedFlags): Every red flag of the rule language, by slug.
    """

    mobility_limits: VocabularyMobilityLimits
    red_flags: VocabularyRedFlags

    def to_dict(self) -> dict[str, Any]:
        mobility_limits = self.mobility_limits.to_dict()

        red_flags = self.red_flags.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mobility_limits": mobility_limits,
                "red_flags": red_flags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vocabulary_mobility_limits import VocabularyMobilityLimits  # noqa: PLC0415
        from ..models.vocabulary_red_flags import VocabularyRedFlags  # noqa: PLC0415

        d = dict(src_dict)
        mobility_limits = VocabularyMobilityLimits.from_dict(d.pop("mobility_limits"))

        red_flags = VocabularyRedFlags.from_dict(d.pop("red_flags"))

        vocabulary = cls(
            mobility_limits=mobility_limits,
            red_flags=red_flags,
        )

        return vocabulary
