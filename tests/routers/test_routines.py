"""GET /v1/routines and /v1/routines/{slug_or_id}."""

import uuid

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from api.db import SessionFactory
from models.content_state import ContentState
from models.pose import Pose
from models.routine import seeded_routine_id
from tests.seed.test_content import ARTICLE_ORDER


def test_list_has_the_seeded_routine(client: TestClient) -> None:
    body = client.get("/v1/routines").json()
    assert body["total"] == 1
    (routine,) = body["items"]
    assert routine["slug"] == "seven-best-hip-stretches"
    assert routine["kind"] == "seeded" and routine["item_count"] == 7
    assert routine["id"] == str(seeded_routine_id("seven-best-hip-stretches"))


def test_one_routine_by_slug_and_by_id(client: TestClient) -> None:
    by_slug = client.get("/v1/routines/seven-best-hip-stretches")
    by_id = client.get(f"/v1/routines/{seeded_routine_id('seven-best-hip-stretches')}")
    assert by_slug.status_code == by_id.status_code == 200
    assert by_slug.content == by_id.content
    routine = by_slug.json()
    assert [item["pose"]["slug"] for item in routine["items"]] == ARTICLE_ORDER
    first = routine["items"][0]
    assert first["dose"]["breaths"] == {"min": 5, "max": 10}
    assert len(first["steps"]) == 10
    assert routine["composition"] is None
    # 10 breaths x 6 s, 30 s, 60 s, 2 x 30 s, 30 s, 15 reps x 4 s, 10 breaths x 6 s
    assert [item["seconds"] for item in routine["items"]] == [60, 30, 60, 60, 30, 60, 60]
    assert routine["total_seconds"] == 360


def test_a_saved_composition_reads_back_as_served_after_the_content_changes(
    client: TestClient, app: FastAPI, sessions: SessionFactory
) -> None:
    saved = client.post("/v1/routines/compose", json={"pain_level": 2, "save": True})
    assert saved.status_code == 201
    location = saved.headers["location"]
    first = client.get(location)
    routine = first.json()
    assert routine["kind"] == "composed" and routine["links"]["self"] == location
    assert routine["items"] == saved.json()["items"]
    assert routine["composition"]["request"]["pain_level"] == 2
    with sessions() as session:
        session.exec(select(Pose).where(Pose.slug == "cat-cow")).one().name = "Cat-Cow (new)"
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    app.state.content.refresh()
    assert "Cat-Cow (new)" in client.get("/v1/routines/seven-best-hip-stretches").text
    again = client.get(location)
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert client.get(f"{location}?fields=id,kind").json() == {
        "id": routine["id"],
        "kind": "composed",
    }


def test_unknown_routine_is_a_404(client: TestClient) -> None:
    for key in ("no-such-routine", str(uuid.uuid4())):
        response = client.get(f"/v1/routines/{key}")
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
