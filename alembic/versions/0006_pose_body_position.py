"""Issue 12's shapes, for content already in the database.

- A pose's `position` (standing, kneeling, …) is its `body_position`: `position` is an order
  everywhere else (steps, routine items). Both SQLite (3.25 and later) and PostgreSQL rename a
  column in place.
- A source reference inside the JSON columns is `{slug, section}` (was `{source, section}`).
- `props` are `{name, optional, purpose}` (were strings): a pose's props become optional, a
  modification's required, each with its name as its purpose until `stretchbase seed` (or an
  editor) writes the real one.

The downgrade reverses all three.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
JSON_COLUMNS = {
    "pose": ("dose", "cautions", "props"),
    "modification": ("props",),
    "routine": ("cautions",),
    "safety_rule": ("sources",),
    "source": ("sections",),
    "content_document": ("body",),
}
OPTIONAL_PROPS = {"pose": True, "modification": False}
SOURCE_REF_KEYS = {"slug", "section", "licence", "href"}


def _refs_to_slugs(value: Any) -> Any:
    if isinstance(value, list):
        return [_refs_to_slugs(item) for item in value]
    if isinstance(value, dict):
        if isinstance(value.get("source"), str) and set(value) <= {"source", "section"}:
            return {"slug": value["source"], "section": value.get("section")}
        return {key: _refs_to_slugs(item) for key, item in value.items()}
    return value


def _slugs_to_refs(value: Any) -> Any:
    if isinstance(value, list):
        return [_slugs_to_refs(item) for item in value]
    if isinstance(value, dict):
        if "section" in value and set(value) <= SOURCE_REF_KEYS:  # not a resource with a slug
            return {"source": value["slug"], "section": value["section"]}
        return {key: _slugs_to_refs(item) for key, item in value.items()}
    return value


def _rewrite(table_name: str, columns: Sequence[str], change: Callable[[str, Any], Any]) -> None:
    table = sa.table(table_name, sa.column("id"), *(sa.column(name, JSON) for name in columns))
    connection = op.get_bind()
    for row in connection.execute(sa.select(table)).mappings().all():
        changed = {name: change(name, row[name]) for name in columns}
        changed = {name: value for name, value in changed.items() if value != row[name]}
        if changed:
            connection.execute(sa.update(table).where(table.c.id == row["id"]).values(changed))


def upgrade() -> None:
    op.execute("ALTER TABLE pose RENAME COLUMN position TO body_position")
    for table_name, columns in JSON_COLUMNS.items():

        def change(name: str, value: Any, table_name: str = table_name) -> Any:
            if name == "props" and isinstance(value, list):
                optional = OPTIONAL_PROPS[table_name]
                return [
                    {"name": prop, "optional": optional, "purpose": prop}
                    if isinstance(prop, str)
                    else prop
                    for prop in value
                ]
            return _refs_to_slugs(value)

        _rewrite(table_name, columns, change)


def downgrade() -> None:
    for table_name, columns in JSON_COLUMNS.items():

        def change(name: str, value: Any) -> Any:
            if name == "props" and isinstance(value, list):
                return [prop["name"] if isinstance(prop, dict) else prop for prop in value]
            return _slugs_to_refs(value)

        _rewrite(table_name, columns, change)
    op.execute("ALTER TABLE pose RENAME COLUMN body_position TO position")
