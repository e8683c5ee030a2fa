"""Saved compositions move to a private, expiring table of their own.

`saved_routine` holds each saved composition compressed, with the UTC day of the save and
the SHA-256 of its deletion token. Saved compositions made before this revision were listed
publicly, had no deletion token and a timestamp to the microsecond: they cannot be made
private after the fact, so they are deleted, not moved. The `routine` table keeps the curated
routines only and loses the columns that held saved compositions. A downgrade restores those
columns empty and drops `saved_routine` with its rows (health data is not moved back into a
public list).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "saved_routine",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("codec", sa.SmallInteger(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_routine")),
    )
    op.create_index(op.f("ix_saved_routine_created_on"), "saved_routine", ["created_on"])
    op.execute("DELETE FROM routine WHERE kind = 'composed'")
    with op.batch_alter_table("routine") as batch:
        batch.drop_column("request")
        batch.drop_column("composition")
        batch.drop_column("content_version")


def downgrade() -> None:
    with op.batch_alter_table("routine") as batch:
        batch.add_column(sa.Column("request", JSON, nullable=True))
        batch.add_column(sa.Column("composition", JSON, nullable=True))
        batch.add_column(sa.Column("content_version", sa.Integer(), nullable=True))
    op.drop_index(op.f("ix_saved_routine_created_on"), table_name="saved_routine")
    op.drop_table("saved_routine")
