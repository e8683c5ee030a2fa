"""Bundle manifests: what each published bundle held (a key and a hash per resource), so that
`GET /v1/bundle?since=N` can say what changed since version N.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundle_manifest",
        sa.Column("content_version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("manifest", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("content_version", name=op.f("pk_bundle_manifest")),
    )


def downgrade() -> None:
    op.drop_table("bundle_manifest")
