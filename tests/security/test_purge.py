"""Every replica purges expired saved routines by itself, and two at once do no harm."""

import time
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select, update

from api.bootstrap import run_migrations, run_seed
from api.db import make_engine
from api.services.saved import today
from models.routine import SavedRoutine
from tests.support.databases import fresh_database_url
from tests.support.logs import log_events
from tests.support.server import running_server

SAVES = 120


def test_two_replicas_purge_expired_rows_periodically(backend: str, tmp_path: Path) -> None:
    database_url = fresh_database_url(backend, tmp_path)
    engine = make_engine(database_url)
    run_migrations(engine)
    run_seed(engine)
    env = {"STRETCHBASE_PURGE_INTERVAL_SECONDS": "0.2", "STRETCHBASE_SAVED_RETENTION_DAYS": "30"}
    with (
        running_server(database_url, tmp_path / "a.log", **env) as replica_a,
        running_server(database_url, tmp_path / "b.log", **env) as replica_b,
    ):
        body = {"pain_level": 2, "save": True}
        locations = [
            httpx.post(f"{replica}/v1/routines/compose", json=body).headers["location"]
            for replica in (replica_a, replica_b) * (SAVES // 2)
        ]
        kept = httpx.post(f"{replica_a}/v1/routines/compose", json=body).headers["location"]
        expired_ids = [location.rsplit("/", 1)[1] for location in locations]
        with engine.begin() as connection:  # as if saved 30 days ago
            connection.execute(
                update(SavedRoutine)
                .where(SavedRoutine.id.in_([uuid.UUID(i) for i in expired_ids]))
                .values(created_on=today() - timedelta(days=30))
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                left = connection.execute(select(func.count()).select_from(SavedRoutine)).scalar()
            if left == 1:
                break
            time.sleep(0.2)
        assert left == 1  # every expired row purged, the recent one kept
        assert httpx.get(replica_b + kept).status_code == 200
    engine.dispose()
    events = log_events(tmp_path / "a.log") + log_events(tmp_path / "b.log")
    assert not [e for e in events if e.get("level") in ("warning", "error")]
    assert any(str(e.get("event")).startswith("purged") for e in events)
