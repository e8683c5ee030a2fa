"""Strict query strings for endpoints where a silently ignored parameter is dangerous.

On the rules endpoint a misspelt parameter (`red_flag=` for `red_flags=`) must not be
dropped: the person would get a routine instead of a referral. Content reads keep ignoring
unknown parameters (caches and analytics add them); README.md says which endpoints are strict.
"""

from collections import Counter
from collections.abc import Awaitable, Callable, Collection
from typing import get_origin

from fastapi import Request
from pydantic import BaseModel, BeforeValidator

from api.http.problems import MAX_ECHOED_CHARS, FieldError, validation_problem

MAX_REPORTED = 20


def strict_query(
    model: type[BaseModel], *, exclude: Collection[str] = ()
) -> Callable[[Request], Awaitable[None]]:
    """A dependency accepting exactly the model's field names as query parameters: any other
    name is a 422 naming it and the accepted ones; a repeated non-list field is a 422."""
    fields = {name: f for name, f in model.model_fields.items() if name not in exclude}
    repeatable = {name for name, f in fields.items() if get_origin(f.annotation) is list}
    accepted = list(fields)

    async def check_query(request: Request) -> None:
        counts = Counter(name for name, _ in request.query_params.multi_items())
        errors = [
            FieldError(
                location="query",
                field=name[:MAX_ECHOED_CHARS],
                message="unknown parameter",
                accepted=accepted,
            )
            for name in counts
            if name not in fields
        ]
        errors += [
            FieldError(
                location="query",
                field=name,
                message=f"given {count} times; give it once",
                value=[v[:MAX_ECHOED_CHARS] for v in request.query_params.getlist(name)][:5],
            )
            for name, count in counts.items()
            if name in fields and name not in repeatable and count > 1
        ]
        if errors:
            raise validation_problem(errors[:MAX_REPORTED])

    return check_query


def renamed_query(renamed: dict[str, str]) -> Callable[[Request], Awaitable[None]]:
    """A dependency refusing parameters that were renamed (old → new): ignoring one would
    answer a filtered request with the whole list."""

    async def check_query(request: Request) -> None:
        errors = [
            FieldError(
                location="query",
                field=old,
                message=f"renamed: use `{new}`",
                accepted=[new],
            )
            for old, new in renamed.items()
            if old in request.query_params
        ]
        if errors:
            raise validation_problem(errors)

    return check_query


async def no_query(request: Request) -> None:
    """For a POST whose input is its JSON body: a query parameter would be silently ignored
    (`?red_flags=saddle_numbness` on the POST), so any is a 422 saying where it belongs."""
    names = list(dict.fromkeys(name for name, _ in request.query_params.multi_items()))
    if names:
        raise validation_problem(
            [
                FieldError(
                    location="query",
                    field=name[:MAX_ECHOED_CHARS],
                    message="not accepted in the query string; send it in the JSON body",
                    accepted=[],
                )
                for name in names[:MAX_REPORTED]
            ]
        )


def _digits(value: object) -> object:
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError("a whole number, in digits only (e.g. 3)")
    return value


PLAIN_DIGITS = BeforeValidator(_digits)
"""An integer query parameter written in plain digits: not `3.0`, `+3`, ` 3` or `1_0`. Put it
after the `Query(ge=…, le=…)`, so that the spec states the bounds as `minimum`/`maximum`:
`Annotated[int, Query(ge=0, le=10), PLAIN_DIGITS]`."""
