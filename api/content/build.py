"""Builds a ContentSnapshot from the database: the one path from rows to typed content.

Rows are read with the driver (no ORM objects: at 100,000 steps those cost seconds), their
JSON columns parsed by pydantic's core, and validated into the public models, taking the
columns the models declare. The steps of poses the composer cannot reach are kept as read
and validated on first use (api/content/snapshot.py).
"""

import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

import pydantic_core
from pydantic import TypeAdapter
from sqlalchemy import JSON, Table
from sqlmodel import Session, SQLModel

from api.compose import PlannedPose, RoutinePlan, catalogue_from, composable_slugs, pose_ref
from api.compose.dosing import dose_seconds
from api.content.pose_index import PoseIndex
from api.content.questionnaire import build_questionnaire
from api.content.snapshot import STEP_COLUMNS, ContentSnapshot, Poses, StepRow
from models.base import TypedJSON
from models.content_document import (
    QUESTIONNAIRE_DOCUMENT,
    REFERRAL_ACTIONS_DOCUMENT,
    ContentDocument,
)
from models.content_state import CONTENT_STATE_ID, ContentState
from models.links import pose_links, routine_href, rule_href, source_href
from models.modification import Modification
from models.pose import Pose, PoseSummary
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
from models.values import (
    LICENCES_CONTEXT,
    ModificationPublic,
    NumberRange,
    RoutineItem,
    RuleRef,
    Timing,
)
from models.vocabulary import RoutineKind
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic, VocabularyTerm

MAIN_FIGURE = "main"
SUMMARIES = TypeAdapter(list[PoseSummary])
MODIFICATIONS = TypeAdapter(list[ModificationPublic])
RULES = TypeAdapter(list[SafetyRuleSpec])
SOURCES = TypeAdapter(list[SourcePublic])
ACTIONS = TypeAdapter(list[ReferralActionSpec])

FigureLinks = Callable[[str], Mapping[str, str]]
"""A pose's figure URLs by name (`main`, a phase, a modification, `animated`)."""

Row = dict[str, Any]
Context = dict[str, Any]
"""Pydantic validation context: each source's licence, for every SourceRef (models.values)."""


def no_figures(_slug: str) -> Mapping[str, str]:
    return {}


