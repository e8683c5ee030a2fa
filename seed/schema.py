"""The shape of seed/content.yaml, validated before anything is written."""

from collections import Counter
from pathlib import Path
from typing import Self

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from api.compose import Catalogue, PlannedPose, PoseFacts, RoutinePlan
from api.content.build import pose_links
from models.pose import PoseCreate
from models.routine import RoutineCreate
from models.safety_rule import SafetyRuleCreate
from models.source import SourceCreate
from models.values import ModificationPublic, PoseRef, SourceRef, StepPublic, Timing
from models.vocabulary import MobilityLimit, RedFlag
from models.vocabulary_term import MobilityLimitCreate, RedFlagCreate


class SeedContent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    timing: Timing
    sources: list[SourceCreate]
    poses: list[PoseCreate]
    routines: list[RoutineCreate]
    mobility_limits: list[MobilityLimitCreate]
    red_flags: list[RedFlagCreate]
    safety_rules: list[SafetyRuleCreate]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = [*self._duplicate_slugs(), *self._unknown_sources(), *self._vocabulary_gaps()]
        if problems:
            raise ValueError("; ".join(problems))
        return self

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
        return refs

    def _unknown_sources(self) -> list[str]:
        known = {s.slug for s in self.sources}
        return [
            f"{owner}: unknown source {ref.source}"
            for owner, ref in self._source_refs()
            if ref.source not in known
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

    def to_catalogue(self, version: int = 0) -> Catalogue:
        """The composer's view of this content, without a database (for tests and checks)."""
        poses = {p.slug: _pose_facts(p) for p in self.poses}
        modifications = {
            m.slug: ModificationPublic(**m.model_dump(), pose=p.slug)
            for p in self.poses
            for m in p.modifications
        }
        routines = {
            r.slug: RoutinePlan(r.slug, tuple(PlannedPose(i.pose, i.priority) for i in r.items))
            for r in self.routines
        }
        return Catalogue(
            version, self.timing, poses, modifications, routines, tuple(self.safety_rules)
        )


def _pose_facts(pose: PoseCreate) -> PoseFacts:
    steps = tuple(
        StepPublic(
            **step.model_dump(exclude={"section"}),
            position=n,
            source=SourceRef(
                source=pose.source.source, section=step.section or pose.source.section
            ),
        )
        for n, step in enumerate(pose.steps, start=1)
    )
    ref = PoseRef(
        slug=pose.slug,
        name=pose.name,
        kind=pose.kind,
        position=pose.position,
        href=pose_links(pose.slug)["self"],
    )
    return PoseFacts(ref, frozenset(pose.demands), pose.dose, steps)


def read_seed(path: Path) -> SeedContent:
    with path.open(encoding="utf-8") as file:
        return SeedContent.model_validate(yaml.safe_load(file))
