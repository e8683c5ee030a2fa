"""Holds the current snapshot and replaces it when the content version in the database moves.

Each replica polls `content_state.version` every `content_refresh_seconds` (default 5 s), so
a content change reaches every replica within that delay. When the database cannot be
reached, the snapshot keeps being served for at most `3 × content_refresh_seconds`, then
reads answer 503 until the database is back: content is never served stale without bound.
"""

import asyncio
import logging
import time

from pydantic import ValidationError
from sqlmodel import select
from starlette.concurrency import run_in_threadpool

from api.compose import CatalogueError
from api.content.build import FigureLinks, build_snapshot, no_figures
from api.content.snapshot import ContentSnapshot
from api.db import SessionFactory
from models.content_state import CONTENT_STATE_ID, ContentState

logger = logging.getLogger("stretchbase.content")

STALENESS_FACTOR = 3
RETRY_AFTER_SECONDS = 5


class ContentUnavailableError(RuntimeError):
    """No verified content to serve (not loaded yet, or the database is out of reach); the
    HTTP layer answers 503 with Retry-After."""

    retry_after_seconds = RETRY_AFTER_SECONDS


class ContentStore:
    def __init__(
        self,
        sessions: SessionFactory,
        refresh_seconds: float,
        render_cache_bytes: int,
        figure_links: FigureLinks = no_figures,
    ) -> None:
        self.sessions = sessions
        self.render_cache_bytes = render_cache_bytes
        self.figure_links = figure_links
        self.refresh_seconds = refresh_seconds
        self.max_staleness = refresh_seconds * STALENESS_FACTOR
        self.snapshot: ContentSnapshot | None = None
        self.verified_at = float("-inf")

    def refresh(self) -> bool:
        """Check the version and rebuild if it moved; True when a new snapshot was installed."""
        with self.sessions() as session:
            version = session.exec(
                select(ContentState.version).where(ContentState.id == CONTENT_STATE_ID)
            ).first()
            if version is not None:
                # The database answered: the snapshot held is what it was a moment ago, and
                # stays served while a new version builds (seconds at 10,000 poses), rather
                # than reads turning to 503s for as long as the build takes.
                self.verified_at = time.monotonic()
            changed = version is not None and (
                self.snapshot is None or version != self.snapshot.version
            )
            if changed:
                try:
                    snapshot = build_snapshot(session, self.figure_links)
                    snapshot.catalogue.check()
                    snapshot.renders.max_bytes = self.render_cache_bytes
                except (CatalogueError, ValidationError) as exc:
                    logger.error(
                        "content version %s rejected, keeping the old one: %s", version, exc
                    )
                    changed = False
                else:
                    self.snapshot = snapshot
                    logger.info("content version %s loaded", snapshot.version)
        self.verified_at = time.monotonic()
        return changed

    def install(self, snapshot: ContentSnapshot) -> None:
        """Serve a snapshot this process built and checked itself (after an editor's write),
        unless a newer one is already served."""
        if self.snapshot is None or snapshot.version > self.snapshot.version:
            snapshot.renders.max_bytes = self.render_cache_bytes
            self.snapshot = snapshot
            logger.info("content version %s loaded", snapshot.version)
        self.verified_at = time.monotonic()

    async def keep_fresh(self) -> None:
        while True:
            await asyncio.sleep(self.refresh_seconds)
            try:
                await run_in_threadpool(self.refresh)
            except Exception as exc:  # the loop must survive a database outage
                logger.warning("content refresh failed: %s", type(exc).__name__)

    def is_fresh(self) -> bool:
        """Verified against the database within the staleness bound."""
        return time.monotonic() - self.verified_at <= self.max_staleness

    def current(self) -> ContentSnapshot:
        if self.snapshot is None:
            raise ContentUnavailableError("The content is not loaded yet; retry shortly.")
        if not self.is_fresh():
            raise ContentUnavailableError(
                "The content cannot be checked against the database; retry shortly."
            )
        return self.snapshot
