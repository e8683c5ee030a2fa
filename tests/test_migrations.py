"""Migrations build the schema on every backend, and match the models exactly."""

import pytest
from alembic.config import Config
from pytest_alembic.tests import (  # noqa: F401  (collected as tests)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, inspect

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
