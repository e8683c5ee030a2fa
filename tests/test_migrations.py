"""Migrations build the schema on every backend, and match the models exactly."""

import json

import pytest
from alembic.config import Config
from pytest_alembic.tests import (  # noqa: F401  (collected as tests)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, inspect, text

from api.bootstrap import alembic_config as project_alembic_config
from api.db import make_engine
from tests.support.databases import fresh_database_url


@pytest.fixture
def alembic_config() -> Config:
    return project_alembic_config()


@pytest.fixture
def alembic_engine(backend: str, tmp_path) -> Engine:
    engine = make_engine(fresh_database_url(backend, tmp_path))
    yield engine
    engine.dispose()


def test_constraints_follow_the_naming_convention(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        assert inspector.get_pk_constraint(table)["name"] == f"pk_{table}"
        for fk in inspector.get_foreign_keys(table):
            assert fk["name"].startswith(f"fk_{table}_"), fk
        for unique in inspector.get_unique_constraints(table):
            assert unique["name"].startswith(f"uq_{table}_"), unique


def test_0006_rewrites_content_already_stored_and_back(alembic_runner, alembic_engine) -> None:
    """A database seeded before issue 12 keeps working: references, props and the pose's
    position column are rewritten on upgrade, and restored on downgrade."""
    alembic_runner.migrate_up_to("0005")
    old_ref = {"source": "hip-stretches-article", "section": "2. Child's Pose"}
    with alembic_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO source (id, slug, title, kind, attribution, sections, sort_order,"
                " origin) VALUES (1, 'hip-stretches-article', 'Hip stretches', 'article',"
                " 'x', '[]', 0, 'seed')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO pose (id, slug, name, other_names, summary, benefits, kind,"
                " position, difficulty, target_areas, demands, dose, props, tips, media,"
                " phases, alternatives, cautions, source_id, sort_order, origin) VALUES"
                " (1, 'childs-pose', 'Child''s Pose', '[]', 's', '[]', 'static', 'kneeling',"
                " 'beginner', '[\"hips\"]', '[]', :dose, '[\"pillow\"]', '[]', '{}', '[]',"
                " '[]', :cautions, 1, 0, 'seed')"
            ),
            {
                "dose": json.dumps({"hold_seconds": {"min": 30, "max": None}, "source": old_ref}),
                "cautions": json.dumps([{"text": "Stop if it hurts.", "source": old_ref}]),
            },
        )
    alembic_runner.migrate_up_to("0006")
    with alembic_engine.connect() as connection:
        row = connection.execute(
            text("SELECT body_position, dose, props, cautions FROM pose")
        ).one()
    new_ref = {"slug": "hip-stretches-article", "section": "2. Child's Pose"}
    loaded = [json.loads(v) if isinstance(v, str) else v for v in row[1:]]
    assert row[0] == "kneeling"
    assert loaded[0]["source"] == new_ref
    assert loaded[1] == [{"name": "pillow", "optional": True, "purpose": "pillow"}]
    assert loaded[2] == [{"text": "Stop if it hurts.", "source": new_ref}]
    alembic_runner.migrate_down_to("0005")
    with alembic_engine.connect() as connection:
        row = connection.execute(text("SELECT position, dose, props FROM pose")).one()
    loaded = [json.loads(v) if isinstance(v, str) else v for v in row[1:]]
    assert row[0] == "kneeling" and loaded[0]["source"] == old_ref and loaded[1] == ["pillow"]


def test_0008_gives_sources_already_stored_a_cautious_rights_statement(
    alembic_runner, alembic_engine
) -> None:
    """A source stored before sources carried their rights reads as all rights reserved (the
    cautious reading) until the seed writes the real statement; the downgrade drops both
    columns and keeps the row."""
    alembic_runner.migrate_up_to("0007")
    with alembic_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO source (id, slug, title, kind, attribution, sections, sort_order,"
                " origin) VALUES (1, 'nhs-back-pain', 'Back pain', 'patient_information',"
                " 'x', '[]', 0, 'seed')"
            )
        )
    alembic_runner.migrate_up_to("0008")
    with alembic_engine.connect() as connection:
        row = connection.execute(text("SELECT licence_url, rights FROM source")).one()
    assert row[0] is None
    assert "all rights reserved by its publisher" in row[1]
    alembic_runner.migrate_down_to("0007")
    with alembic_engine.connect() as connection:
        assert connection.execute(text("SELECT slug FROM source")).scalar_one() == "nhs-back-pain"
    assert {c["name"] for c in inspect(alembic_engine).get_columns("source")}.isdisjoint(
        {"licence_url", "rights"}
    )


def test_0010_writes_the_patch_of_revisions_already_stored(alembic_runner, alembic_engine) -> None:
    """Revisions recorded before patches were kept get theirs from the bodies: a creation
    adds the whole body at the root, a change is the difference from the revision before,
    a retirement is empty; the downgrade drops the new columns and keeps the rows."""
    alembic_runner.migrate_up_to("0009")
    bodies = [
        ({"message": "One.", "severity": "info"}, False),
        ({"message": "Two.", "severity": "info"}, False),
        ({"message": "Two.", "severity": "info"}, True),
        ({"message": "Back.", "severity": "info"}, False),
    ]
    with alembic_engine.begin() as connection:
        for number, (body, retired) in enumerate(bodies, start=1):
            connection.execute(
                text(
                    "INSERT INTO content_revision (resource, slug, number, content_version,"
                    " author, created_at, retired, body) VALUES ('safety-rules', 'r', :n, :n,"
                    " 'anna', CURRENT_TIMESTAMP, :retired, :body)"
                ),
                {"n": number, "retired": retired, "body": json.dumps(body)},
            )
    alembic_runner.migrate_up_to("0010")
    with alembic_engine.connect() as connection:
        rows = connection.execute(
            text("SELECT patch, origin, message FROM content_revision ORDER BY number")
        ).all()
    patches = [json.loads(p) if isinstance(p, str) else p for p, _, _ in rows]
    assert patches == [
        [{"op": "add", "path": "", "value": bodies[0][0]}],
        [{"op": "replace", "path": "/message", "value": "Two."}],
        [],
        [{"op": "add", "path": "", "value": bodies[3][0]}],
    ]
    assert {(origin, message) for _, origin, message in rows} == {("editor", None)}
    alembic_runner.migrate_down_to("0009")
    assert {c["name"] for c in inspect(alembic_engine).get_columns("content_revision")}.isdisjoint(
        {"patch", "message", "origin", "restores"}
    )
