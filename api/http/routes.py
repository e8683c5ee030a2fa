"""Which methods each path accepts, read from the OpenAPI spec (one source of truth).

Starlette's 405 names only the first route that matched the path (POST for
/v1/routines/compose, which also takes GET); and the edge must not answer 415 to a method
the path does not take at all — that is a 405. As OpenAPI says, a concrete path wins over a
templated one: /v1/routines/compose takes GET and POST, not the DELETE of
/v1/routines/{slug_or_id}.
"""

import re
from functools import cached_property
from typing import Any

from fastapi import FastAPI


class RouteTable:
    def __init__(self, app: FastAPI) -> None:
        self.app = app

    @cached_property
    def _patterns(self) -> list[tuple[int, re.Pattern[str], frozenset[str]]]:
        spec: dict[str, Any] = self.app.openapi()
        table = []
        for template, operations in spec["paths"].items():
            pattern = re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template))
            methods = {method.upper() for method in operations}
            if "GET" in methods:
                methods.add("HEAD")
            table.append((template.count("{"), re.compile(f"^{pattern}$"), frozenset(methods)))
        return sorted(table, key=lambda row: row[0])

    def methods_for(self, path: str) -> frozenset[str] | None:
        """The methods `path` accepts, or None when no documented path matches; the paths
        with the fewest parameters that match decide."""
        methods: set[str] = set()
        specificity = None
        for parameters, pattern, allowed in self._patterns:
            if specificity is not None and parameters > specificity:
                break
            if pattern.match(path):
                specificity = parameters
                methods |= allowed
        return frozenset(methods) if methods else None
