"""Dependencies shared by the routers: the content snapshot, a database session, settings."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from api.content.snapshot import ContentSnapshot
from api.settings import Settings


# Async on purpose: FastAPI runs sync dependencies in the thread pool, a costly hop for
# what is an attribute read.
async def get_snapshot(request: Request) -> ContentSnapshot:
    return request.app.state.content.current()


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


async def get_settings_from_app(request: Request) -> Settings:
    return request.app.state.settings


Snapshot = Annotated[ContentSnapshot, Depends(get_snapshot)]
DatabaseSession = Annotated[Session, Depends(get_session)]
AppSettings = Annotated[Settings, Depends(get_settings_from_app)]


def public_cache_control(settings: Settings) -> str:
    """For public content: shared caches may keep it, and serve it stale while revalidating."""
    age = settings.cache_max_age
    return f"public, max-age={age}, stale-while-revalidate={age * 12}, stale-if-error=86400"
