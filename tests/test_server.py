"""Behaviour only a real server process shows: its logs and its headers on the wire."""

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.databases import fresh_database_url
from tests.support.server import running_server


@pytest.fixture
def server(backend: str, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    log_file = tmp_path / "server.log"
    with running_server(fresh_database_url(backend, tmp_path), log_file) as base_url:
        yield base_url, log_file


def log_events(log_file: Path) -> list[dict]:
    return [json.loads(line) for line in log_file.read_text().splitlines() if line.startswith("{")]


def test_every_log_line_is_json_with_the_request_fields(server: tuple[str, Path]) -> None:
    base_url, log_file = server
    httpx.get(
        f"{base_url}/v1/poses/childs-pose?fields=slug", headers={"x-request-id": "log-test-1"}
    )
    httpx.get(f"{base_url}/v1/routines/compose?pain_level=3&red_flag=history_of_cancer")
    lines = [line for line in log_file.read_text().splitlines() if line.strip()]
    assert all(line.startswith("{") for line in lines), lines  # uvicorn's own lines too
    requests = [e for e in log_events(log_file) if e.get("event") == "request"]
    pose = next(e for e in requests if e["request_id"] == "log-test-1")
    assert (pose["method"], pose["path"], pose["status"]) == ("GET", "/v1/poses/childs-pose", 200)
    assert pose["route"] == "/v1/poses/{slug}"
    assert pose["duration_ms"] >= 0 and pose["level"] == "info" and pose["timestamp"]
    assert "history_of_cancer" not in log_file.read_text()  # queries are never logged


def test_no_server_header_on_the_wire(server: tuple[str, Path]) -> None:
    base_url, _ = server
    response = httpx.get(f"{base_url}/v1/poses")
    assert "server" not in response.headers
    assert response.headers["x-content-type-options"] == "nosniff"
