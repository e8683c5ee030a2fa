"""The routine composer: a pure function from (request, catalogue) to a composed routine.

It imports neither FastAPI nor SQLAlchemy (an import-linter contract checks this), so it is
tested directly and fast.
"""

from api.compose.catalogue import (
    Catalogue,
    CatalogueError,
    PlannedPose,
    PoseFacts,
    RoutinePlan,
    catalogue_from,
    composable_slugs,
    pose_ref,
)
from api.compose.composer import UnknownBaseRoutineError, compose

__all__ = [
    "Catalogue",
    "CatalogueError",
    "PlannedPose",
    "PoseFacts",
    "RoutinePlan",
    "UnknownBaseRoutineError",
    "catalogue_from",
    "composable_slugs",
    "compose",
    "pose_ref",
]
