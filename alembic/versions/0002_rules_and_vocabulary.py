"""The rule base and the questionnaire vocabulary.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "safety_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("trigger", JSON, nullable=False),
        sa.Column("effect", JSON, nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("message", sa.String(), nullable=False),
        sa.Column("rationale", sa.String(), nullable=False),
        sa.Column("sources", JSON, nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_rule")),
        sa.UniqueConstraint("slug", name=op.f("uq_safety_rule_slug")),
    )
    op.create_index(op.f("ix_safety_rule_kind"), "safety_rule", ["kind"])
    op.create_index(op.f("ix_safety_rule_severity"), "safety_rule", ["severity"])
    op.create_table(
        "vocabulary_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("question", sa.String(), nullable=False),
        sa.Column("help_text", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocabulary_term")),
        sa.UniqueConstraint("kind", "slug", name=op.f("uq_vocabulary_term_kind_slug")),
    )


def downgrade() -> None:
    op.drop_table("vocabulary_term")
    op.drop_table("safety_rule")
