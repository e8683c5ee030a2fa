"""Builds the served questionnaire from its texts and the vocabulary, in the order to ask it."""

from collections.abc import Sequence

from models.composition import MAX_DAYS_WITH_PAIN, MAX_MINUTES
from models.questionnaire import (
    AnswerTarget,
    EnableWhen,
    ItemType,
    QuestionnaireItem,
    QuestionnairePublic,
    QuestionnaireText,
    ReferralActionSpec,
)
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic

Term = MobilityLimitPublic | RedFlagPublic


def _field(term: Term) -> str:
    return "red_flags" if isinstance(term, RedFlagPublic) else "mobility_limits"


def _question(term: Term, *, depends_on: str | None = None) -> QuestionnaireItem:
    field = _field(term)
    return QuestionnaireItem(
        link_id=f"{field}.{term.slug}",
        type=ItemType.boolean,
        text=term.question,
        label=term.label,
        help_text=term.help_text,
        required=True,
        urgency=term.urgency if isinstance(term, RedFlagPublic) else None,
        answer=AnswerTarget(field=field, value=term.slug),  # type: ignore[arg-type]
        enable_when=[EnableWhen(question=depends_on, answer=True)] if depends_on else [],
    )


def _with_follow_ups(term: Term, terms: Sequence[Term]) -> QuestionnaireItem:
    """A limit's question, with the questions asked only after a yes to it nested under it."""
    item = _question(term)
    if isinstance(term, MobilityLimitPublic):
        item.items = [
            _question(other, depends_on=item.link_id)
            for other in terms
            if other.ask_if is not None and other.ask_if.mobility_limit == term.slug
        ]
    return item


def _gates_a_red_flag(limit: MobilityLimitPublic, red_flags: Sequence[RedFlagPublic]) -> bool:
    """A limit whose yes asks a red-flag question (pregnancy) is a safety question itself."""
    return any(f.ask_if is not None and f.ask_if.mobility_limit == limit.slug for f in red_flags)


def build_questionnaire(
    text: QuestionnaireText,
    mobility_limits: Sequence[MobilityLimitPublic],
    red_flags: Sequence[RedFlagPublic],
    actions: Sequence[ReferralActionSpec],
    version: int,
) -> QuestionnairePublic:
    terms: list[Term] = [*red_flags, *mobility_limits]
    return QuestionnairePublic(
        title=text.title,
        description=text.description,
        content_version=version,
        items=[
            QuestionnaireItem(
                link_id="red_flags",
                type=ItemType.group,
                text=text.red_flags.title,
                help_text=text.red_flags.text,
                required=True,
                items=[
                    *(_question(flag) for flag in red_flags if flag.ask_if is None),
                    *(
                        _with_follow_ups(limit, terms)
                        for limit in mobility_limits
                        if limit.ask_if is None and _gates_a_red_flag(limit, red_flags)
                    ),
                ],
            ),
            QuestionnaireItem(
                link_id="pain_level",
                type=ItemType.integer,
                text=text.pain_level.text,
                help_text=text.pain_level.help_text,
                required=True,
                min_value=0,
                max_value=10,
                anchors=text.pain_level.anchors,
                answer=AnswerTarget(field="pain_level"),
            ),
            QuestionnaireItem(
                link_id="days_with_pain",
                type=ItemType.integer,
                text=text.days_with_pain.text,
                help_text=text.days_with_pain.help_text,
                required=False,
                min_value=0,
                max_value=MAX_DAYS_WITH_PAIN,
                answer=AnswerTarget(field="days_with_pain"),
            ),
            QuestionnaireItem(
                link_id="mobility_limits",
                type=ItemType.group,
                text=text.mobility_limits.title,
                help_text=text.mobility_limits.text,
                required=True,
                items=[
                    _with_follow_ups(limit, terms)
                    for limit in mobility_limits
                    if limit.ask_if is None and not _gates_a_red_flag(limit, red_flags)
                ],
            ),
            QuestionnaireItem(
                link_id="minutes",
                type=ItemType.integer,
                text=text.minutes.text,
                help_text=text.minutes.help_text,
                required=False,
                min_value=1,
                max_value=MAX_MINUTES,
                answer=AnswerTarget(field="minutes"),
            ),
        ],
        referral_actions=list(actions),
        links={"self": "/v1/questionnaire"},
    )
