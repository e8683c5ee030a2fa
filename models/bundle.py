"""The bundle: every public resource at one content version, for offline use and mirrors."""

from pydantic import Field

from models.pose import PosePublic
from models.questionnaire import QuestionnairePublic
from models.routine import RoutinePublic
from models.safety_rule import SafetyRulePublic
from models.source import SourcePublic
from models.values import Schema
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic


class Bundle(Schema):
    """Every public resource at one `content_version`, each exactly as its own endpoint serves
    it. Figures are linked, not inlined: each pose's `media` (and each step's) holds their URLs
    (SVG, a few KB each, with their own ETags), so an app fetches the ones it shows."""

    content_version: int
    rule_language_version: str = Field(
        description="The rule language the safety rules are written in; a client composing "
        "offline must implement this version (see the conformance vectors)."
    )
    poses: list[PosePublic]
    routines: list[RoutinePublic]
    safety_rules: list[SafetyRulePublic]
    mobility_limits: list[MobilityLimitPublic]
    red_flags: list[RedFlagPublic]
    sources: list[SourcePublic] = Field(description="With their licences and attribution.")
    questionnaire: QuestionnairePublic
    links: dict[str, str]
