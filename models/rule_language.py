"""The rule language: triggers and effects of a safety rule, as typed, closed unions.

A rule whose trigger or effect is not one of these fails validation when the seed is
loaded (and when the snapshot is built), with a message naming the rule.
"""

from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from models.values import Slug, SourceRef, Value
from models.vocabulary import (
    Demand,
    MobilityLimit,
    PainBand,
    RedFlag,
    ReferralAction,
    RuleKind,
    Severity,
    Urgency,
)

RULE_LANGUAGE_VERSION = "1.0"
"""The version of this language (triggers, effects and what the composer does with them): a
client that composes offline checks it against the bundle's, and replays the conformance
vectors made with it. Minor: new trigger or effect types; major: a change of meaning."""


# -- triggers: when a rule applies ----------------------------------------------------------


class RedFlagTrigger(Value):
    type: Literal["red_flag"]
    flag: RedFlag


class PainBandTrigger(Value):
    """Applies when `min <= pain_level <= max`; the band names it in the response."""

    type: Literal["pain_band"]
    band: PainBand
    min: int = Field(ge=0, le=10)
    max: int = Field(ge=0, le=10)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.max < self.min:
            raise ValueError(f"pain band {self.band}: max {self.max} < min {self.min}")
        return self


class MobilityLimitTrigger(Value):
    type: Literal["mobility_limit"]
    limit: MobilityLimit


class DaysWithPainTrigger(Value):
    """Applies when `days_with_pain >= min` (and `<= max` when max is set)."""

    type: Literal["days_with_pain"]
    min: int = Field(ge=0)
    max: int | None = Field(default=None, ge=0)


class TimeBudgetTrigger(Value):
    """Applies when the request sets `minutes`."""

    type: Literal["time_budget"]


class AlwaysTrigger(Value):
    """Applies to every routine (session rules)."""

    type: Literal["always"]


class NoSuitablePosesTrigger(Value):
    """Applies when no referral is made and every pose of the routine is left out."""

    type: Literal["no_suitable_poses"]


AnswerTrigger = Annotated[
    RedFlagTrigger | PainBandTrigger | MobilityLimitTrigger | DaysWithPainTrigger,
    Field(discriminator="type"),
]


class AllOfTrigger(Value):
    """Applies when every one of its triggers applies (e.g. osteoporosis and severe pain)."""

    type: Literal["all_of"]
    triggers: list[AnswerTrigger] = Field(min_length=2)


Trigger = Annotated[
    RedFlagTrigger
    | PainBandTrigger
    | MobilityLimitTrigger
    | DaysWithPainTrigger
    | AllOfTrigger
    | TimeBudgetTrigger
    | AlwaysTrigger
    | NoSuitablePosesTrigger,
    Field(discriminator="type"),
]

TRIGGERS_BY_KIND: dict[RuleKind, tuple[str, ...]] = {
    RuleKind.red_flag: ("red_flag", "all_of"),
    RuleKind.pain_band: ("pain_band",),
    RuleKind.mobility_limit: ("mobility_limit",),
    RuleKind.duration: ("days_with_pain",),
    RuleKind.session: ("always", "time_budget", "no_suitable_poses"),
}

# -- effects: what a rule does ----------------------------------------------------------------


class ReferEffect(Value):
    """No routine: refer the person to a clinician with this urgency and action."""

    type: Literal["refer"]
    urgency: Urgency
    action: ReferralAction = Field(description="What to do; see the referral actions.")


class ExcludeEffect(Value):
    """Leave out poses: by slug, by movement demand, or every pose not in an allow-list."""

    type: Literal["exclude"]
    poses: list[Slug] = []
    demands: list[Demand] = []
    all_poses_except: list[Slug] | None = None
    offer_alternatives: bool = Field(
        default=False,
        description="A pose left out only by effects that say so is replaced by the first of "
        "its alternatives that suits the person.",
    )

    @model_validator(mode="after")
    def _says_something(self) -> Self:
        if not self.poses and not self.demands and self.all_poses_except is None:
            raise ValueError("an exclude effect names poses, demands or all_poses_except")
        return self


class ModifyEffect(Value):
    """Apply a modification to its pose when that pose is in the routine."""

    type: Literal["modify"]
    modification: Slug
    optional: bool = Field(default=False, description="Suggest it rather than require it.")


class DoseEffect(Value):
    """Scale doses: `low_end` takes the bottom of each range; the caps bound the result.

    `fit_time_budget` drops the lowest-priority poses until the routine fits `minutes`.
    """

    type: Literal["dose"]
    range: Literal["full", "low_end"] = "full"
    max_hold_seconds: int | None = Field(default=None, ge=1)
    max_breaths: int | None = Field(default=None, ge=1)
    max_repetitions: int | None = Field(default=None, ge=1)
    max_duration_seconds: int | None = Field(default=None, ge=1)
    fit_time_budget: bool = False


class NoticeEffect(Value):
    """Show the rule's message as a notice, with the rule's severity."""

    type: Literal["notice"]
    action: ReferralAction | None = Field(
        default=None, description="What the notice asks the person to do, if anything."
    )
    without_routine: bool = Field(
        default=False,
        description="Also shown when no routine is given (a referral or no suitable poses); "
        "only for advice that still holds for someone who must not stretch now.",
    )


Effect = Annotated[
    ReferEffect | ExcludeEffect | ModifyEffect | DoseEffect | NoticeEffect,
    Field(discriminator="type"),
]


class SafetyRuleSpec(Value):
    """One rule of the rule base, as seeded, stored and served."""

    slug: Slug
    kind: RuleKind
    trigger: Trigger
    effect: list[Effect] = Field(min_length=1, description="Actions, applied in order.")
    severity: Severity
    message: str = Field(min_length=1, description="What the person is told.")
    rationale: str = Field(min_length=1, description="Why the rule exists; for reviewers.")
    sources: list[SourceRef] = Field(min_length=1)

    @model_validator(mode="after")
    def _trigger_fits_kind(self) -> Self:
        allowed = TRIGGERS_BY_KIND[self.kind]
        if self.trigger.type not in allowed:
            raise ValueError(
                f"rule {self.slug}: a {self.kind} rule takes a trigger of type "
                f"{' or '.join(allowed)}, not {self.trigger.type}"
            )
        return self
