"""Request ids, structured access logs, Prometheus metrics."""

import logging
import re

import pytest
from fastapi.testclient import TestClient


def test_request_id_is_echoed(client: TestClient) -> None:
    response = client.get("/v1/poses", headers={"x-request-id": "client-abc.123"})
    assert response.headers["x-request-id"] == "client-abc.123"


def test_request_id_is_made_when_absent_or_unsafe(client: TestClient) -> None:
    made = client.get("/v1/poses").headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    hostile = client.get("/v1/poses", headers={"x-request-id": "x" * 500}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", hostile)
    assert client.get("/v1/nope").headers["x-request-id"]  # problems too


def test_access_log_is_structured(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="stretchbase.access"):
        client.get("/v1/poses/childs-pose?fields=slug", headers={"x-request-id": "log-test-1"})
    (record,) = [r for r in caplog.records if r.name == "stretchbase.access"]
    event = record.msg
    assert event["event"] == "request"
    assert event["request_id"] == "log-test-1"
    assert (event["method"], event["path"], event["status"]) == (
        "GET",
        "/v1/poses/childs-pose",
        200,
    )
    assert event["route"] == "/v1/poses/{slug}"
    assert event["duration_ms"] >= 0
    assert "fields" not in str(event)  # no query strings in logs


def test_compose_queries_are_never_logged(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="stretchbase.access"):
        client.get("/v1/routines/compose?pain_level=3&red_flag=history_of_cancer")
    assert "history_of_cancer" not in caplog.text


def test_metrics(client: TestClient) -> None:
    client.get("/v1/poses/childs-pose")
    client.get("/v1/poses/cat-cow")
    client.get("/v1/poses/nope")
    text = client.get("/metrics").text
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
