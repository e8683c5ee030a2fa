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


class BundleChanges(Schema):
    """The resources created or changed since the client's version, each as in the bundle."""

    poses: list[PosePublic]
    routines: list[RoutinePublic]
    safety_rules: list[SafetyRulePublic]
    mobility_limits: list[MobilityLimitPublic]
    red_flags: list[RedFlagPublic]
    sources: list[SourcePublic]


class BundleKeys(Schema):
    """Keys per collection: a pose's, rule's, term's or source's `slug`; a routine's `id`."""

    poses: list[str]
    routines: list[str]
    safety_rules: list[str]
    mobility_limits: list[str]
    red_flags: list[str]
    sources: list[str]


class BundleOrder(Schema):
    """A collection's keys in their new order, or null where applying the delta leaves the
    order right (kept resources in their old order, none added)."""

    poses: list[str] | None
    routines: list[str] | None
    safety_rules: list[str] | None
    mobility_limits: list[str] | None
    red_flags: list[str] | None
    sources: list[str] | None


class BundleDelta(Schema):
    """What turns the bundle of `since` into the bundle of `content_version`. Per collection:
    drop the `retired` keys, replace or add the `changed` resources (new ones at the end),
    then, where `order` is not null, arrange the collection in that order; replace the
    questionnaire when it is not null. The result equals the full bundle of
    `content_version`."""

    since: int
    content_version: int
    rule_language_version: str
    changed: BundleChanges
    retired: BundleKeys
    order: BundleOrder
    questionnaire: QuestionnairePublic | None = Field(
        description="The new questionnaire, or null when it did not change."
    )
    links: dict[str, str]
