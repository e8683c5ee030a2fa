"""The questionnaire: labels, questions and help for every mobility limit and red flag."""

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError
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


MAX_LABEL = 80
MAX_QUESTION = 300
MAX_HELP_TEXT = 500


class TermCreate(BaseModel):
    """A term's texts: what the seed file gives, and what editors change (PUT /v1/vocabulary)."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1, max_length=MAX_LABEL)
    question: str = Field(
        min_length=1, max_length=MAX_QUESTION, description="What a client asks the person."
    )
    help_text: str = Field(min_length=1, max_length=MAX_HELP_TEXT)
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


FIXED_TERMS = (
    "the set of terms is fixed by the rule language (adding or removing one is a code "
    "change, with its rules); change a term's texts instead"
)


def _closed_set(value: Any, vocabulary: type[StrEnum], kind: str) -> Any:
    """Every term of the rule language's vocabulary, once, and no other (nor a null one)."""
    if not isinstance(value, dict):
        return value  # the type check says what is wrong
    known = {term.value for term in vocabulary}
    problems = [f"unknown {kind} {slug!r}" for slug in value if slug not in known]
    problems += [f"{kind} {slug!r} is missing" for slug in known if slug not in value]
    problems += [f"{kind} {slug!r} is null" for slug, term in value.items() if term is None]
    if problems:
        raise PydanticCustomError(
            "fixed_terms",
            "{problems}: {why}; the {kind}s are: {accepted}",
            {
                "problems": "; ".join(sorted(problems)),
                "why": FIXED_TERMS,
                "kind": kind,
                "accepted": ", ".join(vocabulary),
            },
        )
    return value


class Vocabulary(BaseModel):
    """The vocabulary as editors change it (GET, PUT and PATCH /v1/vocabulary): each term's
    texts by its slug, in the order the questionnaire asks them. The slugs are the rule
    language's: every one is there, and no other."""

    model_config = ConfigDict(extra="forbid")

    mobility_limits: dict[MobilityLimit, TermCreate] = Field(
        description="Every mobility limit of the rule language, by slug."
    )
    red_flags: dict[RedFlag, TermCreate] = Field(
        description="Every red flag of the rule language, by slug."
    )

    @field_validator("mobility_limits", mode="before")
    @classmethod
    def _every_limit(cls, value: Any) -> Any:
        return _closed_set(value, MobilityLimit, "mobility limit")

    @field_validator("red_flags", mode="before")
    @classmethod
    def _every_flag(cls, value: Any) -> Any:
        return _closed_set(value, RedFlag, "red flag")
