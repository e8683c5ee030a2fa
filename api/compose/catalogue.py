"""The composer's view of the content, and the checks that keep rules and content consistent."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from typing import Protocol

from api.compose.steps import rewrite_steps
from models.questionnaire import ReferralActionSpec
from models.rule_language import (
    AllOfTrigger,
    ExcludeEffect,
    MobilityLimitTrigger,
    ModifyEffect,
    NoticeEffect,
    PainBandTrigger,
    RedFlagTrigger,
    ReferEffect,
    SafetyRuleSpec,
    TimeBudgetTrigger,
)
from models.values import Dose, ModificationPublic, Phase, PoseRef, StepPublic, Timing
from models.vocabulary import (
    Demand,
    MobilityLimit,
    PoseKind,
    Position,
    RedFlag,
    ReferralAction,
    Severity,
    Urgency,
)

SEVERITY_ORDER = (Severity.info, Severity.warning, Severity.critical)
LEAST_SEVERITY_OF_REFERRAL = {
    Urgency.emergency: Severity.critical,
    Urgency.urgent: Severity.critical,
    Urgency.soon: Severity.warning,
}
"""A referral's rule is told as seriously as its urgency: a reason shown with "call 999"
cannot read as `info`."""


class CatalogueError(ValueError):
    """The content or the rule base is inconsistent; each problem names the rule or item."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid content:\n- " + "\n- ".join(problems))


@dataclass(frozen=True, slots=True)
class PoseFacts:
    ref: PoseRef
    demands: frozenset[Demand]
    dose: Dose
    steps: tuple[StepPublic, ...]
    phases: tuple[Phase, ...] = ()
    alternatives: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        return self.ref.slug

    @property
    def phase_names(self) -> frozenset[str]:
        return frozenset(phase.name for phase in self.phases)

    def demands_with(
        self, omitted_phases: frozenset[str], added: frozenset[Demand], removed: frozenset[Demand]
    ) -> frozenset[Demand]:
        """What the pose asks of the body once modifications have changed it."""
        phase_demands = {d for p in self.phases if p.name not in omitted_phases for d in p.demands}
        return frozenset((self.demands | phase_demands | added) - removed)


@dataclass(frozen=True, slots=True)
class PlannedPose:
    """A pose in a routine; priority 1 is the last to go when time is short."""

    pose: str
    priority: int


@dataclass(frozen=True, slots=True)
class RoutinePlan:
    slug: str
    entries: tuple[PlannedPose, ...]


