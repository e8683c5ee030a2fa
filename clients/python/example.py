"""The Stretchbase API through the generated Python client: list poses page by page, read one
and revalidate it, compose a routine (GET and POST), save it, read it back by its Location,
delete it, and read a 422 and a 404 as problems.

    python example.py http://127.0.0.1:8000    (with clients/python on sys.path, as here)
"""

import os
import re
import sys
from collections.abc import Mapping
from typing import NoReturn, TypeVar
from urllib.parse import parse_qs, urlsplit

from stretchbase_client import AuthenticatedClient, Client
from stretchbase_client.api.poses import get_pose, list_poses
from stretchbase_client.api.routines import (
    compose_routine,
    compose_routine_by_query,
    delete_routine,
    get_routine,
)
from stretchbase_client.models import (
    ComposedRoutine,
    ComposeRequest,
    PosePublic,
    PoseSummaryPage,
    Problem,
    RoutinePublic,
    SavedComposition,
)
from stretchbase_client.types import Response

T = TypeVar("T")
LINK = re.compile(r'<([^>]*)>\s*;\s*rel="([^"]*)"')


def linked_page(headers: Mapping[str, str], rel: str = "next") -> tuple[int, int] | None:
    """(limit, offset) of the page a list response's RFC 8288 `Link` header names with `rel`,
    or None on the last page. Other filters stay as you sent them. (`headers` are httpx's,
    whose names are case-insensitive.)"""
    for url, name in LINK.findall(headers.get("link", "")):
        if name == rel:
            query = parse_qs(urlsplit(url).query)
            return int(query["limit"][0]), int(query["offset"][0])
    return None


def fail(what: str, response: Response[T]) -> NoReturn:
    detail = response.parsed.detail if isinstance(response.parsed, Problem) else ""
    raise SystemExit(f"{what}: unexpected {response.status_code} {detail}")


def problem_line(response: Response[T]) -> str:
    problem = response.parsed
    if not isinstance(problem, Problem):
        return str(int(response.status_code))
    fields = [f"{error.location}.{error.field}" for error in problem.errors or []]
    invalid = f" [{', '.join(fields)}]" if fields else ""
    return f"{problem.status} {problem.title}{invalid}: {problem.detail}"


def main(base_url: str) -> None:
    print(f"Stretchbase at {base_url}")
    with Client(base_url=base_url) as client:
        # Every pose, five at a time, following the Link header's rel="next" to the last page.
        names: list[str] = []
        page: tuple[int, int] | None = (5, 0)
        pages = 0
        while page is not None:
            listed = list_poses.sync_detailed(client=client, limit=page[0], offset=page[1])
            if not isinstance(listed.parsed, PoseSummaryPage):
                fail("list poses", listed)
            names += [pose.name for pose in listed.parsed.items]
            pages += 1
            page = linked_page(listed.headers)
        print(f'list: {len(names)} poses in {pages} pages (Link rel="next"): {", ".join(names)}')

        # One pose, typed as the whole PosePublic.
        slug = "childs-pose"
        got = get_pose.sync_detailed(slug, client=client)
        if not isinstance(got.parsed, PosePublic):
            fail("get pose", got)
        pose = got.parsed
        first = pose.steps[0].text if pose.steps else "none"
        print(
            f"pose: {pose.name} ({pose.slug}), {len(pose.steps)} steps, "
            f"{len(pose.modifications)} modifications; step 1: {first}"
        )

        # Revalidate with its ETag: 304 Not Modified, no body (and not counted against the
        # limit). A client of its own: with_headers() would add the header to this one too.
        etag = got.headers["etag"]
        with Client(base_url=base_url, headers={"If-None-Match": etag}) as revalidating:
            again = get_pose.sync_detailed(slug, client=revalidating)
        print(f"revalidate: {int(again.status_code)} for If-None-Match {etag}")

        # Compose for someone with moderate pain who cannot kneel: GET form, then POST form.
        via_get = compose_routine_by_query.sync_detailed(
            client=client, pain_level=5, mobility_limits=["cannot_kneel"]
        )
        if not isinstance(via_get.parsed, ComposedRoutine):
            fail("compose (GET)", via_get)
        composed = via_get.parsed
        left_out = []
        for exclusion in composed.excluded:
            rules = ", ".join(rule.slug for rule in exclusion.rules)
            by = (
                f", replaced by {exclusion.substituted_by.name}" if exclusion.substituted_by else ""
            )
            left_out.append(f"{exclusion.pose.name} ({rules}{by})")
        print(
            f"compose (GET): {composed.outcome}, pain band {composed.pain_band}, "
            f"{len(composed.items)} poses, {composed.total_seconds} s; "
            f"left out: {'; '.join(left_out)}"
        )
        asked = ComposeRequest(pain_level=5, mobility_limits=["cannot_kneel"])
        via_post = compose_routine.sync_detailed(client=client, body=asked)
        if not isinstance(via_post.parsed, ComposedRoutine):
            fail("compose (POST)", via_post)
        same = [item.to_dict() for item in via_post.parsed.items] == [
            item.to_dict() for item in composed.items
        ]
        print(
            f"compose (POST): {via_post.parsed.outcome}, {len(via_post.parsed.items)} poses, "
            f"{'the same items as the GET' if same else 'DIFFERENT items from the GET'}"
        )

        # Save it: 201, a Location, and the deletion token (shown only in this answer).
        asked.save = True
        save = compose_routine.sync_detailed(client=client, body=asked)
        if not isinstance(save.parsed, SavedComposition):
            fail("save", save)
        saved = save.parsed
        location = save.headers.get("location", "")
        print(
            f"save: {int(save.status_code)}, Location {location}, id {saved.id}, "
            f"expires {saved.expires_at}"
        )

        # Read it back from its Location.
        back = get_routine.sync_detailed(location.rsplit("/", 1)[-1], client=client)
        if not isinstance(back.parsed, RoutinePublic):
            fail("read back", back)
        routine = back.parsed
        print(
            f"read back: {routine.name} ({routine.kind}), id {routine.id}, "
            f"{len(routine.items)} poses, {routine.total_seconds} s"
        )

        # Delete it with its token, then it is gone.
        with AuthenticatedClient(base_url=base_url, token=saved.deletion_token) as owner:
            deleted = delete_routine.sync_detailed(str(saved.id), client=owner)
        print(f"delete: {int(deleted.status_code)}")
        gone = get_routine.sync_detailed(str(saved.id), client=client)
        print(f"read after delete: {problem_line(gone)}")

        # Errors are problems (application/problem+json), parsed as Problem.
        print(f"422: {problem_line(list_poses.sync_detailed(client=client, limit=500))}")
        print(f"404: {problem_line(get_pose.sync_detailed('no-such-pose', client=client))}")


if __name__ == "__main__":
    main(
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("STRETCHBASE_URL", "http://127.0.0.1:8000")
    )
