"""Which methods each path accepts, read from the OpenAPI spec (one source of truth).

Starlette's 405 names only the first route that matched the path (POST for
/v1/routines/compose, which also takes GET); and the edge must not answer 415 to a method
the path does not take at all — that is a 405.
"""

import re
from functools import cached_property
from typing import Any

from fastapi import FastAPI


class RouteTable:
    def __init__(self, app: FastAPI) -> None:
        self.app = app

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], frozenset[str]]]:
        spec: dict[str, Any] = self.app.openapi()
        table = []
        for template, operations in spec["paths"].items():
            pattern = re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template))
            methods = {method.upper() for method in operations}
            if "GET" in methods:
                methods.add("HEAD")
            table.append((re.compile(f"^{pattern}$"), frozenset(methods)))
        return table

    def methods_for(self, path: str) -> frozenset[str] | None:
        """The methods `path` accepts, or None when no documented path matches."""
        methods: set[str] = set()
        for pattern, allowed in self._patterns:
            if pattern.match(path):
                methods |= allowed
        return frozenset(methods) if methods else None
