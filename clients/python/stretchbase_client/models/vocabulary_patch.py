from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vocabulary_patch_mobility_limits import VocabularyPatchMobilityLimits
    from ..models.vocabulary_patch_red_flags import VocabularyPatchRedFlags


T = TypeVar("T", bound="VocabularyPatch")


@_attrs_define
class VocabularyPatch:
    """A JSON Merge Patch (RFC 7396) of Vocabulary: the members sent replace the current ones, `null` removes an optional
    one, a list is replaced whole.

        Attributes:
            mobility_limits (VocabularyPatchMobilityLimits | Unset): Every mobility limit of the rule language, by slug.
            red_flags (VocabularyPatchRedFlags | Unset): Every red flag of the rule language, by slug.
    """

    mobility_limits: VocabularyPatchMobilityLimits | Unset = UNSET
    red_flags: VocabularyPatchRedFlags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mobility_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobility_limits, Unset):
            mobility_limits = self.mobility_limits.to_dict()

        red_flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.red_flags, Unset):
            red_flags = self.red_flags.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mobility_limits is not UNSET:
            field_dict["mobility_limits"] = mobility_limits
        if red_flags is not UNSET:
            field_dict["red_flags"] = red_flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vocabulary_patch_mobility_limits import VocabularyPatchMobilityLimits  # noqa: PLC0415
        from ..models.vocabulary_patch_red_flags import VocabularyPatchRedFlags  # noqa: PLC0415

        d = dict(src_dict)
        _mobility_limits = d.pop("mobility_limits", UNSET)
        mobility_limits: VocabularyPatchMobilityLimits | Unset
        if isinstance(_mobility_limits, Unset):
            mobility_limits = UNSET
        else:
            mobility_limits = VocabularyPatchMobilityLimits.from_dict(_mobility_limits)

        _red_flags = d.pop("red_flags", UNSET)
        red_flags: VocabularyPatchRedFlags | Unset
        if isinstance(_red_flags, Unset):
            red_flags = UNSET
        else:
            red_flags = VocabularyPatchRedFlags.from_dict(_red_flags)

        vocabulary_patch = cls(
            mobility_limits=mobility_limits,
            red_flags=red_flags,
        )

        return vocabulary_patch
