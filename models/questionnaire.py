"""The questionnaire a client renders, and what each referral action asks the person to do.

Both are content: seeded from `seed/content.yaml`, stored as documents in the
`content_document` table (models/content_document.py), served by `GET /v1/questionnaire`.
Pure pydantic, no SQL: the composer uses the referral actions. The questions for mobility
limits and red flags come from the vocabulary terms; this module holds the rest (pain,
days, minutes, section headings) and the public shape, which maps onto a FHIR R4
`Questionnaire` (docs/questionnaire.md says how).
"""

from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict, Field

from models.values import Schema, SourceRef, Value
from models.vocabulary import MobilityLimit, RedFlag, ReferralAction, Region, Urgency

# -- referral actions -----------------------------------------------------------------------


class ReferralActionSpec(Value):
    """What a referral asks the person to do, in words that hold in any country."""

    slug: ReferralAction
    label: str = Field(min_length=1, description="A short label, e.g. for a button.")
    instruction: str = Field(
        min_length=1, description="What to do now, naming no country's phone numbers."
    )
    advice: str | None = Field(
        default=None,
        description="What the action asks when a notice beside a routine gives it (no "
        "'do not stretch'); required for actions that notices use.",
    )
    regional: dict[Region, str] = Field(
        default={}, description="The same advice with a region's own services and numbers."
    )
    sources: list[SourceRef] = Field(min_length=1)


# -- the questionnaire's own texts ------------------------------------------------------------


class ScaleAnchor(Value):
    value: int = Field(ge=0)
    label: str = Field(min_length=1)


class SectionText(Value):
    title: str = Field(min_length=1)
    text: str | None = None


class QuestionText(Value):
    text: str = Field(min_length=1)
    help_text: str | None = None


class PainQuestionText(QuestionText):
    anchors: list[ScaleAnchor] = Field(min_length=2)


class QuestionnaireText(Value):
    """The parts of the questionnaire that are not vocabulary terms."""

    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    red_flags: SectionText
    pain_level: PainQuestionText
    days_with_pain: QuestionText
    mobility_limits: SectionText
    minutes: QuestionText


# -- the served questionnaire -----------------------------------------------------------------


class ItemType(StrEnum):
    group = "group"
    boolean = "boolean"
    integer = "integer"


class AnswerTarget(Schema):
    """Where the answer goes in the compose request: a field, and for a list the value added."""

    model_config = ConfigDict(extra="forbid")

    field: Literal["red_flags", "mobility_limits", "pain_level", "days_with_pain", "minutes"]
    value: RedFlag | MobilityLimit | None = Field(
        default=None, description="For list fields: the value a yes adds to the list."
    )


class EnableWhen(Schema):
    """Ask the item only when the question `question` was answered `answer` (FHIR enableWhen)."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(description="The `link_id` of the question it depends on.")
    operator: Literal["="] = "="
    answer: bool


class QuestionnaireItem(Schema):
    model_config = ConfigDict(extra="forbid")

    link_id: str = Field(description="Stable id of the item (FHIR linkId).")
    type: ItemType
    text: str
    label: str | None = Field(default=None, description="A short name for summaries.")
    help_text: str | None = None
    required: bool = Field(description="A client must ask it (and the person answer it).")
    min_value: int | None = None
    max_value: int | None = None
    anchors: list[ScaleAnchor] | None = Field(
        default=None, description="For a scale: what its ends mean."
    )
    urgency: Urgency | None = Field(
        default=None, description="For a red flag: how soon to be seen if the answer is yes."
    )
    answer: AnswerTarget | None = Field(
        default=None, description="How the answer maps onto the compose request."
    )
    enable_when: list[EnableWhen] = []
    items: list["QuestionnaireItem"] = []


class QuestionnairePublic(Schema):
    title: str
    description: str
    content_version: int
    items: list[QuestionnaireItem] = Field(
        description="In the order to ask them: red flags first, then pain, days with pain, "
        "mobility limits and the time available."
    )
    referral_actions: list[ReferralActionSpec] = Field(
        description="What each referral action asks the person to do."
    )
    links: dict[str, str]
