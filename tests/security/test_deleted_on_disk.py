"""A deleted or purged saved composition is not left readable in the SQLite file or its
write-ahead log: its stored body, token hash and id are gone from the bytes on disk."""

import time
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, update

from api.db import make_engine
from api.services.saved import today
from models.routine import SavedRoutine
from tests.support.databases import fresh_database_url
from tests.support.server import running_server

SAVE = {"pain_level": 6, "mobility_limits": ["pregnancy", "cannot_kneel"], "save": True}


def on_disk(database: Path) -> bytes:
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.server
def test_deleted_and_purged_bodies_are_not_on_disk(tmp_path: Path) -> None:
    database_url = fresh_database_url("sqlite", tmp_path)
    database = Path(database_url.removeprefix("sqlite:///"))
    env = {"STRETCHBASE_PURGE_INTERVAL_SECONDS": "0.2"}
    with running_server(database_url, tmp_path / "server.log", **env) as base_url:
        deleted, purged, kept = (
            httpx.post(f"{base_url}/v1/routines/compose", json=SAVE).json() for _ in range(3)
        )
        engine = make_engine(database_url)
        with engine.connect() as connection:
            rows = {str(row.id): row for row in connection.execute(select(SavedRoutine)).all()}
        stored = {
            name: [
                rows[saved["id"]].body,
                rows[saved["id"]].token_hash,
                uuid.UUID(saved["id"]).hex.encode(),
            ]
            for name, saved in (("deleted", deleted), ("purged", purged), ("kept", kept))
        }
        assert all(piece in on_disk(database) for piece in stored["deleted"])  # the probe works

        answer = httpx.delete(
            f"{base_url}/v1/routines/{deleted['id']}",
            headers={"authorization": f"Bearer {deleted['deletion_token']}"},
        )
        assert answer.status_code == 204
        with engine.begin() as connection:  # as if saved 30 days ago
            connection.execute(
                update(SavedRoutine)
                .where(SavedRoutine.id == uuid.UUID(purged["id"]))
                .values(created_on=today() - timedelta(days=30))
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                left = connection.execute(select(func.count()).select_from(SavedRoutine)).scalar()
            if left == 1:
                break
            time.sleep(0.2)
        assert left == 1
        engine.dispose()
        gone = [*stored["deleted"], *stored["purged"]]
        deadline = time.monotonic() + 10  # the purge's checkpoint follows its commit
        while any(piece in on_disk(database) for piece in gone) and time.monotonic() < deadline:
            time.sleep(0.1)
        disk = on_disk(database)
        for name in ("deleted", "purged"):
            for piece in stored[name]:
                assert piece not in disk, (name, piece[:16])
        assert all(piece in disk for piece in stored["kept"])
        assert httpx.get(f"{base_url}/v1/routines/{kept['id']}").status_code == 200
