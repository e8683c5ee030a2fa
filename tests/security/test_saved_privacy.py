"""Saved compositions are health data: unlisted, reachable only by an unguessable id,
deletable by the saver alone, kept for a bounded time, never cached by shared caches."""

import re
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from api.db import SessionFactory
from api.main import create_app
from api.services.saved import purge_expired
from tests.support.settings import make_settings

SAVE = {"pain_level": 5, "mobility_limits": ["pregnancy"], "save": True}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def save(client: TestClient, body: dict | None = None) -> tuple[str, str, dict]:
    response = client.post("/v1/routines/compose", json=body or SAVE)
    assert response.status_code == 201, response.text
    saved = response.json()
    return response.headers["location"], saved["deletion_token"], saved


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def test_the_list_holds_curated_routines_only(client: TestClient) -> None:
    save(client)
    body = client.get("/v1/routines").json()
    assert body["total"] == 1
    assert [r["kind"] for r in body["items"]] == ["seeded"]
    assert client.get("/v1/routines?limit=1&offset=1").json()["items"] == []


def test_the_kind_filter_takes_seeded_and_refuses_composed(client: TestClient) -> None:
    save(client)
    assert client.get("/v1/routines?kind=seeded").json()["total"] == 1
    refused = client.get("/v1/routines?kind=composed")
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    (error,) = refused.json()["errors"]
    assert error["field"] == "kind" and error["accepted"] == ["seeded"]


def test_a_save_returns_the_composition_and_a_one_time_deletion_token(
    client: TestClient,
) -> None:
    location, token, saved = save(client)
    routine_id = location.removeprefix("/v1/routines/")
    assert uuid.UUID(routine_id).version == 4  # random: 122 bits nobody can guess
    assert saved["id"] == routine_id
    assert len(token) >= 43  # 256 random bits, URL-safe base64
    assert saved["outcome"] == "routine" and saved["items"]
    assert DAY.match(saved["expires_at"])
    composed = client.post("/v1/routines/compose", json={**SAVE, "save": False}).json()
    assert {k: v for k, v in saved.items() if k in composed} == composed
    read = client.get(location)
    assert read.status_code == 200
    assert "deletion_token" not in read.text and token not in read.text


def test_the_token_is_stored_hashed(client: TestClient, session: Session) -> None:
    location, token, _ = save(client)
    routine_id = uuid.UUID(location.removeprefix("/v1/routines/"))
    row = session.execute(
        text("SELECT * FROM saved_routine WHERE id = :id"),
        {"id": routine_id.hex if session.bind.dialect.name == "sqlite" else routine_id},
    ).one()
    stored = b"".join(value if isinstance(value, bytes) else str(value).encode() for value in row)
    assert token.encode() not in stored


def test_created_at_is_a_day_and_saved_bodies_are_private(client: TestClient) -> None:
    location, _, _ = save(client)
    response = client.get(location)
    assert response.headers["cache-control"].startswith("private")
    created = response.json()["composition"]["created_at"]
    assert DAY.match(created), created
    assert date.fromisoformat(created) == datetime.now(UTC).date()


def test_delete_with_the_token(client: TestClient) -> None:
    location, token, _ = save(client)
    assert client.get(location).status_code == 200  # the response cache has seen it
    deleted = client.delete(location, headers=bearer(token))
    assert deleted.status_code == 204 and deleted.content == b""
    assert client.get(location).status_code == 404  # gone, and not replayed from a cache
    assert client.delete(location, headers=bearer(token)).status_code == 401


def test_a_wrong_or_missing_token_says_nothing_about_the_id(client: TestClient) -> None:
    location, token, _ = save(client)
    unknown = f"/v1/routines/{uuid.uuid4()}"

    def comparable(response) -> tuple:
        body = response.json()
        body.pop("instance")
        return response.status_code, response.headers["www-authenticate"], body

    wrong_on_existing = client.delete(location, headers=bearer("x" * 43))
    right_token_wrong_id = client.delete(unknown, headers=bearer(token))
    not_an_id = client.delete("/v1/routines/seven-best-hip-stretches", headers=bearer(token))
    assert wrong_on_existing.status_code == 401
    assert wrong_on_existing.headers["content-type"] == "application/problem+json"
    assert (
        comparable(wrong_on_existing) == comparable(right_token_wrong_id) == comparable(not_an_id)
    )
    missing = client.delete(location)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert comparable(missing)[2] == comparable(client.delete(unknown))[2]
    assert client.get(location).status_code == 200  # still there


def backdate(session: Session, location: str, days: int) -> None:
    routine_id = uuid.UUID(location.removeprefix("/v1/routines/"))
    session.execute(
        text("UPDATE saved_routine SET created_on = :day WHERE id = :id"),
        {
            "day": datetime.now(UTC).date() - timedelta(days=days),
            "id": routine_id.hex if session.bind.dialect.name == "sqlite" else routine_id,
        },
    )
    session.commit()


def test_expired_rows_are_never_served_and_are_purged(
    sessions: SessionFactory,
) -> None:
    app = create_app(make_settings(saved_retention_days=30), sessions=sessions)
    with TestClient(app) as client:
        old, old_token, _ = save(client)
        recent, _, _ = save(client)
        with sessions() as session:
            backdate(session, old, 30)
            backdate(session, recent, 29)
        assert client.get(old).status_code == 404  # expired, not yet purged
        assert client.delete(old, headers=bearer(old_token)).status_code == 401
        assert client.get(recent).status_code == 200
        from api.services.saved import purge_expired

        with sessions() as session:
            assert purge_expired(session, retention_days=30) == 1
            session.commit()
            assert purge_expired(session, retention_days=30) == 0
        assert client.get(recent).status_code == 200


@pytest.mark.parametrize("method", ["get", "delete"])
def test_a_malformed_id_is_not_echoed(client: TestClient, method: str) -> None:
    response = getattr(client, method)("/v1/routines/x%3Fsaddle_numbness=1")
    assert "saddle_numbness" not in response.text


def test_a_retention_of_zero_days_means_saving_is_off(sessions: SessionFactory) -> None:
    with TestClient(create_app(make_settings(), sessions=sessions)) as client:
        location, _, _ = save(client)  # saved while retention was 30 days
    app = create_app(make_settings(saved_retention_days=0), sessions=sessions)
    with TestClient(app) as client:
        refused = client.post("/v1/routines/compose", json=SAVE)
        assert refused.status_code == 422
        assert refused.headers["content-type"] == "application/problem+json"
        error = refused.json()["errors"][0]
        assert (error["field"], error["accepted"]) == ("save", ["false"])
        assert "saving is off" in refused.json()["detail"]
        assert client.post("/v1/routines/compose", json={**SAVE, "save": False}).status_code == 200
        assert client.get(location).status_code == 404  # what was kept is not served either
        with sessions() as session:
            assert session.exec(text("SELECT count(*) FROM saved_routine")).one()[0] == 1
            assert purge_expired(session, retention_days=0) == 1  # and goes at the next purge
