"""Request ids and Prometheus metrics (JSON logs are checked on a real server: test_server.py)."""

import re

from fastapi.testclient import TestClient

from api.db import SessionFactory
from api.main import create_app
from tests.support.settings import make_settings


def test_request_id_is_echoed(client: TestClient) -> None:
    response = client.get("/v1/poses", headers={"x-request-id": "client-abc.123"})
    assert response.headers["x-request-id"] == "client-abc.123"


def test_request_id_is_made_when_absent_or_unsafe(client: TestClient) -> None:
    made = client.get("/v1/poses").headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    hostile = client.get("/v1/poses", headers={"x-request-id": "x" * 500}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", hostile)
    assert client.get("/v1/nope").headers["x-request-id"]  # problems too


def test_metrics(sessions: SessionFactory) -> None:
    app = create_app(make_settings(metrics_token="operator-token"), sessions=sessions)
    with TestClient(app) as client:
        client.get("/v1/poses/childs-pose")
        client.get("/v1/poses/cat-cow")
        client.get("/v1/poses/nope")
        text = client.get("/metrics", headers={"authorization": "Bearer operator-token"}).text
    assert (
        'stretchbase_http_requests_total{method="GET",route="/v1/poses/{slug}",status="200"} 2.0'
        in text
    )
    assert (
        'stretchbase_http_requests_total{method="GET",route="/v1/poses/{slug}",status="404"} 1.0'
        in text
    )
    assert (
        'stretchbase_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/v1/poses/{slug}"}'
        in text
    )
    assert "stretchbase_content_version 1.0" in text
