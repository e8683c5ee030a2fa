"""Modifications: regressions and variations of a pose, each with its reason and source."""

from pydantic import BaseModel, Field
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field
from models.values import PhaseName, Prop, Slug, SourceRef, StepChange
from models.vocabulary import Demand, ModificationKind


class Modification(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    slug: str = SQLField(max_length=80, unique=True)
    pose_id: int = SQLField(foreign_key="pose.id", ondelete="CASCADE", index=True)
    label: str
    instruction: str
    reason: str
    kind: str = SQLField(max_length=20)
    props: list[Prop] = json_field(list[Prop], default_factory=list)
    omitted_phases: list[str] = json_field(list[PhaseName], default_factory=list)
    removes_demands: list[Demand] = json_field(list[Demand], default_factory=list)
    adds_demands: list[Demand] = json_field(list[Demand], default_factory=list)
    step_changes: list[StepChange] = json_field(list[StepChange], default_factory=list)
    source_id: int = SQLField(foreign_key="source.id", ondelete="RESTRICT", index=True)
    source_section: str | None = None
    sort_order: int = 0
    origin: str = origin_field()


class ModificationCreate(BaseModel):
    slug: Slug
    label: str = Field(min_length=1)
    instruction: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    kind: ModificationKind
    props: list[Prop] = []
    omitted_phases: list[PhaseName] = []
    removes_demands: list[Demand] = []
    adds_demands: list[Demand] = []
    step_changes: list[StepChange] = []
    source: SourceRef
