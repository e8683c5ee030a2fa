"""The response cache serves only what fits the request: content coding negotiated per
RFC 9110, compositions keyed by their meaning, memory bounded in bytes, HEAD as GET."""

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.db import SessionFactory
from api.http.response_cache import ResponseCacheMiddleware
from api.main import create_app
from tests.support.databases import fresh_database_url
from tests.support.server import server_process
from tests.support.settings import make_settings

POSE = "/v1/poses/cat-cow"  # over 1 KiB: worth compressing


@pytest.fixture
def bare_client(client: TestClient) -> TestClient:
    """A client that sends no Accept-Encoding unless a test says so."""
    client.headers.pop("accept-encoding", None)
    return client


def coding(response: httpx.Response) -> str | None:
    return response.headers.get("content-encoding")


def response_cache(app: FastAPI) -> ResponseCacheMiddleware:
    stack = app.middleware_stack
    while not isinstance(stack, ResponseCacheMiddleware):
        stack = stack.app
    return stack


def test_two_accept_encoding_lines_do_not_poison_it(bare_client: TestClient) -> None:
    first = bare_client.get(POSE, headers=[("accept-encoding", "gzip"), ("accept-encoding", "x")])
    assert coding(first) == "gzip"  # the lines combine: gzip is acceptable
    plain = bare_client.get(POSE)
    assert coding(plain) is None
    assert plain.content.startswith(b"{")
    other_order = bare_client.get(
        "/v1/poses/childs-pose", headers=[("accept-encoding", "x"), ("accept-encoding", "gzip")]
    )
    assert coding(other_order) == "gzip"
    assert coding(bare_client.get("/v1/poses/childs-pose")) is None


@pytest.mark.parametrize(
    ("accept_encoding", "gzipped"),
    [
        ("gzip", True),
        ("GZip", True),
        ("gzip;q=0", False),
        ("gzip; q=0.000", False),
        ("notgzip", False),
        ("x-gzip-ish, deflate", False),
        ("*", True),
        ("*;q=0", False),
        ("gzip;q=0, *", False),
        ("identity;q=0.5, gzip;q=0.4", False),
        ("identity;q=0.5, gzip;q=0.9", True),
        ("br, gzip;q=0.8", True),
        ("", False),
    ],
)
def test_q_values_are_honoured(
    bare_client: TestClient, accept_encoding: str, gzipped: bool
) -> None:
    for _ in range(2):  # the first answer is rendered, the second replayed from the cache
        response = bare_client.get(POSE, headers={"accept-encoding": accept_encoding})
        assert (coding(response) == "gzip") is gzipped, accept_encoding
        assert response.content.startswith(b"{")  # decoded by httpx when gzipped


def test_the_gzip_tag_revalidates_only_what_the_client_can_read(bare_client: TestClient) -> None:
    zipped = bare_client.get(POSE, headers={"accept-encoding": "gzip"})
    plain = bare_client.get(POSE)
    assert zipped.headers["etag"] != plain.headers["etag"]
    assert zipped.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"


def test_a_composition_is_keyed_by_the_parsed_request(client: TestClient, app: FastAPI) -> None:
    bodies = [
        b'{"pain_level": 5, "mobility_limits": ["cannot_kneel", "knee_pain"]}',
        b'{"mobility_limits": ["knee_pain", "cannot_kneel"], "pain_level": 5}',
        b'{ "pain_level" : 5 , "mobility_limits" : ["knee_pain","cannot_kneel","knee_pain"] }',
        b'{"pain_level": 5, "mobility_limits": ["cannot_kneel", "knee_pain"]}' + b" " * 50_000,
        b'{"pain_level": 5, "mobility_limits": ["cannot_kneel", "knee_pain"], "save": false}',
    ]
    answers = [
        client.post(
            "/v1/routines/compose", content=body, headers={"content-type": "application/json"}
        )
        for body in bodies
    ]
    assert {r.status_code for r in answers} == {200}
    assert len({r.content for r in answers}) == 1
    cache = response_cache(app)
    composed = [key for key in cache.entries if key[0] == "POST"]
    assert len(composed) == 1, composed
    assert cache.size_bytes < 100_000  # the padding is not kept


