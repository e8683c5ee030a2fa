"""Deprecation and sunset (RFC 9745, RFC 8594): what a client sees of an operation or a
parameter on its way out of `/v1`. Nothing on main is deprecated today, so the routes here are
registered by the test, the way a router declares them (docs/partners.md)."""

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from fastapi.testclient import TestClient

from api.db import SessionFactory
from api.http.caching import Rendered, cached_response
from api.http.deprecation import Deprecation, deprecated
from api.main import create_app
from tests.support.settings import make_settings

SINCE = datetime(2026, 11, 26, tzinfo=UTC)
SUNSET = datetime(2027, 5, 31, 23, 59, 59, tzinfo=UTC)
NOTICE = "https://stretchbase.example/docs/partners.md#deprecations"
OLD_OPERATION = Deprecation(
    since=SINCE, sunset=SUNSET, link=NOTICE, instead="Use `GET /v1/poses` instead."
)
OLD_PARAMETER = Deprecation(
    since=SINCE, link=NOTICE, instead="Use `body_position` instead.", parameter="position"
)

router = APIRouter(tags=["poses"])


@router.get("/v1/example-old", operation_id="get_example_old", summary="An old operation")
@deprecated(OLD_OPERATION)
async def get_example_old(request: Request) -> Response:
    return cached_response(request, Rendered.of({"old": True}), cache_control="public, max-age=60")


@router.get("/v1/example-renamed", operation_id="get_example_renamed", summary="A renamed filter")
@deprecated(OLD_PARAMETER)
async def get_example_renamed(
    request: Request, position: str | None = None, body_position: str | None = None
) -> Response:
    chosen = body_position or position
    return cached_response(
        request, Rendered.of({"body_position": chosen}), cache_control="public, max-age=60"
    )


@pytest.fixture
def app_with_deprecations(sessions: SessionFactory) -> FastAPI:
    app = create_app(make_settings(), sessions=sessions)
    app.include_router(router)
    return app


@pytest.fixture
def client(app_with_deprecations: FastAPI) -> Iterator[TestClient]:
    with TestClient(app_with_deprecations) as client:
        yield client


def _deprecation_headers(response: httpx.Response) -> dict[str, list[str]]:
    return {
        name: response.headers.get_list(name)
        for name in ("deprecation", "sunset", "link")
        if name in response.headers
    }


EXPECTED = {
    "deprecation": [f"@{int(SINCE.timestamp())}"],  # 2026-11-26T00:00:00Z
    "sunset": ["Mon, 31 May 2027 23:59:59 GMT"],
    "link": [f'<{NOTICE}>; rel="deprecation"', f'<{NOTICE}>; rel="sunset"'],
}


def test_a_deprecated_operation_says_so_on_every_response(client: TestClient) -> None:
    first = client.get("/v1/example-old")
    assert first.status_code == 200
    assert EXPECTED["deprecation"] == ["@1795651200"]
    assert _deprecation_headers(first) == EXPECTED
    replayed = client.get("/v1/example-old")  # from the response cache, without routing
    assert replayed.content == first.content
    assert _deprecation_headers(replayed) == EXPECTED
    revalidated = client.get("/v1/example-old", headers={"if-none-match": first.headers["etag"]})
    assert revalidated.status_code == 304
    assert _deprecation_headers(revalidated) == EXPECTED
    assert _deprecation_headers(client.head("/v1/example-old")) == EXPECTED


def test_a_deprecated_parameter_is_flagged_only_when_it_is_sent(client: TestClient) -> None:
    current = client.get("/v1/example-renamed?body_position=supine")
    assert current.json() == {"body_position": "supine"}
    assert _deprecation_headers(current) == {}
    old = client.get("/v1/example-renamed?position=supine")
    assert old.json() == {"body_position": "supine"}  # still served: not yet removed
    assert _deprecation_headers(old) == {
        "deprecation": ["@1795651200"],
        "link": [f'<{NOTICE}>; rel="deprecation"'],  # no sunset date set: no Sunset
    }


def test_browsers_may_read_the_headers(client: TestClient) -> None:
    exposed = client.get("/v1/example-old").headers["access-control-expose-headers"]
    assert {"Deprecation", "Sunset", "Link"} <= {h.strip() for h in exposed.split(",")}


def test_the_spec_marks_what_is_deprecated(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    old = paths["/v1/example-old"]["get"]
    assert old["deprecated"] is True
    assert "Deprecated since 2026-11-26; removed after 2027-05-31" in old["description"]
    assert NOTICE in old["description"]
    assert {"Deprecation", "Sunset"} <= set(old["responses"]["200"]["headers"])
    renamed = paths["/v1/example-renamed"]["get"]
    assert "deprecated" not in renamed
    by_name = {p["name"]: p for p in renamed["parameters"]}
    assert by_name["position"]["deprecated"] is True
    assert "Use `body_position` instead." in by_name["position"]["description"]
    assert "deprecated" not in by_name["body_position"]


def test_marking_one_app_leaves_every_other_spec_alone(client: TestClient) -> None:
    """Some parts of a spec are shared between operations (the 304 response): marking the
    deprecated ones must not leak the deprecation headers into any other operation or app."""
    marked = client.get("/openapi.json").json()["paths"]
    assert "Deprecation" in marked["/v1/example-old"]["get"]["responses"]["304"]["headers"]
    plain = create_app(make_settings()).openapi()["paths"]
    for spec in (marked, plain):
        for path, item in spec.items():
            if path.startswith("/v1/example-"):
                continue
            for operation in item.values():
                for status, response in operation["responses"].items():
                    assert "Deprecation" not in response.get("headers", {}), (path, status)


def test_a_notice_must_make_sense() -> None:
    with pytest.raises(ValueError, match="after the deprecation"):
        Deprecation(since=SUNSET, sunset=SINCE, link=NOTICE, instead="x")
    with pytest.raises(ValueError, match="timezone-aware"):
        Deprecation(since=datetime(2026, 11, 26), link=NOTICE, instead="x")
