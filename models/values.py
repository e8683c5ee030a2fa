"""Value types shared by several resources and by the composer (pure pydantic, no SQL)."""

from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

from models.links import rule_href, source_href
from models.vocabulary import Demand, ModificationKind, PoseKind, Position, Severity, Sides, StepCue

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
PhaseName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]


class Schema(BaseModel):
    """Base of every representation the API sends: a field with a default is still always
    sent, so the spec marks it required in responses (generated clients type it as present)."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)


class Value(Schema):
    """Base of every value type: immutable, and unknown keys are an error, not a silent drop."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", json_schema_serialization_defaults_required=True
    )


class NumberRange(Value):
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


class Prop(Value):
    """Something to have at hand: a pillow, a chair."""

    name: str = Field(min_length=1, description="What to use, in plain words.")
    optional: bool = Field(
        description="True when it only helps (a pose's props); false when the pose or "
        "modification needs it."
    )
    purpose: str = Field(min_length=1, description="What it is for, e.g. `under your knees`.")


class Dose(Value):
    """How much of a pose to do. Exactly one measure is set: a hold (`hold_seconds`, in
    seconds), `breaths` (slow breaths, counted), `repetitions` (of the movement), or, for a
    flow repeated for a time, `duration_seconds`. Each is an inclusive range; `max` null
    means "or longer". `sides`: `both` — the pose works both sides at once (do it once);
    `each` — do it on one side, then the other (the time counts twice)."""

    hold_seconds: NumberRange | None = Field(
        default=None, description="Hold for this many seconds."
    )
    breaths: NumberRange | None = Field(
        default=None, description="Hold for this many slow breaths."
    )
    repetitions: NumberRange | None = Field(default=None, description="Repeat the movement.")
    sides: Sides = Field(
        default=Sides.both,
        description="`both`: once, both sides together; `each`: once per side, one after "
        "the other.",
    )
    cycle_seconds: int | None = Field(
        default=None,
        ge=1,
        description="Dynamic poses: one cycle (one repetition, when repetitions are counted).",
    )
    duration_seconds: NumberRange | None = Field(
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


LICENCES_CONTEXT = "licences"
"""Validation context: each source's licence by slug, so that every reference carries it."""


class SourceRef(Value):
    """Where a piece of content comes from: the source, the section within it, and the licence
    it comes under (the source's: GET its `href` for the attribution to show)."""

    slug: Slug = Field(description="The source (GET /v1/sources/{slug}).")
    section: str | None = None
    licence: str | None = Field(
        default=None,
        description="The source's licence or copyright notice; null where we know of none. "
        "The source's `rights` say what a partner may do with the material either way.",
    )

    href: str = Field(default="", description="The source: GET it for title, publisher, URL.")

    @model_validator(mode="before")
    @classmethod
    def _link_and_licence(cls, data: Any, info: ValidationInfo) -> Any:
        """The link always follows the slug; the licence is the source's, when known."""
        if not isinstance(data, dict) or "slug" not in data:
            return data
        data = {**data, "href": source_href(data["slug"])}
        licences = (info.context or {}).get(LICENCES_CONTEXT)
        if licences is not None:
            data["licence"] = licences.get(data["slug"])
        return data


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
    hold_seconds: NumberRange | None = None
    breaths: NumberRange | None = None
    repetitions: NumberRange | None = None
    duration_seconds: NumberRange | None = Field(
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
    props: list[Prop] = []
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


class RuleRef(Value):
    """A rule as cited anywhere in a representation: its slug, severity and message, and its
    link. The one shape of a rule reference (items, modifications, exclusions, notices,
    referrals and the vocabulary all cite rules with it)."""

    slug: Slug
    severity: Severity
    message: str = Field(description="What the rule tells the person.")
    href: str = Field(
        default="", description="The rule: GET it for its trigger, effects, rationale, sources."
    )

    @model_validator(mode="before")
    @classmethod
    def _link(cls, data: Any) -> Any:
        """The link always follows the slug."""
        if isinstance(data, dict) and "slug" in data:
            return {**data, "href": rule_href(data["slug"])}
        return data


class PoseRef(Value):
    """The short form of a pose used inside routines and compositions."""

    slug: Slug
    name: str
    kind: PoseKind
    body_position: Position
    href: str


class AppliedModification(ModificationPublic):
    """A modification as applied in a routine: whether it is only suggested, and why."""

    optional: bool = Field(
        default=False, description="True when the modification is suggested, not required."
    )
    rules: list[RuleRef] = Field(default=[], description="The rules that applied it.")


class RoutineItem(Value):
    """One pose of a routine, with everything a client needs to render it step by step."""

    position: int = Field(ge=1)
    pose: PoseRef
    dose: Dose
    seconds: int = Field(ge=0, description="Estimated time for this item (see docs/rules.md).")
    modifications: list[AppliedModification] = []
    steps: list[StepPublic]
    rules: list[RuleRef] = Field(default=[], description="The rules that shaped this item.")
    substitutes_for: PoseRef | None = Field(
        default=None,
        description="The pose of the base routine this one replaces; `excluded` says why.",
    )


class Timing(Value):
    """How composed routines count time; stated in the seed data, not in code."""

    seconds_per_breath: int = Field(ge=1, le=60)
    seconds_per_repetition: int = Field(ge=1, le=60)


Dose.model_rebuild()