def test_it_is_bounded_in_bytes(sessions: SessionFactory) -> None:
    bound = 200_000
    app = create_app(make_settings(response_cache_bytes=bound), sessions=sessions)
    with TestClient(app) as client:
        for minutes in range(1, 120):
            body = {"pain_level": 2, "minutes": minutes}
            assert client.post("/v1/routines/compose", json=body).status_code == 200
            cache = response_cache(app)
            assert cache.size_bytes <= bound * 3 // 4
        assert 0 < len(cache.entries) < 119
        renders = app.state.content.snapshot.renders
        assert renders.size_bytes <= bound // 4


def test_head_answers_as_get_before_and_after_caching(bare_client: TestClient) -> None:
    for path in ("/v1/poses/pelvic-tilt", "/v1/routines/seven-best-hip-stretches", "/healthz"):
        head = bare_client.head(path)
        get = bare_client.get(path)
        again = bare_client.head(path)
        for response in (head, again):
            assert response.status_code == 200, (path, response.status_code)
            assert response.content == b""
            assert (
                response.headers["etag" if path != "/healthz" else "content-type"]
                == (get.headers["etag" if path != "/healthz" else "content-type"])
            )
            assert response.headers["content-length"] == str(len(get.content))


def rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def padded(n: int) -> bytes:
    """A distinct composition (time budget and days vary), padded to 60 KB with spaces."""
    body = f'{{"pain_level": {n % 8}, "minutes": {1 + n % 240}, "days_with_pain": {n // 240}}}'
    return body.encode()[:-1] + b" " * (60_000 - len(body)) + b"}"


@pytest.fixture
def memory_bound_server(tmp_path: Path) -> Iterator[tuple[str, int, int]]:
    bound = 16 * 1024 * 1024
    env = {"STRETCHBASE_RESPONSE_CACHE_BYTES": str(bound)}
    database_url = fresh_database_url("sqlite", tmp_path)
    with server_process(database_url, tmp_path / "server.log", **env) as (base_url, process):
        yield base_url, process.pid, bound


@pytest.mark.server
def test_5000_distinct_large_requests_stay_within_the_bound(
    memory_bound_server: tuple[str, int, int],
) -> None:
    base_url, pid, bound = memory_bound_server
    headers = {"content-type": "application/json"}
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for n in range(200):  # warm up: first-use allocations are not the cache
            client.post("/v1/routines/compose", content=padded(100_000 + n), headers=headers)
        before = rss_mib(pid)
        for n in range(5_000):
            response = client.post("/v1/routines/compose", content=padded(n), headers=headers)
            assert response.status_code == 200, response.text
        after = rss_mib(pid)
    assert after - before <= bound / 1024 / 1024 * 1.2, (before, after)


@pytest.mark.parametrize(
    "query", ["?red_flags=saddle_numbness", "?x=1", "?", "?pain_level=9&pain_level=2"]
)
def test_a_query_string_on_a_cached_compose_body_still_reaches_the_validation(
    client: TestClient, query: str
) -> None:
    body = {"pain_level": 3}
    assert client.post("/v1/routines/compose", json=body).status_code == 200
    assert client.post("/v1/routines/compose", json=body).status_code == 200  # replayed
    refused = client.post("/v1/routines/compose" + query, json=body)
    if query == "?":  # an empty query string is no query at all
        assert refused.status_code == 200
        return
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert "not accepted in the query string" in refused.json()["detail"]


def test_every_cached_get_keys_on_its_whole_query(client: TestClient) -> None:
    strict = "/v1/routines/compose?pain_level=2"
    for path in (strict, "/v1/routines?limit=1", "/v1/poses?limit=1"):
        assert client.get(path).status_code == 200
        assert client.get(path).status_code == 200  # replayed
    assert client.get(strict + "&red_flag=saddle_numbness").status_code == 422
    assert client.get(strict + "&pain_level=9").status_code == 422
    assert client.get("/v1/routines?limit=1&kind=composed").status_code == 422
    assert client.get("/v1/poses?limit=1&limit=0").status_code == 422
