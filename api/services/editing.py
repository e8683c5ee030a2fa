"""Writes through the editors' API: create, replace, patch (RFC 7396) and retire, each with
its precondition, validation, safety gate and revision, in one transaction.

How a write goes, on both databases:

1. The content lock: the transaction's first statement updates `content_state`'s row. That
   row lock (PostgreSQL) or the write lock (SQLite) serializes content writes, so every step
   below reads the content as the previous write left it. It is deliberately coarse: the
   safety gate judges the whole candidate content, and two writes that each pass the gate
   alone could together break an invariant (write skew) if they ran side by side.
2. The precondition: the resource's current strong ETag — as GET serves it, from the content
   at the locked version — must be in `If-Match` (none → 428, another → 412 naming it). Of
   two writers holding the same ETag, the second to take the lock finds a new ETag: a 412.
3. The change is written to the tables and the content version bumped; the content is then
   read back and validated exactly as every replica validates it (the schema, references,
   the catalogue's checks), and the safety gate runs over the candidate catalogue. Any
   problem rolls the transaction back: nothing is written.
4. A revision (`content_revision`) records the resource's full JSON after the change; the
   transaction commits, and the new snapshot is installed in this process (other replicas
   see the version move within `STRETCHBASE_CONTENT_REFRESH_SECONDS`).

Each revision keeps the RFC 6902 patch from the version before, and the editor's message; the
first edit of a seeded resource also records the seed's version (revision 1, `origin: seed`),
so every edit can be reverted. A revert writes an old revision's body back through these same
steps, as a new revision.

Retiring deletes the resource's rows: it disappears from every read and composition, and its
last JSON stays in the revision log (`retired: true`); creating the slug again continues its
revision numbers. Edits win over the seed: `stretchbase seed` leaves a resource with a
revision as the editors left it (seed/loader.py).
"""

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import json_merge_patch
import jsonpatch
from pydantic import BaseModel, ValidationError
from sqlalchemy import func, update
from sqlmodel import Session, col, select

from api.compose import Catalogue, CatalogueError
from api.compose.invariants import Violation, check_safety
from api.content.build import FigureLinks, build_snapshot
from api.content.questionnaire import editable_vocabulary, unasked_questions
from api.content.rendered import Rendered
from api.content.snapshot import ContentSnapshot
from api.db import SessionFactory
from api.services.keys import Editor
from models.api_key import Scope
from models.base import SEED_ORIGIN, utcnow
from models.composition import DEFAULT_BASE_ROUTINE
from models.content_state import CONTENT_STATE_ID, ContentState
from models.links import WHOLE_RESOURCES
from models.modification import Modification, ModificationCreate
from models.pose import Pose, PoseCreate, PosePublic
from models.revision import Collection, ContentRevision
from models.routine import (
    Routine,
    RoutineCreate,
    RoutineEntry,
    RoutinePublic,
    seeded_routine_id,
)
from models.rule_language import SafetyRuleSpec
from models.safety_rule import SafetyRule
from models.source import Source, SourceCreate
from models.step import Step, StepCreate
from models.values import SourceRef
from models.vocabulary import RoutineKind
from models.vocabulary_term import FIXED_TERMS, TermCreate, Vocabulary, VocabularyTerm

EDITOR_ORIGIN = "editor"
GZIP_SUFFIX = '-gzip"'


class Operation(StrEnum):
    create = "create"
    replace = "replace"  # type: ignore[assignment]  # shadows str.replace, on purpose
    patch = "patch"
    retire = "retire"


# -- what can go wrong (the router maps each to a problem) ------------------------------------


class EditError(Exception):
    pass


class NotFoundError(EditError):
    pass


class AlreadyExistsError(EditError):
    def __init__(self, detail: str, etag: str) -> None:
        super().__init__(detail)
        self.etag = etag


class PreconditionRequiredError(EditError):
    pass


class PreconditionFailedError(EditError):
    def __init__(self, detail: str, current_etag: str) -> None:
        super().__init__(detail)
        self.current_etag = current_etag


class InvalidBodyError(EditError):
    """The body (after a merge patch) does not fit the resource's schema."""

    def __init__(self, error: ValidationError) -> None:
        super().__init__(str(error))
        self.error = error


class InvalidContentError(EditError):
    """The change would leave the content inconsistent: each problem names what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class UnsafeChangeError(EditError):
    """The safety gate found broken invariants in the candidate content."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("; ".join(v.message for v in violations))
        self.violations = violations


