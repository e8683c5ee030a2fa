from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vocabulary_document_mobility_limits import VocabularyDocumentMobilityLimits
    from ..models.vocabulary_document_red_flags import VocabularyDocumentRedFlags


T = TypeVar("T", bound="VocabularyDocument")


@_attrs_define
class VocabularyDocument:
    """Every mobility limit's and red flag's texts, by slug, in the order a client asks them:
    the vocabulary as one resource (a term never appears in a URL, where a log could keep an
    answer). The set of terms is the rule language's: every one is present, no other.

        Attributes:
            mobility_limits (VocabularyDocumentMobilityLimits):
            red_flags (VocabularyDocumentRedFlags):
    """

    mobility_limits: VocabularyDocumentMobilityLimits
    red_flags: VocabularyDocumentRedFlags

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
        from ..models.vocabulary_document_mobility_limits import VocabularyDocumentMobilityLimits  # noqa: PLC0415
        from ..models.vocabulary_document_red_flags import VocabularyDocumentRedFlags  # noqa: PLC0415

        d = dict(src_dict)
        mobility_limits = VocabularyDocumentMobilityLimits.from_dict(d.pop("mobility_limits"))

        red_flags = VocabularyDocumentRedFlags.from_dict(d.pop("red_flags"))

        vocabulary_document = cls(
            mobility_limits=mobility_limits,
            red_flags=red_flags,
        )

        return vocabulary_document