@dataclass(frozen=True)
class Catalogue:
    version: int
    timing: Timing
    poses: Mapping[str, PoseFacts]
    modifications: Mapping[str, ModificationPublic]
    routines: Mapping[str, RoutinePlan]
    rules: tuple[SafetyRuleSpec, ...]
    referral_actions: Mapping[ReferralAction, ReferralActionSpec]
    answer_labels: Mapping[tuple[str, str], str]
    """Plain-words labels of answers, keyed by (request field, value)."""

    @cached_property
    def rule_by_slug(self) -> dict[str, SafetyRuleSpec]:
        return {rule.slug: rule for rule in self.rules}

    @cached_property
    def modification_order(self) -> dict[str, int]:
        """Modifications in content order: the order their step changes apply in."""
        return {slug: n for n, slug in enumerate(self.modifications)}

    def check(self) -> None:
        """Raise CatalogueError listing every dangling reference or gap in the rule base."""
        problems = [
            *self._pose_problems(),
            *self._routine_problems(),
            *self._modification_problems(),
            *self._step_rewrite_problems(),
            *self._rule_problems(),
            *self._coverage_problems(),
        ]
        if problems:
            raise CatalogueError(problems)

    def _pose_problems(self) -> list[str]:
        problems = []
        for pose in self.poses.values():
            undeclared = {s.phase for s in pose.steps if s.phase} - pose.phase_names
            problems += [f"pose {pose.slug}: step phase {p} is not declared" for p in undeclared]
            if pose.phases and not all(
                any(s.phase == p.name for s in pose.steps) for p in pose.phases
            ):
                problems.append(f"pose {pose.slug}: a declared phase has no step")
            for slug in pose.alternatives:
                if slug not in self.poses:
                    problems.append(f"pose {pose.slug}: unknown alternative {slug}")
                elif slug == pose.slug:
                    problems.append(f"pose {pose.slug}: is its own alternative")
        return problems

    def _routine_problems(self) -> list[str]:
        problems = []
        for routine in self.routines.values():
            slugs = [entry.pose for entry in routine.entries]
            problems += [
                f"routine {routine.slug}: unknown pose {slug}"
                for slug in slugs
                if slug not in self.poses
            ]
            if len(set(slugs)) != len(slugs):
                problems.append(f"routine {routine.slug}: a pose appears twice")
        return problems

    def _modification_problems(self) -> list[str]:
        problems = []
        for mod in self.modifications.values():
            pose = self.poses.get(mod.pose)
            if pose is None:
                problems.append(f"modification {mod.slug}: unknown pose {mod.pose}")
                continue
            if not set(mod.omitted_phases) <= pose.phase_names:
                problems.append(
                    f"modification {mod.slug}: {mod.pose} has no phase "
                    f"{sorted(set(mod.omitted_phases) - pose.phase_names)}"
                )
            steps = {step.position: step for step in pose.steps}
            for change in mod.step_changes:
                step = steps.get(change.step)
                if step is None:
                    problems.append(
                        f"modification {mod.slug}: {mod.pose} has no step {change.step}"
                    )
                elif change.find is not None and change.find not in step.text:
                    problems.append(
                        f"modification {mod.slug}: step {change.step} of {mod.pose} does not "
                        f"say {change.find!r}"
                    )
            unknown = {slug for c in mod.step_changes for slug in c.unless} - set(
                self.modifications
            )
            problems += [f"modification {mod.slug}: unless names unknown {u}" for u in unknown]
            all_demands = pose.demands | {d for phase in pose.phases for d in phase.demands}
            problems += [
                f"modification {mod.slug}: {mod.pose} has no demand {demand} to remove"
                for demand in mod.removes_demands
                if demand not in all_demands
            ]
        return problems

    def _step_rewrite_problems(self) -> list[str]:
        """Every combination of a pose's modifications rewrites its steps without losing a
        change: no step gets two new texts, and every phrase is still there to rewrite."""
        problems = []
        by_pose: dict[str, list[ModificationPublic]] = {}
        for mod in self.modifications.values():
            by_pose.setdefault(mod.pose, []).append(mod)
        for slug, mods in by_pose.items():
            pose = self.poses.get(slug)
            if pose is None:
                continue
            changing = [m for m in mods if m.step_changes or m.omitted_phases]
            for size in range(2, len(changing) + 1):
                for together in combinations(changing, size):
                    omitted = frozenset(p for m in together for p in m.omitted_phases)
                    lost = rewrite_steps(pose.steps, together, omitted).lost
                    problems += [f"pose {slug}: {problem}" for problem in lost]
        return sorted(set(problems))

    def _rule_problems(self) -> list[str]:
        problems = []
        for rule in self.rules:
            for effect in rule.effect:
                if isinstance(effect, ExcludeEffect):
                    named = [*effect.poses, *(effect.all_poses_except or [])]
                    problems += [
                        f"rule {rule.slug}: unknown pose {slug}"
                        for slug in named
                        if slug not in self.poses
                    ]
                elif isinstance(effect, ModifyEffect) and (
                    effect.modification not in self.modifications
                ):
                    problems.append(f"rule {rule.slug}: unknown modification {effect.modification}")
                elif isinstance(effect, ReferEffect | NoticeEffect) and (
                    effect.action is not None and effect.action not in self.referral_actions
                ):
                    problems.append(f"rule {rule.slug}: referral action {effect.action} undefined")
                elif (
                    isinstance(effect, NoticeEffect)
                    and effect.action is not None
                    and self.referral_actions[effect.action].advice is None
                ):
                    problems.append(
                        f"rule {rule.slug}: a notice's action {effect.action} needs `advice`"
                    )
        for rule in self.rules:
            for effect in rule.effect:
                if not isinstance(effect, ReferEffect):
                    continue
                least = LEAST_SEVERITY_OF_REFERRAL[effect.urgency]
                if SEVERITY_ORDER.index(rule.severity) < SEVERITY_ORDER.index(least):
                    problems.append(
                        f"rule {rule.slug}: severity {rule.severity.value} is too mild for a "
                        f"referral ({effect.urgency.value}); it takes {least.value} or above"
                    )
        slugs = [rule.slug for rule in self.rules]
        problems += [
            f"rule {slug}: slug used twice" for slug in sorted(set(slugs)) if slugs.count(slug) > 1
        ]
        return problems

    def _coverage_problems(self) -> list[str]:
        """Every pain level has exactly one band; every answer a person can give has a rule."""
        problems = []
        bands = [r.trigger for r in self.rules if isinstance(r.trigger, PainBandTrigger)]
        for level in range(11):
            matching = [b.band for b in bands if b.min <= level <= b.max]
            if len(matching) != 1:
                problems.append(f"pain level {level} falls in {len(matching)} bands {matching}")
        triggers = [r.trigger for r in self.rules]
        triggers += [
            part
            for trigger in triggers
            if isinstance(trigger, AllOfTrigger)
            for part in trigger.triggers
        ]
        limits = {t.limit for t in triggers if isinstance(t, MobilityLimitTrigger)}
        flags = {t.flag for t in triggers if isinstance(t, RedFlagTrigger)}
        problems += [f"mobility limit {v} has no rule" for v in MobilityLimit if v not in limits]
        problems += [f"red flag {v} has no rule" for v in RedFlag if v not in flags]
        problems += [
            f"{field} {value} has no label"
            for field, vocabulary in (("mobility_limits", MobilityLimit), ("red_flags", RedFlag))
            for value in vocabulary
            if (field, value) not in self.answer_labels
        ]
        if not any(isinstance(r.trigger, TimeBudgetTrigger) for r in self.rules):
            problems.append("no rule handles the time budget (a time_budget trigger)")
        return problems


