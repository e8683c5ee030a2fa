"""The FastAPI app factory: settings → engine → content store → routers and middleware."""

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from starlette.concurrency import run_in_threadpool

from api.content.store import ContentStore
from api.db import SessionFactory, make_engine, session_factory
from api.http.edge import EdgeMiddleware
from api.http.openapi import install_openapi
from api.http.problems import install_problem_handlers
from api.http.ratelimit import RateLimitMiddleware, make_storage, parse_limit
from api.observability import Metrics, configure_logging
from api.openapi_examples import EXAMPLES
from api.routers import health, metrics, poses, routines, safety_rules, sources, vocabulary
from api.settings import Settings, get_settings

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
    {"name": "routines", "description": "Routines, and composing one for a person."},
    {"name": "safety rules", "description": "The rule base the composer interprets."},
    {"name": "vocabulary", "description": "What a questionnaire asks: limits and red flags."},
    {"name": "sources", "description": "Where the content comes from, with attribution."},
    {"name": "health", "description": "Liveness and readiness."},
]


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    store: ContentStore = app.state.content
    try:
        await run_in_threadpool(store.refresh)
    except Exception as exc:  # serve 503s until the database is back
        logger.warning("content not loaded at start: %s", type(exc).__name__)
    refresher = asyncio.create_task(store.keep_fresh())
    try:
        yield
    finally:
        refresher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await refresher
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
    app.state.content = ContentStore(sessions, settings.content_refresh_seconds)
    install_problem_handlers(app)
    for module in (poses, routines, safety_rules, vocabulary, sources, health, metrics):
        app.include_router(module.router)
    install_openapi(app, EXAMPLES)
    install_middleware(app, settings)
    return app


REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
EXPOSED_HEADERS = [
    "ETag",
    "Link",
    "Location",
    "Retry-After",
    "RateLimit",
    "RateLimit-Policy",
    "X-Request-ID",
]


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """Added innermost first. From the outside in: request id, CORS, the edge checks and
    logs, the rate limit, then gzip for what the routers did not compress themselves."""
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    limit = parse_limit(settings.rate_limit)
    if limit is not None:
        app.add_middleware(
            RateLimitMiddleware, limit=limit, storage=make_storage(settings.redis_url)
        )
    app.add_middleware(
        EdgeMiddleware, max_body_bytes=settings.max_body_bytes, metrics=app.state.metrics
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Accept", "Content-Type", "If-None-Match", "X-Request-ID"],
        expose_headers=EXPOSED_HEADERS,
        max_age=86400,
    )
    app.add_middleware(
        CorrelationIdMiddleware,
        header_name="X-Request-ID",
        validator=lambda value: bool(REQUEST_ID.match(value)),
    )
