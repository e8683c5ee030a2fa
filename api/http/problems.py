"""RFC 9457 problem details for every error: one renderer for handlers and middleware alike.

Written here rather than taken from fastapi-problem because every problem needs our
`instance`, validation errors need the accepted values, and the middleware (413, 415, 406,
429) must render the same body outside FastAPI's exception handlers.
"""

import json
import logging
import re
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import pydantic_core
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import Message

from api.compose import UnknownBaseRoutineError
from api.content.rendered import Rendered
from api.content.store import ContentUnavailableError
from api.http.caching import cached_response

logger = logging.getLogger("stretchbase.problems")

PROBLEM_MEDIA_TYPE = "application/problem+json"
MAX_ECHOED_CHARS = 100
DATABASE_RETRY_AFTER_SECONDS = 5
UNEXPECTED_DETAIL = (
    "An unexpected error occurred. It has been logged; "
    "quote the X-Request-ID header if you report it."
)


SAFE_SEGMENT = re.compile(r"[A-Za-z0-9._~-]{1,80}")
QUERY_MARK = re.compile(r"[?#]|%3f|%23", re.IGNORECASE)


def public_path(path: str) -> str:
    """The path as it may be logged or echoed: cut at a `?` or `#` (decoded or still
    percent-encoded), which smuggles a query into the path — and a query can hold what a
    person reported."""
    return QUERY_MARK.split(path, maxsplit=1)[0]


def echo(segment: str) -> str:
    """A path segment quoted in an error detail, when it looks like a slug or an id; a
    generic phrase otherwise (never what a client smuggled into the path)."""
    return repr(segment) if SAFE_SEGMENT.fullmatch(segment) else "at this path"


class FieldError(BaseModel):
    location: str = Field(description="Where the bad value was: query, path, header or body.")
    field: str = Field(description="The parameter or body field, e.g. mobility_limits[0].")
    message: str
    value: Any = Field(default=None, description="The value received (strings are truncated).")
    accepted: list[str] | None = Field(default=None, description="The values that are accepted.")


class Problem(BaseModel):
    """An RFC 9457 problem; `errors` lists each invalid field of a 422. (Not a `Schema`:
    absent members are left out, so `errors`, and a field error's `value` and `accepted`, are
    optional in the spec as on the wire.)"""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str
    errors: list[FieldError] | None = None


