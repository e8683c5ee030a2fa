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
from models.vocabulary import RED_FLAG_CONTEXT
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic, TermCreate, Vocabulary

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


def editable_vocabulary(
    mobility_limits: Sequence[MobilityLimitPublic], red_flags: Sequence[RedFlagPublic]
) -> Vocabulary:
    """The vocabulary as editors read and write it (GET /v1/vocabulary), in the order the
    questionnaire asks it."""

    def texts(term: Term) -> TermCreate:
        return TermCreate.model_validate(term.model_dump(include=set(TermCreate.model_fields)))

    return Vocabulary(
        mobility_limits={term.slug: texts(term) for term in mobility_limits},
        red_flags={term.slug: texts(term) for term in red_flags},
    )


def unasked_questions(
    mobility_limits: Sequence[MobilityLimitPublic], red_flags: Sequence[RedFlagPublic]
) -> list[str]:
    """What would keep a question from being asked when it must be: an `ask_if` naming a
    question that is itself asked only after another (the questionnaire nests one level, so it
    would never be asked), and a red flag that refers asked only after another answer — a
    person with it who did not give that answer would never be asked. The one exception is a
    red flag that only exists in a given situation (models/vocabulary.py RED_FLAG_CONTEXT)."""
    asked_of_everyone = {limit.slug for limit in mobility_limits if limit.ask_if is None}
    problems = []
    terms: list[Term] = [*mobility_limits, *red_flags]
    for term in terms:
        if term.ask_if is None:
            continue
        after = term.ask_if.mobility_limit
        name = f"{'red flag' if isinstance(term, RedFlagPublic) else 'mobility limit'} {term.slug}"
        if after not in asked_of_everyone:
            problems.append(
                f"{name}: ask_if names {after}, which is itself asked only after another "
                "answer, so this question would never be asked; name a mobility limit asked of "
                "everyone (one without ask_if)"
            )
        elif (
            isinstance(term, RedFlagPublic)
            and term.urgency is not None
            and RED_FLAG_CONTEXT.get(term.slug) != after
        ):
            allowed = ", ".join(f"{f} after {limit}" for f, limit in RED_FLAG_CONTEXT.items())
            problems.append(
                f"{name}: refers ({term.urgency.value}), so it is asked of everyone: with "
                f"ask_if {after} a person with it who did not report {after} would never be "
                f"asked; set ask_if to null (the only red flags that may wait for another "
                f"answer: {allowed})"
            )
    return problems


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
