"""Negotiation, body limits and hostile requests at the edge: 406, 413, 415 — all problems."""

from fastapi.testclient import TestClient

from tests.support.problems import assert_problem

COMPOSE = "/v1/routines/compose"


def test_406_when_json_is_not_acceptable(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/poses", headers={"accept": "text/html"}), 406)
    assert "application/json" in body["detail"]


def test_json_accept_headers_are_fine(client: TestClient) -> None:
    for accept in (
        "application/json",
        "application/*",
        "*/*",
        "application/problem+json",
        "text/html, application/json;q=0.9",
        "application/vnd.api+json",
    ):
        assert client.get("/v1/poses", headers={"accept": accept}).status_code == 200, accept


def test_docs_stay_html(client: TestClient) -> None:
    response = client.get("/docs", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    # its own policy: its scripts and styles from this origin, nothing from anywhere else
    assert response.headers["content-security-policy"].startswith("default-src 'none'; script")


def test_415_for_a_body_that_is_not_json(client: TestClient) -> None:
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"content-type": content_type} if content_type else {}
        response = client.post(COMPOSE, content=b'{"pain_level": 2}', headers=headers)
        body = assert_problem(response, 415)
        assert "application/json" in body["detail"]


def test_413_for_a_body_over_the_cap(client: TestClient) -> None:
    huge = b'{"pain_level": 2, "padding": "' + b"x" * 70_000 + b'"}'
    response = client.post(COMPOSE, content=huge, headers={"content-type": "application/json"})
    assert "65536" in assert_problem(response, 413)["detail"]


def test_413_for_a_streamed_body_over_the_cap(client: TestClient) -> None:
    def chunks():
        yield b'{"pain_level": 2, "padding": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}'

    response = client.post(COMPOSE, content=chunks(), headers={"content-type": "application/json"})
    assert_problem(response, 413)


def test_security_headers(client: TestClient) -> None:
    for path in ("/v1/poses", "/v1/poses/nope", "/healthz"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert headers["x-frame-options"] == "DENY"
        assert "server" not in headers


def test_a_post_without_a_body_is_not_refused_as_not_json(client: TestClient) -> None:
    """A revert's POST carries nothing; a route that needs a body still says it is missing."""
    response = client.post(COMPOSE)
    body = assert_problem(response, 422)
    assert "body" in body["detail"]
    streamed = client.post(COMPOSE, content=iter([b"{}"]))  # chunked, no type: still a 415
    assert_problem(streamed, 415)