# -- the kinds of resource ------------------------------------------------------------------


class Kind(Protocol):
    resource: str  # the collection's path segment: safety-rules, sources, …
    label: str
    scope: Scope
    model: type[BaseModel]
    gated: bool  # the safety gate runs on changes to it

    def items(self, snapshot: ContentSnapshot) -> Mapping[str, BaseModel]: ...

    def editable(self, public: BaseModel, snapshot: ContentSnapshot) -> dict[str, Any]: ...

    def save(self, session: Session, slug: str, body: BaseModel, *, exists: bool) -> None: ...

    def retire(self, session: Session, slug: str, snapshot: ContentSnapshot) -> None: ...


def _source_ids(session: Session, slugs: set[str]) -> dict[str, int]:
    rows = session.exec(select(Source.slug, Source.id).where(col(Source.slug).in_(slugs))).all()
    known = {slug: source_id for slug, source_id in rows if source_id is not None}
    unknown = sorted(slugs - set(known))
    if unknown:
        raise InvalidContentError([f"unknown source {slug}" for slug in unknown])
    return known


class SafetyRules:
    resource = "safety-rules"
    label = "safety rule"
    scope = Scope.rules_write
    model: type[BaseModel] = SafetyRuleSpec
    gated = True

    def items(self, snapshot: ContentSnapshot) -> Mapping[str, BaseModel]:
        return snapshot.rule_by_slug

    def editable(self, public: BaseModel, snapshot: ContentSnapshot) -> dict[str, Any]:  # noqa: ARG002
        body = public.model_dump(mode="json", exclude={"links"})
        body["sources"] = [
            {"slug": ref["slug"], "section": ref["section"]} for ref in body["sources"]
        ]
        return body

    def save(self, session: Session, slug: str, body: BaseModel, *, exists: bool) -> None:  # noqa: ARG002
        assert isinstance(body, SafetyRuleSpec)
        _source_ids(session, {ref.slug for ref in body.sources})
        values = body.model_dump(mode="json")
        row = session.exec(select(SafetyRule).where(SafetyRule.slug == slug)).first()
        if row is None:
            # After the last rule of its kind (rules are listed in evaluation order by kind).
            last = session.exec(
                select(func.max(SafetyRule.sort_order)).where(SafetyRule.kind == body.kind)
            ).first()
            row = SafetyRule(**values, sort_order=last or 0)
            session.add(row)
        else:
            for name, value in values.items():
                setattr(row, name, value)
        row.origin = EDITOR_ORIGIN
        session.flush()

    def retire(self, session: Session, slug: str, snapshot: ContentSnapshot) -> None:  # noqa: ARG002
        row = session.exec(select(SafetyRule).where(SafetyRule.slug == slug)).one()
        session.delete(row)
        session.flush()


