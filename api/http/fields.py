"""Sparse fieldsets: `fields=slug,name` returns only those fields, in the schema's order."""

from collections.abc import Sequence
from typing import Any

from fastapi import Query
from pydantic import BaseModel

from api.http.problems import FieldError, validation_problem


def accepted_fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


SPARSE_MEDIA_TYPE = "application/vnd.stretchbase.fields+json"
"""The media type of a response to `fields=`: JSON with only the fields asked for. A request
without `fields` gets `application/json` and the whole resource, so the spec (and a client
generated from it) types it in full."""


def fields_media_type(selected: Sequence[str] | None) -> str:
    """The media type of a read: the whole resource, or only the fields asked for."""
    return "application/json" if selected is None else SPARSE_MEDIA_TYPE


def fields_pattern(accepted: Sequence[str]) -> str:
    name = "(?:" + "|".join(accepted) + ")"
    return f"^{name}(?:,{name})*$"


def fields_param(model: type[BaseModel]) -> Any:
    """The `fields` query parameter for reads of `model` (its accepted names in the spec's
    pattern); use as `Annotated[str | None, fields_param(Model)]`."""
    accepted = accepted_fields(model)
    return Query(
        max_length=1000,
        description="Comma-separated fields to return (sparse fieldset); all when absent. "
        f"With it, the response is `{SPARSE_MEDIA_TYPE}`: the same JSON, only those fields. "
        f"Accepted: {', '.join(accepted)}.",
        examples=[",".join(accepted[:2])],
        json_schema_extra={"pattern": fields_pattern(accepted)},
    )


def parse_fields(raw: str | None, accepted: Sequence[str]) -> tuple[str, ...] | None:
    """The requested fields in canonical order, or None for all; anything else is a 422."""
    if raw is None:
        return None
    names = raw.split(",")
    unknown = sorted({name for name in names if name not in accepted})
    if unknown:
        message = "unknown or empty field name(s): " + ", ".join(repr(n) for n in unknown)
        error = FieldError(
            location="query",
            field="fields",
            message=message,
            value=raw[:100],
            accepted=list(accepted),
        )
        raise validation_problem([error])
    return tuple(name for name in accepted if name in set(names))
