"""Every error is an RFC 9457 problem: no HTML, no stack trace."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.exceptions import HTTPException

from tests.support.problems import assert_problem


def test_unknown_path_is_404(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/nowhere"), 404)
    assert body["instance"] == "/v1/nowhere"


def test_wrong_method_is_405_with_allow(client: TestClient) -> None:
    response = client.delete("/v1/poses/childs-pose/steps")
    body = assert_problem(response, 405)
    assert response.headers["allow"] == "GET, HEAD"
    assert "DELETE" in body["detail"]


def test_allow_lists_every_method_of_the_path(client: TestClient) -> None:
    response = client.put(
        "/v1/routines/compose", content=b"x", headers={"content-type": "text/plain"}
    )
    assert_problem(response, 405)  # not 415: the path takes no PUT at all
    assert response.headers["allow"] == "GET, HEAD, POST"
    rule = client.post("/v1/safety-rules/limit-cannot-kneel", json={})
    assert_problem(rule, 405)
    assert rule.headers["allow"] == "DELETE, GET, HEAD, PATCH, PUT"
    # a concrete path wins over /v1/routines/{slug_or_id}, which takes DELETE
    deleted = client.delete("/v1/routines/compose")
    assert_problem(deleted, 405)
    assert deleted.headers["allow"] == "GET, HEAD, POST"


@pytest.mark.parametrize("path", ["/metrics", "/docs", "/openapi.json", "/healthz"])
def test_routes_outside_the_spec_name_their_methods_too(client: TestClient, path: str) -> None:
    for method in ("POST", "DELETE", "OPTIONS"):  # OPTIONS (no preflight) reaches the router
        response = client.request(method, path)
        body = assert_problem(response, 405)
        assert response.headers["allow"] == "GET, HEAD"
        assert body["detail"].endswith("allowed: GET, HEAD.")


def test_validation_is_422_with_errors(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/poses?limit=1000"), 422)
    assert body["errors"][0]["field"] == "limit"
    assert "100" in body["errors"][0]["message"]


def test_unexpected_error_is_500_without_internals(app: FastAPI) -> None:
    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("secret internal detail")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/v1/boom")
    body = assert_problem(response, 500)
    assert "secret" not in response.text
    assert "X-Request-ID" in body["detail"]


def test_problems_are_not_cached(client: TestClient) -> None:
    assert client.get("/v1/poses/nope").headers["cache-control"] == "no-store"


def test_a_400_of_our_own_stays_a_400(app: FastAPI) -> None:
    """Only FastAPI's "cannot parse the body" becomes a 422; other 400s keep their meaning."""

    @app.get("/v1/bad-request")
    async def bad_request() -> None:
        raise HTTPException(400, "the widget is upside down")

    with TestClient(app) as client:
        body = assert_problem(client.get("/v1/bad-request"), 400)
    assert body["detail"] == "the widget is upside down"