def plain_refs(value: Any) -> Any:
    """JSON with every source reference as an editor writes it: `{slug, section}` (the
    licence and link a reference is served with follow from the source)."""
    if isinstance(value, list):
        return [plain_refs(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {"slug", "section", "licence", "href"}:
            return {"slug": value["slug"], "section": value["section"]}
        return {key: plain_refs(item) for key, item in value.items()}
    return value


class _PoseItems:
    """The snapshot's poses as a lookup (typed on access)."""

    def __init__(self, snapshot: ContentSnapshot) -> None:
        self.snapshot = snapshot

    def get(self, slug: str) -> BaseModel | None:
        return self.snapshot.poses.get(slug)


class Poses:
    resource = "poses"
    label = "pose"
    scope = Scope.content_write
    model: type[BaseModel] = PoseCreate
    gated = True

    def items(self, snapshot: ContentSnapshot) -> Any:
        return _PoseItems(snapshot)

    def editable(self, public: BaseModel, snapshot: ContentSnapshot) -> dict[str, Any]:  # noqa: ARG002
        assert isinstance(public, PosePublic)
        section = public.source.section
        body = public.model_dump(mode="json", include=set(PoseCreate.model_fields) - {"media"})
        body["steps"] = [
            {
                **step.model_dump(mode="json", include=set(StepCreate.model_fields)),
                "section": None if step.source.section == section else step.source.section,
            }
            for step in public.steps
        ]
        body["modifications"] = [
            m.model_dump(mode="json", include=set(ModificationCreate.model_fields))
            for m in public.modifications
        ]
        reduced: dict[str, Any] = plain_refs(body)
        return reduced

    def save(self, session: Session, slug: str, body: BaseModel, *, exists: bool) -> None:  # noqa: ARG002
        assert isinstance(body, PoseCreate)
        refs = {body.source.slug, *(m.source.slug for m in body.modifications)}
        source_id = _source_ids(session, refs)
        row = session.exec(select(Pose).where(Pose.slug == slug)).first()
        values = {
            **body.model_dump(mode="json", exclude={"source", "steps", "modifications"}),
            "source_id": source_id[body.source.slug],
            "source_section": body.source.section,
            "origin": EDITOR_ORIGIN,
        }
        if row is None:
            last = session.exec(select(func.max(Pose.sort_order))).first()
            row = Pose(**values, sort_order=(last or 0) + 1)
            session.add(row)
        else:
            for name, value in values.items():
                setattr(row, name, value)
        session.flush()
        assert row.id is not None
        self._save_steps(session, row.id, body)
        self._save_modifications(session, row.id, body, source_id)

    def _save_steps(self, session: Session, pose_id: int, body: PoseCreate) -> None:
        for row in session.exec(select(Step).where(Step.pose_id == pose_id)).all():
            session.delete(row)
        session.flush()
        for position, step in enumerate(body.steps, start=1):
            session.add(
                Step(
                    **step.model_dump(mode="json", exclude={"section"}),
                    pose_id=pose_id,
                    position=position,
                    source_section=step.section or body.source.section,
                )
            )
        session.flush()

    def _save_modifications(
        self, session: Session, pose_id: int, body: PoseCreate, source_id: dict[str, int]
    ) -> None:
        slugs = [m.slug for m in body.modifications]
        taken = session.exec(
            select(Modification.slug, Pose.slug)
            .join(Pose, col(Pose.id) == col(Modification.pose_id))
            .where(col(Modification.slug).in_(slugs), Modification.pose_id != pose_id)
        ).all()
        if taken:
            raise InvalidContentError(
                [f"modification {mod}: belongs to the pose {pose}" for mod, pose in taken]
            )
        existing = {
            m.slug: m
            for m in session.exec(select(Modification).where(Modification.pose_id == pose_id))
        }
        for order, modification in enumerate(body.modifications):
            values = {
                **modification.model_dump(mode="json", exclude={"source"}),
                "pose_id": pose_id,
                "source_id": source_id[modification.source.slug],
                "source_section": modification.source.section,
                "sort_order": order,
                "origin": EDITOR_ORIGIN,
            }
            row = existing.pop(modification.slug, None)
            if row is None:
                session.add(Modification(**values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)
        for row in existing.values():
            session.delete(row)
        session.flush()

    def retire(self, session: Session, slug: str, snapshot: ContentSnapshot) -> None:
        routines = sorted(
            plan.slug
            for plan in snapshot.catalogue.routines.values()
            if any(entry.pose == slug for entry in plan.entries)
        )
        if routines:
            raise InvalidContentError(
                [f"pose {slug}: is in the routine {r}; take it out first" for r in routines]
            )
        row = session.exec(select(Pose).where(Pose.slug == slug)).one()
        session.delete(row)  # its steps and modifications go with it (ON DELETE CASCADE)
        session.flush()


class _RoutineItems:
    """The snapshot's curated routines by slug."""

    def __init__(self, snapshot: ContentSnapshot) -> None:
        self.snapshot = snapshot

    def get(self, slug: str) -> BaseModel | None:
        routine = self.snapshot.routine(slug)
        return routine if routine is not None and routine.slug == slug else None


class Routines:
    resource = "routines"
    label = "routine"
    scope = Scope.content_write
    model: type[BaseModel] = RoutineCreate
    gated = True  # a routine is what the composer adapts

    def items(self, snapshot: ContentSnapshot) -> Any:
        return _RoutineItems(snapshot)

    def editable(self, public: BaseModel, snapshot: ContentSnapshot) -> dict[str, Any]:
        assert isinstance(public, RoutinePublic) and public.slug is not None
        plan = snapshot.catalogue.routines[public.slug]
        body = public.model_dump(mode="json", include={"slug", "name", "description", "source"})
        body["items"] = [{"pose": e.pose, "priority": e.priority} for e in plan.entries]
        body["cautions"] = [c.model_dump(mode="json") for c in public.cautions]
        reduced: dict[str, Any] = plain_refs(body)
        return reduced

    def save(self, session: Session, slug: str, body: BaseModel, *, exists: bool) -> None:  # noqa: ARG002
        assert isinstance(body, RoutineCreate)
        source_id = _source_ids(session, {body.source.slug})
        wanted = {item.pose for item in body.items}
        pose_ids = {
            pose: pose_id
            for pose, pose_id in session.exec(
                select(Pose.slug, Pose.id).where(col(Pose.slug).in_(wanted))
            ).all()
            if pose_id is not None
        }
        unknown = sorted(wanted - set(pose_ids))
        if unknown:
            raise InvalidContentError([f"routine {slug}: unknown pose {p}" for p in unknown])
        values = {
            **body.model_dump(mode="json", include={"slug", "name", "description", "cautions"}),
            "kind": RoutineKind.seeded.value,
            "source_id": source_id[body.source.slug],
            "source_section": body.source.section,
            "origin": EDITOR_ORIGIN,
        }
        row = session.exec(select(Routine).where(Routine.slug == slug)).first()
        if row is None:
            last = session.exec(select(func.max(Routine.sort_order))).first()
            row = Routine(id=seeded_routine_id(slug), **values, sort_order=(last or 0) + 1)
            session.add(row)
        else:
            for name, value in values.items():
                setattr(row, name, value)
            for entry in session.exec(
                select(RoutineEntry).where(RoutineEntry.routine_id == row.id)
            ).all():
                session.delete(entry)
        session.flush()
        for position, item in enumerate(body.items, start=1):
            session.add(
                RoutineEntry(
                    routine_id=row.id,
                    position=position,
                    pose_id=pose_ids[item.pose],
                    priority=item.priority,
                )
            )
        session.flush()

    def retire(self, session: Session, slug: str, snapshot: ContentSnapshot) -> None:  # noqa: ARG002
        if slug == DEFAULT_BASE_ROUTINE:
            raise InvalidContentError(
                [f"routine {slug}: the composer adapts it by default, so it cannot be retired"]
            )
        row = session.exec(select(Routine).where(Routine.slug == slug)).one()
        session.delete(row)  # its entries go with it (ON DELETE CASCADE)
        session.flush()


class Sources:
    resource = "sources"
    label = "source"
    scope = Scope.content_write
    model: type[BaseModel] = SourceCreate
    gated = False

    def items(self, snapshot: ContentSnapshot) -> Mapping[str, BaseModel]:
        return snapshot.source_by_slug

    def editable(self, public: BaseModel, snapshot: ContentSnapshot) -> dict[str, Any]:  # noqa: ARG002
        body: dict[str, Any] = plain_refs(public.model_dump(mode="json", exclude={"links"}))
        return body

    def save(self, session: Session, slug: str, body: BaseModel, *, exists: bool) -> None:  # noqa: ARG002
        assert isinstance(body, SourceCreate)
        values = {**body.model_dump(mode="json"), "origin": EDITOR_ORIGIN}
        row = session.exec(select(Source).where(Source.slug == slug)).first()
        if row is None:
            last = session.exec(select(func.max(Source.sort_order))).first()
            session.add(Source(**values, sort_order=(last or 0) + 1))
        else:
            for name, value in values.items():
                setattr(row, name, value)
        session.flush()

    def retire(self, session: Session, slug: str, snapshot: ContentSnapshot) -> None:  # noqa: ARG002
        row = session.exec(select(Source).where(Source.slug == slug)).one()
        users = [
            f"{table} {name}: cites the source {slug}"
            for table, name_column, model in (
                ("pose", Pose.slug, Pose),
                ("modification", Modification.slug, Modification),
                ("routine", Routine.slug, Routine),
            )
            for name in session.exec(select(name_column).where(model.source_id == row.id)).all()
        ]
        if users:
            raise InvalidContentError(users)
        session.delete(row)
        session.flush()  # references inside JSON (rules, cautions) are checked with the rest


class _VocabularyItems:
    """The vocabulary: one resource, under its own name."""

    def __init__(self, snapshot: ContentSnapshot) -> None:
        self.snapshot = snapshot

    def get(self, slug: str) -> BaseModel | None:
        if slug != VOCABULARY:
            return None
        return editable_vocabulary(self.snapshot.mobility_limits, self.snapshot.red_flags)


VOCABULARY = "vocabulary"  # the resource's name, and its slug in the revision log
assert VOCABULARY in WHOLE_RESOURCES
TERM_KINDS = {"mobility_limits": "mobility_limit", "red_flags": "red_flag"}


class VocabularyTerms:
    """The questionnaire's texts for every term of the rule language, edited as one resource
    (GET, PUT, PATCH /v1/vocabulary): no term's slug ever appears in a URL, where it would say
    what a person reported. The set of terms is the rule language's (`Vocabulary` refuses
    another or a missing one); an editor changes their texts and `ask_if`. The rows a change
    touches become the editors' (`origin: editor`): `stretchbase seed` leaves those terms as
    they made them and keeps the others in line with the file."""

    resource = VOCABULARY
    label = "vocabulary"
    scope = Scope.content_write
    model: type[BaseModel] = Vocabulary
    gated = False  # the texts and ask_if change what is asked, not what the composer decides

    def items(self, snapshot: ContentSnapshot) -> Any:
        return _VocabularyItems(snapshot)

    def editable(self, public: BaseModel, snapshot: ContentSnapshot) -> dict[str, Any]:  # noqa: ARG002
        return public.model_dump(mode="json")

    def save(self, session: Session, slug: str, body: BaseModel, *, exists: bool) -> None:  # noqa: ARG002
        assert isinstance(body, Vocabulary)
        rows = {(row.kind, row.slug): row for row in session.exec(select(VocabularyTerm)).all()}
        last = max((row.sort_order for row in rows.values()), default=0)
        seeded = _seeded_vocabulary(session)
        narrowed = [
            f"{field}.{term_slug}.ask_if: would ask this question of fewer people; through the "
            "API a question can be asked of everyone (ask_if null) or again as the seed file "
            "asks it, nothing narrower: a question not asked is an answer no one can give"
            for field, kind in TERM_KINDS.items()
            for term_slug, term in getattr(body, field).items()
            if (row := rows.get((kind, term_slug))) is not None
            and term.ask_if is not None
            and _json(term.ask_if) != _json(row.ask_if)
            and _json(term.ask_if) != seeded.get(field, {}).get(term_slug, {}).get("ask_if")
        ]
        if narrowed:
            raise InvalidContentError(narrowed)
        for field, kind in TERM_KINDS.items():
            terms: dict[str, TermCreate] = getattr(body, field)
            for term_slug, term in terms.items():
                values = term.model_dump(mode="json")
                row = rows.get((kind, term_slug))
                if row is None:  # a term the database lacks (seeded before the code had it)
                    last += 1
                    row = VocabularyTerm(kind=kind, slug=term_slug, **values, sort_order=last)
                    session.add(row)
                elif all(_json(getattr(row, name)) == value for name, value in values.items()):
                    continue  # unchanged: it stays the seed's if it was
                else:
                    for name, value in values.items():
                        setattr(row, name, value)
                row.origin = EDITOR_ORIGIN
        session.flush()

    def retire(self, session: Session, slug: str, snapshot: ContentSnapshot) -> None:  # noqa: ARG002
        raise InvalidContentError([f"the {VOCABULARY} cannot be retired: {FIXED_TERMS}"])


def _seeded_vocabulary(session: Session) -> dict[str, Any]:
    """The vocabulary as the seed file had it before its first edit (its `seed` revision),
    or nothing if it was never edited (then every row is still the seed's)."""
    body = session.exec(
        select(ContentRevision.body).where(
            ContentRevision.resource == VOCABULARY,
            ContentRevision.origin == SEED_ORIGIN,
        )
    ).first()
    return dict(body or {})


def _json(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


KINDS: dict[str, Kind] = {
    kind.resource: kind
    for kind in (
        SafetyRules(),
        Poses(),
        Sources(),
        Routines(),
        VocabularyTerms(),
    )
}
assert set(KINDS) == set(Collection), "every kind is a collection the audit list can filter on"


def _unknown_refs(owner: str, value: Any, known: set[str], problems: list[str]) -> None:
    if isinstance(value, SourceRef):
        if value.slug not in known:
            problems.append(f"{owner}: unknown source {value.slug}")
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _unknown_refs(owner, getattr(value, name), known, problems)
    elif isinstance(value, list | tuple):
        for item in value:
            _unknown_refs(owner, item, known, problems)


def unknown_sources(snapshot: ContentSnapshot) -> list[str]:
    """Every source reference in the content that names no source (the seed's check). It
    types every pose, so it runs when a source changes or retires; any other write checks
    the references of what it wrote (`unknown_sources_of`)."""
    known = set(snapshot.source_by_slug)
    problems: list[str] = []
    for source in snapshot.sources:
        _unknown_refs(f"source {source.slug}", source.sections, known, problems)
    for rule in snapshot.safety_rules:
        _unknown_refs(f"rule {rule.slug}", rule.sources, known, problems)
    for slug in snapshot.poses.slugs:
        _unknown_refs(f"pose {slug}", snapshot.poses.get(slug), known, problems)
    for action in snapshot.catalogue.referral_actions.values():
        _unknown_refs(f"referral action {action.slug}", action, known, problems)
    for summary in snapshot.routine_summaries:
        _unknown_refs(f"routine {summary.slug}", snapshot.routine_builder(summary), known, problems)
    return sorted(set(problems))


def unknown_sources_of(snapshot: ContentSnapshot, label: str, item: BaseModel) -> list[str]:
    problems: list[str] = []
    _unknown_refs(
        f"{label} {getattr(item, 'slug', '')}", item, set(snapshot.source_by_slug), problems
    )
    return sorted(set(problems))


def _named(kind: Kind, slug: str) -> str:
    """How a message names the resource: `safety rule 'x'`; a resource that is the whole
    collection (the vocabulary) by its name alone."""
    whole = kind.resource in WHOLE_RESOURCES and slug == kind.resource
    return kind.label if whole else f"{kind.label} {slug!r}"


INT32 = 2**31 - 1


def unstorable_values(value: Any, path: str) -> list[str]:
    """What no database column can hold, named by path: a NUL character or a lone surrogate
    in text (PostgreSQL refuses the one, UTF-8 cannot encode the other), a whole number
    outside the 32-bit range of the integer columns. (Else the database refuses the write
    and the client is told to retry something that can never succeed.)"""
    if isinstance(value, str):
        if "\x00" in value:
            return [f"{path}: holds a NUL character (U+0000), which text cannot hold"]
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [f"{path}: not valid Unicode text (a lone surrogate)"]
        return []
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        if not -INT32 - 1 <= value <= INT32:
            shown = value if abs(value) < 10**20 else "a number"
            return [f"{path}: {shown} is out of range (-2147483648 to 2147483647)"]
        return []
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in unstorable_values(v, f"{path}.{k}")]
    if isinstance(value, list | tuple):
        return [p for n, v in enumerate(value) for p in unstorable_values(v, f"{path}[{n}]")]
    return []


# -- preconditions --------------------------------------------------------------------------


def etag_of(item: BaseModel) -> str:
    """The strong ETag GET serves for this item (api/content/rendered.py)."""
    return Rendered.of(item).etag


def if_match_holds(if_match: str, etag: str) -> bool:
    """RFC 9110 §13.1.1: strong comparison; `*` matches any current representation. The
    gzip form's tag (same content, compressed) counts as the resource's."""
    for raw in if_match.split(","):
        tag = raw.strip()
        if tag == "*":
            return True
        if tag.startswith("W/"):
            continue  # weak tags never match strongly
        if tag.endswith(GZIP_SUFFIX):
            tag = tag[: -len(GZIP_SUFFIX)] + '"'
        if tag == etag:
            return True
    return False


# -- the write ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WriteResult:
    operation: Operation
    slug: str
    etag: str | None  # None once retired
    body: BaseModel | None  # the resource as GET now serves it
    revision: int
    content_version: int


@dataclass(frozen=True)
class Note:
    """What a revision records besides the change: the editor's message, and for a revert
    the revision it restored."""

    message: str | None = None
    restores: int | None = None


class EditingService:
    def __init__(
        self,
        sessions: SessionFactory,
        current: Callable[[], ContentSnapshot | None],
        install: Callable[[ContentSnapshot], None],
        figure_links: FigureLinks,
        gate: Callable[[Catalogue], list[Violation]] = check_safety,
    ) -> None:
        self.sessions = sessions
        self.current = current
        self.install = install
        self.figure_links = figure_links
        self.gate = gate

    def write(
        self,
        kind: Kind,
        operation: Operation,
        slug: str,
        *,
        editor: Editor,
        if_match: str | None,
        body: BaseModel | None = None,
        patch: Any = None,
        message: str | None = None,
    ) -> WriteResult:
        note = Note(message=message)
        return self._in_transaction(
            lambda session: self._write(
                session, kind, operation, slug, editor, if_match, body, patch, note
            )
        )

    def revert(
        self,
        kind: Kind,
        slug: str,
        number: int,
        *,
        editor: Editor,
        if_match: str | None,
        message: str | None = None,
    ) -> WriteResult:
        """Write revision `number`'s body back, as a new revision: a replace of the resource
        if it exists (If-Match required), a creation if it is retired; validated and gated
        as any write."""

        def run(session: Session) -> tuple[WriteResult, ContentSnapshot]:
            target = revision(session, kind.resource, slug, number)
            if target is None:
                raise NotFoundError(f"The {_named(kind, slug)} has no revision {number}.")
            if target.retired:
                raise InvalidContentError(
                    [
                        f"revision {number} retired the {_named(kind, slug)}: to retire it "
                        "again, DELETE it"
                    ]
                )
            try:
                body = kind.model.model_validate(target.body)
            except ValidationError as exc:
                raise InvalidBodyError(exc) from exc
            note = Note(message=message or f"Revert to revision {number}.", restores=number)
            exists = kind.items(self._snapshot(session, self._lock(session))).get(slug)
            operation = Operation.replace if exists is not None else Operation.create
            return self._write(session, kind, operation, slug, editor, if_match, body, None, note)

        return self._in_transaction(run)

    def _in_transaction(
        self, work: Callable[[Session], tuple[WriteResult, ContentSnapshot]]
    ) -> WriteResult:
        with self.sessions() as session:
            try:
                result, snapshot = work(session)
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self.install(snapshot)
        return result

    def _lock(self, session: Session) -> int:
        """Take the content lock (see the module's docstring); the version it holds."""
        state = ContentState.__table__  # type: ignore[attr-defined]
        session.execute(
            update(state).where(state.c.id == CONTENT_STATE_ID).values(version=state.c.version)
        )
        return session.exec(
            select(ContentState.version).where(ContentState.id == CONTENT_STATE_ID)
        ).one()

    def _snapshot(self, session: Session, version: int) -> ContentSnapshot:
        current = self.current()
        if current is not None and current.version == version:
            return current
        return build_snapshot(session, self.figure_links)

    def _write(
        self,
        session: Session,
        kind: Kind,
        operation: Operation,
        slug: str,
        editor: Editor,
        if_match: str | None,
        body: BaseModel | None,
        patch: Any,
        note: "Note",
    ) -> tuple[WriteResult, ContentSnapshot]:
        before = self._snapshot(session, self._lock(session))
        current = kind.items(before).get(slug)
        if operation is Operation.create:
            if current is not None:
                raise AlreadyExistsError(
                    f"The {_named(kind, slug)} exists; change it with PUT or PATCH and its ETag.",
                    etag_of(current),
                )
        else:
            if current is None:
                raise NotFoundError(f"There is no {_named(kind, slug)}.")
            etag = etag_of(current)
            if if_match is None:
                raise PreconditionRequiredError(
                    f"Changing the {_named(kind, slug)} requires If-Match with the ETag of "
                    "the version the change was made from (GET it), so that no one else's "
                    "change is overwritten unseen."
                )
            if not if_match_holds(if_match, etag):
                raise PreconditionFailedError(
                    f"The {_named(kind, slug)} has changed since that ETag; its current ETag "
                    f"is {etag}: GET it, reapply the change, and send that ETag.",
                    etag,
                )
        if operation is Operation.patch:
            assert current is not None
            merged = json_merge_patch.merge(copy.deepcopy(kind.editable(current, before)), patch)
            try:
                body = kind.model.model_validate(merged)
            except ValidationError as exc:
                raise InvalidBodyError(exc) from exc
        if operation is Operation.retire:
            assert current is not None
            kind.retire(session, slug, before)
        else:
            assert body is not None
            unstorable = unstorable_values(body.model_dump(), kind.label)
            if unstorable:
                raise InvalidContentError(unstorable)
            if getattr(body, "slug", slug) != slug:
                raise InvalidContentError(
                    [f"slug: the slug is {slug!r} and cannot change (retire it and create anew)"]
                )
            kind.save(session, slug, body, exists=current is not None)
        after = self._commit_version(session, kind, slug)
        previous = None if current is None else kind.editable(current, before)
        public = kind.items(after).get(slug)
        if public is not None:
            editable = kind.editable(public, after)
            change = (
                [{"op": "add", "path": "", "value": editable}]
                if previous is None
                else jsonpatch.make_patch(previous, editable).patch
            )
        else:
            assert previous is not None
            editable, change = previous, []
        if previous is not None and not self._has_revisions(session, kind, slug):
            self._record_seed_version(session, kind, slug, before.version, previous)
        number = self._record(
            session, kind, slug, after.version, editor, editable, change, operation, note
        )
        result = WriteResult(
            operation=operation,
            slug=slug,
            etag=None if public is None else etag_of(public),
            body=public,
            revision=number,
            content_version=after.version,
        )
        return result, after

    def _commit_version(self, session: Session, kind: Kind, slug: str) -> ContentSnapshot:
        """Bump the version, then read the candidate content back and check it all."""
        state = session.get(ContentState, CONTENT_STATE_ID)
        assert state is not None
        state.version += 1
        state.updated_at = utcnow()
        session.flush()
        try:
            after = build_snapshot(session, self.figure_links)
            after.catalogue.check()
            written = kind.items(after).get(slug)
            if isinstance(kind, Sources):
                problems = unknown_sources(after)
            elif written is not None:
                problems = unknown_sources_of(after, kind.label, written)
            else:
                problems = []  # a retirement: what cited it fails the catalogue's checks
            problems += unasked_questions(after.mobility_limits, after.red_flags)
            if problems:
                raise InvalidContentError(problems)
        except CatalogueError as exc:
            raise InvalidContentError(exc.problems) from exc
        except ValidationError as exc:
            raise InvalidContentError([str(exc)]) from exc
        if kind.gated:
            violations = self.gate(after.catalogue)
            if violations:
                raise UnsafeChangeError(violations)
        return after

    def _has_revisions(self, session: Session, kind: Kind, slug: str) -> bool:
        return (
            session.exec(
                select(ContentRevision.id).where(
                    ContentRevision.resource == kind.resource, ContentRevision.slug == slug
                )
            ).first()
            is not None
        )

    def _record_seed_version(
        self, session: Session, kind: Kind, slug: str, version: int, body: dict[str, Any]
    ) -> None:
        """The resource as the seed made it, before its first edit: revision 1, so that the
        edit can be reverted and its patch read against it."""
        session.add(
            ContentRevision(
                resource=kind.resource,
                slug=slug,
                number=1,
                content_version=version,
                author=SEED_ORIGIN,
                origin=SEED_ORIGIN,
                body=body,
                patch=[{"op": "add", "path": "", "value": body}],
                message="As the seed file had it before the first edit.",
            )
        )
        session.flush()

    def _record(
        self,
        session: Session,
        kind: Kind,
        slug: str,
        version: int,
        editor: Editor,
        body: dict[str, Any],
        change: list[dict[str, Any]],
        operation: Operation,
        note: "Note",
    ) -> int:
        last = session.exec(
            select(func.max(ContentRevision.number)).where(
                ContentRevision.resource == kind.resource, ContentRevision.slug == slug
            )
        ).first()
        number = (last or 0) + 1
        session.add(
            ContentRevision(
                resource=kind.resource,
                slug=slug,
                number=number,
                content_version=version,
                author=editor.name,
                origin=EDITOR_ORIGIN,
                retired=operation is Operation.retire,
                body=body,
                patch=change,
                message=note.message,
                restores=note.restores,
            )
        )
        session.flush()
        return number


# -- reading the revision log -----------------------------------------------------------------


def revisions(session: Session, resource: str, slug: str) -> list[ContentRevision]:
    return list(
        session.exec(
            select(ContentRevision)
            .where(ContentRevision.resource == resource, ContentRevision.slug == slug)
            .order_by(col(ContentRevision.number))
        ).all()
    )


def revision(session: Session, resource: str, slug: str, number: int) -> ContentRevision | None:
    return session.exec(
        select(ContentRevision).where(
            ContentRevision.resource == resource,
            ContentRevision.slug == slug,
            ContentRevision.number == number,
        )
    ).first()


def changes_since(session: Session, content_version: int) -> list[ContentRevision]:
    """Every revision made after `content_version`, oldest first: what changed and what was
    retired since then (the latest revision per resource is its state now)."""
    return list(
        session.exec(
            select(ContentRevision)
            .where(ContentRevision.content_version > content_version)
            .order_by(col(ContentRevision.content_version), col(ContentRevision.id))
        ).all()
    )


def audit(
    session: Session, *, resource: str | None, author: str | None, limit: int, offset: int
) -> tuple[list[ContentRevision], int]:
    """Every write, oldest first (so a page's offset stays put as writes are added), with
    how many match."""
    query = select(ContentRevision)
    if resource is not None:
        query = query.where(ContentRevision.resource == resource)
    if author is not None:
        query = query.where(ContentRevision.author == author)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(col(ContentRevision.id)).limit(limit).offset(offset)).all()
    return list(rows), total
