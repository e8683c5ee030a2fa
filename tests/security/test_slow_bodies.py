"""A client that sends its headers and then trickles the body (or stops) does not hold a worker
and a socket: the body has a deadline, answered 408 with the connection closed."""

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.support.databases import fresh_database_url
from tests.support.server import running_server

BODY_TIMEOUT = 1
HEAD = (
    b"POST /v1/routines/compose HTTP/1.1\r\nHost: x\r\n"
    b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("slow-bodies")
    env = {"STRETCHBASE_BODY_TIMEOUT_SECONDS": str(BODY_TIMEOUT)}
    database_url = fresh_database_url("sqlite", tmp_path)
    with running_server(database_url, tmp_path / "server.log", **env) as base_url:
        yield base_url


def read_until_closed(sock: socket.socket, trickle: bool, limit: float) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection (or `limit` passes);
    meanwhile, with `trickle`, one body byte every 0.2 s."""
    started = time.monotonic()
    received = b""
    sock.settimeout(0.2)
    while time.monotonic() - started < limit:
        if trickle:
            try:
                sock.sendall(b" ")
            except OSError:
                break
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    return received, time.monotonic() - started


@pytest.mark.server
@pytest.mark.parametrize("trickle", [False, True], ids=["stalled", "trickled"])
def test_a_slow_body_gets_408_and_the_connection_is_closed(server: str, trickle: bool) -> None:
    port = int(server.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(HEAD + b'{"pain_level": 3, ')
        received, took = read_until_closed(sock, trickle, limit=BODY_TIMEOUT + 10)
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 "), received[:200]
    assert b"connection: close" in head.lower()
    assert b"content-type: application/problem+json" in head.lower()
    problem = json.loads(body)
    assert problem["status"] == 408 and "within 1 s" in problem["detail"]
    assert took < BODY_TIMEOUT + 5  # closed by the server, not by our limit
    assert httpx.get(f"{server}/healthz").status_code == 200


@pytest.mark.server
def test_a_body_sent_in_pieces_in_time_is_served(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    payload = b'{"pain_level": 3}'
    with socket.create_connection(("127.0.0.1", port)) as sock:
        head = HEAD.replace(b"200", str(len(payload)).encode())
        sock.sendall(head + payload[:5])
        time.sleep(0.3)
        sock.sendall(payload[5:])
        sock.settimeout(10)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
