"""The FastAPI app factory: settings → engine → content store → routers and middleware."""

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api.compose.invariants import check_safety
from api.content.store import ContentStore
from api.db import SessionFactory, make_engine, session_factory
from api.http.cors import CorsPolicy
from api.http.edge import EdgeMiddleware
from api.http.openapi import install_openapi
from api.http.openapi_examples import load_examples
from api.http.problems import install_problem_handlers
from api.http.ratelimit import Counters, KeyRateLimit, RateLimitMiddleware, parse_limit
from api.http.response_cache import ResponseCacheMiddleware
from api.http.routes import RouteTable
from api.observability import Metrics, configure_logging
from api.routers import (
    bundle,
    editing,
    figures,
    health,
    metrics,
    page,
    poses,
    questionnaire,
    routines,
    safety_rules,
    sources,
    vocabulary,
)
from api.services.bundles import BundleService
from api.services.editing import EditingService
from api.services.figures import FigureStore, load_figure_library
from api.services.saved import purge_expired
from api.settings import Settings, get_settings
from api.web import load_web_assets

logger = logging.getLogger("stretchbase")

API_VERSION = "1.0.0"
DESCRIPTION = """\
Gentle stretching routines for lower back pain, as JSON: poses, their steps, routines and
safety rules, seeded from one article and published clinical guidance; and a rules
endpoint that composes a routine for one person — or refers them to a clinician when a red
flag says stretching is not what they need.

Errors are RFC 9457 problems (`application/problem+json`). GETs carry strong `ETag`s and
honour `If-None-Match`. Lists take `limit` (1–100) and `offset` and send a `Link` header.
"""
TAGS = [
    {"name": "poses", "description": "The stretches, with steps, doses and modifications."},
    {
        "name": "figures",
        "description": "Each pose drawn as SVG, generated from joint angles in the content: "
        "the main figure, one per phase and shape-changing modification, and an animation.",
    },
    {"name": "routines", "description": "Routines, and composing one for a person."},
    {"name": "safety rules", "description": "The rule base the composer interprets."},
    {
        "name": "vocabulary",
        "description": "What a questionnaire asks: the questionnaire, limits and red flags.",
    },
    {"name": "sources", "description": "Where the content comes from, with attribution."},
    {
        "name": "editing",
        "description": "Writes for editors, with an API key (`Authorization: Bearer`): "
        "create, replace, merge-patch and retire content, each change checked by the safety "
        "gate and kept as a revision.",
    },
    {"name": "health", "description": "Liveness and readiness."},
]


def _purge(sessions: SessionFactory, retention_days: int) -> int:
    with sessions() as session:
        return purge_expired(session, retention_days=retention_days)


async def keep_purging(sessions: SessionFactory, settings: Settings) -> None:
    """Delete expired saved routines every `purge_interval_seconds` (the first time one
    interval after start). Every replica runs it; it is idempotent, and on PostgreSQL one
    replica at a time does the work. Expired rows are never served meanwhile."""
    while True:
        await asyncio.sleep(settings.purge_interval_seconds)
        try:
            deleted = await run_in_threadpool(_purge, sessions, settings.saved_retention_days)
            if deleted:
                logger.info("purged %d expired saved routines", deleted)
        except Exception as exc:  # the loop must survive a database outage
            logger.warning("purge failed: %s", type(exc).__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    store: ContentStore = app.state.content
    try:
        await run_in_threadpool(store.refresh)
    except Exception as exc:  # serve 503s until the database is back
        logger.warning("content not loaded at start: %s", type(exc).__name__)
    tasks = [
        asyncio.create_task(store.keep_fresh()),
        asyncio.create_task(keep_purging(app.state.sessions, app.state.settings)),
    ]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if app.state.engine is not None:
            app.state.engine.dispose()


def create_app(settings: Settings | None = None, sessions: SessionFactory | None = None) -> FastAPI:
    """Build the app; tests pass `sessions` bound to a connection they roll back."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Stretchbase",
        version=API_VERSION,
        summary="An open content service for gentle stretching routines for lower back pain.",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        license_info={"name": "MIT", "identifier": "MIT"},
        lifespan=lifespan,
        openapi_url=None,  # served by install_openapi, with an ETag
        docs_url=None,
        redoc_url=None,
        redirect_slashes=False,  # Starlette's redirect echoes the Host header: a 404 instead
    )
    configure_logging(settings.log_level)
    app.state.settings = settings
    app.state.metrics = Metrics()
    app.state.engine = None
    if sessions is None:
        app.state.engine = make_engine(
            settings.database_url, timeout_seconds=settings.database_timeout_seconds
        )
        sessions = session_factory(app.state.engine)
    app.state.sessions = sessions
    app.state.figures = FigureStore(load_figure_library())
    app.state.web = load_web_assets()
    app.state.bundles = BundleService(sessions, settings.bundle_delta_versions)
    app.state.content = ContentStore(
        sessions,
        settings.content_refresh_seconds,
        render_cache_bytes=settings.response_cache_bytes // 4,
        figure_links=app.state.figures.links,
    )
    app.state.editing = EditingService(
        sessions,
        current=lambda: app.state.content.snapshot,
        install=app.state.content.install,
        figure_links=app.state.figures.links,
        gate=functools.partial(check_safety, budget=settings.safety_gate_budget),
    )
    install_problem_handlers(app)
    routers = (
        editing,
        poses,
        figures,
        routines,
        safety_rules,
        vocabulary,
        questionnaire,
        sources,
        bundle,
        health,
        metrics,
        page,
    )
    for module in routers:
        app.include_router(module.router)
    install_openapi(app, load_examples())
    app.state.routes = RouteTable(app)
    install_middleware(app, settings)
    return app


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """Added innermost first. From the outside in: the edge (request id, CORS, negotiation,
    body cap and deadline, security headers, logs, metrics), the rate limit, then the
    response cache."""
    app.add_middleware(
        ResponseCacheMiddleware,
        store=app.state.content,
        max_bytes=settings.response_cache_bytes * 3 // 4,  # the rest: the render cache
        normalisers={"/v1/routines/compose": routines.compose_cache_key},
    )
    counters = Counters(
        settings.redis_url,
        timeout_ms=settings.redis_timeout_ms,
        retry_seconds=settings.redis_retry_seconds,
    )
    app.state.write_limit = KeyRateLimit(parse_limit(settings.write_rate_limit), counters)
    limit = parse_limit(settings.rate_limit)
    if limit is not None:
        app.add_middleware(RateLimitMiddleware, limit=limit, counters=counters)
    app.add_middleware(
        EdgeMiddleware,
        max_body_bytes=settings.max_body_bytes,
        body_timeout_seconds=settings.body_timeout_seconds,
        metrics=app.state.metrics,
        cors=CorsPolicy(settings.cors_origins),
    )
