"""Two replicas on one database: the same bytes and tags, and a content change reaches both
within the documented delay (STRETCHBASE_CONTENT_REFRESH_SECONDS)."""

import time
from pathlib import Path

import httpx
from sqlalchemy import update

from api.bootstrap import run_migrations, run_seed
from api.db import make_engine
from models.content_state import ContentState
from models.pose import Pose
from tests.support.databases import fresh_database_url
from tests.support.server import running_server

REFRESH_SECONDS = 0.5


def test_replicas_agree_and_pick_up_a_change(backend: str, tmp_path: Path) -> None:
    database_url = fresh_database_url(backend, tmp_path)
    engine = make_engine(database_url)
    run_migrations(engine)
    run_seed(engine)
    env = {"STRETCHBASE_CONTENT_REFRESH_SECONDS": str(REFRESH_SECONDS)}
    with (
        running_server(database_url, tmp_path / "a.log", **env) as replica_a,
        running_server(database_url, tmp_path / "b.log", **env) as replica_b,
    ):
        a, b = (
            httpx.get(f"{replica_a}/v1/poses/cat-cow"),
            httpx.get(f"{replica_b}/v1/poses/cat-cow"),
        )
        assert a.content == b.content and a.headers["etag"] == b.headers["etag"]

        with engine.begin() as connection:  # a content write: the row and the version, together
            connection.execute(
                update(Pose).where(Pose.slug == "cat-cow").values(name="Cat-Cow (revised)")
            )
            connection.execute(update(ContentState).values(version=ContentState.version + 1))
        changed_at = time.monotonic()
        for replica in (replica_a, replica_b):
            while httpx.get(f"{replica}/v1/poses/cat-cow").json()["name"] != "Cat-Cow (revised)":
                assert time.monotonic() - changed_at < 3 * REFRESH_SECONDS + 2, (
                    "not picked up in time"
                )
                time.sleep(0.05)
        a, b = (
            httpx.get(f"{replica_a}/v1/poses/cat-cow"),
            httpx.get(f"{replica_b}/v1/poses/cat-cow"),
        )
        assert a.headers["etag"] == b.headers["etag"] != ""
        assert httpx.get(f"{replica_a}/readyz").json()["content_version"] == 2
    engine.dispose()
