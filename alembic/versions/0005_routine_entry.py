"""The table of a routine's poses is named after its model: `routine_item` → `routine_entry`.

`RoutineItem` is the public schema of an item in a served routine; the stored row is a
`RoutineEntry`. Its constraints and indexes follow the table's new name. On PostgreSQL the
table, constraints, indexes and id sequence are renamed in place; SQLite cannot rename a
constraint, so there the table is rebuilt and its rows copied (a few dozen rows: the curated
routines' poses).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "id, routine_id, position, pose_id, priority"


def _names(table: str) -> dict[str, str]:
    """Every named constraint and index of the table, by what it is."""
    return {
        "pk": f"pk_{table}",
        "fk_pose": f"fk_{table}_pose_id_pose",
        "fk_routine": f"fk_{table}_routine_id_routine",
        "uq": f"uq_{table}_routine_id_position",
        "ix_pose": f"ix_{table}_pose_id",
        "ix_routine": f"ix_{table}_routine_id",
    }


def _create(table: str) -> None:
    names = _names(table)
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pose_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pose_id"], ["pose.id"], name=names["fk_pose"], ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["routine_id"], ["routine.id"], name=names["fk_routine"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=names["pk"]),
        sa.UniqueConstraint("routine_id", "position", name=names["uq"]),
    )
    op.create_index(names["ix_pose"], table, ["pose_id"])
    op.create_index(names["ix_routine"], table, ["routine_id"])


def _rename(old: str, new: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.rename_table(old, new)
        old_names, new_names = _names(old), _names(new)
        for kind in ("pk", "fk_pose", "fk_routine", "uq"):
            op.execute(
                f"ALTER TABLE {new} RENAME CONSTRAINT {old_names[kind]} TO {new_names[kind]}"
            )
        for kind in ("ix_pose", "ix_routine"):
            op.execute(f"ALTER INDEX {old_names[kind]} RENAME TO {new_names[kind]}")
        op.execute(f"ALTER SEQUENCE {old}_id_seq RENAME TO {new}_id_seq")
        return
    _create(new)
    op.execute(f"INSERT INTO {new} ({COLUMNS}) SELECT {COLUMNS} FROM {old}")  # noqa: S608
    op.drop_table(old)


def upgrade() -> None:
    _rename("routine_item", "routine_entry")


def downgrade() -> None:
    _rename("routine_entry", "routine_item")
