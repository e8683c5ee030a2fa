"""The operators' endpoints cannot be abused: /metrics limits wrong tokens, only the exact
exempt paths escape the rate limit, and /readyz cannot be used to hammer the database."""

import math
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, event

from api.db import SessionFactory
from api.main import create_app
from api.routers.health import READINESS_TTL_SECONDS
from api.routers.metrics import FAILED_ATTEMPTS
from tests.support.settings import make_settings

TOKEN = "scraper-secret-0123456789"
SCRAPER = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def operated(sessions: SessionFactory) -> Iterator[TestClient]:
    settings = make_settings(metrics_token=TOKEN, rate_limit="3/day")  # a day: no reset mid-test
    with TestClient(create_app(settings, sessions=sessions)) as client:
        yield client


def test_wrong_metrics_tokens_are_limited(operated: TestClient) -> None:
    for _ in range(3):  # the scraper is never limited (the rate limit is 3)
        assert operated.get("/metrics", headers=SCRAPER).status_code == 200
    guesses = [
        operated.get("/metrics", headers={"authorization": f"Bearer guess-{n}"})
        for n in range(FAILED_ATTEMPTS + 5)
    ]
    statuses = [r.status_code for r in guesses]
    assert statuses == [401] * FAILED_ATTEMPTS + [429] * 5
    refused = guesses[-1]
    assert refused.headers["content-type"] == "application/problem+json"
    assert int(refused.headers["retry-after"]) >= 1
    # from that address even the right token waits (else a guess would show by its answer)
    assert operated.get("/metrics", headers=SCRAPER).status_code == 429


def test_a_token_of_another_length_is_refused_alike(operated: TestClient) -> None:
    for guess in ("s", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), ""):
        response = operated.get("/metrics", headers={"authorization": f"Bearer {guess}"})
        assert response.status_code in (401, 403), guess  # HTTPBearer: an empty one is 403
        assert "stretchbase_http_requests_total" not in response.text


@pytest.mark.parametrize(
    "path", ["/healthzXYZ", "/metricsXYZ", "/readyz-", "/healthz/x", "/healthz/%2E%2E/v1/poses"]
)
def test_only_the_exact_exempt_paths_escape_the_rate_limit(operated: TestClient, path: str) -> None:
    statuses = [operated.get(path).status_code for _ in range(4)]
    assert statuses[-1] == 429, (path, statuses)
    assert operated.get("/healthz").status_code == 200  # still exempt
    assert operated.get("/readyz").status_code == 200


def test_readiness_asks_the_database_at_most_once_a_second(
    sessions: SessionFactory, connection: Connection
) -> None:
    pings = []

    def count(_conn, _cursor, statement: str, *_args: object) -> None:
        if statement.strip().upper() == "SELECT 1":
            pings.append(statement)

    event.listen(connection, "before_cursor_execute", count)
    try:
        with TestClient(create_app(make_settings(), sessions=sessions)) as client:
            started = time.monotonic()
            answers = [client.get("/readyz") for _ in range(50)]
            took = time.monotonic() - started
    finally:
        event.remove(connection, "before_cursor_execute", count)
    assert {r.status_code for r in answers} == {200}
    assert 1 <= len(pings) <= 1 + math.ceil(took / READINESS_TTL_SECONDS), (len(pings), took)


@pytest.fixture
def unlimited(sessions: SessionFactory) -> Iterator[TestClient]:
    with TestClient(create_app(make_settings(metrics_token=TOKEN), sessions=sessions)) as client:
        yield client


def test_two_authorization_headers_are_a_problem_never_the_first_one(
    unlimited: TestClient,
) -> None:
    operated = unlimited
    saved = operated.post("/v1/routines/compose", json={"pain_level": 2, "save": True}).json()
    target = f"/v1/routines/{saved['id']}"
    right, wrong = f"Bearer {saved['deletion_token']}", "Bearer wrong"
    for lines in ([right, wrong], [wrong, right], [right, right]):
        headers = [("authorization", line) for line in lines]
        response = operated.delete(target, headers=headers)
        assert response.status_code == 400, (lines, response.status_code)
        assert response.headers["content-type"] == "application/problem+json"
        assert "2 Authorization headers" in response.json()["detail"]
    scraped = operated.get("/metrics", headers=[("authorization", SCRAPER["authorization"])] * 2)
    assert scraped.status_code == 400
    assert operated.get(target).status_code == 200  # nothing was deleted
    assert operated.delete(target, headers={"authorization": right}).status_code == 204
