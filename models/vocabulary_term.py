"""The questionnaire: labels, questions and help for every mobility limit and red flag."""

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field
from models.values import RuleRef, Schema
from models.vocabulary import MobilityLimit, RedFlag, Urgency


class AskIf(Schema):
    """Ask this question only when the person reported this mobility limit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mobility_limit: MobilityLimit


class VocabularyTerm(SQLModel, table=True):
    __tablename__ = "vocabulary_term"
    __table_args__ = (UniqueConstraint("kind", "slug"),)

    id: int | None = SQLField(default=None, primary_key=True)
    kind: str = SQLField(max_length=20, description="mobility_limit or red_flag")
    slug: str = SQLField(max_length=80)
    label: str
    question: str
    help_text: str
    ask_if: AskIf | None = json_field(AskIf | None, default=None)
    sort_order: int = 0
    origin: str = origin_field()


class TermCreate(BaseModel):
    label: str = Field(min_length=1)
    question: str = Field(min_length=1, description="What a client asks the person.")
    help_text: str = Field(min_length=1)
    ask_if: AskIf | None = Field(
        default=None, description="Ask only when the person reported this mobility limit."
    )


class MobilityLimitCreate(TermCreate):
    slug: MobilityLimit


class RedFlagCreate(TermCreate):
    slug: RedFlag


class MobilityLimitPublic(Schema):
    slug: MobilityLimit
    label: str
    question: str
    help_text: str
    ask_if: AskIf | None = None
    rules: list[RuleRef] = Field(description="The rules this answer triggers.")


class RedFlagPublic(Schema):
    slug: RedFlag
    label: str
    question: str
    help_text: str
    ask_if: AskIf | None = None
    urgency: Urgency | None = Field(
        description="How soon to see a clinician when present; null for advisory flags."
    )
    rules: list[RuleRef] = Field(description="The rules this answer triggers.")
