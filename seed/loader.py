"""The idempotent seed loader: inserts, updates and deletes only rows the seed owns.

Rows are matched by their natural keys (slugs; a step by pose and position). A row the seed
did not create is never changed or deleted; a seed slug that collides with one is an error.
The content version is bumped only when something changed, in the same transaction.

Edits win: a resource an editor has changed or retired through the API (it has a revision in
`content_revision`) belongs to the editors from then on. The seed leaves it as the editors
left it — changed, or retired — and says so in its report; to hand it back to the seed file,
an editor writes the file's version through the API.
"""

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pydantic_core
from pydantic import BaseModel
from sqlalchemy import or_, text
from sqlmodel import Session, SQLModel, col, select

from api.compose import Catalogue, CatalogueError
from api.compose.invariants import Violation
from api.content.build import build_snapshot
from api.content.questionnaire import unasked_questions
from models.base import SEED_ORIGIN, utcnow
from models.content_document import (
    QUESTIONNAIRE_DOCUMENT,
    REFERRAL_ACTIONS_DOCUMENT,
    ContentDocument,
)
from models.content_state import CONTENT_STATE_ID, ContentState
from models.modification import Modification
from models.pose import Pose
from models.revision import ContentRevision
from models.routine import Routine, RoutineEntry, seeded_routine_id
from models.safety_rule import SafetyRule
from models.source import Source
from models.step import Step
from models.vocabulary import RoutineKind
from models.vocabulary_term import MobilityLimitCreate, RedFlagCreate, VocabularyTerm
from seed.schema import SeedContent

SEED_LOCK_KEY = 0x5EED  # PostgreSQL advisory lock: one seeder (or migrator) at a time


class SeedConflictError(RuntimeError):
    """A seed slug is already used by a row the seed did not create."""


class UnsafeSeedError(RuntimeError):
    """The content the seed would leave breaks the composer's safety invariants."""

    def __init__(self, violations: list[Violation]) -> None:
        names = ", ".join(sorted({v.invariant.value for v in violations}))
        super().__init__(
            f"the safety gate refuses this content ({names}); nothing was written:\n"
            + "\n".join(f"- {v.invariant.value}: {v.describe()}" for v in violations)
        )
        self.violations = violations


Gate = Callable[[Catalogue], list[Violation]]


@dataclass
class SeedReport:
    inserted: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    kept_edits: Counter[str] = field(default_factory=Counter)
    version: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)

    def summary(self) -> str:
        def fmt(counter: Counter[str]) -> str:
            return ", ".join(f"{n} {table}" for table, n in sorted(counter.items())) or "nothing"

        kept = f"; left as editors made them: {fmt(self.kept_edits)}" if self.kept_edits else ""
        return (
            f"inserted {fmt(self.inserted)}; updated {fmt(self.updated)}; "
            f"deleted {fmt(self.deleted)}{kept}; content version {self.version}"
        )


class _Syncer:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.report = SeedReport()
        self.stale: list[SQLModel] = []
        self.edited: dict[str, set[str]] = defaultdict(set)
        for resource, slug in session.exec(
            select(ContentRevision.resource, ContentRevision.slug).distinct()
        ).all():
            self.edited[resource].add(slug)

    def unedited(self, resource: str, entries: list[Any]) -> list[Any]:
        """The seed's entries the editors have not taken over (counted in the report)."""
        kept = [entry for entry in entries if entry.slug not in self.edited[resource]]
        if len(kept) < len(entries):
            self.report.kept_edits[resource] += len(entries) - len(kept)
        return kept

    def ids(self, model: type[Any]) -> dict[str, Any]:
        """Every row's id by slug, the seed's and the editors' alike."""
        return dict(self.session.exec(select(model.slug, model.id)).all())

    def owned(self, model: type[Any], slugs: list[str]) -> list[Any]:
        """Rows the seed owns, plus any row holding one of its slugs (a conflict if not owned)."""
        rows = self.session.exec(
            select(model).where(or_(model.origin == SEED_ORIGIN, model.slug.in_(slugs)))
        ).all()
        foreign = [row.slug for row in rows if row.origin != SEED_ORIGIN]
        if foreign:
            raise SeedConflictError(
                f"{model.__tablename__} {', '.join(sorted(foreign))}: exists and was not "
                "created by the seed; rename it or the seed entry"
            )
        return list(rows)

    def sync(
        self,
        model: type[Any],
        key: tuple[str, ...],
        desired: list[dict[str, Any]],
        existing: list[Any],
    ) -> dict[tuple[Any, ...], Any]:
        table = model.__tablename__
        by_key = {tuple(getattr(row, f) for f in key): row for row in existing}
        synced = {}
        for values in desired:
            row_key = tuple(values[f] for f in key)
            row = by_key.pop(row_key, None)
            if row is None:
                row = model(**values)
                self.session.add(row)
                self.report.inserted[table] += 1
            elif any(_as_json(getattr(row, name)) != _as_json(v) for name, v in values.items()):
                for name, value in values.items():
                    setattr(row, name, value)
                self.report.updated[table] += 1
            synced[row_key] = row
        self.stale += by_key.values()
        self.session.flush()
        return synced

    def delete_stale(self) -> None:
        for row in reversed(self.stale):  # dependants were synced after what they depend on
            self.session.delete(row)
            self.report.deleted[str(row.__tablename__)] += 1
            self.session.flush()


