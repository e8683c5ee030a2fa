"""The OpenAPI spec and docs: problem+json errors, the HTTP contract's headers and statuses,
examples, and ETags on the spec and docs pages themselves."""

import copy
import html
from collections.abc import Mapping
from http import HTTPStatus
from pathlib import Path
from typing import Any

import swagger_ui
from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.http.caching import Rendered, cached_response
from api.http.deprecation import mark_deprecations
from api.http.fields import SPARSE_MEDIA_TYPE
from api.http.openapi_examples import Example
from api.http.problems import PROBLEM_MEDIA_TYPE, Problem, ProblemError

ERROR_DESCRIPTIONS = {
    400: "More than one `Authorization` header: send one.",
    401: "No deletion token, or one that deletes nothing here (the same for an unknown id); "
    "`WWW-Authenticate` says `Bearer`.",
    404: "No such resource.",
    406: "The request's Accept header allows no JSON.",
    408: "The body did not arrive within the body timeout (10 s by default); the connection "
    "is closed.",
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


AUTHENTICATE = {
    "WWW-Authenticate": {
        "description": 'The scheme to use: `Bearer realm="saved routines"`.',
        "schema": {"type": "string"},
    }
}
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


SERVERS = [
    {
        "url": "http://127.0.0.1:8000",
        "description": "A local server (`make run`); a partner uses the host it was given.",
    }
]
SECURITY_SCHEMES = {
    "deletion_token": {
        "type": "http",
        "scheme": "bearer",
        "description": "The `deletion_token` a save returned (shown once): it deletes that "
        "saved routine and nothing else.",
    }
}
SECURITY_SCHEMES["editor_key"] = {
    "type": "http",
    "scheme": "bearer",
    "description": "An editor's API key (`stretchbase keys create --name … --scope …`, shown "
    "once): `content:write` for poses, routines, sources and the vocabulary's words, "
    "`rules:write` for safety rules. Reads need none.",
}
SECURED_OPERATIONS: dict[str, list[dict[str, list[str]]]] = {
    "delete_routine": [{"deletion_token": []}, {"editor_key": []}]
}
PAGE_PROPERTIES = {"items", "total", "limit", "offset"}
LOCATION = {"Location": _header("The saved routine: `/v1/routines/{id}`.")}


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(method, op) for item in spec.get("paths", {}).values() for method, op in item.items()]


def _optional_copy(
    schemas: dict[str, Any], name: str, copy_name: str, description: str
) -> dict[str, Any]:
    """A reference to `copy_name`: schema `name` with no member required (added once)."""
    optional = copy.deepcopy(schemas[name])
    optional.pop("required", None)
    optional["title"] = copy_name
    optional["description"] = description
    schemas.setdefault(copy_name, optional)
    return {"$ref": f"#/components/schemas/{copy_name}"}


