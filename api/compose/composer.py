"""The composer: adapts a base routine to one person by interpreting the rule base.

Stages, in order: red flags (a referral ends it), exclusions, modifications, dose scaling,
the time budget, notices. Every exclusion and every change names the rules behind it.
"""

from dataclasses import dataclass, field
from typing import TypeVar

from api.compose.catalogue import Catalogue, PoseFacts
from api.compose.dosing import dose_seconds, restate_steps, scale_dose
from api.compose.triggers import fires
from models.composition import (
    ComposedRoutine,
    ComposeRequest,
    Exclusion,
    ExclusionReason,
    Notice,
    Referral,
    RuleRef,
)
from models.rule_language import (
    DoseEffect,
    ExcludeEffect,
    ModifyEffect,
    NoticeEffect,
    PainBandTrigger,
    ReferEffect,
    SafetyRuleSpec,
)
from models.values import AppliedModification, Dose, ModificationPublic, RoutineItem
from models.vocabulary import SEVERITY_ORDER, URGENCY_ORDER, Outcome, RuleKind

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
    """A pose of the base routine while the rules work on it."""

    pose: PoseFacts
    priority: int
    dose: Dose
    excluded_by: list[SafetyRuleSpec] = field(default_factory=list)
    modifications: dict[str, _AppliedMod] = field(default_factory=dict)
    shaped_by: list[str] = field(default_factory=list)

    def shaped(self, rule: SafetyRuleSpec) -> None:
        if rule.slug not in self.shaped_by:
            self.shaped_by.append(rule.slug)

    def omitted_phases(self) -> set[str]:
        required = (m for m in self.modifications.values() if not m.optional)
        return {phase for m in required for phase in m.modification.omitted_phases}


def _effects(rules: list[SafetyRuleSpec], kind: type[E]) -> list[tuple[SafetyRuleSpec, E]]:
    return [(rule, e) for rule in rules for e in rule.effect if isinstance(e, kind)]


def _rule_ref(rule: SafetyRuleSpec) -> RuleRef:
    return RuleRef(slug=rule.slug, severity=rule.severity, message=rule.message)


def _excludes(effect: ExcludeEffect, pose: PoseFacts) -> bool:
    return (
        pose.slug in effect.poses
        or not pose.demands.isdisjoint(effect.demands)
        or (effect.all_poses_except is not None and pose.slug not in effect.all_poses_except)
    )


def _notices(fired: list[SafetyRuleSpec], *, with_session: bool) -> list[Notice]:
    rules = [r for r, _ in _effects(fired, NoticeEffect) if with_session or r.kind != "session"]
    rules.sort(key=lambda r: SEVERITY_ORDER[r.severity])  # stable: rule order within a severity
    return [Notice(rule=r.slug, severity=r.severity, message=r.message) for r in rules]


def _referral(fired: list[SafetyRuleSpec]) -> tuple[Referral, list[SafetyRuleSpec]] | None:
    refers = _effects(fired, ReferEffect)
    if not refers:
        return None
    most_urgent = min(refers, key=lambda pair: URGENCY_ORDER[pair[1].urgency])
    rules = [rule for rule, _ in refers]
    referral = Referral(
        urgency=most_urgent[1].urgency,
        message=most_urgent[0].message,
        rules=[rule.slug for rule in rules],
    )
    return referral, rules


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
    candidates = [
        _Candidate(
            pose=catalogue.poses[e.pose], priority=e.priority, dose=catalogue.poses[e.pose].dose
        )
        for e in plan.entries
    ]

    referred = _referral(fired)
    if referred is not None:
        referral, rules = referred
        return ComposedRoutine(
            outcome=Outcome.referral,
            pain_band=band,
            items=[],
            excluded=[
                Exclusion(
                    pose=c.pose.ref,
                    reason=ExclusionReason.referral,
                    rules=[_rule_ref(r) for r in rules],
                )
                for c in candidates
            ],
            notices=_notices(fired, with_session=False),
            referral=referral,
            total_seconds=0,
            content_version=catalogue.version,
        )

    _apply_exclusions(fired, candidates)
    _apply_modifications(fired, candidates, catalogue)
    _exclude_conflicting_phases(fired, candidates)
    _apply_doses(fired, candidates)
    _fit_time_budget(fired, candidates, request, catalogue)

    kept = [c for c in candidates if not c.excluded_by]
    items = [_item(position, c, catalogue) for position, c in enumerate(kept, start=1)]
    return ComposedRoutine(
        outcome=Outcome.routine,
        pain_band=band,
        items=items,
        excluded=[_exclusion(c) for c in candidates if c.excluded_by],
        notices=_notices(fired, with_session=True),
        referral=None,
        total_seconds=sum(item.seconds for item in items),
        content_version=catalogue.version,
    )


