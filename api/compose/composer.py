"""The composer: adapts a base routine to one person by interpreting the rule base.

Stages, in order: red flags and other referring rules (a referral ends it: no exercise at
all), modifications, exclusions over the modified poses, alternatives for poses a mobility
limit left out, dose scaling, the time budget, notices. Every exclusion, substitution and
change names the rules behind it.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from api.compose.catalogue import Catalogue, PoseFacts
from api.compose.dosing import dose_seconds, restate_steps, scale_dose
from api.compose.steps import rewrite_steps
from api.compose.triggers import fires
from models.composition import (
    ComposedRoutine,
    ComposeRequest,
    Exclusion,
    ExclusionReason,
    Notice,
    Referral,
    ReferralReason,
    RuleRef,
)
from models.rule_language import (
    AllOfTrigger,
    DaysWithPainTrigger,
    DoseEffect,
    ExcludeEffect,
    MobilityLimitTrigger,
    ModifyEffect,
    NoSuitablePosesTrigger,
    NoticeEffect,
    PainBandTrigger,
    RedFlagTrigger,
    ReferEffect,
    SafetyRuleSpec,
    Trigger,
)
from models.values import (
    AppliedModification,
    Dose,
    ModificationPublic,
    RoutineItem,
    StepPublic,
)
from models.vocabulary import SEVERITY_ORDER, URGENCY_ORDER, Demand, Outcome, RuleKind

STAGE_ORDER = {
    RuleKind.red_flag: 0,
    RuleKind.pain_band: 1,
    RuleKind.mobility_limit: 2,
    RuleKind.duration: 3,
    RuleKind.session: 4,
}


E = TypeVar("E")


class UnknownBaseRoutineError(LookupError):
    def __init__(self, slug: str, accepted: list[str]) -> None:
        self.slug = slug
        self.accepted = accepted
        super().__init__(f"unknown base routine {slug!r}")


@dataclass
class _AppliedMod:
    modification: ModificationPublic
    optional: bool
    rules: list[str]


@dataclass
class _Candidate:
    """A pose while the rules work on it: in the base routine, or an alternative for one."""

    pose: PoseFacts
    priority: int
    dose: Dose
    excluded_by: list[SafetyRuleSpec] = field(default_factory=list)
    alternatives_allowed: bool = True
    modifications: dict[str, _AppliedMod] = field(default_factory=dict)
    shaped_by: list[str] = field(default_factory=list)
    substitutes_for: "_Candidate | None" = None
    substituted_by: "_Candidate | None" = None

    def shaped(self, slug: str) -> None:
        if slug not in self.shaped_by:
            self.shaped_by.append(slug)

    def exclude(self, rule: SafetyRuleSpec, *, alternatives: bool) -> None:
        if rule not in self.excluded_by:
            self.excluded_by.append(rule)
        self.alternatives_allowed = self.alternatives_allowed and alternatives

    def required(self) -> list[ModificationPublic]:
        return [m.modification for m in self.modifications.values() if not m.optional]

    def omitted_phases(self) -> frozenset[str]:
        return frozenset(phase for m in self.required() for phase in m.omitted_phases)

    def demands(self) -> frozenset[Demand]:
        """The pose's demands once its required modifications have changed it."""
        required = self.required()
        return self.pose.demands_with(
            self.omitted_phases(),
            added=frozenset(d for m in required for d in m.adds_demands),
            removed=frozenset(d for m in required for d in m.removes_demands),
        )


def _effects(rules: Iterable[SafetyRuleSpec], kind: type[E]) -> list[tuple[SafetyRuleSpec, E]]:
    return [(rule, e) for rule in rules for e in rule.effect if isinstance(e, kind)]


def _rule_ref(rule: SafetyRuleSpec) -> RuleRef:
    return RuleRef(slug=rule.slug, severity=rule.severity, message=rule.message)


def _rule_refs(slugs: Iterable[str], catalogue: Catalogue) -> list[RuleRef]:
    return [_rule_ref(catalogue.rule_by_slug[slug]) for slug in slugs]