def _sparse_schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of a `fields=` response, from the full one: the same object with no field
    required (a page of such objects, for a list)."""
    schemas = spec["components"]["schemas"]
    name = schema["$ref"].rsplit("/", 1)[1]
    full = schemas[name]
    properties = full.get("properties", {})
    if set(properties) != PAGE_PROPERTIES:
        description = f"{name} as returned with `fields=`: only the fields asked for."
        return _optional_copy(schemas, name, f"{name}Fields", description)
    # a page: the same envelope around sparse items
    item_ref = properties["items"]["items"]["$ref"]
    item = _sparse_schema(spec, {"$ref": item_ref})["$ref"].rsplit("/", 1)[1]
    sparse_name, sparse = f"{item}Page", copy.deepcopy(full)
    sparse["properties"]["items"]["items"] = {"$ref": f"#/components/schemas/{item}"}
    sparse["title"] = sparse_name
    schemas.setdefault(sparse_name, sparse)
    return {"$ref": f"#/components/schemas/{sparse_name}"}


def _title_inputs(spec: dict[str, Any]) -> None:
    """A model both written (an editor's body) and served has two schemas, `X-Input` and
    `X-Output` (a served default is always sent, so required); both carry the title `X`, and
    client generators name models by title. The input one becomes `XInput`."""
    for name, schema in spec["components"]["schemas"].items():
        if name.endswith("-Input"):
            schema["title"] = name.removesuffix("-Input") + "Input"


MERGE_PATCH = "application/merge-patch+json"


def _merge_patch_schemas(spec: dict[str, Any]) -> None:
    """A PATCH's JSON Merge Patch is typed from its resource's PUT body: the same object with
    no member required (`null` removes an optional one), so a generated client can send
    `{message}` and no more."""
    schemas = spec["components"]["schemas"]
    for item in spec.get("paths", {}).values():
        body = item.get("patch", {}).get("requestBody", {}).get("content", {}).get(MERGE_PATCH)
        put = item.get("put", {}).get("requestBody", {}).get("content", {})
        if body is None or "application/json" not in put:
            continue
        name = put["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        base = name.removesuffix("Input").removesuffix("Create").removesuffix("Spec")
        description = (
            f"A JSON Merge Patch (RFC 7396) of {name}: the members sent replace the current "
            "ones, `null` removes an optional one, a list is replaced whole."
        )
        body["schema"] = _optional_copy(schemas, name, f"{base}Patch", description)
        _patch_map_values(schemas, body["schema"])


def _patch_map_values(schemas: dict[str, Any], patch: dict[str, Any]) -> None:
    """A map's values (the vocabulary's terms, by slug) are merged member by member too: in
    the patch, each is a patch of its own (`{"red_flags": {"fever": {"question": …}}}`)."""
    name = patch["$ref"].rsplit("/", 1)[1]
    for member in schemas[name].get("properties", {}).values():
        value = member.get("additionalProperties")
        if isinstance(value, dict) and "$ref" in value:
            value_name = value["$ref"].rsplit("/", 1)[1]
            description = (
                f"A JSON Merge Patch (RFC 7396) of one {value_name}: the members sent replace "
                "the current ones, `null` removes an optional one."
            )
            base = value_name.removesuffix("Create")
            member["additionalProperties"] = _optional_copy(
                schemas, value_name, f"{base}Patch", description
            )


def _complete(spec: dict[str, Any], examples: Mapping[str, Example]) -> None:
    _merge_patch_schemas(spec)
    _title_inputs(spec)
    spec["servers"] = SERVERS
    spec["security"] = []  # reads need no credentials
    spec["components"]["securitySchemes"] = SECURITY_SCHEMES
    problem = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for method, operation in _operations(spec):
        responses = operation["responses"]
        if operation["operationId"] in SECURED_OPERATIONS:
            operation["security"] = SECURED_OPERATIONS[operation["operationId"]]
        if any(p["name"] == "fields" for p in operation.get("parameters", [])):
            content = responses["200"]["content"]
            content[SPARSE_MEDIA_TYPE] = {
                "schema": _sparse_schema(spec, content["application/json"]["schema"])
            }
        if "201" in responses:
            responses["201"].setdefault("headers", {}).update(LOCATION)
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
            if status == "401":
                headers.update(AUTHENTICATE)
            if method == "get" and status == "200":
                headers.update(GET_HEADERS)
                if operation["operationId"].startswith("list_"):
                    headers.update(LIST_HEADERS)
        if method == "get":
            responses["304"] = NOT_MODIFIED
        for status, response in responses.items():
            key = operation["operationId"] + ("" if status == "200" else f":{status}")
            example = examples.get(key)
            if example is not None and example.media_type in response.get("content", {}):
                response["content"][example.media_type]["example"] = example.body
        operation["responses"] = dict(sorted(responses.items()))


def install_openapi(app: FastAPI, examples: Mapping[str, Example]) -> None:
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
            mark_deprecations(spec, app.routes)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    rendered: dict[str, Rendered] = {}

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_json(request: Request) -> Response:
        if "spec" not in rendered:
            rendered["spec"] = Rendered.of(openapi())
        return cached_response(request, rendered["spec"], cache_control="public, max-age=300")

    install_docs(app, title=f"{app.title} — API docs")


DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
"""
DOCS_INIT = b"""window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
"""
DOCS_ASSETS = {  # path under /docs/ → (file in swagger-ui-py's static folder, media type)
    "swagger-ui.css": ("swagger-ui.css", "text/css"),
    "swagger-ui-bundle.js": ("swagger-ui-bundle.js", "text/javascript"),
    "favicon-32x32.png": ("favicon-32x32.png", "image/png"),
}
ASSET_CACHE_CONTROL = "public, max-age=86400"


def install_docs(app: FastAPI, title: str) -> None:
    """/docs: Swagger UI served from the swagger-ui-py package (no CDN: it works offline), with
    no inline script, under a CSP that allows nothing but this origin."""
    static = Path(swagger_ui.__file__).parent / "static"
    page = Rendered(DOCS_PAGE.format(title=html.escape(title)).encode())
    init = Rendered(DOCS_INIT)
    assets: dict[str, Rendered] = {}

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> Response:
        return cached_response(
            request,
            page,
            cache_control="public, max-age=300",
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": DOCS_CSP},
        )

    @app.get("/docs/init.js", include_in_schema=False)
    async def docs_init(request: Request) -> Response:
        return cached_response(
            request, init, cache_control=ASSET_CACHE_CONTROL, media_type="text/javascript"
        )

    @app.get("/docs/{asset}", include_in_schema=False)
    async def docs_asset(request: Request, asset: str) -> Response:
        if asset not in DOCS_ASSETS:
            raise ProblemError(404, "There is no such file of the docs page.")
        filename, media_type = DOCS_ASSETS[asset]
        if asset not in assets:
            assets[asset] = Rendered(await run_in_threadpool((static / filename).read_bytes))
        return cached_response(
            request, assets[asset], cache_control=ASSET_CACHE_CONTROL, media_type=media_type
        )
