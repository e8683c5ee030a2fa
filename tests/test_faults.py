"""Faults: the database going away under a running server, and failed migrations and seeds."""

import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from api.bootstrap import run_migrations
from api.db import make_engine
from api.main import create_app
from tests.support.databases import POSTGRES_URL, fresh_database_url
from tests.support.proxy import CuttableProxy
from tests.support.server import free_port, running_server
from tests.support.settings import make_settings

TIMEOUT_BOUND = 8.0  # seconds: no request may hang longer while the database is away


def through_proxy(url: str, port: int) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username}@127.0.0.1:{port}" if parts.username else f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def timed_get(url: str) -> httpx.Response:
    started = time.monotonic()
    response = httpx.get(url, timeout=TIMEOUT_BOUND + 5)
    assert time.monotonic() - started < TIMEOUT_BOUND, f"{url} took too long"
    return response


def eventually(check, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.2)


@pytest.fixture
def proxied_server(backend: str, tmp_path: Path) -> Iterator[tuple[str, CuttableProxy]]:
    if backend != "postgresql":
        pytest.skip("an embedded SQLite file cannot go away under a running server (covered below)")
    database_url = fresh_database_url(backend, tmp_path)
    target_port = urlsplit(database_url).port or 5432
    proxy = CuttableProxy(target_port, free_port())
    proxy.restore()
    env = {
        "STRETCHBASE_CONTENT_REFRESH_SECONDS": "0.5",
        "STRETCHBASE_DATABASE_TIMEOUT_SECONDS": "2",
    }
    try:
        with running_server(
            through_proxy(database_url, proxy.port), tmp_path / "server.log", **env
        ) as url:
            yield url, proxy
    finally:
        proxy.close()


def test_the_database_goes_away_and_comes_back(proxied_server: tuple[str, CuttableProxy]) -> None:
    base_url, proxy = proxied_server
    assert timed_get(f"{base_url}/v1/poses").status_code == 200
    proxy.cut()
    eventually(lambda: timed_get(f"{base_url}/readyz").status_code == 503)
    eventually(lambda: timed_get(f"{base_url}/v1/poses/cat-cow").status_code == 503)
    for path in ("/v1/poses", "/v1/poses/childs-pose", "/v1/routines", "/v1/safety-rules"):
        response = timed_get(base_url + path)
        assert response.status_code == 503, path
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["retry-after"]
    saved = httpx.post(
        f"{base_url}/v1/routines/compose", json={"pain_level": 2, "save": True}, timeout=15
    )
    assert saved.status_code == 503
    assert timed_get(f"{base_url}/healthz").status_code == 200  # alive, not ready
    proxy.restore()
    eventually(lambda: timed_get(f"{base_url}/readyz").status_code == 200)
    eventually(lambda: timed_get(f"{base_url}/v1/poses").status_code == 200)
    saved = httpx.post(
        f"{base_url}/v1/routines/compose", json={"pain_level": 2, "save": True}, timeout=15
    )
    assert saved.status_code == 201


def test_a_failed_migration_leaves_the_database_as_it_was(backend: str, tmp_path: Path) -> None:
    engine = make_engine(fresh_database_url(backend, tmp_path))
    run_migrations(engine, "0001")
    with engine.begin() as connection:  # a table in the way of migration 0002
        connection.execute(text("CREATE TABLE vocabulary_term (id INTEGER PRIMARY KEY)"))
    with pytest.raises(Exception, match="vocabulary_term"):
        run_migrations(engine)
    inspector = inspect(engine)
    assert "safety_rule" not in inspector.get_table_names()  # created before the failure, undone
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        )
    engine.dispose()


@pytest.mark.skipif(not POSTGRES_URL, reason="needs TEST_DATABASE_URL")
def test_the_postgresql_url_is_unreachable_at_start(tmp_path: Path) -> None:
    """A replica started while the database is down answers 503s rather than failing."""
    assert POSTGRES_URL is not None
    app = create_app(make_settings(database_url=through_proxy(POSTGRES_URL, free_port())))
    with TestClient(app) as client:
        assert client.get("/readyz").status_code == 503
        assert client.get("/v1/poses").status_code == 503
