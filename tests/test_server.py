"""Behaviour only a real server process shows: its logs and its headers on the wire."""

import json
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.databases import fresh_database_url
from tests.support.server import running_server, server_process


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


KEEP_ALIVE_SECONDS = 5  # uvicorn's default, which `stretchbase serve` keeps


@pytest.mark.server
def test_a_request_sent_while_the_server_was_paused_is_answered_not_dropped(
    tmp_path: Path,
) -> None:
    """A host too busy to run the server for longer than the keep-alive timeout must not
    cost the requests that arrived meanwhile (a POST is retried by no client)."""
    database_url = fresh_database_url("sqlite", tmp_path)
    with server_process(database_url, tmp_path / "server.log") as (base_url, process):
        with httpx.Client(base_url=base_url, timeout=30) as client:
            assert client.get("/v1/poses").status_code == 200  # the connection is now idle
            os.kill(process.pid, signal.SIGSTOP)
            resume = threading.Timer(KEEP_ALIVE_SECONDS + 2, os.kill, (process.pid, signal.SIGCONT))
            resume.start()
            try:
                response = client.post("/v1/routines/compose", json={"pain_level": 3})
            finally:
                resume.join()
        assert response.status_code == 200
        assert response.json()["outcome"] == "routine"


@pytest.mark.server
def test_an_idle_connection_is_still_closed_after_the_keep_alive_timeout(tmp_path: Path) -> None:
    database_url = fresh_database_url("sqlite", tmp_path)
    with server_process(database_url, tmp_path / "server.log") as (base_url, _):
        port = int(base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=KEEP_ALIVE_SECONDS + 5) as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            received, answered = b"", 0.0
            while chunk := sock.recv(65536):  # until the server closes it
                received, answered = received + chunk, time.monotonic()
            assert received.startswith(b"HTTP/1.1 200")
            assert time.monotonic() - answered >= KEEP_ALIVE_SECONDS - 0.5


@pytest.mark.server
@pytest.mark.parametrize(
    "garbage",
    [b"NOT HTTP AT ALL\r\n\r\n", b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"],
)
def test_a_request_that_is_not_http_gets_a_problem_not_plain_text(
    tmp_path: Path, garbage: bytes
) -> None:
    database_url = fresh_database_url("sqlite", tmp_path)
    with server_process(database_url, tmp_path / "server.log") as (base_url, _):
        port = int(base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(garbage)
            received = b""
            while chunk := sock.recv(65536):  # the server answers, then closes
                received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert b"content-type: application/problem+json" in head.lower()
    problem = json.loads(body)
    assert problem["status"] == 400 and "not a valid HTTP/1.1 request" in problem["detail"]
