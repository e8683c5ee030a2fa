"""The response cache replays public GETs — never what belongs to one request."""

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from api.db import SessionFactory
from api.main import create_app
from models.content_state import ContentState
from models.pose import Pose
from tests.support.settings import make_settings


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
    saves = [
        client.post("/v1/routines/compose", json={"pain_level": 2, "save": True}) for _ in range(2)
    ]
    assert [r.status_code for r in saves] == [201, 201]  # each one saved, none replayed
    assert saves[0].headers["location"] != saves[1].headers["location"]
    location = saves[0].headers["location"]
    assert client.get(location).headers["cache-control"].startswith("private")
    deleted = client.delete(
        location, headers={"authorization": f"Bearer {saves[0].json()['deletion_token']}"}
    )
    assert deleted.status_code == 204
    assert client.get(location).status_code == 404  # a private body is never replayed


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
    with TestClient(app) as client:
        client.get("/v1/poses/cat-cow?n=0")
        stack = app.middleware_stack
        while type(stack).__name__ != "ResponseCacheMiddleware":
            stack = stack.app
        (entry,) = stack.entries.values()
        stack.max_bytes = entry.size * 3  # room for three entries of this size
        for n in range(1, 6):
            client.get(f"/v1/poses/cat-cow?n={n}")
        client.get("/v1/poses/cat-cow?n=3")  # used again: now the most recent
        client.get("/v1/poses/cat-cow?n=6")
        kept = [key[2] for key in stack.entries]
        assert kept == [b"n=5", b"n=3", b"n=6"]
        assert stack.size_bytes == entry.size * 3
