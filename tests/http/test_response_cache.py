"""The response cache replays public GETs — never what belongs to one request."""

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from api.db import SessionFactory
from api.main import create_app
from models.content_state import ContentState
from models.pose import Pose
from tests.conftest import make_settings


def test_a_replayed_response_is_the_same_body_with_its_own_request_headers(
    sessions: SessionFactory,
) -> None:
    app = create_app(make_settings(rate_limit="10/minute"), sessions=sessions)
    with TestClient(app) as client:
        first = client.get("/v1/poses/cat-cow")
        second = client.get("/v1/poses/cat-cow")
        assert second.content == first.content and second.headers["etag"] == first.headers["etag"]
        assert second.headers["x-request-id"] != first.headers["x-request-id"]
        assert first.headers["ratelimit"] != second.headers["ratelimit"]  # counted each time
        assert second.headers.get_list("x-request-id") == [second.headers["x-request-id"]]


def test_errors_and_private_responses_are_not_replayed(client: TestClient) -> None:
    assert client.get("/v1/poses?limit=500").status_code == 422
    assert client.get("/v1/poses?limit=500").status_code == 422
    saved = client.post("/v1/routines/compose", json={"pain_level": 2, "save": True})
    assert saved.status_code == 201
    assert client.get("/v1/routines").json()["total"] == 2  # the list is not replayed stale
    client.post("/v1/routines/compose", json={"pain_level": 2, "save": True})
    assert client.get("/v1/routines").json()["total"] == 3


def test_head_and_conditional_requests_are_answered_from_it(client: TestClient) -> None:
    first = client.get("/v1/poses/cat-cow")
    head = client.head("/v1/poses/cat-cow")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == first.headers["etag"]
    revalidated = client.get("/v1/poses/cat-cow", headers={"if-none-match": first.headers["etag"]})
    assert revalidated.status_code == 304 and revalidated.content == b""


def test_a_new_content_version_empties_it(
    client: TestClient, app: FastAPI, sessions: SessionFactory
) -> None:
    assert client.get("/v1/poses/pelvic-tilt").json()["name"] == "The Pelvic Tilt"
    with sessions() as session:
        session.exec(
            select(Pose).where(Pose.slug == "pelvic-tilt")
        ).one().name = "Pelvic Tilt (new)"
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    app.state.content.refresh()
    assert client.get("/v1/poses/pelvic-tilt").json()["name"] == "Pelvic Tilt (new)"


def test_unverifiable_content_is_not_served_from_it(client: TestClient, app: FastAPI) -> None:
    assert client.get("/v1/poses/cat-cow").status_code == 200
    app.state.content.verified_at = float("-inf")  # as when the database has been away too long
    response = client.get("/v1/poses/cat-cow")
    assert response.status_code == 503
    assert response.headers["retry-after"]


def test_it_is_bounded_and_forgets_the_least_recent(sessions: SessionFactory) -> None:
    app = create_app(make_settings(), sessions=sessions)
    cache = next(m for m in app.user_middleware if m.cls.__name__ == "ResponseCacheMiddleware")
    cache.kwargs["max_entries"] = 3
    with TestClient(app) as client:
        for offset in range(6):
            client.get(f"/v1/poses?offset={offset}")
        client.get("/v1/poses?offset=3")  # used again: now the most recent
        client.get("/v1/poses?offset=6")
        stack = app.middleware_stack
        while type(stack).__name__ != "ResponseCacheMiddleware":
            stack = stack.app
        kept = [key[2] for key in stack.entries]
        assert kept == [b"offset=5", b"offset=3", b"offset=6"]
