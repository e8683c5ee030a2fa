"""Content tables: sources, poses, steps, modifications, routines, content state.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _origin() -> sa.Column:
    return sa.Column("origin", sa.String(length=20), nullable=False)


def upgrade() -> None:
    op.create_table(
        "content_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seconds_per_breath", sa.Integer(), nullable=False),
        sa.Column("seconds_per_repetition", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_state")),
    )
    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("citation", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("licence", sa.String(), nullable=True),
        sa.Column("attribution", sa.String(), nullable=False),
        sa.Column("sections", JSON, nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        _origin(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
        sa.UniqueConstraint("slug", name=op.f("uq_source_slug")),
    )
    op.create_table(
        "pose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("other_names", JSON, nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("benefits", JSON, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.String(length=20), nullable=False),
        sa.Column("difficulty", sa.String(length=20), nullable=False),
        sa.Column("target_areas", JSON, nullable=False),
        sa.Column("demands", JSON, nullable=False),
        sa.Column("dose", JSON, nullable=False),
        sa.Column("props", JSON, nullable=False),
        sa.Column("tips", JSON, nullable=False),
        sa.Column("media", JSON, nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("source_section", sa.String(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        _origin(),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_pose_source_id_source"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pose")),
        sa.UniqueConstraint("slug", name=op.f("uq_pose_slug")),
    )
    op.create_index(op.f("ix_pose_sort_order"), "pose", ["sort_order"])
    op.create_index(op.f("ix_pose_source_id"), "pose", ["source_id"])
    op.create_table(
        "step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pose_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("cue", sa.String(length=20), nullable=False),
        sa.Column("hold_seconds", JSON, nullable=True),
        sa.Column("breaths", JSON, nullable=True),
        sa.Column("repetitions", JSON, nullable=True),
        sa.Column("phase", sa.String(length=40), nullable=True),
        sa.Column("source_section", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pose_id"], ["pose.id"], name=op.f("fk_step_pose_id_pose"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step")),
        sa.UniqueConstraint("pose_id", "position", name=op.f("uq_step_pose_id_position")),
    )
    op.create_index(op.f("ix_step_pose_id"), "step", ["pose_id"])
    op.create_table(
        "modification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("pose_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("instruction", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("props", JSON, nullable=False),
        sa.Column("omitted_phases", JSON, nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("source_section", sa.String(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        _origin(),
        sa.ForeignKeyConstraint(
            ["pose_id"], ["pose.id"], name=op.f("fk_modification_pose_id_pose"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_modification_source_id_source"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modification")),
        sa.UniqueConstraint("slug", name=op.f("uq_modification_slug")),
    )
    op.create_index(op.f("ix_modification_pose_id"), "modification", ["pose_id"])
    op.create_index(op.f("ix_modification_source_id"), "modification", ["source_id"])
    op.create_table(
        "routine",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_section", sa.String(), nullable=True),
        sa.Column("request", JSON, nullable=True),
        sa.Column("composition", JSON, nullable=True),
        sa.Column("content_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        _origin(),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_routine_source_id_source"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routine")),
        sa.UniqueConstraint("slug", name=op.f("uq_routine_slug")),
    )
    op.create_index(op.f("ix_routine_created_at"), "routine", ["created_at"])
    op.create_index(op.f("ix_routine_kind"), "routine", ["kind"])
    op.create_table(
        "routine_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pose_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pose_id"], ["pose.id"], name=op.f("fk_routine_item_pose_id_pose"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["routine_id"],
            ["routine.id"],
            name=op.f("fk_routine_item_routine_id_routine"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routine_item")),
        sa.UniqueConstraint(
            "routine_id", "position", name=op.f("uq_routine_item_routine_id_position")
        ),
    )
    op.create_index(op.f("ix_routine_item_pose_id"), "routine_item", ["pose_id"])
    op.create_index(op.f("ix_routine_item_routine_id"), "routine_item", ["routine_id"])


def downgrade() -> None:
    for table in ("routine_item", "routine", "modification", "step", "pose", "source"):
        op.drop_table(table)
    op.drop_table("content_state")
