"""GET /v1/bundle: every public resource at one content version, as each endpoint serves it."""

import gzip

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from api.db import SessionFactory
from models.content_state import ContentState
from models.pose import Pose

MAX_GZIPPED_BYTES = 150 * 1024  # the seeded content's budget (issue 15)


def items(client: TestClient, path: str) -> list[dict]:
    return client.get(path, params={"limit": 100}).json()["items"]


def test_every_resource_is_as_its_own_endpoint_serves_it(client: TestClient) -> None:
    bundle = client.get("/v1/bundle").json()
    poses = items(client, "/v1/poses")
    assert [p["slug"] for p in bundle["poses"]] == [p["slug"] for p in poses]
    for pose in bundle["poses"]:
        assert pose == client.get(f"/v1/poses/{pose['slug']}").json()
    routines = items(client, "/v1/routines")
    assert bundle["routines"] == [client.get(r["links"]["self"]).json() for r in routines]
    assert bundle["safety_rules"] == items(client, "/v1/safety-rules")
    assert bundle["mobility_limits"] == items(client, "/v1/mobility-limits")
    assert bundle["red_flags"] == items(client, "/v1/red-flags")
    assert bundle["sources"] == items(client, "/v1/sources")
    assert bundle["questionnaire"] == client.get("/v1/questionnaire").json()
    readiness = client.get("/readyz").json()
    assert bundle["content_version"] == readiness["content_version"]
    assert bundle["rule_language_version"]


def test_gzip_and_identity_are_the_same_json_and_revalidate(client: TestClient) -> None:
    zipped = client.get("/v1/bundle", headers={"accept-encoding": "gzip"})
    plain = client.get("/v1/bundle", headers={"accept-encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert zipped.json() == plain.json()
    assert int(plain.headers["content-length"]) == len(plain.content)
    for response in (zipped, plain):
        again = client.get("/v1/bundle", headers={"if-none-match": response.headers["etag"]})
        assert again.status_code == 304 and again.content == b""


def test_the_seeded_bundle_is_within_its_size_budget(client: TestClient) -> None:
    body = client.get("/v1/bundle", headers={"accept-encoding": "identity"}).content
    assert len(gzip.compress(body, compresslevel=6)) <= MAX_GZIPPED_BYTES


def test_a_new_content_version_gives_a_new_bundle(
    client: TestClient, app: FastAPI, sessions: SessionFactory
) -> None:
    before = client.get("/v1/bundle")
    with sessions() as session:
        session.exec(select(Pose).where(Pose.slug == "pelvic-tilt")).one().name = "Tilt (new)"
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    app.state.content.refresh()
    after = client.get("/v1/bundle", headers={"if-none-match": before.headers["etag"]})
    assert after.status_code == 200  # never a 304 for changed content
    assert after.headers["etag"] != before.headers["etag"]
    assert "Tilt (new)" in [p["name"] for p in after.json()["poses"]]
    assert after.json()["content_version"] == before.json()["content_version"] + 1
