"""The shape of seed/content.yaml, validated before anything is written."""

from collections import Counter
from pathlib import Path
from typing import Any, Self

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from api.compose import Catalogue, PlannedPose, RoutinePlan, catalogue_from
from models.links import pose_links
from models.pose import PoseCreate, PosePublic
from models.questionnaire import QuestionnaireText, ReferralActionSpec
from models.routine import RoutineCreate
from models.rule_language import SafetyRuleSpec
from models.safety_rule import SafetyRuleCreate
from models.source import SourceCreate
from models.values import LICENCES_CONTEXT, Caution, SourceRef, Timing
from models.vocabulary import MobilityLimit, RedFlag, ReferralAction
from models.vocabulary_term import MobilityLimitCreate, RedFlagCreate


class SeedContent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    timing: Timing
    sources: list[SourceCreate]
    general_cautions: list[Caution] = []
    poses: list[PoseCreate]
    routines: list[RoutineCreate]
    mobility_limits: list[MobilityLimitCreate]
    red_flags: list[RedFlagCreate]
    referral_actions: list[ReferralActionSpec]
    questionnaire: QuestionnaireText
    safety_rules: list[SafetyRuleCreate]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = [
            *self._duplicate_slugs(),
            *self._unknown_sources(),
            *self._vocabulary_gaps(),
            *self._missing_cautions(),
            *self._action_gaps(),
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _missing_cautions(self) -> list[str]:
        """Every pose and routine carries every general caution."""
        owners = [(f"pose {p.slug}", p.cautions) for p in self.poses]
        owners += [(f"routine {r.slug}", r.cautions) for r in self.routines]
        return [
            f"{owner}: lacks the general caution {caution.text!r}"
            for owner, cautions in owners
            for caution in self.general_cautions
            if caution not in cautions
        ]

    def _action_gaps(self) -> list[str]:
        counts = Counter(action.slug for action in self.referral_actions)
        return [
            f"referral action {value} has {counts[value]} entries (needs 1)"
            for value in ReferralAction
            if counts[value] != 1
        ]

    def _duplicate_slugs(self) -> list[str]:
        groups = {
            "source": [s.slug for s in self.sources],
            "pose": [p.slug for p in self.poses],
            "modification": [m.slug for p in self.poses for m in p.modifications],
            "routine": [r.slug for r in self.routines],
            "rule": [r.slug for r in self.safety_rules],
        }
        return [
            f"{kind} {slug} appears {count} times"
            for kind, slugs in groups.items()
            for slug, count in Counter(slugs).items()
            if count > 1
        ]

    def _source_refs(self) -> list[tuple[str, SourceRef]]:
        refs = [(f"pose {p.slug}", p.source) for p in self.poses]
        refs += [(f"modification {m.slug}", m.source) for p in self.poses for m in p.modifications]
        refs += [(f"routine {r.slug}", r.source) for r in self.routines]
        refs += [(f"rule {r.slug}", ref) for r in self.safety_rules for ref in r.sources]
        refs += [(f"dose of {p.slug}", p.dose.source) for p in self.poses if p.dose.source]
        cautions = [*self.general_cautions, *(c for p in self.poses for c in p.cautions)]
        refs += [("caution", c.source) for c in cautions]
        refs += [
            (f"referral action {a.slug}", ref) for a in self.referral_actions for ref in a.sources
        ]
        refs += [
            (f"source {s.slug}", section.caution.source)
            for s in self.sources
            for section in s.sections
            if section.caution
        ]
        return refs

    def _unknown_sources(self) -> list[str]:
        known = {s.slug for s in self.sources}
        return [
            f"{owner}: unknown source {ref.slug}"
            for owner, ref in self._source_refs()
            if ref.slug not in known
        ]

    def _vocabulary_gaps(self) -> list[str]:
        problems = []
        for kind, entries, vocabulary in (
            ("mobility limit", self.mobility_limits, MobilityLimit),
            ("red flag", self.red_flags, RedFlag),
        ):
            counts = Counter(entry.slug for entry in entries)
            problems += [
                f"{kind} {value} has {counts[value]} questionnaire entries (needs 1)"
                for value in vocabulary
                if counts[value] != 1
            ]
        return problems

    def validation_context(self) -> dict[str, Any]:
        """As the snapshot validates with: each source's licence, for every reference."""
        return {LICENCES_CONTEXT: {source.slug: source.licence for source in self.sources}}

    def public_poses(self) -> list[PosePublic]:
        """Each pose as the API serves it (without figures), from the file alone."""
        context = self.validation_context()
        return [_public_pose(pose, context) for pose in self.poses]

    def public_rules(self) -> list[SafetyRuleSpec]:
        """The rule base as the API serves it (its sources with their licences)."""
        context = self.validation_context()
        return [
            SafetyRuleSpec.model_validate(rule.model_dump(), context=context)
            for rule in self.safety_rules
        ]

    def to_catalogue(self, version: int = 0) -> Catalogue:
        """The composer's view of this content, without a database (for tests and checks):
        the same mapping the database's snapshot uses."""
        context = self.validation_context()
        return catalogue_from(
            version=version,
            timing=self.timing,
            poses=self.public_poses(),
            routines={
                r.slug: RoutinePlan(r.slug, tuple(PlannedPose(i.pose, i.priority) for i in r.items))
                for r in self.routines
            },
            rules=self.public_rules(),
            referral_actions=[
                ReferralActionSpec.model_validate(action.model_dump(), context=context)
                for action in self.referral_actions
            ],
            answer_labels={
                **{("mobility_limits", t.slug): t.label for t in self.mobility_limits},
                **{("red_flags", t.slug): t.label for t in self.red_flags},
            },
        )


def _public_pose(pose: PoseCreate, context: dict[str, Any]) -> PosePublic:
    steps = [
        step.model_dump(exclude={"section"})
        | {
            "position": n,
            "source": {"slug": pose.source.slug, "section": step.section or pose.source.section},
        }
        for n, step in enumerate(pose.steps, start=1)
    ]
    modifications = [m.model_dump() | {"pose": pose.slug} for m in pose.modifications]
    return PosePublic.model_validate(
        pose.model_dump(exclude={"steps", "modifications"})
        | {"links": pose_links(pose.slug), "steps": steps, "modifications": modifications},
        context=context,
    )


def read_seed(path: Path) -> SeedContent:
    with path.open(encoding="utf-8") as file:
        return SeedContent.model_validate(yaml.safe_load(file))
