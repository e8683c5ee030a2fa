"""Safety, round two: phases, alternatives and cautions on poses; demand and step changes on
modifications; durations on steps; conditional questions; content documents (questionnaire,
referral actions).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
EMPTY_LIST = sa.text("'[]'")

NEW_LIST_COLUMNS = {
    "pose": ("phases", "alternatives", "cautions"),
    "modification": ("removes_demands", "adds_demands", "step_changes"),
    "routine": ("cautions",),
}


def upgrade() -> None:
    for table, columns in NEW_LIST_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(column, JSON, nullable=False, server_default=EMPTY_LIST))
    with op.batch_alter_table("vocabulary_term") as batch:
        batch.add_column(sa.Column("ask_if", JSON, nullable=True))
    with op.batch_alter_table("step") as batch:
        batch.add_column(sa.Column("duration_seconds", JSON, nullable=True))
    op.create_table(
        "content_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("body", JSON, nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_document")),
        sa.UniqueConstraint("slug", name=op.f("uq_content_document_slug")),
    )


def downgrade() -> None:
    op.drop_table("content_document")
    with op.batch_alter_table("step") as batch:
        batch.drop_column("duration_seconds")
    with op.batch_alter_table("vocabulary_term") as batch:
        batch.drop_column("ask_if")
    for table, columns in NEW_LIST_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in reversed(columns):
                batch.drop_column(column)
