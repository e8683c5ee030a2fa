"""Which methods each path accepts, read from the application's own routes (one source of
truth: a route added anywhere, documented or not, is in its `Allow`).

Starlette's 405 names only the first route that matched the path (POST for
/v1/routines/compose, which also takes GET); and the edge must not answer 415 to a method
the path does not take at all — that is a 405. As OpenAPI says, a concrete path wins over a
templated one: /v1/routines/compose takes GET and POST, not the DELETE of
/v1/routines/{slug_or_id}.
"""

import re
from functools import cached_property

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from starlette.routing import compile_path


class RouteTable:
    def __init__(self, app: FastAPI) -> None:
        self.app = app

    @cached_property
    def _patterns(self) -> list[tuple[int, re.Pattern[str], frozenset[str]]]:
        """(path parameters, path pattern, methods) of every route, fewest parameters first."""
        table = []
        for route in iter_route_contexts(self.app.routes):  # included routers' routes too
            if route.path is None or not route.methods:
                continue
            methods = set(route.methods)
            if "GET" in methods:
                methods.add("HEAD")
            pattern, _, parameters = compile_path(route.path)
            table.append((len(parameters), pattern, frozenset(methods)))
        return sorted(table, key=lambda row: row[0])

    @cached_property
    def _literal_segments(self) -> frozenset[str]:
        """Every fixed segment of a route's path (`v1`, `poses`, `compose`, …)."""
        return frozenset(
            segment
            for route in iter_route_contexts(self.app.routes)
            if route.path is not None
            for segment in route.path.split("/")
            if segment and "{" not in segment
        )

    def known_prefix(self, path: str) -> str:
        """The path up to its first segment that is not a fixed segment of any route, then
        `/…`: `/v1/red-flags/saddle_numbness` → `/v1/red-flags/…`. What a client made up
        (an id, an answer, a smuggled query) is cut off."""
        segments = path.split("/")[1:]
        kept: list[str] = []
        for segment in segments:
            if segment not in self._literal_segments:
                return "/" + "/".join([*kept, "…"])
            kept.append(segment)
        return path

    def methods_for(self, path: str) -> frozenset[str] | None:
        """The methods `path` accepts, or None when no route matches; the routes with the
        fewest parameters that match decide."""
        methods: set[str] = set()
        specificity = None
        for parameters, pattern, allowed in self._patterns:
            if specificity is not None and parameters > specificity:
                break
            if pattern.match(path):
                specificity = parameters
                methods |= allowed
        return frozenset(methods) if methods else None
