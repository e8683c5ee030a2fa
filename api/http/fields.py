"""Sparse fieldsets: `fields=slug,name` returns only those fields, in the schema's order."""

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Query
from pydantic import BaseModel

from api.http.problems import FieldError, validation_problem

FieldsQuery = Annotated[
    str | None,
    Query(
        max_length=1000,
        description="Comma-separated fields to return (sparse fieldset); all fields when absent.",
        examples=["slug,name,dose"],
    ),
]


def accepted_fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def parse_fields(raw: str | None, accepted: Sequence[str]) -> tuple[str, ...] | None:
    """The requested fields in canonical order, or None for all; unknown names are a 422."""
    if raw is None:
        return None
    names = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = sorted(names - set(accepted))
    if unknown or not names:
        message = f"unknown field(s): {', '.join(unknown)}" if unknown else "no field named"
        raise validation_problem(
            [
                FieldError(
                    location="query",
                    field="fields",
                    message=message,
                    value=raw[:100],
                    accepted=list(accepted),
                )
            ]
        )
    return tuple(name for name in accepted if name in names)


def project(item: dict[str, Any], fields: tuple[str, ...] | None) -> dict[str, Any]:
    return item if fields is None else {name: item[name] for name in fields}
