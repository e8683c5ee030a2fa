"""Poses: the stretches, with their dose, demands, steps and modifications."""

from typing import Self

from pydantic import Field, model_validator
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field
from models.modification import ModificationCreate
from models.step import StepCreate
from models.values import (
    Caution,
    Dose,
    ModificationPublic,
    Phase,
    Prop,
    Schema,
    Slug,
    SourceRef,
    StepPublic,
)
from models.vocabulary import Demand, Difficulty, PoseKind, Position, TargetArea


class Media(Schema):
    image_url: str | None = Field(default=None, description="The pose's main figure (SVG).")
    video_url: str | None = None
    figures: dict[str, str] = Field(
        default={},
        description="Its other figures by name: each phase, each modification that changes "
        "its shape, and `animated` for a pose that moves between phases.",
    )


class Pose(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    slug: str = SQLField(max_length=80, unique=True)
    name: str = SQLField(max_length=200)
    other_names: list[str] = json_field(list[str], default_factory=list)
    summary: str
    benefits: list[str] = json_field(list[str], default_factory=list)
    kind: str = SQLField(max_length=20)
    body_position: str = SQLField(max_length=20)
    difficulty: str = SQLField(max_length=20)
    target_areas: list[TargetArea] = json_field(list[TargetArea], default_factory=list)
    demands: list[Demand] = json_field(list[Demand], default_factory=list)
    dose: Dose = json_field(Dose)
    props: list[Prop] = json_field(list[Prop], default_factory=list)
    tips: list[str] = json_field(list[str], default_factory=list)
    media: Media = json_field(Media, default_factory=Media)
    phases: list[Phase] = json_field(list[Phase], default_factory=list)
    alternatives: list[str] = json_field(list[Slug], default_factory=list)
    cautions: list[Caution] = json_field(list[Caution], default_factory=list)
    source_id: int = SQLField(foreign_key="source.id", ondelete="RESTRICT", index=True)
    source_section: str | None = None
    sort_order: int = SQLField(default=0, index=True)
    origin: str = origin_field()


class PoseBase(Schema):
    slug: Slug
    name: str
    other_names: list[str] = Field(default=[], description="Other names, e.g. Sanskrit.")
    summary: str
    benefits: list[str] = []
    kind: PoseKind
    body_position: Position = Field(description="How the body is placed: standing, kneeling, …")
    difficulty: Difficulty
    target_areas: list[TargetArea] = Field(min_length=1)
    demands: list[Demand] = Field(description="Movement demands the safety rules reason about.")
    dose: Dose
    props: list[Prop] = Field(default=[], description="Things that help with this pose.")
    tips: list[str] = []
    media: Media = Media()
    phases: list[Phase] = Field(
        default=[], description="For poses that move between positions: each phase's demands."
    )
    alternatives: list[Slug] = Field(
        default=[],
        description="Poses that can take this one's place when a mobility limit leaves it out, "
        "in order of preference.",
    )
    cautions: list[Caution] = Field(
        default=[], description="Cautions that go with this pose wherever it is shown."
    )


class PoseCreate(PoseBase):
    source: SourceRef
    steps: list[StepCreate] = Field(min_length=1)
    modifications: list[ModificationCreate] = []

    @model_validator(mode="after")
    def _dose_has_a_source(self) -> Self:
        if self.dose.source is None:
            raise ValueError(f"pose {self.slug}: the dose names its source")
        return self


class PoseSummary(PoseBase):
    """A pose as listed: everything but its steps and modifications."""

    source: SourceRef
    links: dict[str, str]


class PosePublic(PoseSummary):
    steps: list[StepPublic]
    modifications: list[ModificationPublic]
