"""A pose's `position` (standing, kneeling, …) is its `body_position`: `position` is an order
everywhere else (steps, routine items).

Both SQLite (3.25 and later) and PostgreSQL rename a column in place.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE pose RENAME COLUMN position TO body_position")


def downgrade() -> None:
    op.execute("ALTER TABLE pose RENAME COLUMN body_position TO position")
