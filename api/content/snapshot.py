"""An immutable snapshot of the content at one version: typed models with lookups, an index
for pose queries, and a cache of rendered bodies.

Everything is validated when the snapshot is built, except the steps of the poses the
composer cannot reach: those are read with the rest but validated the first time a pose is
asked for (at 10,000 poses and 100,000 steps, validating every step would cost seconds of
start-up and most of the memory; docs/architecture.md has the figures).
"""

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pydantic_core
from pydantic import TypeAdapter

from api.compose import Catalogue
from api.content.pose_index import PoseIndex
from api.content.rendered import RenderCache
from models.pose import PosePublic, PoseSummary
from models.questionnaire import QuestionnairePublic
from models.routine import RoutinePublic, RoutineSummary
from models.safety_rule import SafetyRulePublic
from models.source import SourcePublic
from models.values import ModificationPublic, StepPublic
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic

STEPS = TypeAdapter(list[StepPublic])
STEP_COLUMNS = (
    "position",
    "text",
    "cue",
    "hold_seconds",
    "breaths",
    "repetitions",
    "duration_seconds",
    "phase",
    "source_section",
)
StepRow = tuple[Any, ...]
"""A step as read from the database (its STEP_COLUMNS), not yet validated."""
SUMMARY_MEMO = 2048  # typed summaries kept: a few pages of every sort, ~7 KB each
POSE_MEMO = 256  # typed poses with their steps kept, ~20 KB each


class Poses:
    """Every pose of a snapshot, in served order, kept compact and typed on access.

    Summaries are validated when the snapshot is built, then kept as their JSON (a tenth of
    a model's memory); steps are kept as read, as JSON per pose, and validated the first time
    the pose is asked for. Typed summaries and poses are memoised, in bounded numbers, so
    that a crawler walking every pose cannot grow the process.
    """

    def __init__(
        self,
        summaries: Sequence[PoseSummary],
        steps: Mapping[str, Sequence[StepRow]],
        modifications: Mapping[str, Sequence[ModificationPublic]],
        context: Mapping[str, Any] | None = None,
    ) -> None:
        self._context = context
        self.slugs = tuple(pose.slug for pose in summaries)
        self._number = {slug: number for number, slug in enumerate(self.slugs)}
        self._summaries = [pydantic_core.to_json(pose) for pose in summaries]
        self._steps = {slug: pydantic_core.to_json(rows) for slug, rows in steps.items()}
        self._modifications = {slug: tuple(mods) for slug, mods in modifications.items()}
        self.summary = functools.lru_cache(maxsize=SUMMARY_MEMO)(self._summary)
        self._pose = functools.lru_cache(maxsize=POSE_MEMO)(self._build)

    def __len__(self) -> int:
        return len(self.slugs)

    def __contains__(self, slug: object) -> bool:
        return slug in self._number

    def _summary(self, number: int) -> PoseSummary:
        """The summary of the pose at this place in served order."""
        return PoseSummary.model_validate_json(self._summaries[number])

    def summary_of(self, slug: str) -> PoseSummary | None:
        number = self._number.get(slug)
        return None if number is None else self.summary(number)

    def get(self, slug: str) -> PosePublic | None:
        """The pose with its steps and modifications (None: no such pose)."""
        return self._pose(slug) if slug in self._number else None

    def cached_poses(self) -> int:
        """How many poses are held typed (at most POSE_MEMO)."""
        return self._pose.cache_info().currsize

    def pose_json(self, slug: str) -> bytes:
        """The pose's JSON, byte for byte the body of GET /v1/poses/{slug}, made from what is
        kept without typing it again: for the bundle, which holds every pose (a test checks
        it against the typed path for every pose)."""
        number = self._number[slug]
        summary = pydantic_core.from_json(self._summaries[number])
        source, figures = summary["source"], summary["media"]["figures"]
        steps = []
        for values in pydantic_core.from_json(self._steps.get(slug, b"[]")):
            step = dict(zip(STEP_COLUMNS[:-1], values[:-1], strict=True))
            step["source"] = {
                "slug": source["slug"],
                "section": values[-1],
                "licence": source["licence"],
                "href": source["href"],
            }
            step["modified_by"] = None
            phase = step["phase"]
            step["media"] = {"image_url": figures[phase]} if phase in figures else None
            steps.append(step)
        return b"".join(
            (
                self._summaries[number][:-1],
                b',"steps":',
                pydantic_core.to_json(steps),
                b',"modifications":',
                pydantic_core.to_json(list(self._modifications.get(slug, ()))),
                b"}",
            )
        )

    def _build(self, slug: str) -> PosePublic:
        summary = self.summary(self._number[slug])
        figures = summary.media.figures
        steps = []
        for values in pydantic_core.from_json(self._steps.get(slug, b"[]")):
            step = dict(zip(STEP_COLUMNS, values, strict=True))
            step["source"] = {
                "slug": summary.source.slug,
                "section": step.pop("source_section"),
            }
            if step["phase"] in figures:
                step["media"] = {"image_url": figures[step["phase"]]}
            steps.append(step)
        return PosePublic.model_construct(
            **dict(summary),
            steps=STEPS.validate_python(steps, context=self._context),
            modifications=list(self._modifications.get(slug, ())),
        )


@dataclass(frozen=True)
class ContentSnapshot:
    """Every public resource of one content version, typed, in served order."""

    version: int
    catalogue: Catalogue
    poses: Poses = field(repr=False)
    pose_index: PoseIndex = field(repr=False)
    routine_summaries: tuple[RoutineSummary, ...]
    routine_builder: Callable[[RoutineSummary], RoutinePublic] = field(repr=False)
    sources: tuple[SourcePublic, ...]
    safety_rules: tuple[SafetyRulePublic, ...]
    mobility_limits: tuple[MobilityLimitPublic, ...]
    red_flags: tuple[RedFlagPublic, ...]
    questionnaire: QuestionnairePublic
    renders: RenderCache = field(default_factory=RenderCache, compare=False, repr=False)
    _routine_by_key: Mapping[str, RoutineSummary] = field(init=False, repr=False)
    _routines: dict[str, RoutinePublic] = field(init=False, repr=False)
    rule_by_slug: Mapping[str, SafetyRulePublic] = field(init=False, repr=False)
    source_by_slug: Mapping[str, SourcePublic] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        def set_(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        by_key = {str(r.id): r for r in self.routine_summaries}
        by_key |= {r.slug: r for r in self.routine_summaries if r.slug}
        set_("_routine_by_key", by_key)
        set_("_routines", {})
        set_("rule_by_slug", {rule.slug: rule for rule in self.safety_rules})
        set_("source_by_slug", {source.slug: source for source in self.sources})

    def pose(self, slug: str) -> PosePublic | None:
        return self.poses.get(slug)

    def routine(self, slug_or_id: str) -> RoutinePublic | None:
        summary = self._routine_by_key.get(slug_or_id)
        if summary is None:
            return None
        key = str(summary.id)
        routine = self._routines.get(key)
        if routine is None:
            routine = self._routines[key] = self.routine_builder(summary)
        return routine
