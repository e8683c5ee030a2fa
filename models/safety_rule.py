"""Safety rules: the rule base the composer interprets (the language is in rule_language)."""

from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field
from models.rule_language import Effect, SafetyRuleSpec, Trigger
from models.values import SourceRef


class SafetyRule(SQLModel, table=True):
    __tablename__ = "safety_rule"

    id: int | None = SQLField(default=None, primary_key=True)
    slug: str = SQLField(max_length=80, unique=True)
    kind: str = SQLField(max_length=20, index=True)
    trigger: Trigger = json_field(Trigger)
    effect: list[Effect] = json_field(list[Effect])
    severity: str = SQLField(max_length=20, index=True)
    message: str
    rationale: str
    sources: list[SourceRef] = json_field(list[SourceRef])
    sort_order: int = 0
    origin: str = origin_field()


SafetyRuleCreate = SafetyRuleSpec


class SafetyRulePublic(SafetyRuleSpec):
    links: dict[str, str]
