"""Value types shared by several resources and by the composer (pure pydantic, no SQL)."""

from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.vocabulary import ModificationKind, PoseKind, Position, Sides, StepCue

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]


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
    cycle_seconds: int | None = Field(default=None, ge=1, description="Dynamic poses: one cycle.")
    duration_seconds: Range | None = Field(
        default=None, description="Dynamic poses: how long to keep repeating the cycle."
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


class StepPublic(Value):
    position: int = Field(ge=1)
    text: str
    cue: StepCue
    hold_seconds: Range | None = None
    breaths: Range | None = None
    repetitions: Range | None = None
    phase: str | None = Field(
        default=None, description="For poses with phases (Cat-Cow): the phase this step belongs to."
    )
    source: SourceRef


class ModificationPublic(Value):
    slug: Slug
    pose: Slug
    label: str
    instruction: str
    reason: str
    kind: ModificationKind
    props: list[str] = []
    omitted_phases: list[str] = Field(
        default=[], description="Phases of the pose this modification leaves out."
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


class Timing(Value):
    """How composed routines count time; stated in the seed data, not in code."""

    seconds_per_breath: int = Field(ge=1, le=60)
    seconds_per_repetition: int = Field(ge=1, le=60)