def apply_seed(session: Session, content: SeedContent, gate: Gate | None = None) -> SeedReport:
    """Bring the database in line with the seed, in the caller's transaction, then validate;
    when it changed something, `gate` (the safety gate) judges the content it leaves, and
    refuses it with UnsafeSeedError (the caller rolls back)."""
    content.to_catalogue().check()  # fail before writing anything
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEED_LOCK_KEY})
    syncer = _Syncer(session)
    _sync_content(syncer, content)
    syncer.delete_stale()
    report = syncer.report
    report.version = _bump_version(session, content, changed=report.changed)
    snapshot = build_snapshot(session)
    snapshot.catalogue.check()  # raises, and the caller rolls back
    unasked = unasked_questions(snapshot.mobility_limits, snapshot.red_flags)
    if unasked:  # as an editor's write is refused (api/services/editing.py)
        raise CatalogueError(unasked)
    if gate is not None and report.changed:
        violations = gate(snapshot.catalogue)
        if violations:
            raise UnsafeSeedError(violations)
    return report


def _as_json(value: Any) -> Any:
    """A column's value as the seed's values are given: JSON-compatible (typed JSON columns
    read back as models)."""
    return pydantic_core.to_jsonable_python(value)


def _dump(model: BaseModel, *fields: str) -> dict[str, Any]:
    return model.model_dump(mode="json", include=set(fields))


def _sync_content(syncer: _Syncer, content: SeedContent) -> None:
    """Every table, each after the tables it refers to."""
    source_id = _sync_sources(syncer, content)
    pose_id = _sync_poses(syncer, content, source_id)
    _sync_routines(syncer, content, source_id, pose_id)
    _sync_rules_and_documents(syncer, content)
    _sync_vocabulary(syncer, content)


def _sync_sources(syncer: _Syncer, content: SeedContent) -> dict[str, Any]:
    sources = syncer.unedited("sources", content.sources)
    order = {s.slug: i for i, s in enumerate(content.sources)}
    syncer.sync(
        Source,
        ("slug",),
        [{**s.model_dump(mode="json"), "sort_order": order[s.slug]} for s in sources],
        syncer.owned(Source, [s.slug for s in sources]),
    )
    return syncer.ids(Source)


def _sync_poses(syncer: _Syncer, content: SeedContent, source_id: dict[str, Any]) -> dict[str, Any]:
    """Poses, their steps and their modifications; returns each pose's id."""
    order = {p.slug: i for i, p in enumerate(content.poses)}
    seeded = syncer.unedited("poses", content.poses)
    poses = syncer.sync(
        Pose,
        ("slug",),
        [
            {
                **p.model_dump(mode="json", exclude={"source", "steps", "modifications"}),
                "source_id": source_id[p.source.slug],
                "source_section": p.source.section,
                "sort_order": order[p.slug],
            }
            for p in seeded
        ],
        syncer.owned(Pose, [p.slug for p in seeded]),
    )
    pose_id = {slug: row.id for (slug,), row in poses.items()}

    seeded_pose_ids = list(pose_id.values())
    syncer.sync(
        Step,
        ("pose_id", "position"),
        [
            {
                **s.model_dump(mode="json", exclude={"section"}),
                "pose_id": pose_id[p.slug],
                "position": n,
                "source_section": s.section or p.source.section,
            }
            for p in seeded
            for n, s in enumerate(p.steps, start=1)
        ],
        list(syncer.session.exec(select(Step).where(col(Step.pose_id).in_(seeded_pose_ids))).all()),
    )

    modifications = [(p, m) for p in seeded for m in p.modifications]
    syncer.sync(
        Modification,
        ("slug",),
        [
            {
                **m.model_dump(mode="json", exclude={"source"}),
                "pose_id": pose_id[p.slug],
                "source_id": source_id[m.source.slug],
                "source_section": m.source.section,
                "sort_order": i,
            }
            for i, (p, m) in enumerate(modifications)
        ],
        syncer.owned(Modification, [m.slug for _, m in modifications]),
    )
    return syncer.ids(Pose)


