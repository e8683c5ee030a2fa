"""Liveness and readiness.

Readiness pings the database at most once a second per process (`READINESS_TTL_SECONDS`):
answers in between reuse the last result, so /readyz — public and never rate-limited —
cannot be used to hammer the database; an outage shows within that second.
"""

import asyncio
import time

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool

from api.http.caching import Rendered, cached_response
from api.http.openapi import problem_responses
from api.http.problems import ProblemError
from models.values import Schema

router = APIRouter(tags=["health"])
NO_STORE = "no-store"


class Health(Schema):
    status: str


class Readiness(Health):
    content_version: int | None


@router.get("/healthz", operation_id="get_liveness", summary="Liveness", response_model=Health)
async def get_liveness(request: Request) -> Response:
    """The process is up; it does not touch the database."""
    return cached_response(request, Rendered.of({"status": "ok"}), cache_control=NO_STORE)


READINESS_TTL_SECONDS = 1.0


def _ping(request: Request) -> None:
    with request.app.state.sessions() as session:
        session.exec(text("SELECT 1"))


class DatabaseProbe:
    """The database's last answer to a ping, for `READINESS_TTL_SECONDS`; concurrent
    requests when it is stale wait for one ping rather than sending one each."""

    def __init__(self) -> None:
        self.checked_at = -float("inf")
        self.reachable = False
        self.lock = asyncio.Lock()

    def _fresh(self) -> bool:
        return time.monotonic() - self.checked_at < READINESS_TTL_SECONDS

    async def reachable_now(self, request: Request) -> bool:
        if self._fresh():
            return self.reachable
        async with self.lock:
            if not self._fresh():
                try:
                    await run_in_threadpool(_ping, request)
                    self.reachable = True
                except Exception:
                    self.reachable = False
                self.checked_at = time.monotonic()
        return self.reachable


def _probe(request: Request) -> DatabaseProbe:
    state = request.app.state
    probe: DatabaseProbe | None = getattr(state, "database_probe", None)
    if probe is None:
        probe = state.database_probe = DatabaseProbe()
    return probe


@router.get(
    "/readyz",
    operation_id="get_readiness",
    summary="Readiness",
    description="Ready when the database answers and the content is loaded; 503 otherwise. "
    "The database is asked at most once a second.",
    response_model=Readiness,
    responses=problem_responses(503),
)
async def get_readiness(request: Request) -> Response:
    if not await _probe(request).reachable_now(request):
        raise ProblemError(503, "The database is unreachable.", headers={"Retry-After": "5"})
    snapshot = request.app.state.content.snapshot
    if snapshot is None:
        raise ProblemError(503, "The content is not loaded yet.", headers={"Retry-After": "5"})
    body = {"status": "ready", "content_version": snapshot.version}
    return cached_response(request, Rendered.of(body), cache_control=NO_STORE)
