"""OpenAPI details FastAPI does not produce itself: problem+json error responses."""

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.http.problems import PROBLEM_MEDIA_TYPE, Problem

ERROR_DESCRIPTIONS = {
    404: "No such resource.",
    422: "Invalid parameters or body; `errors` lists each one with the accepted values.",
    503: "The database or the content is unavailable; retry after `Retry-After` seconds.",
}


def problem_example(status: int, detail: str, instance: str) -> dict[str, Any]:
    return {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
    }


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Declare error responses; `install_openapi` gives them the problem+json media type."""
    return {
        status: {
            "model": Problem,
            "description": ERROR_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
        }
        for status in statuses
    }


def _as_problem_json(spec: dict[str, Any]) -> None:
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if status[0] in "45" and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")


def _with_examples(spec: dict[str, Any], examples: dict[str, Any]) -> None:
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            example = examples.get(operation.get("operationId"))
            content = operation.get("responses", {}).get("200", {}).get("content", {})
            if example is not None and "application/json" in content:
                content["application/json"]["example"] = example


def install_openapi(app: FastAPI, examples: dict[str, Any]) -> None:
    """Serve a spec whose errors are problem+json and whose operations carry examples."""

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
            _as_problem_json(spec)
            _with_examples(spec, examples)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
