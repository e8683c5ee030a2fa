"""The composer's view of the content, and the checks that keep rules and content consistent."""

from collections.abc import Mapping
from dataclasses import dataclass

from models.rule_language import (
    ExcludeEffect,
    MobilityLimitTrigger,
    ModifyEffect,
    PainBandTrigger,
    RedFlagTrigger,
    SafetyRuleSpec,
    TimeBudgetTrigger,
)
from models.values import Dose, ModificationPublic, PoseRef, StepPublic, Timing
from models.vocabulary import Demand, MobilityLimit, RedFlag


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

    @property
    def slug(self) -> str:
        return self.ref.slug

    @property
    def phases(self) -> frozenset[str]:
        return frozenset(step.phase for step in self.steps if step.phase)


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

    def check(self) -> None:
        """Raise CatalogueError listing every dangling reference or gap in the rule base."""
        problems = [
            *self._routine_problems(),
            *self._modification_problems(),
            *self._rule_problems(),
            *self._coverage_problems(),
        ]
        if problems:
            raise CatalogueError(problems)

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
            elif not set(mod.omitted_phases) <= pose.phases:
                problems.append(
                    f"modification {mod.slug}: {mod.pose} has no phase "
                    f"{sorted(set(mod.omitted_phases) - pose.phases)}"
                )
        return problems

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
        limits = {
            r.trigger.limit for r in self.rules if isinstance(r.trigger, MobilityLimitTrigger)
        }
        flags = {r.trigger.flag for r in self.rules if isinstance(r.trigger, RedFlagTrigger)}
        problems += [f"mobility limit {v} has no rule" for v in MobilityLimit if v not in limits]
        problems += [f"red flag {v} has no rule" for v in RedFlag if v not in flags]
        if not any(isinstance(r.trigger, TimeBudgetTrigger) for r in self.rules):
            problems.append("no rule handles the time budget (a time_budget trigger)")
        return problems