def compose(request: ComposeRequest, catalogue: Catalogue) -> ComposedRoutine:
    request = request.normalized()
    plan = catalogue.routines.get(request.base_routine)
    if plan is None:
        raise UnknownBaseRoutineError(request.base_routine, sorted(catalogue.routines))
    fired = sorted(
        (rule for rule in catalogue.rules if fires(rule.trigger, request)),
        key=lambda rule: STAGE_ORDER[rule.kind],
    )
    band = next(r.trigger.band for r in fired if isinstance(r.trigger, PainBandTrigger))
    referral = _referral(fired, request, catalogue)
    if referral is not None:
        return ComposedRoutine(
            outcome=Outcome.referral,
            pain_band=band,
            items=[],
            excluded=[],  # the referral withholds the whole routine and says why, once
            notices=_notices(fired, with_routine=False),
            referral=referral,
            total_seconds=0,
            content_version=catalogue.version,
        )

    candidates = [
        _candidate(catalogue.poses[entry.pose], entry.priority, fired, catalogue)
        for entry in plan.entries
    ]
    _offer_alternatives(candidates, fired, catalogue)
    slots = [c.substituted_by or c for c in candidates]
    kept = [c for c in slots if not c.excluded_by]
    _apply_doses(fired, kept)
    _fit_time_budget(fired, kept, request, catalogue)
    kept = [c for c in kept if not c.excluded_by]
    excluded = [
        _exclusion(c)
        for original in candidates
        for c in (original, original.substituted_by)
        if c is not None and c.excluded_by
    ]
    items = [_item(n, c, catalogue) for n, c in enumerate(kept, start=1)]
    if not items:
        advice = [r for r in catalogue.rules if isinstance(r.trigger, NoSuitablePosesTrigger)]
        return ComposedRoutine(
            outcome=Outcome.no_suitable_poses,
            pain_band=band,
            items=[],
            excluded=excluded,
            notices=_notices([*fired, *advice], with_routine=False),
            referral=None,
            total_seconds=0,
            content_version=catalogue.version,
        )
    return ComposedRoutine(
        outcome=Outcome.routine,
        pain_band=band,
        items=items,
        excluded=excluded,
        notices=_notices(fired, with_routine=True),
        referral=None,
        total_seconds=sum(item.seconds for item in items),
        content_version=catalogue.version,
    )


# -- referral ---------------------------------------------------------------------------------


def _answers(trigger: Trigger, request: ComposeRequest, catalogue: Catalogue) -> list[str]:
    """The answers that made the trigger fire, in plain words."""
    match trigger:
        case RedFlagTrigger(flag=flag):
            return [catalogue.answer_labels[("red_flags", flag)]]
        case MobilityLimitTrigger(limit=limit):
            return [catalogue.answer_labels[("mobility_limits", limit)]]
        case PainBandTrigger():
            return [f"Pain {request.pain_level} out of 10"]
        case DaysWithPainTrigger():
            return [f"Pain for {request.days_with_pain} days"]
        case AllOfTrigger(triggers=parts):
            return [answer for part in parts for answer in _answers(part, request, catalogue)]
    return []  # pragma: no cover - referring rules are triggered by answers


def _referral(
    fired: list[SafetyRuleSpec], request: ComposeRequest, catalogue: Catalogue
) -> Referral | None:
    refers = _effects(fired, ReferEffect)
    if not refers:
        return None
    refers.sort(key=lambda pair: URGENCY_ORDER[pair[1].urgency])  # stable: stage, file order
    effect = refers[0][1]
    action = catalogue.referral_actions[effect.action]
    reasons = [
        ReferralReason(**dict(_rule_ref(r)), answers=_answers(r.trigger, request, catalogue))
        for r, _ in refers
    ]
    answers = list(dict.fromkeys(answer for reason in reasons for answer in reason.answers))
    return Referral(
        urgency=effect.urgency,
        action=effect.action,
        message=f"{action.instruction} You told us: {'; '.join(answers)}.",
        reasons=reasons,
        contact=action.regional.get(request.region) if request.region else None,
        rules=[_rule_ref(r) for r, _ in refers],
    )


# -- the poses --------------------------------------------------------------------------------


def _excludes(effect: ExcludeEffect, candidate: _Candidate) -> bool:
    slug = candidate.pose.slug
    return (
        slug in effect.poses
        or not candidate.demands().isdisjoint(effect.demands)
        or (effect.all_poses_except is not None and slug not in effect.all_poses_except)
    )


def _candidate(
    pose: PoseFacts, priority: int, fired: list[SafetyRuleSpec], catalogue: Catalogue
) -> _Candidate:
    """The pose with every fired rule applied to it: modifications first, then exclusions
    judged on what the modified pose asks of the body."""
    candidate = _Candidate(pose=pose, priority=priority, dose=pose.dose)
    for rule, effect in _effects(fired, ModifyEffect):
        modification = catalogue.modifications[effect.modification]
        if modification.pose != pose.slug:
            continue
        applied = candidate.modifications.setdefault(
            modification.slug, _AppliedMod(modification, optional=True, rules=[])
        )
        applied.optional = applied.optional and effect.optional  # required if any rule requires
        if rule.slug not in applied.rules:
            applied.rules.append(rule.slug)
        candidate.shaped(rule.slug)
    order = catalogue.modification_order
    candidate.modifications = dict(
        sorted(candidate.modifications.items(), key=lambda pair: order[pair[0]])
    )
    for rule, exclusion in _effects(fired, ExcludeEffect):
        if _excludes(exclusion, candidate):
            candidate.exclude(rule, alternatives=exclusion.offer_alternatives)
    if pose.phases and pose.phase_names <= candidate.omitted_phases():
        # every phase left out (cat-only and cow-only together): nothing is left to do
        by_slug = {rule.slug: rule for rule in fired}
        for applied in candidate.modifications.values():
            if applied.modification.omitted_phases and not applied.optional:
                for slug in applied.rules:
                    candidate.exclude(by_slug[slug], alternatives=True)
    return candidate


