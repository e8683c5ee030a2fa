"""Dependencies shared by the routers: the content snapshot, settings, the services."""

from typing import Annotated

from fastapi import Depends, Request

from api.content.snapshot import ContentSnapshot
from api.content.store import ContentStore
from api.services.figures import FigureStore
from api.services.routines import RoutinesService
from api.settings import Settings


# Async on purpose: FastAPI runs sync dependencies in the thread pool, a costly hop for
# what is an attribute read.
async def get_snapshot(request: Request) -> ContentSnapshot:
    content: ContentStore = request.app.state.content
    return content.current()


async def get_settings_from_app(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


Snapshot = Annotated[ContentSnapshot, Depends(get_snapshot)]
AppSettings = Annotated[Settings, Depends(get_settings_from_app)]


async def get_routines(
    request: Request, snapshot: Snapshot, settings: AppSettings
) -> RoutinesService:
    return RoutinesService(snapshot, request.app.state.sessions, settings.saved_retention_days)


async def get_figures(request: Request) -> FigureStore:
    figures: FigureStore = request.app.state.figures
    return figures


Routines = Annotated[RoutinesService, Depends(get_routines)]
Figures = Annotated[FigureStore, Depends(get_figures)]


def public_cache_control(settings: Settings) -> str:
    """For public content: shared caches may keep it, and serve it stale while revalidating."""
    age = settings.cache_max_age
    return f"public, max-age={age}, stale-while-revalidate={age * 12}, stale-if-error=86400"