def _sync_routines(
    syncer: _Syncer, content: SeedContent, source_id: dict[str, Any], pose_id: dict[str, Any]
) -> None:
    order = {r.slug: i for i, r in enumerate(content.routines)}
    seeded = syncer.unedited("routines", content.routines)
    routines = syncer.sync(
        Routine,
        ("slug",),
        [
            {
                "id": seeded_routine_id(r.slug),
                **_dump(r, "slug", "name", "description", "cautions"),
                "kind": RoutineKind.seeded.value,
                "source_id": source_id[r.source.slug],
                "source_section": r.source.section,
                "sort_order": order[r.slug],
            }
            for r in seeded
        ],
        syncer.owned(Routine, [r.slug for r in seeded]),
    )
    routine_ids = [row.id for row in routines.values()]
    syncer.sync(
        RoutineEntry,
        ("routine_id", "position"),
        [
            {
                "routine_id": seeded_routine_id(r.slug),
                "position": n,
                "pose_id": pose_id[item.pose],
                "priority": item.priority,
            }
            for r in seeded
            for n, item in enumerate(r.items, start=1)
        ],
        list(
            syncer.session.exec(
                select(RoutineEntry).where(col(RoutineEntry.routine_id).in_(routine_ids))
            ).all()
        ),
    )


def _sync_rules_and_documents(syncer: _Syncer, content: SeedContent) -> None:
    order = {r.slug: i for i, r in enumerate(content.safety_rules)}
    rules = syncer.unedited("safety-rules", content.safety_rules)
    syncer.sync(
        SafetyRule,
        ("slug",),
        [{**r.model_dump(mode="json"), "sort_order": order[r.slug]} for r in rules],
        syncer.owned(SafetyRule, [r.slug for r in rules]),
    )
    documents = {
        QUESTIONNAIRE_DOCUMENT: content.questionnaire.model_dump(mode="json"),
        REFERRAL_ACTIONS_DOCUMENT: {
            "actions": [a.model_dump(mode="json") for a in content.referral_actions]
        },
    }
    syncer.sync(
        ContentDocument,
        ("slug",),
        [{"slug": slug, "body": body} for slug, body in documents.items()],
        syncer.owned(ContentDocument, list(documents)),
    )


def _sync_vocabulary(syncer: _Syncer, content: SeedContent) -> None:
    """The questionnaire's terms. Editors change the vocabulary as one resource (PUT or PATCH
    /v1/vocabulary) but own it term by term: a write marks the rows it changed
    (`origin: editor`), and those terms are left as the editors made them; the others follow
    the file (so a term the rule language gains is seeded, and a fix to the file reaches every
    term no editor touched)."""
    terms: list[tuple[str, MobilityLimitCreate | RedFlagCreate]]
    terms = [("mobility_limit", t) for t in content.mobility_limits]
    terms += [("red_flag", t) for t in content.red_flags]
    order = {(kind, t.slug): i for i, (kind, t) in enumerate(terms)}
    edited = set(
        syncer.session.exec(
            select(VocabularyTerm.kind, VocabularyTerm.slug).where(
                VocabularyTerm.origin != SEED_ORIGIN
            )
        ).all()
    )
    kept = [(kind, t) for kind, t in terms if (kind, t.slug) not in edited]
    if len(kept) < len(terms):
        syncer.report.kept_edits["vocabulary terms"] += len(terms) - len(kept)
    syncer.sync(
        VocabularyTerm,
        ("kind", "slug"),
        [
            {**t.model_dump(mode="json"), "kind": kind, "sort_order": order[kind, t.slug]}
            for kind, t in kept
        ],
        list(
            syncer.session.exec(
                select(VocabularyTerm).where(VocabularyTerm.origin == SEED_ORIGIN)
            ).all()
        ),
    )


def _bump_version(session: Session, content: SeedContent, *, changed: bool) -> int:
    state = session.get(ContentState, CONTENT_STATE_ID)
    timing = content.timing.model_dump()
    if state is None:
        state = ContentState(id=CONTENT_STATE_ID, version=0, **timing)
        session.add(state)
        changed = True
    elif any(getattr(state, name) != value for name, value in timing.items()):
        for name, value in timing.items():
            setattr(state, name, value)
        changed = True
    if changed:
        state.version += 1
        state.updated_at = utcnow()
    session.flush()
    return state.version
