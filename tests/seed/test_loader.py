"""The loader is idempotent, owns only its rows, and never leaves a partial write."""

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from api.bootstrap import run_migrations
from api.compose import Catalogue, CatalogueError
from api.compose.invariants import Invariant, Violation
from api.db import make_engine, session_factory, session_scope
from models.composition import ComposeRequest
from models.content_state import CONTENT_STATE_ID, ContentState
from models.pose import Pose
from models.routine import Routine
from models.source import Source
from models.step import Step
from seed.loader import Gate, SeedConflictError, UnsafeSeedError, apply_seed
from seed.schema import SeedContent
from tests.support.databases import fresh_database_url


@pytest.fixture
def empty_engine(backend: str, tmp_path) -> Engine:
    engine = make_engine(fresh_database_url(backend, tmp_path))
    run_migrations(engine)
    yield engine
    engine.dispose()


def _seed(engine: Engine, content: SeedContent, gate: Gate | None = None):
    with session_scope(session_factory(engine)) as session:
        return apply_seed(session, content, gate)


def _count(engine: Engine, model) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_first_run_inserts_second_changes_nothing(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    poses = len(seed_content.poses)
    steps = sum(len(p.steps) for p in seed_content.poses)
    first = _seed(empty_engine, seed_content)
    assert first.inserted["pose"] == poses and first.inserted["step"] == steps
    assert first.inserted["content_document"] == 2  # the questionnaire, the referral actions
    assert first.version == 1
    second = _seed(empty_engine, seed_content)
    assert not second.changed
    assert second.version == 1  # the content version does not move
    assert _count(empty_engine, Pose) == poses and _count(empty_engine, Step) == steps


def test_edits_update_by_slug_and_bump_the_version(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    _seed(empty_engine, seed_content)
    edited = seed_content.model_copy(deep=True)
    pose = next(p for p in edited.poses if not p.modifications)  # no step changes to break
    pose.name = "Renamed (edited)"
    pose.steps.pop()  # one step fewer
    report = _seed(empty_engine, edited)
    assert report.updated["pose"] == 1 and report.deleted["step"] == 1
    assert report.version == 2
    with Session(empty_engine) as session:
        row = session.exec(select(Pose).where(Pose.slug == pose.slug)).one()
        assert row.name == "Renamed (edited)"


def test_never_touches_rows_it_did_not_create(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    _seed(empty_engine, seed_content)
    with session_scope(session_factory(empty_engine)) as session:
        session.add(
            Routine(name="mine", description="a saved routine", kind="composed", origin="api")
        )
    _seed(empty_engine, seed_content)
    with Session(empty_engine) as session:
        assert session.exec(select(Routine).where(Routine.origin == "api")).one().name == "mine"


def test_a_slug_taken_by_someone_else_is_a_conflict(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    _seed(empty_engine, seed_content)
    with session_scope(session_factory(empty_engine)) as session:
        pose = session.exec(select(Pose).where(Pose.slug == "pelvic-tilt")).one()
        pose.origin = "editor"
    edited = seed_content.model_copy(deep=True)
    edited.sources[0].title = "A new title"  # synced before the poses, then rolled back
    with pytest.raises(SeedConflictError, match="pelvic-tilt"):
        _seed(empty_engine, edited)
    with Session(empty_engine) as session:
        assert (
            session.exec(select(Source).where(Source.slug == edited.sources[0].slug)).one().title
            != "A new title"
        )
        assert session.get(ContentState, CONTENT_STATE_ID).version == 1


def test_an_invalid_rule_base_writes_nothing(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    broken = seed_content.model_copy(deep=True)
    broken.safety_rules = [r for r in broken.safety_rules if r.slug != "red-flag-fever"]
    with pytest.raises(ValueError, match="red flag fever has no rule"):
        _seed(empty_engine, broken)
    assert _count(empty_engine, Pose) == 0
    with Session(empty_engine) as session:
        assert session.get(ContentState, CONTENT_STATE_ID) is None


def test_a_step_change_naming_a_missing_step_is_refused_before_writing(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    _seed(empty_engine, seed_content)
    edited = seed_content.model_copy(deep=True)
    goddess = next(p for p in edited.poses if p.slug == "goddess-pose")
    goddess.steps.pop()  # its modifications rewrite step 10
    with pytest.raises(CatalogueError, match="goddess-pose has no step 10"):
        _seed(empty_engine, edited)


class _RecordingGate:
    """A stand-in for the safety gate: records what it judged, finds what it is told to."""

    def __init__(self, violations: list[Violation] | None = None) -> None:
        self.judged: list[Catalogue] = []
        self.violations = violations or []

    def __call__(self, catalogue: Catalogue) -> list[Violation]:
        self.judged.append(catalogue)
        return self.violations


def test_the_gate_judges_a_seed_that_changes_something_and_only_that(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    gate = _RecordingGate()
    _seed(empty_engine, seed_content, gate)  # the first seed of a database writes everything
    assert len(gate.judged) == 1
    _seed(empty_engine, seed_content, gate)  # a restart on unchanged content does not pay it
    assert len(gate.judged) == 1
    edited = seed_content.model_copy(deep=True)
    edited.poses[0].name = "Renamed (edited)"
    _seed(empty_engine, edited, gate)
    assert len(gate.judged) == 2
    judged = gate.judged[-1]  # the content the seed leaves, at its new version
    assert judged.version == 2
    assert judged.poses[edited.poses[0].slug].ref.name == "Renamed (edited)"


def test_a_seed_the_gate_refuses_writes_nothing(
    empty_engine: Engine, seed_content: SeedContent
) -> None:
    _seed(empty_engine, seed_content)
    edited = seed_content.model_copy(deep=True)
    edited.poses[0].name = "Renamed (edited)"
    violation = Violation(
        invariant=Invariant.red_flag_refers,
        message="red flag saddle_numbness must refer (emergency); the content gives outcome "
        "routine.",
        request=ComposeRequest(pain_level=0, red_flags=["saddle_numbness"]),
    )
    with pytest.raises(UnsafeSeedError) as refused:
        _seed(empty_engine, edited, _RecordingGate([violation]))
    assert str(refused.value).startswith(
        "the safety gate refuses this content (red_flag_refers); nothing was written:\n"
        "- red_flag_refers: red flag saddle_numbness must refer (emergency); the content gives "
        'outcome routine. Counterexample: {"pain_level": 0, "red_flags": ["saddle_numbness"]}'
    )
    with Session(empty_engine) as session:
        assert session.get(ContentState, CONTENT_STATE_ID).version == 1
        pose = session.exec(select(Pose).where(Pose.slug == edited.poses[0].slug)).one()
        assert pose.name == seed_content.poses[0].name
