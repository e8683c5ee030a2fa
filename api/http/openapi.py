"""The OpenAPI spec and docs: problem+json errors, the HTTP contract's headers and statuses,
examples, and ETags on the spec and docs pages themselves."""

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response

from api.http.caching import Rendered, cached_response
from api.http.problems import PROBLEM_MEDIA_TYPE, Problem

ERROR_DESCRIPTIONS = {
    404: "No such resource.",
    406: "The request's Accept header allows no JSON.",
    413: "The body is over the size cap (64 KiB by default).",
    415: "The body is not sent as application/json.",
    422: "Invalid parameters or body; `errors` lists each one with the accepted values.",
    429: "Rate limit exceeded; retry after `Retry-After` seconds.",
    500: "Unexpected error; quote `X-Request-ID` when reporting it.",
    503: "The database or the content is unavailable; retry after `Retry-After` seconds.",
}
EVERY_OPERATION_ERRORS = (406, 429, 500)


def _header(description: str) -> dict[str, Any]:
    return {"description": description, "schema": {"type": "string"}}


EVERY_RESPONSE_HEADERS = {
    "X-Request-ID": _header("The request's id: echoed when sent, made otherwise."),
    "RateLimit": _header('Quota left and seconds to reset, e.g. `"default";r=299;t=42`.'),
    "RateLimit-Policy": _header('The quota, e.g. `"default";q=300;w=60`.'),
}
GET_HEADERS = {
    "ETag": _header("Strong validator of this representation; send it in If-None-Match."),
    "Cache-Control": _header("How long shared and private caches may keep the response."),
}
LIST_HEADERS = {"Link": _header('RFC 8288 links: rel="first", "prev", "next", "last".')}
NOT_MODIFIED = {
    "description": "Not Modified: the `If-None-Match` tag is current; no body.",
    "headers": GET_HEADERS | EVERY_RESPONSE_HEADERS,
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Declare error responses; the spec gives them the problem+json media type."""
    return {
        status: {
            "model": Problem,
            "description": ERROR_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
        }
        for status in statuses
    }


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(method, op) for item in spec.get("paths", {}).values() for method, op in item.items()]


def _complete(spec: dict[str, Any], examples: dict[str, Any]) -> None:
    problem = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for method, operation in _operations(spec):
        responses = operation["responses"]
        for status in EVERY_OPERATION_ERRORS:
            responses.setdefault(
                str(status), {"description": ERROR_DESCRIPTIONS[status], "content": problem}
            )
        for status, response in responses.items():
            content = response.get("content", {})
            if status[0] in "45" and content and PROBLEM_MEDIA_TYPE not in content:
                # errors are problems whatever the success type (JSON, or a figure's SVG)
                response["content"] = {PROBLEM_MEDIA_TYPE: next(iter(content.values()))}
            headers = response.setdefault("headers", {})
            headers.update(EVERY_RESPONSE_HEADERS)
            if method == "get" and status == "200":
                headers.update(GET_HEADERS)
                if operation["operationId"].startswith("list_"):
                    headers.update(LIST_HEADERS)
        if method == "get":
            responses["304"] = NOT_MODIFIED
        example = examples.get(operation["operationId"])
        content_200 = responses.get("200", {}).get("content", {})
        for media_type in ("application/json", "image/svg+xml"):
            if example is not None and media_type in content_200:
                content_200[media_type]["example"] = example
        operation["responses"] = dict(sorted(responses.items()))


def install_openapi(app: FastAPI, examples: dict[str, Any]) -> None:
    """Serve /openapi.json and /docs (with ETags) from a spec completed by `_complete`."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
                license_info=app.license_info,
            )
            _complete(spec, examples)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    rendered: dict[str, Rendered] = {}

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_json(request: Request) -> Response:
        if "spec" not in rendered:
            rendered["spec"] = Rendered.of(openapi())
        return cached_response(request, rendered["spec"], cache_control="public, max-age=300")

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> Response:
        if "docs" not in rendered:
            page = get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} — API docs")
            rendered["docs"] = Rendered(bytes(page.body))
        return cached_response(
            request, rendered["docs"], cache_control="public, max-age=300", media_type="text/html"
        )