def search_text(*names: str) -> str:
    """Case- and accent-insensitive text for `q=` search."""
    folded = unicodedata.normalize("NFKD", " ".join(names).casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _table(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def _select(
    session: Session, model: type[SQLModel], columns: Sequence[str], order_by: str
) -> list[tuple[Any, ...]]:
    """The columns of every row, as tuples, JSON columns parsed (SQLite hands them over as
    text; psycopg has parsed them already)."""
    table = _table(model)
    json_at = [
        n
        for n, name in enumerate(columns)
        if isinstance(table.columns[name].type, JSON | TypedJSON)
    ]
    result = session.connection().exec_driver_sql(
        f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY {order_by}"  # noqa: S608 - our own names
    )
    if not json_at:
        return [tuple(row) for row in result]
    rows = []
    for row in result:
        values = list(row)
        for n in json_at:
            if isinstance(values[n], str | bytes):
                values[n] = pydantic_core.from_json(values[n])
        rows.append(tuple(values))
    return rows


def _rows(session: Session, model: type[SQLModel], order_by: str) -> list[Row]:
    """Every row of the table as a dict of its columns."""
    columns = [column.name for column in _table(model).columns]
    return [
        dict(zip(columns, row, strict=True)) for row in _select(session, model, columns, order_by)
    ]


def _fields(model: type[Any], row: Row) -> Row:
    """The row's values for the model's fields (ids, sort orders and the like stay behind)."""
    return {name: row[name] for name in model.model_fields if name in row}


def _source(source_slug: Mapping[Any, str], row: Row) -> Row:
    return {"slug": source_slug[row["source_id"]], "section": row["source_section"]}


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def build_snapshot(session: Session, figure_links: FigureLinks = no_figures) -> ContentSnapshot:
    state = session.get(ContentState, CONTENT_STATE_ID)
    if state is None:
        raise LookupError("no content: run `stretchbase seed`")
    timing = Timing(
        seconds_per_breath=state.seconds_per_breath,
        seconds_per_repetition=state.seconds_per_repetition,
    )
    source_rows = _rows(session, Source, "sort_order, id")
    source_slug = {row["id"]: row["slug"] for row in source_rows}
    context: Context = {LICENCES_CONTEXT: {row["slug"]: row["licence"] for row in source_rows}}
    sources = SOURCES.validate_python(
        [
            _fields(SourcePublic, row) | {"links": {"self": source_href(row["slug"])}}
            for row in source_rows
        ],
        context=context,
    )
    poses = _poses(session, source_slug, figure_links, context)
    rules = RULES.validate_python(
        [_fields(SafetyRuleSpec, row) for row in _rows(session, SafetyRule, "sort_order, id")],
        context=context,
    )
    routines = _routines(session, poses.slug_of)
    documents = _documents(session, context)
    reachable = composable_slugs(
        [routine.plan for routine in routines],
        {pose.slug: pose.alternatives for pose in poses.summaries},
        rules,
        poses.with_modifications,
    )
    catalogue = catalogue_from(
        version=state.version,
        timing=timing,
        poses=[pose for slug in sorted(reachable) if (pose := poses.poses.get(slug))],
        routines={routine.plan.slug: routine.plan for routine in routines},
        rules=rules,
        referral_actions=documents.referral_actions,
        answer_labels=documents.answer_labels,
    )
    limits, flags = _vocabulary(session, rules)
    summaries = {pose.slug: pose for pose in poses.summaries}
    routine_summaries = tuple(routine.summary(summaries, timing, context) for routine in routines)
    index = PoseIndex(
        poses.summaries, [search_text(p.name, *p.other_names) for p in poses.summaries]
    )
    return ContentSnapshot(
        version=state.version,
        catalogue=catalogue,
        poses=poses.poses,
        pose_index=index,
        routine_summaries=routine_summaries,
        routine_builder=_RoutineBuilder(
            {routine.id: routine for routine in routines},
            poses.poses,
            source_slug,
            timing,
            context,
        ),
        sources=tuple(sources),
        safety_rules=tuple(
            SafetyRulePublic.model_construct(**dict(rule), links={"self": rule_href(rule.slug)})
            for rule in rules
        ),
        mobility_limits=tuple(limits),
        red_flags=tuple(flags),
        questionnaire=build_questionnaire(
            documents.questionnaire, limits, flags, documents.referral_actions, state.version
        ),
    )


# -- poses ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Poses:
    summaries: list[PoseSummary]
    """Typed, for building the index and the catalogue; the snapshot keeps `poses`."""
    poses: Poses
    slug_of: dict[Any, str]
    with_modifications: set[str]


def _media(links: Mapping[str, str]) -> Row:
    return {
        "image_url": links.get(MAIN_FIGURE),
        "video_url": None,
        "figures": {name: url for name, url in links.items() if name != MAIN_FIGURE},
    }


RANGE_KEYS = tuple(NumberRange.model_fields)
RANGE_COLUMNS = frozenset(
    n
    for n, name in enumerate(STEP_COLUMNS)
    if Step.model_fields[name].annotation == NumberRange | None
)


def _step_row(values: StepRow) -> StepRow:
    """A step's columns with each range's keys in the schema's order: PostgreSQL's JSONB keeps
    keys in an order of its own (`max` before `min`), and the bundle writes steps from these
    values without typing them, byte for byte as GET /v1/poses/{slug} serves them."""
    return tuple(
        {key: value.get(key) for key in RANGE_KEYS}
        if n in RANGE_COLUMNS and isinstance(value, dict)
        else value
        for n, value in enumerate(values)
    )


def _poses(
    session: Session, source_slug: dict[Any, str], figure_links: FigureLinks, context: Context
) -> _Poses:
    rows = _rows(session, Pose, "sort_order, id")
    slug_of = {row["id"]: row["slug"] for row in rows}
    summaries = SUMMARIES.validate_python(
        [
            _fields(PoseSummary, row)
            | {
                "source": _source(source_slug, row),
                "links": pose_links(row["slug"]),
                "media": _media(figure_links(row["slug"])),
            }
            for row in rows
        ],
        context=context,
    )
    steps: dict[str, list[StepRow]] = {
        slug_of[pose_id]: [_step_row(row[1:]) for row in rows]
        for pose_id, rows in groupby(
            _select(session, Step, ("pose_id", *STEP_COLUMNS), "pose_id, position"),
            key=itemgetter(0),
        )
    }
    modifications: dict[str, list[ModificationPublic]] = defaultdict(list)
    for modification in MODIFICATIONS.validate_python(
        [
            _fields(ModificationPublic, row)
            | {
                "pose": slug_of[row["pose_id"]],
                "source": _source(source_slug, row),
            }
            for row in _rows(session, Modification, "sort_order, id")
        ],
        context=context,
    ):
        modifications[modification.pose].append(modification)
    return _Poses(
        summaries, Poses(summaries, steps, modifications, context), slug_of, set(modifications)
    )


# -- routines ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Routine:
    id: uuid.UUID
    row: Row
    plan: RoutinePlan

    def summary(
        self, poses: Mapping[str, PoseSummary], timing: Timing, context: Context
    ) -> RoutineSummary:
        seconds = sum(dose_seconds(poses[e.pose].dose, timing) for e in self.plan.entries)
        return RoutineSummary.model_validate(
            _fields(RoutineSummary, self.row)
            | {
                "id": self.id,
                "kind": RoutineKind.seeded,
                "item_count": len(self.plan.entries),
                "total_seconds": seconds,
                "links": {"self": routine_href(self.plan.slug)},
            },
            context=context,
        )


def _routines(session: Session, slug_of: Mapping[Any, str]) -> list[_Routine]:
    """The curated routines and their plans (saved compositions live elsewhere)."""
    entries: dict[uuid.UUID, list[Row]] = defaultdict(list)
    for entry in _rows(session, RoutineEntry, "routine_id, position"):
        entries[_uuid(entry["routine_id"])].append(entry)
    routines = []
    for row in _rows(session, Routine, "sort_order, id"):
        if row["kind"] != RoutineKind.seeded:
            continue
        routine_id = _uuid(row["id"])
        key = row["slug"] or str(routine_id)
        planned = [PlannedPose(slug_of[e["pose_id"]], e["priority"]) for e in entries[routine_id]]
        routines.append(_Routine(routine_id, row, RoutinePlan(key, tuple(planned))))
    return routines


@dataclass(frozen=True)
class _RoutineBuilder:
    """A routine with its items (each pose's steps), built when first asked for."""

    routines: Mapping[uuid.UUID, _Routine]
    poses: Poses
    source_slug: Mapping[Any, str]
    timing: Timing
    context: Context

    def __call__(self, summary: RoutineSummary) -> RoutinePublic:
        routine = self.routines[summary.id]
        items = []
        for position, entry in enumerate(routine.plan.entries, start=1):
            pose = self.poses.get(entry.pose)
            assert pose is not None  # the plan names poses of this snapshot
            items.append(
                RoutineItem(
                    position=position,
                    pose=pose_ref(pose),
                    dose=pose.dose,
                    seconds=dose_seconds(pose.dose, self.timing),
                    steps=pose.steps,
                )
            )
        source_id = routine.row["source_id"]
        source = None if source_id is None else _source(self.source_slug, routine.row)
        return RoutinePublic.model_validate(
            _fields(RoutinePublic, routine.row)
            | {
                "id": routine.id,
                "kind": RoutineKind.seeded,
                "items": items,
                "total_seconds": summary.total_seconds,
                "source": source,
                "composition": None,
                "links": summary.links,
            },
            context=self.context,
        )


# -- the questionnaire, referral actions and vocabulary ------------------------------------


@dataclass(frozen=True)
class _Documents:
    questionnaire: QuestionnaireText
    referral_actions: tuple[ReferralActionSpec, ...]
    answer_labels: dict[tuple[str, str], str]


FIELD_OF_KIND = {"mobility_limit": "mobility_limits", "red_flag": "red_flags"}


def _documents(session: Session, context: Context) -> _Documents:
    bodies = {row["slug"]: row["body"] for row in _rows(session, ContentDocument, "id")}
    terms = _rows(session, VocabularyTerm, "sort_order, id")
    return _Documents(
        questionnaire=QuestionnaireText.model_validate(
            bodies[QUESTIONNAIRE_DOCUMENT], context=context
        ),
        referral_actions=tuple(
            ACTIONS.validate_python(bodies[REFERRAL_ACTIONS_DOCUMENT]["actions"], context=context)
        ),
        answer_labels={(FIELD_OF_KIND[t["kind"]], t["slug"]): t["label"] for t in terms},
    )


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
    for term in _rows(session, VocabularyTerm, "sort_order, id"):
        triggered = [r for r in rules if _answers(r.trigger, term["kind"], term["slug"])]
        cited = [RuleRef(slug=r.slug, severity=r.severity, message=r.message) for r in triggered]
        fields = {**_fields(MobilityLimitPublic, term), "rules": cited}
        if term["kind"] == "mobility_limit":
            limits.append(MobilityLimitPublic.model_validate(fields))
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
        flags.append(RedFlagPublic.model_validate({**fields, "urgency": urgency}))
    return limits, flags
