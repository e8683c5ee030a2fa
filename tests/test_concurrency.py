"""200 concurrent saved compositions against a real server: every one answered, none lost."""

import asyncio
from pathlib import Path

import httpx
from sqlalchemy import func, select

from api.db import make_engine
from models.routine import SavedRoutine
from tests.support.databases import fresh_database_url
from tests.support.server import run_async, running_server

SAVES = 200


def composed_rows(database_url: str) -> int:
    engine = make_engine(database_url)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(SavedRoutine)).scalar_one()
    engine.dispose()
    return count


async def save_all(base_url: str) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=SAVES)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:
        bodies = [
            {"pain_level": n % 9, "mobility_limits": ["knee_pain"], "save": True}
            for n in range(SAVES)
        ]
        return await asyncio.gather(*(client.post("/v1/routines/compose", json=b) for b in bodies))


def test_200_concurrent_saves(backend: str, tmp_path: Path) -> None:
    database_url = fresh_database_url(backend, tmp_path)
    with running_server(database_url, tmp_path / "server.log") as base_url:
        before = composed_rows(database_url)
        responses = run_async(save_all(base_url))
        assert [r.status_code for r in responses] == [201] * SAVES
        locations = {r.headers["location"] for r in responses}
        assert len(locations) == SAVES
        assert composed_rows(database_url) - before == SAVES
        for location in sorted(locations)[:20]:
            sample = httpx.get(base_url + location)
            assert sample.status_code == 200 and sample.json()["kind"] == "composed"