def _apply_exclusions(fired: list[SafetyRuleSpec], candidates: list[_Candidate]) -> None:
    for rule, effect in _effects(fired, ExcludeEffect):
        for candidate in candidates:
            if _excludes(effect, candidate.pose) and rule not in candidate.excluded_by:
                candidate.excluded_by.append(rule)


def _apply_modifications(
    fired: list[SafetyRuleSpec], candidates: list[_Candidate], catalogue: Catalogue
) -> None:
    by_pose = {c.pose.slug: c for c in candidates}
    for rule, effect in _effects(fired, ModifyEffect):
        modification = catalogue.modifications[effect.modification]
        candidate = by_pose.get(modification.pose)
        if candidate is None:
            continue
        applied = candidate.modifications.setdefault(
            modification.slug, _AppliedMod(modification, optional=True, rules=[])
        )
        applied.optional = applied.optional and effect.optional  # required if any rule requires
        if rule.slug not in applied.rules:
            applied.rules.append(rule.slug)
        candidate.shaped(rule)


def _exclude_conflicting_phases(fired: list[SafetyRuleSpec], candidates: list[_Candidate]) -> None:
    """A pose whose every phase is left out by its modifications is left out entirely."""
    by_slug = {rule.slug: rule for rule in fired}
    for candidate in candidates:
        phases = candidate.pose.phases
        if candidate.excluded_by or not phases or not phases <= candidate.omitted_phases():
            continue
        for applied in candidate.modifications.values():
            if applied.modification.omitted_phases and not applied.optional:
                candidate.excluded_by += [by_slug[s] for s in applied.rules]


def _apply_doses(fired: list[SafetyRuleSpec], candidates: list[_Candidate]) -> None:
    for rule, effect in _effects(fired, DoseEffect):
        if effect.fit_time_budget:
            continue
        for candidate in candidates:
            candidate.dose = scale_dose(candidate.dose, effect)
            candidate.shaped(rule)


def _fit_time_budget(
    fired: list[SafetyRuleSpec],
    candidates: list[_Candidate],
    request: ComposeRequest,
    catalogue: Catalogue,
) -> None:
    budget_rules = [rule for rule, e in _effects(fired, DoseEffect) if e.fit_time_budget]
    if not budget_rules or request.minutes is None:
        return
    kept = [c for c in candidates if not c.excluded_by]
    total = sum(dose_seconds(c.dose, catalogue.timing) for c in kept)
    # Lowest priority (highest number) first; between equal priorities, the later pose first.
    by_drop_order = sorted(enumerate(kept), key=lambda pair: (pair[1].priority, pair[0]))
    for _, candidate in reversed(by_drop_order):
        if total <= request.minutes * 60:
            break
        total -= dose_seconds(candidate.dose, catalogue.timing)
        candidate.excluded_by.append(budget_rules[0])


def _exclusion(candidate: _Candidate) -> Exclusion:
    budget_only = all(
        any(isinstance(e, DoseEffect) and e.fit_time_budget for e in r.effect)
        for r in candidate.excluded_by
    )
    return Exclusion(
        pose=candidate.pose.ref,
        reason=ExclusionReason.time_budget if budget_only else ExclusionReason.safety_rule,
        rules=[_rule_ref(rule) for rule in candidate.excluded_by],
    )


def _item(position: int, candidate: _Candidate, catalogue: Catalogue) -> RoutineItem:
    omitted = candidate.omitted_phases()
    steps = tuple(s for s in candidate.pose.steps if s.phase not in omitted)
    return RoutineItem(
        position=position,
        pose=candidate.pose.ref,
        dose=candidate.dose,
        seconds=dose_seconds(candidate.dose, catalogue.timing),
        modifications=[
            AppliedModification(
                **applied.modification.model_dump(), optional=applied.optional, rules=applied.rules
            )
            for applied in candidate.modifications.values()
        ],
        steps=list(restate_steps(steps, candidate.pose.dose, candidate.dose)),
        rules=candidate.shaped_by,
    )
