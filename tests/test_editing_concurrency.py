"""The editors' API against real servers: 50 concurrent PATCHes with one If-Match (exactly one
wins, on both databases), and a second replica serving the change."""

import asyncio
import time
from pathlib import Path

import httpx
from sqlmodel import Session, select

from api.db import make_engine
from models.revision import ContentRevision
from models.safety_rule import SafetyRule
from tests.support.databases import fresh_database_url
from tests.support.editors import bearer, new_key
from tests.support.server import running_server

PATCHES = 50
RULE = "/v1/safety-rules/limit-cannot-kneel"
REFRESH_SECONDS = "0.5"


async def patch_all(base_url: str, key: str, etag: str) -> list[httpx.Response]:
    headers = {
        **bearer(key),
        "Content-Type": "application/merge-patch+json",
        "If-Match": etag,
    }
    limits = httpx.Limits(max_connections=PATCHES)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:
        return await asyncio.gather(
            *(
                client.patch(RULE, headers=headers, json={"message": f"Message {n}."})
                for n in range(PATCHES)
            )
        )


def test_50_concurrent_patches_with_one_etag_make_one_change(backend: str, tmp_path: Path) -> None:
    database_url = fresh_database_url(backend, tmp_path)
    env = {
        "STRETCHBASE_CONTENT_REFRESH_SECONDS": REFRESH_SECONDS,
        "STRETCHBASE_WRITE_RATE_LIMIT": "off",
    }
    with (
        running_server(database_url, tmp_path / "one.log", **env) as one,
        running_server(database_url, tmp_path / "two.log", **env) as two,
    ):
        engine = make_engine(database_url)
        with Session(engine) as session:
            key = new_key(session, "physio-anna")
        etag = httpx.get(one + RULE).headers["etag"]
        assert httpx.get(two + RULE).headers["etag"] == etag

        responses = asyncio.run(patch_all(one, key, etag))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] + [412] * (PATCHES - 1), statuses
        winner = next(r for r in responses if r.status_code == 200)
        losers = [r for r in responses if r.status_code == 412]
        assert {r.headers["etag"] for r in losers} == {winner.headers["etag"]}
        with Session(engine) as session:
            row = session.exec(
                select(SafetyRule).where(SafetyRule.slug == RULE.rsplit("/")[-1])
            ).one()
            assert row.message == winner.json()["message"]
            revisions = session.exec(select(ContentRevision)).all()
            # the seed's version, kept with the first edit, then the one change that won
            assert [(r.number, r.origin) for r in revisions] == [(1, "seed"), (2, "editor")]
            assert revisions[1].body["message"] == row.message != revisions[0].body["message"]
        engine.dispose()

        # The other replica serves the change within its refresh interval.
        deadline = time.monotonic() + 10 * float(REFRESH_SECONDS)
        while httpx.get(two + RULE).headers["etag"] != winner.headers["etag"]:
            assert time.monotonic() < deadline, "the second replica did not pick up the write"
            time.sleep(0.1)
        assert httpx.get(two + RULE).json()["message"] == row.message
