"""Every path the API serves a resource at, defined once: routers take their prefixes from
here, and representations build their links with these functions."""

from typing import Protocol

POSES = "/v1/poses"
ROUTINES = "/v1/routines"
SAFETY_RULES = "/v1/safety-rules"
SOURCES = "/v1/sources"
QUESTIONNAIRE = "/v1/questionnaire"
BUNDLE = "/v1/bundle"
REVISIONS = "/v1/revisions"
VOCABULARY = "/v1/vocabulary"
# Collections edited as one resource, whose revisions name it by the collection's name
WHOLE_RESOURCES = frozenset({"vocabulary"})


def pose_href(slug: str) -> str:
    return f"{POSES}/{slug}"


def pose_links(slug: str) -> dict[str, str]:
    return {"self": pose_href(slug), "steps": f"{pose_href(slug)}/steps"}


def routine_href(slug_or_id: object) -> str:
    return f"{ROUTINES}/{slug_or_id}"


def rule_href(slug: str) -> str:
    return f"{SAFETY_RULES}/{slug}"


def source_href(slug: str) -> str:
    return f"{SOURCES}/{slug}"


def resource_href(revision: "HasResource") -> str:
    """Where the resource a revision is of lives: its collection (the revision's `resource`,
    a path segment under /v1) and its slug; a resource that is the whole collection (the
    vocabulary, whose slug is its name) is the collection's path."""
    if revision.resource in WHOLE_RESOURCES:
        return f"/v1/{revision.resource}"
    return f"/v1/{revision.resource}/{revision.slug}"


class HasResource(Protocol):
    resource: str
    slug: str


BUNDLE_CHANGES = f"{BUNDLE}/changes"


def bundle_changes_href(since: int) -> str:
    return f"{BUNDLE_CHANGES}?since={since}"