def _offer_alternatives(
    candidates: list[_Candidate], fired: list[SafetyRuleSpec], catalogue: Catalogue
) -> None:
    """A pose left out for a mobility limit takes the first of its alternatives that suits the
    person and is not already in the routine."""
    taken = {c.pose.slug for c in candidates}
    for original in candidates:
        if not original.excluded_by or not original.alternatives_allowed:
            continue
        for slug in original.pose.alternatives:
            if slug in taken:
                continue
            substitute = _candidate(catalogue.poses[slug], original.priority, fired, catalogue)
            if substitute.excluded_by:
                continue
            original.substituted_by, substitute.substitutes_for = substitute, original
            for rule in original.excluded_by:
                substitute.shaped(rule.slug)
            taken.add(slug)
            break


def _apply_doses(fired: list[SafetyRuleSpec], kept: list[_Candidate]) -> None:
    for rule, effect in _effects(fired, DoseEffect):
        if effect.fit_time_budget:
            continue
        for candidate in kept:
            candidate.dose = scale_dose(candidate.dose, effect)
            candidate.shaped(rule.slug)


def _fit_time_budget(
    fired: list[SafetyRuleSpec],
    kept: list[_Candidate],
    request: ComposeRequest,
    catalogue: Catalogue,
) -> None:
    """Drop the lowest-priority poses until the routine fits `minutes`; never the last one
    (a routine is never empty for lack of time: the shortest one we have is offered)."""
    budget_rules = [rule for rule, e in _effects(fired, DoseEffect) if e.fit_time_budget]
    if not budget_rules or request.minutes is None:
        return
    total = sum(dose_seconds(c.dose, catalogue.timing) for c in kept)
    # Lowest priority (highest number) first; between equal priorities, the later pose first.
    by_drop_order = sorted(enumerate(kept), key=lambda pair: (pair[1].priority, pair[0]))
    for _, candidate in reversed(by_drop_order[1:]):
        if total <= request.minutes * 60:
            break
        total -= dose_seconds(candidate.dose, catalogue.timing)
        candidate.exclude(budget_rules[0], alternatives=False)


def _exclusion(candidate: _Candidate) -> Exclusion:
    budget_only = all(
        any(isinstance(e, DoseEffect) and e.fit_time_budget for e in r.effect)
        for r in candidate.excluded_by
    )
    substitute = candidate.substituted_by
    return Exclusion(
        pose=candidate.pose.ref,
        reason=ExclusionReason.time_budget if budget_only else ExclusionReason.safety_rule,
        rules=[_rule_ref(rule) for rule in candidate.excluded_by],
        substituted_by=substitute.pose.ref if substitute and not substitute.excluded_by else None,
    )


def _steps(candidate: _Candidate) -> list[StepPublic]:
    """The pose's steps as its required modifications rewrite them (api/compose/steps.py),
    with steps that state the dose restated when it was scaled."""
    rewritten = rewrite_steps(
        candidate.pose.steps, candidate.required(), candidate.omitted_phases()
    ).steps
    return list(restate_steps(rewritten, candidate.pose.dose, candidate.dose))


def _item(position: int, candidate: _Candidate, catalogue: Catalogue) -> RoutineItem:
    original = candidate.substitutes_for
    return RoutineItem(
        position=position,
        pose=candidate.pose.ref,
        dose=candidate.dose,
        seconds=dose_seconds(candidate.dose, catalogue.timing),
        modifications=[
            AppliedModification(
                **dict(applied.modification),
                optional=applied.optional,
                rules=_rule_refs(applied.rules, catalogue),
            )
            for applied in candidate.modifications.values()
        ],
        steps=_steps(candidate),
        rules=_rule_refs(candidate.shaped_by, catalogue),
        substitutes_for=original.pose.ref if original else None,
    )


# -- notices ----------------------------------------------------------------------------------


def _notices(fired: list[SafetyRuleSpec], *, with_routine: bool) -> list[Notice]:
    """Notices of the fired rules, most severe first (stable: stage, then file order), each
    message once. Without a routine, only those that still hold for someone not stretching."""
    pairs = [(r, e) for r, e in _effects(fired, NoticeEffect) if with_routine or e.without_routine]
    pairs.sort(key=lambda pair: SEVERITY_ORDER[pair[0].severity])
    notices, seen = [], set()
    for rule, effect in pairs:
        if rule.message in seen:
            continue
        seen.add(rule.message)
        notices.append(Notice(**dict(_rule_ref(rule)), action=effect.action))
    return notices
