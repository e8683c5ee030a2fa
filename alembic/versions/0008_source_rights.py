"""Sources say what a partner may do with their material: `licence_url` and `rights`.

`rights` is required: rows already stored get a cautious statement (treat the source as all
rights reserved by its publisher) until `stretchbase seed`, or an editor, writes the real one.
The downgrade drops both columns.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNSTATED_RIGHTS = (
    "Not stated here: treat the source as all rights reserved by its publisher; Stretchbase "
    "cites it and paraphrases it."
)


def upgrade() -> None:
    with op.batch_alter_table("source") as batch:
        batch.add_column(sa.Column("licence_url", sa.String(), nullable=True))
        batch.add_column(
            sa.Column("rights", sa.String(), nullable=False, server_default=UNSTATED_RIGHTS)
        )


def downgrade() -> None:
    with op.batch_alter_table("source") as batch:
        batch.drop_column("rights")
        batch.drop_column("licence_url")
