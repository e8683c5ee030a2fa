"""One `Authorization` header, or a problem.

RFC 9110 gives a request one set of credentials; with two `Authorization` lines a server
that reads the first (Starlette's `headers.get`) and a proxy or log that reads the last would
each see a different credential. Neither is guessed: two lines are a 400 problem.
"""

from fastapi import Request

from api.http.problems import ProblemError


async def single_authorization(request: Request) -> None:
    """A dependency for the routes that take a bearer token (the delete, /metrics)."""
    lines = sum(1 for name, _ in request.scope["headers"] if name == b"authorization")
    if lines > 1:
        raise ProblemError(
            400,
            f"The request has {lines} Authorization headers; send one, "
            "as `Authorization: Bearer <token>`.",
        )
