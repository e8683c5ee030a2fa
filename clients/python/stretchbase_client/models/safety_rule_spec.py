from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.rule_kind import RuleKind, check_rule_kind
from ..models.severity import Severity, check_severity

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


T = TypeVar("T", bound="SafetyRuleSpec")


@_attrs_define
class SafetyRuleSpec:
    """One rule of the rule base, as seeded, stored and served.

    Attributes:
        slug (str):
        kind (RuleKind):
        trigger (AllOfTriggerInput | AlwaysTrigger | DaysWithPainTriggerInput | MobilityLimitTrigger |
            NoSuitablePosesTrigger | PainBandTrigger | RedFlagTrigger | TimeBudgetTrigger):
        effect (list[DoseEffectInput | ExcludeEffectInput | ModifyEffectInput | NoticeEffectInput | ReferEffect]):
            Actions, applied in order.
        severity (Severity): As CDS Hooks cards: info, warning, critical.
        message (str): What the person is told.
        rationale (str): Why the rule exists; for reviewers.
        sources (list[SourceRefInput]):
    """

    slug: str
    kind: RuleKind
    trigger: (
        AllOfTriggerInput
        | AlwaysTrigger
        | DaysWithPainTriggerInput
        | MobilityLimitTrigger
        | NoSuitablePosesTrigger
        | PainBandTrigger
        | RedFlagTrigger
        | TimeBudgetTrigger
    )
    effect: list[
        DoseEffectInput | ExcludeEffectInput | ModifyEffectInput | NoticeEffectInput | ReferEffect
    ]
    severity: Severity
    message: str
    rationale: str
    sources: list[SourceRefInput]

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

        kind: str = self.kind

        trigger: dict[str, Any]
        if isinstance(self.trigger, RedFlagTrigger):
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

        severity: str = self.severity

        message = self.message

        rationale = self.rationale

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "kind": kind,
                "trigger": trigger,
                "effect": effect,
                "severity": severity,
                "message": message,
                "rationale": rationale,
                "sources": sources,
            }
        )

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
        slug = d.pop("slug")

        kind = check_rule_kind(d.pop("kind"))

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
        ):
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

        trigger = _parse_trigger(d.pop("trigger"))

        effect = []
        _effect = d.pop("effect")
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

        severity = check_severity(d.pop("severity"))

        message = d.pop("message")

        rationale = d.pop("rationale")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceRefInput.from_dict(sources_item_data)

            sources.append(sources_item)

        safety_rule_spec = cls(
            slug=slug,
            kind=kind,
            trigger=trigger,
            effect=effect,
            severity=severity,
            message=message,
            rationale=rationale,
            sources=sources,
        )

        return safety_rule_spec
