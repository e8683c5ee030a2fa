"""Steps: the ordered instructions of a pose (every bullet of the article is one)."""

from pydantic import BaseModel, Field
from sqlalchemy import UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field
from models.values import NumberRange, PhaseName
from models.vocabulary import StepCue


class Step(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("pose_id", "position"),)

    id: int | None = SQLField(default=None, primary_key=True)
    pose_id: int = SQLField(foreign_key="pose.id", ondelete="CASCADE", index=True)
    position: int
    text: str
    cue: str = SQLField(max_length=20)
    hold_seconds: NumberRange | None = json_field(NumberRange | None, default=None)
    breaths: NumberRange | None = json_field(NumberRange | None, default=None)
    repetitions: NumberRange | None = json_field(NumberRange | None, default=None)
    duration_seconds: NumberRange | None = json_field(NumberRange | None, default=None)
    phase: str | None = SQLField(default=None, max_length=40)
    source_section: str | None = None


class StepCreate(BaseModel):
    text: str = Field(min_length=1)
    cue: StepCue
    hold_seconds: NumberRange | None = None
    breaths: NumberRange | None = None
    repetitions: NumberRange | None = None
    duration_seconds: NumberRange | None = None
    phase: PhaseName | None = None
    section: str | None = Field(default=None, description="Source section; defaults to the pose's.")