class PublicPose(Protocol):
    """What the composer reads of a pose (models.pose.PosePublic has it; the composer does
    not import it, because that module holds the table too)."""

    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> PoseKind: ...
    @property
    def body_position(self) -> Position: ...
    @property
    def links(self) -> dict[str, str]: ...
    @property
    def demands(self) -> list[Demand]: ...
    @property
    def dose(self) -> Dose: ...
    @property
    def steps(self) -> list[StepPublic]: ...
    @property
    def phases(self) -> list[Phase]: ...
    @property
    def alternatives(self) -> list[str]: ...
    @property
    def modifications(self) -> list[ModificationPublic]: ...


def pose_ref(pose: PublicPose) -> PoseRef:
    """The short form of a validated pose (not validated again)."""
    return PoseRef.model_construct(
        slug=pose.slug,
        name=pose.name,
        kind=pose.kind,
        body_position=pose.body_position,
        href=pose.links["self"],
    )


def pose_facts(pose: PublicPose) -> PoseFacts:
    return PoseFacts(
        pose_ref(pose),
        frozenset(pose.demands),
        pose.dose,
        tuple(pose.steps),
        tuple(pose.phases),
        tuple(pose.alternatives),
    )


def composable_slugs(
    routines: Iterable[RoutinePlan],
    alternatives: Mapping[str, Sequence[str]],
    rules: Iterable[SafetyRuleSpec],
    modification_poses: Iterable[str],
) -> set[str]:
    """The poses the composer can reach: those of the routines and their alternatives, those
    the rules name, and those with modifications. Only these need their steps at start-up."""
    slugs = {entry.pose for routine in routines for entry in routine.entries}
    slugs |= {alt for slug in list(slugs) for alt in alternatives.get(slug, ())}
    for rule in rules:
        for effect in rule.effect:
            if isinstance(effect, ExcludeEffect):
                slugs |= {*effect.poses, *(effect.all_poses_except or [])}
    return slugs | set(modification_poses)


def catalogue_from(
    *,
    version: int,
    timing: Timing,
    poses: Iterable[PublicPose],
    routines: Mapping[str, RoutinePlan],
    rules: Iterable[SafetyRuleSpec],
    referral_actions: Iterable[ReferralActionSpec],
    answer_labels: Mapping[tuple[str, str], str],
) -> Catalogue:
    """The composer's view of typed content: the one mapping from poses to the catalogue,
    for the seed file and for the database alike."""
    poses = list(poses)
    return Catalogue(
        version=version,
        timing=timing,
        poses={pose.slug: pose_facts(pose) for pose in poses},
        modifications={m.slug: m for pose in poses for m in pose.modifications},
        routines=routines,
        rules=tuple(rules),
        referral_actions={action.slug: action for action in referral_actions},
        answer_labels=answer_labels,
    )
