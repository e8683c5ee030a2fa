"""Sparse fieldsets: `fields=slug,name` returns only those fields, in the schema's order."""

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Query
from pydantic import BaseModel, Field, create_model

from api.http.pagination import Page
from api.http.problems import FieldError, validation_problem


def accepted_fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def _drop_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def sparse(model: type[BaseModel]) -> type[BaseModel]:
    """`model` with no field required: the shape of a response to `fields=`."""
    fields: dict[str, Any] = {
        name: (
            Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation,
            Field(default=None, json_schema_extra=_drop_default),
        )
        for name, info in model.model_fields.items()
    }
    return create_model(
        f"{model.__name__}Fields",
        __doc__=f"{model.__name__} as returned with `fields=`: only the fields asked for.",
        **fields,
    )


def with_fields(model: type[BaseModel]) -> Any:
    """The response type of a read that takes `fields=`: the whole model, or the sparse one."""
    return model | sparse(model)


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
        f"Accepted: {', '.join(accepted)}.",
        examples=[",".join(accepted[:2])],
        json_schema_extra={"pattern": fields_pattern(accepted)},
    )


def page_with_fields(model: type[BaseModel]) -> Any:
    """The response type of a list read that takes `fields=`: pages of whole or sparse items."""
    item: Any = with_fields(model)
    return Page[item]


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
