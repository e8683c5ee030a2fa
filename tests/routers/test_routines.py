"""GET /v1/routines and /v1/routines/{slug_or_id}."""

import uuid

from fastapi.testclient import TestClient

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


def test_saved_compositions_are_listed_after_the_seeded(client: TestClient) -> None:
    saved = client.post("/v1/routines/compose", json={"pain_level": 2, "save": True})
    assert saved.status_code == 201
    body = client.get("/v1/routines").json()
    assert body["total"] == 2
    assert [r["kind"] for r in body["items"]] == ["seeded", "composed"]
    assert body["items"][1]["links"]["self"] == saved.headers["location"]
    page_two = client.get("/v1/routines?limit=1&offset=1").json()
    assert page_two["items"][0]["kind"] == "composed"


def test_unknown_routine_is_a_404(client: TestClient) -> None:
    for key in ("no-such-routine", str(uuid.uuid4())):
        response = client.get(f"/v1/routines/{key}")
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
