"""Value types shared by several resources and by the composer (pure pydantic, no SQL)."""

from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.vocabulary import Demand, ModificationKind, PoseKind, Position, Sides, StepCue

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
PhaseName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]


class Value(BaseModel):
    """Base of every value type: immutable, and unknown keys are an error, not a silent drop."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Range(Value):
    """An inclusive range; `max` is null when the article leaves it open ("or longer")."""

    min: int = Field(ge=0)
    max: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _max_not_below_min(self) -> Self:
        if self.max is not None and self.max < self.min:
            raise ValueError(f"max ({self.max}) is below min ({self.min})")
        return self

    @property
    def upper(self) -> int:
        """The most this range asks for (its min when it is open-ended)."""
        return self.min if self.max is None else self.max


class Dose(Value):
    """How much of a pose to do. One measure is set: a hold, breaths, repetitions or a duration."""

    hold_seconds: Range | None = None
    breaths: Range | None = None
    repetitions: Range | None = None
    sides: Sides = Sides.both
    cycle_seconds: int | None = Field(
        default=None,
        ge=1,
        description="Dynamic poses: one cycle (one repetition, when repetitions are counted).",
    )
    duration_seconds: Range | None = Field(
        default=None, description="Dynamic poses: how long to keep repeating the cycle."
    )
    source: "SourceRef | None" = Field(
        default=None,
        description="Where the numbers come from (a composed item's `rules` say what scaled them).",
    )

    @model_validator(mode="after")
    def _one_measure(self) -> Self:
        measures = [self.hold_seconds, self.breaths, self.repetitions, self.duration_seconds]
        if sum(m is not None for m in measures) != 1:
            raise ValueError(
                "a dose sets exactly one of hold_seconds, breaths, repetitions, duration_seconds"
            )
        return self


class SourceRef(Value):
    """Where a piece of content comes from: a source slug and the section within it."""

    source: Slug
    section: str | None = None


class Caution(Value):
    """A caution that goes with the content wherever it is shown, with its source."""

    text: str = Field(min_length=1)
    source: SourceRef


class Phase(Value):
    """A phase of a pose that moves between positions (Cat-Cow's `cat` and `cow`)."""

    name: PhaseName
    label: str = Field(min_length=1)
    demands: list[Demand] = Field(
        default=[], description="Demands only this phase places, beside the pose's own."
    )


class StepChange(Value):
    """How a modification rewrites one step of its pose: removes it, gives it a new text, or
    rewrites one phrase of it (`find` → `replace`)."""

    step: int = Field(ge=1, description="The position of the pose's step.")
    remove: bool = Field(default=False, description="The step is left out.")
    text: str | None = Field(default=None, min_length=1, description="The step's new text.")
    find: str | None = Field(default=None, min_length=1, description="A phrase of the step...")
    replace: str | None = Field(default=None, description="...and what it becomes.")
    unless: list[Slug] = Field(
        default=[],
        description="Skipped when one of these modifications of the same pose also applies "
        "(its own change of this step says it all).",
    )

    @model_validator(mode="after")
    def _one_change(self) -> Self:
        kinds = [self.remove, self.text is not None, self.find is not None]
        if sum(kinds) != 1 or (self.find is None) != (self.replace is None):
            raise ValueError("a step change sets one of: remove, text, or find with replace")
        return self


class StepMedia(Value):
    image_url: str


class StepPublic(Value):
    position: int = Field(ge=1)
    text: str
    cue: StepCue
    hold_seconds: Range | None = None
    breaths: Range | None = None
    repetitions: Range | None = None
    duration_seconds: Range | None = Field(
        default=None, description="For a step that repeats a movement for a time."
    )
    phase: PhaseName | None = Field(
        default=None, description="For poses with phases (Cat-Cow): the phase this step belongs to."
    )
    source: SourceRef
    modified_by: Slug | None = Field(
        default=None, description="In a composed routine: the modification that rewrote it."
    )
    media: StepMedia | None = Field(
        default=None, description="The figure of the step's phase, for a step with one."
    )


class ModificationPublic(Value):
    slug: Slug
    pose: Slug
    label: str
    instruction: str
    reason: str
    kind: ModificationKind
    props: list[str] = []
    omitted_phases: list[PhaseName] = Field(
        default=[], description="Phases of the pose this modification leaves out."
    )
    removes_demands: list[Demand] = Field(
        default=[], description="Demands the pose no longer places once this is applied."
    )
    adds_demands: list[Demand] = Field(
        default=[], description="Demands this modification adds (e.g. knees wide)."
    )
    step_changes: list[StepChange] = Field(
        default=[], description="Steps of the pose this modification rewrites or removes."
    )
    source: SourceRef


class PoseRef(Value):
    """The short form of a pose used inside routines and compositions."""

    slug: Slug
    name: str
    kind: PoseKind
    position: Position
    href: str


class AppliedModification(ModificationPublic):
    """A modification as applied in a routine: whether it is only suggested, and why."""

    optional: bool = Field(
        default=False, description="True when the modification is suggested, not required."
    )
    rules: list[Slug] = Field(default=[], description="The rules that applied it.")


class RoutineItem(Value):
    """One pose of a routine, with everything a client needs to render it step by step."""

    position: int = Field(ge=1)
    pose: PoseRef
    dose: Dose
    seconds: int = Field(ge=0, description="Estimated time for this item (see docs/rules.md).")
    modifications: list[AppliedModification] = []
    steps: list[StepPublic]
    rules: list[Slug] = Field(default=[], description="Slugs of the rules that shaped this item.")
    substitutes_for: PoseRef | None = Field(
        default=None,
        description="The pose of the base routine this one replaces; `excluded` says why.",
    )


class Timing(Value):
    """How composed routines count time; stated in the seed data, not in code."""

    seconds_per_breath: int = Field(ge=1, le=60)
    seconds_per_repetition: int = Field(ge=1, le=60)


Dose.model_rebuild()
