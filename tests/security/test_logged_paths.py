"""The access log and the metrics hold neither a saved routine's id (a bearer secret for
health data) nor anything a client wrote into a path: an answer, or a query smuggled in
with a percent-encoded `?`, however often encoded."""

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.databases import fresh_database_url
from tests.support.logs import log_events
from tests.support.server import running_server

TOKEN = "scraper-secret-0123456789"
SMUGGLED = [
    "/v1/routines/compose%3Fred_flags%3Dsaddle_numbness",
    "/v1/routines/compose%253Fred_flags%253Dsaddle_numbness",
    "/v1/routines/compose%25253Fred_flags=saddle_numbness",
    "/v1/routines/saddle_numbness",
    "/v1/poses/pain_level=9/red_flags=saddle_numbness",
    "/v1/red-flags/saddle_numbness",
    "/v1/poses/cat-cow/figures/saddle_numbness.svg",
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    log_file = tmp_path / "server.log"
    env = {"STRETCHBASE_METRICS_TOKEN": TOKEN}
    with running_server(fresh_database_url("sqlite", tmp_path), log_file, **env) as base_url:
        yield base_url, log_file


def logged(log_file: Path, request_ids: list[str]) -> dict[str, dict]:
    """The access-log line of each request (written just after its response is sent)."""
    deadline = time.monotonic() + 5
    while True:
        events = log_events(log_file)
        lines = {e.get("request_id"): e for e in events if e.get("event") == "request"}
        if all(i in lines for i in request_ids) or time.monotonic() > deadline:
            return {i: lines[i] for i in request_ids if i in lines}
        time.sleep(0.05)


@pytest.mark.server
def test_saved_ids_and_answers_in_paths_reach_neither_log_nor_metrics(
    server: tuple[str, Path],
) -> None:
    base_url, log_file = server
    with httpx.Client(base_url=base_url) as client:
        saved = client.post("/v1/routines/compose", json={"pain_level": 5, "save": True}).json()
        saved_id, token = saved["id"], saved["deletion_token"]
        responses = {
            "read": client.get(f"/v1/routines/{saved_id}"),
            "read, no hyphens": client.get(f"/v1/routines/{saved_id.replace('-', '')}"),
            "wrong token": client.delete(
                f"/v1/routines/{saved_id}", headers={"authorization": "Bearer nope"}
            ),
            "delete": client.delete(
                f"/v1/routines/{saved_id}", headers={"authorization": f"Bearer {token}"}
            ),
            "gone": client.get(f"/v1/routines/{saved_id}"),
            "curated": client.get("/v1/poses/cat-cow"),
        }
        for path in SMUGGLED:
            responses[path] = client.get(path)
        metrics = client.get("/metrics", headers={"authorization": f"Bearer {TOKEN}"}).text
    assert [r.status_code for r in list(responses.values())[:6]] == [200, 200, 401, 204, 404, 200]
    assert all(responses[path].status_code == 404 for path in SMUGGLED)
    lines = logged(log_file, [r.headers["x-request-id"] for r in responses.values()])
    assert len(lines) == len(responses)
    paths = {name: lines[r.headers["x-request-id"]]["path"] for name, r in responses.items()}
    assert paths["read"] == paths["read, no hyphens"] == "/v1/routines/{id}"
    assert paths["delete"] == "/v1/routines/{id}"
    assert paths["wrong token"] == paths["gone"] == "/v1/routines/{slug_or_id}"
    assert paths["curated"] == "/v1/poses/cat-cow"  # public content keeps its path
    assert paths["/v1/red-flags/saddle_numbness"] == "/v1/red-flags/…"
    everything = log_file.read_text() + metrics
    for secret in (saved_id, saved_id.replace("-", ""), token, "saddle_numbness", "pain_level"):
        assert secret not in everything, secret
