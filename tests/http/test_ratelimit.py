"""Per-client rate limits with RateLimit headers: in memory, and shared through Redis."""

import os
from collections.abc import Iterator

import pytest
import redis
from fastapi.testclient import TestClient

from api.db import SessionFactory
from api.main import create_app
from tests.support.settings import make_settings

REDIS_URL = os.environ.get("TEST_REDIS_URL")
REQUIRE_REDIS = os.environ.get("STRETCHBASE_REQUIRE_REDIS") == "1"


def limited_client(sessions: SessionFactory, limit: str = "3/minute", redis_url: str | None = None):
    return TestClient(
        create_app(make_settings(rate_limit=limit, redis_url=redis_url), sessions=sessions)
    )


def remaining(response) -> int:
    return int(response.headers["ratelimit"].split("r=")[1].split(";")[0])


def test_headers_count_down_then_429(sessions: SessionFactory) -> None:
    with limited_client(sessions) as client:
        responses = [client.get("/v1/poses") for _ in range(3)]
        assert [remaining(r) for r in responses] == [2, 1, 0]
        assert responses[0].headers["ratelimit-policy"] == '"default";q=3;w=60'
        refused = client.get("/v1/poses/childs-pose")
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        assert 0 < int(refused.headers["retry-after"]) <= 60
        assert remaining(refused) == 0
        assert "3 requests per 60 s" in refused.json()["detail"]


def test_revalidations_answered_304_are_free(sessions: SessionFactory) -> None:
    with limited_client(sessions) as client:
        tag = client.get("/v1/poses").headers["etag"]
        for _ in range(5):
            response = client.get("/v1/poses", headers={"if-none-match": tag})
            assert response.status_code == 304
            assert remaining(response) == 2
        assert client.get("/v1/poses", headers={"if-none-match": '"stale"'}).status_code == 200
        assert remaining(client.get("/v1/poses")) == 0


def test_health_and_metrics_are_not_limited(sessions: SessionFactory) -> None:
    with limited_client(sessions, limit="1/minute") as client:
        for _ in range(3):
            assert client.get("/healthz").status_code == 200
            assert client.get("/readyz").status_code == 200
        assert "ratelimit" not in client.get("/healthz").headers


def test_off_disables_it(client: TestClient) -> None:
    assert "ratelimit" not in client.get("/v1/poses").headers  # the test app runs with `off`


@pytest.fixture
def redis_url() -> Iterator[str]:
    if not REDIS_URL:
        if REQUIRE_REDIS:
            pytest.fail("STRETCHBASE_REQUIRE_REDIS=1 but TEST_REDIS_URL is not set")
        pytest.skip("TEST_REDIS_URL is not set")
    redis.Redis.from_url(REDIS_URL).flushdb()
    yield REDIS_URL
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_replicas_share_counters_through_redis(sessions: SessionFactory, redis_url: str) -> None:
    with (
        limited_client(sessions, redis_url=redis_url) as replica_a,
        limited_client(sessions, redis_url=redis_url) as replica_b,
    ):
        assert replica_a.get("/v1/poses").status_code == 200
        assert replica_b.get("/v1/poses").status_code == 200
        assert remaining(replica_a.get("/v1/poses")) == 0
        assert replica_b.get("/v1/poses").status_code == 429


def test_a_dead_redis_falls_back_to_counting_in_memory(sessions: SessionFactory) -> None:
    with limited_client(sessions, redis_url="redis://127.0.0.1:1/0") as client:
        responses = [client.get("/v1/poses") for _ in range(4)]
        assert [r.status_code for r in responses] == [200, 200, 200, 429]
        assert remaining(responses[0]) == 2
