"""The compose resource: what a person reports, and the routine composed for them."""

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from models.values import PoseRef, RoutineItem, RuleRef, Slug, Value
from models.vocabulary import (
    MobilityLimit,
    Outcome,
    PainBand,
    RedFlag,
    ReferralAction,
    Region,
    Urgency,
)

DEFAULT_BASE_ROUTINE = "seven-best-hip-stretches"
MAX_MINUTES = 240
MAX_DAYS_WITH_PAIN = 36_500

PainLevel = Annotated[StrictInt, Field(ge=0, le=10, description="Pain now, 0–10 (NRS).")]


class ComposeRequest(BaseModel):
    """What a person reports. Lists are sets: duplicates are ignored, order does not matter."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"pain_level": 5, "mobility_limits": ["cannot_kneel"], "red_flags": []},
            ]
        },
    )

    pain_level: PainLevel
    mobility_limits: list[MobilityLimit] = Field(default=[], max_length=100)
    red_flags: list[RedFlag] = Field(default=[], max_length=100)
    days_with_pain: Annotated[StrictInt, Field(ge=0, le=MAX_DAYS_WITH_PAIN)] | None = None
    minutes: Annotated[StrictInt, Field(ge=1, le=MAX_MINUTES)] | None = Field(
        default=None, description="Time budget in minutes."
    )
    base_routine: Slug = Field(default=DEFAULT_BASE_ROUTINE, description="The routine to adapt.")
    region: Region | None = Field(
        default=None,
        description="Adds that region's services and numbers to a referral (ISO 3166-1 code).",
    )
    save: StrictBool = Field(default=False, description="Store the composition (201).")

    def normalized(self) -> "ComposeRequest":
        """The canonical form: lists de-duplicated and sorted, `save` dropped."""
        return self.model_copy(
            update={
                "mobility_limits": sorted(set(self.mobility_limits)),
                "red_flags": sorted(set(self.red_flags)),
                "save": False,
            }
        )


class ExclusionReason(StrEnum):
    safety_rule = "safety_rule"
    time_budget = "time_budget"


class Exclusion(Value):
    pose: PoseRef
    reason: ExclusionReason
    rules: list[RuleRef] = Field(min_length=1)
    substituted_by: PoseRef | None = Field(
        default=None, description="The pose that takes its place in the routine, if any."
    )


class Notice(RuleRef):
    """A rule's notice: the rule cited (its message is the notice), and what it asks."""

    action: ReferralAction | None = Field(
        default=None, description="What the notice asks the person to do, if anything."
    )


class ReferralReason(RuleRef):
    """A rule that referred: the answers (or combination of answers) that fired it; its
    message says why they need a clinician."""

    answers: list[str] = Field(min_length=1, description="The answers, in plain words.")


class Referral(Value):
    urgency: Urgency
    action: ReferralAction = Field(description="What to do; map it to local services.")
    message: str = Field(description="What to do and which answers led to it, in plain words.")
    reasons: list[ReferralReason] = Field(min_length=1)
    contact: str | None = Field(
        default=None, description="The same advice with the request's region's services."
    )
    rules: list[RuleRef] = Field(min_length=1)


class CompositionOutcome(Value):
    """What the composer decided, apart from the items themselves."""

    outcome: Outcome
    pain_band: PainBand
    excluded: list[Exclusion]
    notices: list[Notice] = Field(description="Ordered by severity: critical, warning, info.")
    referral: Referral | None
    content_version: int


class ComposedRoutine(CompositionOutcome):
    """A routine adapted to one person, or a referral when stretching is not what they need."""

    items: list[RoutineItem]
    total_seconds: int = Field(ge=0)
