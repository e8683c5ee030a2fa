from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.rule_kind import RuleKind, check_rule_kind
from ..models.severity import Severity, check_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.all_of_trigger_input import AllOfTriggerInput
    from ..models.always_trigger import AlwaysTrigger
    from ..models.days_with_pain_trigger_input import DaysWithPainTriggerInput
    from ..models.dose_effect_input import DoseEffectInput
    from ..models.exclude_effect_input import ExcludeEffectInput
    from ..models.mobility_limit_trigger import MobilityLimitTrigger
    from ..models.modify_effect_input import ModifyEffectInput
    from ..models.no_suitable_poses_trigger import NoSuitablePosesTrigger
    from ..models.notice_effect_input import NoticeEffectInput
    from ..models.pain_band_trigger import PainBandTrigger
    from ..models.red_flag_trigger import RedFlagTrigger
    from ..models.refer_effect import ReferEffect
    from ..models.source_ref_input import SourceRefInput
    from ..models.time_budget_trigger import TimeBudgetTrigger


T = TypeVar("T", bound="SafetyRulePatch")


@_attrs_define
class SafetyRulePatch:
    """A JSON Merge Patch (RFC 7396) of SafetyRuleSpec: the members sent replace the current ones, `null` removes an
    optional one, a list is replaced whole.

        Attributes:
            slug (str | Unset):
            kind (RuleKind | Unset):
            trigger (AllOfTriggerInput | AlwaysTrigger | DaysWithPainTriggerInput | MobilityLimitTrigger |
                NoSuitablePosesTrigger | PainBandTrigger | RedFlagTrigger | TimeBudgetTrigger | Unset):
            effect (list[DoseEffectInput | ExcludeEffectInput | ModifyEffectInput | NoticeEffectInput | ReferEffect] |
                Unset): Actions, applied in order.
            severity (Severity | Unset): As CDS Hooks cards: info, warning, critical.
            message (str | Unset): What the person is told.
            rationale (str | Unset): Why the rule exists; for reviewers.
            sources (list[SourceRefInput] | Unset):
    """

    slug: str | Unset = UNSET
    kind: RuleKind | Unset = UNSET
    trigger: (
        AllOfTriggerInput
        | AlwaysTrigger
        | DaysWithPainTriggerInput
        | MobilityLimitTrigger
        | NoSuitablePosesTrigger
        | PainBandTrigger
        | RedFlagTrigger
        | TimeBudgetTrigger
        | Unset
    ) = UNSET
    effect: (
        list[
            DoseEffectInput
            | ExcludeEffectInput
            | ModifyEffectInput
            | NoticeEffectInput
            | ReferEffect
        ]
        | Unset
    ) = UNSET
    severity: Severity | Unset = UNSET
    message: str | Unset = UNSET
    rationale: str | Unset = UNSET
    sources: list[SourceRefInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.all_of_trigger_input import AllOfTriggerInput  # noqa: PLC0415
        from ..models.always_trigger import AlwaysTrigger  # noqa: PLC0415
        from ..models.days_with_pain_trigger_input import DaysWithPainTriggerInput  # noqa: PLC0415
        from ..models.dose_effect_input import DoseEffectInput  # noqa: PLC0415
        from ..models.exclude_effect_input import ExcludeEffectInput  # noqa: PLC0415
        from ..models.mobility_limit_trigger import MobilityLimitTrigger  # noqa: PLC0415
        from ..models.modify_effect_input import ModifyEffectInput  # noqa: PLC0415
        from ..models.pain_band_trigger import PainBandTrigger  # noqa: PLC0415
        from ..models.red_flag_trigger import RedFlagTrigger  # noqa: PLC0415
        from ..models.refer_effect import ReferEffect  # noqa: PLC0415
        from ..models.time_budget_trigger import TimeBudgetTrigger  # noqa: PLC0415

        slug = self.slug

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        trigger: dict[str, Any] | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, RedFlagTrigger):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, PainBandTrigger):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, MobilityLimitTrigger):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, DaysWithPainTriggerInput):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, AllOfTriggerInput):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, TimeBudgetTrigger):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, AlwaysTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger.to_dict()

        effect: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = []
            for effect_item_data in self.effect:
                effect_item: dict[str, Any]
                if isinstance(effect_item_data, ReferEffect):
                    effect_item = effect_item_data.to_dict()
                elif isinstance(effect_item_data, ExcludeEffectInput):
                    effect_item = effect_item_data.to_dict()
                elif isinstance(effect_item_data, ModifyEffectInput):
                    effect_item = effect_item_data.to_dict()
                elif isinstance(effect_item_data, DoseEffectInput):
                    effect_item = effect_item_data.to_dict()
                else:
                    effect_item = effect_item_data.to_dict()

                effect.append(effect_item)

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        message = self.message

        rationale = self.rationale

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if kind is not UNSET:
            field_dict["kind"] = kind
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if effect is not UNSET:
            field_dict["effect"] = effect
        if severity is not UNSET:
            field_dict["severity"] = severity
        if message is not UNSET:
            field_dict["message"] = message
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.all_of_trigger_input import AllOfTriggerInput  # noqa: PLC0415
        from ..models.always_trigger import AlwaysTrigger  # noqa: PLC0415
        from ..models.days_with_pain_trigger_input import DaysWithPainTriggerInput  # noqa: PLC0415
        from ..models.dose_effect_input import DoseEffectInput  # noqa: PLC0415
        from ..models.exclude_effect_input import ExcludeEffectInput  # noqa: PLC0415
        from ..models.mobility_limit_trigger import MobilityLimitTrigger  # noqa: PLC0415
        from ..models.modify_effect_input import ModifyEffectInput  # noqa: PLC0415
        from ..models.no_suitable_poses_trigger import NoSuitablePosesTrigger  # noqa: PLC0415
        from ..models.notice_effect_input import NoticeEffectInput  # noqa: PLC0415
        from ..models.pain_band_trigger import PainBandTrigger  # noqa: PLC0415
        from ..models.red_flag_trigger import RedFlagTrigger  # noqa: PLC0415
        from ..models.refer_effect import ReferEffect  # noqa: PLC0415
        from ..models.source_ref_input import SourceRefInput  # noqa: PLC0415
        from ..models.time_budget_trigger import TimeBudgetTrigger  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: RuleKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_rule_kind(_kind)

        def _parse_trigger(
            data: object,
        ) -> (
            AllOfTriggerInput
            | AlwaysTrigger
            | DaysWithPainTriggerInput
            | MobilityLimitTrigger
            | NoSuitablePosesTrigger
            | PainBandTrigger
            | RedFlagTrigger
            | TimeBudgetTrigger
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = RedFlagTrigger.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_1 = PainBandTrigger.from_dict(data)

                return trigger_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_2 = MobilityLimitTrigger.from_dict(data)

                return trigger_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_3 = DaysWithPainTriggerInput.from_dict(data)

                return trigger_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_4 = AllOfTriggerInput.from_dict(data)

                return trigger_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_5 = TimeBudgetTrigger.from_dict(data)

                return trigger_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_6 = AlwaysTrigger.from_dict(data)

                return trigger_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trigger_type_7 = NoSuitablePosesTrigger.from_dict(data)

            return trigger_type_7

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        _effect = d.pop("effect", UNSET)
        effect: (
            list[
                DoseEffectInput
                | ExcludeEffectInput
                | ModifyEffectInput
                | NoticeEffectInput
                | ReferEffect
            ]
            | Unset
        ) = UNSET
        if _effect is not UNSET:
            effect = []
            for effect_item_data in _effect:

                def _parse_effect_item(
                    data: object,
                ) -> (
                    DoseEffectInput
                    | ExcludeEffectInput
                    | ModifyEffectInput
                    | NoticeEffectInput
                    | ReferEffect
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        effect_item_type_0 = ReferEffect.from_dict(data)

                        return effect_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        effect_item_type_1 = ExcludeEffectInput.from_dict(data)

                        return effect_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        effect_item_type_2 = ModifyEffectInput.from_dict(data)

                        return effect_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        effect_item_type_3 = DoseEffectInput.from_dict(data)

                        return effect_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    effect_item_type_4 = NoticeEffectInput.from_dict(data)

                    return effect_item_type_4

                effect_item = _parse_effect_item(effect_item_data)

                effect.append(effect_item)

        _severity = d.pop("severity", UNSET)
        severity: Severity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = check_severity(_severity)

        message = d.pop("message", UNSET)

        rationale = d.pop("rationale", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[SourceRefInput] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = SourceRefInput.from_dict(sources_item_data)

                sources.append(sources_item)

        safety_rule_patch = cls(
            slug=slug,
            kind=kind,
            trigger=trigger,
            effect=effect,
            severity=severity,
            message=message,
            rationale=rationale,
            sources=sources,
        )

        return safety_rule_patch
