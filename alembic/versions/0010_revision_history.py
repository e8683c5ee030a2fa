"""Revision history: what changed, why, and what a revert restored.

- `content_revision.patch`: the RFC 6902 JSON Patch from the previous revision's body to this
  one's, back-filled for the revisions already recorded (a creation is one `add` at the root;
  a retirement is empty).
- `content_revision.message`: the editor's optional note (`Revision-Message`).
- `content_revision.origin`: `editor`, or `seed` for the seed's version of a resource,
  recorded with its first edit.
- `content_revision.restores`: for a revert, the revision it restored.

The downgrade drops the four columns.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import jsonpatch
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("content_revision") as batch:
        batch.add_column(sa.Column("patch", JSON, nullable=True))
        batch.add_column(sa.Column("message", sa.String(length=500), nullable=True))
        batch.add_column(
            sa.Column("origin", sa.String(length=20), nullable=False, server_default="editor")
        )
        batch.add_column(sa.Column("restores", sa.Integer(), nullable=True))
    revisions = sa.table(
        "content_revision",
        sa.column("id", sa.Integer()),
        sa.column("resource", sa.String()),
        sa.column("slug", sa.String()),
        sa.column("number", sa.Integer()),
        sa.column("retired", sa.Boolean()),
        sa.column("body", JSON),
        sa.column("patch", JSON),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            revisions.c.id,
            revisions.c.resource,
            revisions.c.slug,
            revisions.c.retired,
            revisions.c.body,
        ).order_by(revisions.c.resource, revisions.c.slug, revisions.c.number)
    ).all()
    previous: dict[tuple[str, str], object] = {}
    for row in rows:
        key = (row.resource, row.slug)
        before = previous.get(key)
        if row.retired:
            patch: list[dict[str, object]] = []
            previous.pop(key, None)
        else:
            patch = (
                [{"op": "add", "path": "", "value": row.body}]
                if before is None
                else jsonpatch.make_patch(before, row.body).patch
            )
            previous[key] = row.body
        connection.execute(sa.update(revisions).where(revisions.c.id == row.id).values(patch=patch))
    with op.batch_alter_table("content_revision") as batch:
        batch.alter_column("patch", existing_type=JSON, nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("content_revision") as batch:
        batch.drop_column("restores")
        batch.drop_column("origin")
        batch.drop_column("message")
        batch.drop_column("patch")
