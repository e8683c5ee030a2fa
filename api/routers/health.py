"""Liveness and readiness."""

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


def _ping(request: Request) -> None:
    with request.app.state.sessions() as session:
        session.exec(text("SELECT 1"))


@router.get(
    "/readyz",
    operation_id="get_readiness",
    summary="Readiness",
    description="Ready when the database answers and the content is loaded; 503 otherwise.",
    response_model=Readiness,
    responses=problem_responses(503),
)
async def get_readiness(request: Request) -> Response:
    try:
        await run_in_threadpool(_ping, request)
    except Exception as exc:
        raise ProblemError(
            503, "The database is unreachable.", headers={"Retry-After": "5"}
        ) from exc
    snapshot = request.app.state.content.snapshot
    if snapshot is None:
        raise ProblemError(503, "The content is not loaded yet.", headers={"Retry-After": "5"})
    body = {"status": "ready", "content_version": snapshot.version}
    return cached_response(request, Rendered.of(body), cache_control=NO_STORE)
