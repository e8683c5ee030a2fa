"""GET /v1/routines and /v1/routines/{slug_or_id}."""

import uuid

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from api.db import SessionFactory
from models.content_state import ContentState
from models.pose import Pose
from models.routine import seeded_routine_id
from seed.schema import SeedContent


def test_list_has_the_curated_routines(client: TestClient, seed_content: SeedContent) -> None:
    body = client.get("/v1/routines").json()
    assert body["total"] == len(seed_content.routines)
    for routine, seeded in zip(body["items"], seed_content.routines, strict=True):
        assert routine["slug"] == seeded.slug
        assert routine["kind"] == "seeded" and routine["item_count"] == len(seeded.items)
        assert routine["id"] == str(seeded_routine_id(seeded.slug))


def test_one_routine_by_slug_and_by_id(client: TestClient, seed_content: SeedContent) -> None:
    seeded = seed_content.routines[0]
    by_slug = client.get(f"/v1/routines/{seeded.slug}")
    by_id = client.get(f"/v1/routines/{seeded_routine_id(seeded.slug)}")
    assert by_slug.status_code == by_id.status_code == 200
    assert by_slug.content == by_id.content
    routine = by_slug.json()
    assert [item["pose"]["slug"] for item in routine["items"]] == [i.pose for i in seeded.items]
    poses = {pose.slug: pose for pose in seed_content.public_poses()}
    for item in routine["items"]:
        pose = poses[item["pose"]["slug"]]
        assert item["dose"] == pose.dose.model_dump(mode="json")
        assert [s["text"] for s in item["steps"]] == [s.text for s in pose.steps]
        assert item["seconds"] > 0
    assert routine["composition"] is None
    assert routine["total_seconds"] == sum(item["seconds"] for item in routine["items"])


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
