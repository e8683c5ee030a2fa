"""Builds a ContentSnapshot from the database: the one path from rows to representations."""

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import RowMapping
from sqlmodel import Session, SQLModel, select

from api.compose import Catalogue, PlannedPose, PoseFacts, RoutinePlan
from api.compose.dosing import dose_seconds
from api.content.questionnaire import build_questionnaire
from api.content.snapshot import ContentSnapshot, JSONDict
from models.content_document import (
    QUESTIONNAIRE_DOCUMENT,
    REFERRAL_ACTIONS_DOCUMENT,
    ContentDocument,
)
from models.content_state import CONTENT_STATE_ID, ContentState
from models.modification import Modification
from models.pose import Pose, PosePublic
from models.questionnaire import QuestionnaireText, ReferralActionSpec
from models.routine import Routine, RoutineEntry, RoutinePublic, RoutineSummary
from models.rule_language import (
    AllOfTrigger,
    MobilityLimitTrigger,
    RedFlagTrigger,
    ReferEffect,
    SafetyRuleSpec,
    Trigger,
)
from models.safety_rule import SafetyRule, SafetyRulePublic
from models.source import Source, SourcePublic
from models.step import Step
from models.values import PoseRef, RoutineItem, SourceRef, Timing
from models.vocabulary import RoutineKind
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic, VocabularyTerm

MAIN_FIGURE = "main"
RULES = TypeAdapter(list[SafetyRuleSpec])
ACTIONS = TypeAdapter(list[ReferralActionSpec])
POSES = TypeAdapter(list[PosePublic])
RULE_FIELDS = set(SafetyRuleSpec.model_fields)
STEP_FIELDS = {
    "position",
    "text",
    "cue",
    "hold_seconds",
    "breaths",
    "repetitions",
    "duration_seconds",
    "phase",
}
MODIFICATION_FIELDS = {
    "slug",
    "label",
    "instruction",
    "reason",
    "kind",
    "props",
    "omitted_phases",
    "removes_demands",
    "adds_demands",
    "step_changes",
}
ROW_ONLY_FIELDS = {"id", "source_id", "source_section", "sort_order", "origin"}