class ProblemError(Exception):
    """Raise anywhere to answer with a problem."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


def problem_body(
    status: int, detail: str, instance: str, errors: list[FieldError] | None = None
) -> bytes:
    problem = Problem(
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=public_path(instance),
        errors=errors,
    )
    return pydantic_core.to_json(problem.model_dump(exclude_none=True))


async def send_problem(
    send: Callable[[Message], Awaitable[None]],
    status: int,
    detail: str,
    instance: str,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """Send a problem straight over ASGI, for middleware outside FastAPI's handlers."""
    body = problem_body(status, detail, instance)
    raw = [(b"cache-control", b"no-store"), *(headers or [])]
    raw.append((b"content-type", PROBLEM_MEDIA_TYPE.encode()))
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A problem for a request FastAPI routed (gzipped like any body when large)."""
    rendered = Rendered(problem_body(status, detail, request.url.path, errors))
    return cached_response(
        request,
        rendered,
        cache_control="no-store",
        status_code=status,
        headers=headers,
        media_type=PROBLEM_MEDIA_TYPE,
        etag=False,
    )


def validation_problem(errors: list[FieldError]) -> ProblemError:
    count = f"{len(errors)} invalid value{'s' if len(errors) != 1 else ''}"
    parts = []
    for error in errors[:5]:
        accepted = f" (accepted: {', '.join(error.accepted)})" if error.accepted else ""
        parts.append(f"{error.location}.{error.field}: {error.message}{accepted}")
    return ProblemError(422, f"{count}: " + "; ".join(parts), errors=errors)


class DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def without_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json.loads`' object_pairs_hook: a key named twice raises (a ValueError)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKeyError(key)
        seen[key] = value
    return seen


def duplicate_key_problem(exc: DuplicateKeyError) -> ProblemError:
    error = FieldError(location="body", field=_echo(exc.key[:100]), message="the key appears twice")
    return validation_problem([error])


async def reject_duplicate_keys(request: Request) -> None:
    """A JSON body that names a key twice is ambiguous (which one counts?): a 422, not a guess."""
    try:
        json.loads(await request.body(), object_pairs_hook=without_duplicate_keys)
    except DuplicateKeyError as exc:
        raise duplicate_key_problem(exc) from exc
    except (ValueError, RecursionError):
        return  # not JSON at all: FastAPI's own parsing answers that


def _field_path(parts: tuple[Any, ...]) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _echo(value: Any) -> Any:
    if isinstance(value, str):  # a lone surrogate cannot be sent as UTF-8: it becomes "?"
        return value[:MAX_ECHOED_CHARS].encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, bool | int | float) and abs(value) < 2**53:
        return value
    return None


def _accepted(error: dict[str, Any], request: Request) -> list[str] | None:
    expected = (error.get("ctx") or {}).get("expected")
    if error["type"] in {"enum", "literal_error"} and isinstance(expected, str):
        return re.findall(r"'([^']*)'", expected)
    if error["type"] == "extra_forbidden" and len(error["loc"]) == 2:
        body_field = getattr(request.scope.get("route"), "body_field", None)
        body_model = getattr(getattr(body_field, "field_info", None), "annotation", None)
        if isinstance(body_model, type) and issubclass(body_model, BaseModel):
            return list(body_model.model_fields)
    return None


PLAIN_MESSAGES = {
    "missing": "required",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "list_type": "must be a list (leave it out for none)",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": "must be a string",
}


def _message(error: dict[str, Any]) -> str:
    if error["type"] in {"enum", "literal_error"}:
        return "not an accepted value"
    if error["type"] == "json_invalid":
        return f"invalid JSON: {(error.get('ctx') or {}).get('error', 'cannot parse')}"
    if error["type"] == "missing" and error["loc"] == ("body",):
        return "a JSON body is required"
    if error["type"] == "extra_forbidden":
        return "unknown field"
    return PLAIN_MESSAGES.get(error["type"], str(error["msg"]).removeprefix("Value error, "))


def describe_validation_errors(exc: RequestValidationError, request: Request) -> list[FieldError]:
    described = []
    for error in exc.errors():
        location, *rest = error["loc"] or ("body",)
        field = _field_path(tuple(rest)) if rest and error["type"] != "json_invalid" else "(body)"
        described.append(
            FieldError(
                location=str(location),
                field=field if rest else f"({location})",
                message=_message(error),
                value=None if error["type"] == "missing" else _echo(error.get("input")),
                accepted=_accepted(error, request),
            )
        )
    return described


FASTAPI_BODY_ERROR = "There was an error parsing the body"  # fastapi.routing, body parsing
GENERIC_DETAILS = {
    404: "There is no resource at this path; the API's paths are listed at /docs.",
    405: "This method is not allowed here.",
}


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProblemError)
    return problem_response(request, exc.status, exc.detail, errors=exc.errors, headers=exc.headers)


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = exc.detail
    if not detail or detail == HTTPStatus(exc.status_code).phrase:
        detail = GENERIC_DETAILS.get(exc.status_code, HTTPStatus(exc.status_code).phrase)
    headers = dict(exc.headers or {})
    if exc.status_code == 400 and detail == FASTAPI_BODY_ERROR:  # not UTF-8, nested too deep
        message = "cannot be read as JSON (invalid UTF-8, or nested too deeply)"
        problem = validation_problem([FieldError(location="body", field="(body)", message=message)])
        return await _on_problem(request, problem)
    if exc.status_code == 405:
        allowed = request.app.state.routes.methods_for(request.url.path) or set()
        headers["Allow"] = ", ".join(sorted(allowed))
        detail = f"{request.method} is not allowed here; allowed: {headers['Allow']}."
    return problem_response(request, exc.status_code, str(detail), headers=headers)


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problem = validation_problem(describe_validation_errors(exc, request))
    return await _on_problem(request, problem)


async def _on_database_error(request: Request, exc: Exception) -> Response:
    logger.warning("database unavailable: %s", type(exc).__name__)
    return problem_response(
        request,
        503,
        "The database is unavailable; retry shortly.",
        headers={"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)},
    )


async def _on_unknown_base_routine(request: Request, exc: Exception) -> Response:
    """The composer's UnknownBaseRoutineError: the request named a routine there is not."""
    assert isinstance(exc, UnknownBaseRoutineError)
    error = FieldError(
        location="query" if request.method in ("GET", "HEAD") else "body",
        field="base_routine",
        message=f"unknown routine {exc.slug[:MAX_ECHOED_CHARS]!r}",
        value=exc.slug[:MAX_ECHOED_CHARS],
        accepted=exc.accepted,
    )
    problem = validation_problem([error])
    return problem_response(request, 422, problem.detail, errors=problem.errors)


async def _on_content_unavailable(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ContentUnavailableError)
    headers = {"Retry-After": str(exc.retry_after_seconds)}
    return problem_response(request, 503, str(exc), headers=headers)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(HTTPException, _on_http_exception)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(DBAPIError, _on_database_error)
    app.add_exception_handler(PoolTimeoutError, _on_database_error)
    app.add_exception_handler(ContentUnavailableError, _on_content_unavailable)
    app.add_exception_handler(UnknownBaseRoutineError, _on_unknown_base_routine)
    # Anything else is answered 500 by the edge (api/http/edge.py), which wraps the app.
