"""Nothing leaks or reflects: Host, paths that smuggle a query, metrics, the docs page's
assets, and sockets held by slow clients."""

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.support.databases import fresh_database_url
from tests.support.logs import log_events
from tests.support.server import running_server, server_process

SMUGGLED = "/v1/routines/compose%3Fred_flag=saddle_numbness&pain_level=9"


def test_the_host_header_is_never_reflected(client: TestClient) -> None:
    for path in ("/v1/poses/", "/v1/routines/", "/healthz/", "/v1/poses/cat-cow/"):
        response = client.get(path, headers={"host": "evil.example"}, follow_redirects=False)
        assert "evil.example" not in response.headers.get("location", ""), path
        assert "evil.example" not in response.text, path
        assert response.status_code in (301, 308, 404), path


def test_a_smuggled_query_is_not_echoed_in_the_404(client: TestClient) -> None:
    response = client.get(SMUGGLED)
    assert response.status_code == 404
    assert "saddle_numbness" not in response.text
    assert "pain_level" not in response.text
    pose = client.get("/v1/poses/child%3Fpregnancy=yes")
    assert pose.status_code == 404 and "pregnancy" not in pose.text


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    log_file = tmp_path / "server.log"
    env = {
        "STRETCHBASE_METRICS_TOKEN": "scraper-secret-0123456789",
        "STRETCHBASE_RATE_LIMIT": "1/minute",
    }
    with running_server(fresh_database_url("sqlite", tmp_path), log_file, **env) as base_url:
        yield base_url, log_file


@pytest.mark.server
def test_a_smuggled_query_is_not_logged(server: tuple[str, Path]) -> None:
    base_url, log_file = server
    response = httpx.get(base_url + SMUGGLED)
    assert response.status_code == 404
    request_id = response.headers["x-request-id"]
    deadline = time.monotonic() + 5  # the line is written just after the response is sent
    while time.monotonic() < deadline:
        logged = [e for e in log_events(log_file) if e.get("request_id") == request_id]
        if logged:
            break
        time.sleep(0.05)
    assert logged and logged[0]["status"] == 404
    assert logged[0]["path"] == "/v1/routines/{slug_or_id}"  # not served: its template
    assert "saddle_numbness" not in log_file.read_text()


@pytest.mark.server
def test_metrics_need_the_token_and_are_never_rate_limited(server: tuple[str, Path]) -> None:
    base_url, _ = server
    refused = httpx.get(f"{base_url}/metrics")
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"].startswith("Bearer")
    assert "stretchbase_http_requests_total" not in refused.text
    wrong = httpx.get(f"{base_url}/metrics", headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401
    scraper = {"authorization": "Bearer scraper-secret-0123456789"}
    for _ in range(5):  # the limit is 1/minute
        scraped = httpx.get(f"{base_url}/metrics", headers=scraper)
        assert scraped.status_code == 200
        assert "stretchbase_http_requests_total" in scraped.text


def test_metrics_are_off_without_a_token(client: TestClient) -> None:
    response = client.get("/metrics")
    assert response.status_code == 404
    assert "stretchbase" not in response.text


def test_the_docs_load_nothing_from_elsewhere_and_run_under_a_strict_csp(
    client: TestClient,
) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "//" not in re.sub(r"https?://[^\"']*?/openapi", "", page.text.split("<body", 1)[1])
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.text)  # no inline script
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert response.headers["content-type"].split(";")[0] in (
            "text/javascript",
            "application/javascript",
            "text/css",
            "image/png",
        ), asset
    scripts = " ".join(client.get(a).text for a in assets if a.endswith(".js"))
    assert "SwaggerUIBundle" in scripts and "/openapi.json" in scripts


HEADER_TIMEOUT = 2
SLOW_CLIENTS = 300


@pytest.mark.server
def test_slow_partial_headers_neither_stall_the_server_nor_keep_sockets(tmp_path: Path) -> None:
    env = {"STRETCHBASE_HEADER_TIMEOUT_SECONDS": str(HEADER_TIMEOUT)}
    database_url = fresh_database_url("sqlite", tmp_path)
    with server_process(database_url, tmp_path / "server.log", **env) as (base_url, _):
        port = int(base_url.rsplit(":", 1)[1])
        slow = []
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(b"GET /v1/poses HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            slow.append(sock)
        try:
            assert httpx.get(f"{base_url}/healthz", timeout=5).status_code == 200
            deadline = time.monotonic() + HEADER_TIMEOUT + 10
            open_sockets = set(slow)
            while open_sockets and time.monotonic() < deadline:
                for sock in list(open_sockets):
                    sock.settimeout(0.01)
                    try:
                        if sock.recv(1024) == b"":
                            open_sockets.discard(sock)
                    except TimeoutError:
                        pass
                    except OSError:
                        open_sockets.discard(sock)
                time.sleep(0.2)
            assert not open_sockets, f"{len(open_sockets)} slow sockets still open"
            assert httpx.get(f"{base_url}/healthz", timeout=5).status_code == 200
        finally:
            for sock in slow:
                sock.close()


@pytest.mark.server
def test_over_the_connection_cap_requests_get_503_until_slow_sockets_are_dropped(
    tmp_path: Path,
) -> None:
    env = {
        "STRETCHBASE_HEADER_TIMEOUT_SECONDS": str(HEADER_TIMEOUT),
        "STRETCHBASE_MAX_CONNECTIONS": "20",
    }
    database_url = fresh_database_url("sqlite", tmp_path)
    with server_process(database_url, tmp_path / "server.log", **env) as (base_url, _):
        port = int(base_url.rsplit(":", 1)[1])
        slow = [socket.create_connection(("127.0.0.1", port)) for _ in range(25)]
        try:
            for sock in slow:
                sock.sendall(b"GET /v1/poses HTTP/1.1\r\n")
            time.sleep(0.5)
            refused = httpx.get(f"{base_url}/healthz", timeout=5)
            assert refused.status_code == 503
            assert refused.headers["content-type"] == "application/problem+json"
            assert refused.json()["status"] == 503 and refused.headers["retry-after"] == "1"
            time.sleep(HEADER_TIMEOUT + 1)
            assert httpx.get(f"{base_url}/healthz", timeout=5).status_code == 200
        finally:
            for sock in slow:
                sock.close()