def search_text(*names: str) -> str:
    """Case- and accent-insensitive text for `q=` search."""
    folded = unicodedata.normalize("NFKD", " ".join(names).casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def pose_links(slug: str) -> dict[str, str]:
    return {"self": f"/v1/poses/{slug}", "steps": f"/v1/poses/{slug}/steps"}


def pose_ref(pose: PosePublic) -> PoseRef:
    """Built from a validated pose, so it is not validated again."""
    return PoseRef.model_construct(
        slug=pose.slug,
        name=pose.name,
        kind=pose.kind,
        position=pose.position,
        href=pose.links["self"],
    )


FigureLinks = Callable[[str], Mapping[str, str]]
"""A pose's figure URLs by name (`main`, a phase, a modification, `animated`)."""


def _no_figures(_slug: str) -> Mapping[str, str]:
    return {}


def build_snapshot(session: Session, figure_links: FigureLinks = _no_figures) -> ContentSnapshot:
    state = session.get(ContentState, CONTENT_STATE_ID)
    if state is None:
        raise LookupError("no content: run `stretchbase seed`")
    timing = Timing(
        seconds_per_breath=state.seconds_per_breath,
        seconds_per_repetition=state.seconds_per_repetition,
    )
    source_slug = {s.id: s.slug for s in session.exec(select(Source)).all()}
    poses = _poses(session, source_slug, figure_links)
    rule_rows = session.exec(select(SafetyRule).order_by(SafetyRule.sort_order, SafetyRule.id))
    rules = RULES.validate_python([row.model_dump(include=RULE_FIELDS) for row in rule_rows])
    plans, routines = _routines(session, poses, source_slug, timing)
    documents = _documents(session)
    catalogue = Catalogue(
        version=state.version,
        timing=timing,
        poses={
            p.slug: PoseFacts(
                pose_ref(p),
                frozenset(p.demands),
                p.dose,
                tuple(p.steps),
                tuple(p.phases),
                tuple(p.alternatives),
            )
            for p in poses.values()
        },
        modifications={m.slug: m for p in poses.values() for m in p.modifications},
        routines=plans,
        rules=tuple(rules),
        referral_actions={action.slug: action for action in documents.referral_actions},
        answer_labels=documents.answer_labels,
    )
    limits, flags = _vocabulary(session, rules)
    return ContentSnapshot(
        version=state.version,
        catalogue=catalogue,
        poses=tuple(POSES.dump_python(list(poses.values()), mode="json")),
        pose_search_text=tuple(search_text(p.name, *p.other_names) for p in poses.values()),
        routines=tuple(r.model_dump(mode="json") for r in routines),
        routine_summaries=tuple(_summary(r) for r in routines),
        sources=tuple(_sources(session)),
        safety_rules=tuple(
            SafetyRulePublic(
                **r.model_dump(), links={"self": f"/v1/safety-rules/{r.slug}"}
            ).model_dump(mode="json")
            for r in rules
        ),
        mobility_limits=tuple(limit.model_dump(mode="json") for limit in limits),
        red_flags=tuple(flag.model_dump(mode="json") for flag in flags),
        questionnaire=build_questionnaire(
            documents.questionnaire, limits, flags, documents.referral_actions, state.version
        ).model_dump(mode="json"),
    )


def _rows(session: Session, model: type[SQLModel], *order_by: Any) -> Sequence[RowMapping]:
    """Plain rows: building ORM objects for 100,000 steps would cost seconds at start-up."""
    table = model.__table__  # type: ignore[attr-defined]
    return session.connection().execute(select(table).order_by(*order_by)).mappings().all()


def _media(links: Mapping[str, str]) -> dict[str, Any]:
    return {
        "image_url": links.get(MAIN_FIGURE),
        "video_url": None,
        "figures": {name: url for name, url in links.items() if name != MAIN_FIGURE},
    }


def _poses(
    session: Session, source_slug: dict[int, str], figure_links: FigureLinks
) -> dict[int, PosePublic]:
    """Poses by row id, in served order, with their steps and modifications (validated once,
    as one list, by pydantic's core) and their figures' URLs under `media`."""
    rows = _rows(session, Pose, Pose.sort_order, Pose.id)
    source_of = {row["id"]: source_slug[row["source_id"]] for row in rows}
    links = {row["id"]: figure_links(row["slug"]) for row in rows}
    steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for step in _rows(session, Step, Step.pose_id, Step.position):
        source = {"source": source_of[step["pose_id"]], "section": step["source_section"]}
        fields = {name: step[name] for name in STEP_FIELDS}
        figure = links[step["pose_id"]].get(step["phase"] or "")
        fields["media"] = {"image_url": figure} if figure else None
        steps[step["pose_id"]].append(fields | {"source": source})
    slug_of = {row["id"]: row["slug"] for row in rows}
    mods: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for mod in _rows(session, Modification, Modification.sort_order, Modification.id):
        source = {"source": source_slug[mod["source_id"]], "section": mod["source_section"]}
        fields = {name: mod[name] for name in MODIFICATION_FIELDS}
        mods[mod["pose_id"]].append(fields | {"pose": slug_of[mod["pose_id"]], "source": source})
    poses = POSES.validate_python(
        [
            {name: value for name, value in row.items() if name not in ROW_ONLY_FIELDS}
            | {
                "source": {"source": source_of[row["id"]], "section": row["source_section"]},
                "links": pose_links(row["slug"]),
                "media": _media(links[row["id"]]),
                "steps": steps[row["id"]],
                "modifications": mods[row["id"]],
            }
            for row in rows
        ]
    )
    return {row["id"]: pose for row, pose in zip(rows, poses, strict=True)}


def _routines(
    session: Session, poses: dict[int, PosePublic], source_slug: dict[int, str], timing: Timing
) -> tuple[dict[str, RoutinePlan], list[RoutinePublic]]:
    entries: dict[object, list[RoutineEntry]] = defaultdict(list)
    for entry in session.exec(select(RoutineEntry).order_by(RoutineEntry.position)):
        entries[entry.routine_id].append(entry)
    seeded = session.exec(
        select(Routine).where(Routine.kind == RoutineKind.seeded).order_by(Routine.sort_order)
    ).all()
    plans, routines = {}, []
    for row in seeded:
        slug = row.slug or str(row.id)
        plan = [(e.position, poses[e.pose_id], e.priority) for e in entries[row.id]]
        plans[slug] = RoutinePlan(slug, tuple(PlannedPose(p.slug, prio) for _, p, prio in plan))
        items = [
            RoutineItem(
                position=position,
                pose=pose_ref(pose),
                dose=pose.dose,
                seconds=dose_seconds(pose.dose, timing),
                steps=pose.steps,
            )
            for position, pose, _ in plan
        ]
        source = None
        if row.source_id is not None:
            source = SourceRef(source=source_slug[row.source_id], section=row.source_section)
        routines.append(
            RoutinePublic(
                **row.model_dump(include={"id", "slug", "name", "description"}),
                kind=RoutineKind.seeded,
                items=items,
                total_seconds=sum(item.seconds for item in items),
                source=source,
                cautions=row.cautions,
                composition=None,
                links={"self": f"/v1/routines/{slug}"},
            )
        )
    return plans, routines


def _summary(routine: RoutinePublic) -> JSONDict:
    fields = {"id", "slug", "name", "description", "kind", "total_seconds", "links"}
    return RoutineSummary(
        **routine.model_dump(include=fields), item_count=len(routine.items)
    ).model_dump(mode="json")


def _sources(session: Session) -> list[JSONDict]:
    return [
        SourcePublic(
            **row.model_dump(exclude={"id", "sort_order", "origin"}),
            links={"self": f"/v1/sources/{row.slug}"},
        ).model_dump(mode="json")
        for row in session.exec(select(Source).order_by(Source.sort_order, Source.id))
    ]


def _answers(trigger: Trigger, kind: str, slug: str) -> bool:
    """Can this questionnaire answer make the trigger fire (alone or with other answers)?"""
    match trigger:
        case MobilityLimitTrigger(limit=limit):
            return kind == "mobility_limit" and limit == slug
        case RedFlagTrigger(flag=flag):
            return kind == "red_flag" and flag == slug
        case AllOfTrigger(triggers=parts):
            return any(_answers(part, kind, slug) for part in parts)
    return False


def _vocabulary(
    session: Session, rules: list[SafetyRuleSpec]
) -> tuple[list[MobilityLimitPublic], list[RedFlagPublic]]:
    limits, flags = [], []
    terms = session.exec(select(VocabularyTerm).order_by(VocabularyTerm.sort_order))
    for term in terms:
        triggered = [r for r in rules if _answers(r.trigger, term.kind, term.slug)]
        fields = term.model_dump(include={"slug", "label", "question", "help_text", "ask_if"})
        fields["rules"] = [r.slug for r in triggered]
        if term.kind == "mobility_limit":
            limits.append(MobilityLimitPublic(**fields))
            continue
        urgency = next(
            (
                e.urgency
                for r in triggered
                if isinstance(r.trigger, RedFlagTrigger)
                for e in r.effect
                if isinstance(e, ReferEffect)
            ),
            None,
        )
        flags.append(RedFlagPublic(**fields, urgency=urgency))
    return limits, flags


@dataclass(frozen=True)
class _Documents:
    questionnaire: QuestionnaireText
    referral_actions: tuple[ReferralActionSpec, ...]
    answer_labels: dict[tuple[str, str], str]


def _documents(session: Session) -> _Documents:
    bodies = {doc.slug: doc.body for doc in session.exec(select(ContentDocument))}
    terms = session.exec(select(VocabularyTerm)).all()
    field = {"mobility_limit": "mobility_limits", "red_flag": "red_flags"}
    return _Documents(
        questionnaire=QuestionnaireText.model_validate(bodies[QUESTIONNAIRE_DOCUMENT]),
        referral_actions=tuple(
            ACTIONS.validate_python(bodies[REFERRAL_ACTIONS_DOCUMENT]["actions"])
        ),
        answer_labels={(field[t.kind], t.slug): t.label for t in terms},
    )
