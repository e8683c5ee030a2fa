"""Editors' API keys for tests: made with the real service, in the test's database."""

from sqlmodel import Session

from api.db import SessionFactory
from api.services.keys import create_key
from models.api_key import Scope

ALL_SCOPES = (Scope.content_write, Scope.rules_write)


def make_key(sessions: SessionFactory, name: str, *scopes: Scope) -> str:
    """A key's secret, as `Authorization: Bearer` takes it."""
    with sessions() as session:
        return new_key(session, name, *scopes)


def new_key(session: Session, name: str, *scopes: Scope) -> str:
    """A key with these scopes (all of them when none are named)."""
    _, secret = create_key(session, name, scopes or ALL_SCOPES)
    return secret


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


MERGE = {"Content-Type": "application/merge-patch+json"}
"""The content type of a JSON Merge Patch (RFC 7396), as PATCH takes it."""

NEW_RULE = {
    "slug": "limit-cannot-kneel-notice",
    "kind": "mobility_limit",
    "trigger": {"type": "mobility_limit", "limit": "cannot_kneel"},
    "effect": [{"type": "exclude", "demands": ["kneeling"], "offer_alternatives": True}],
    "severity": "info",
    "message": "Kneeling poses are left out.",
    "rationale": "A second rule, for the test.",
    "sources": [{"slug": "stretchbase-editorial", "section": "Mobility limits"}],
}
"""A valid safety rule a test can create (a second rule for a limit that has one)."""

NEW_SOURCE = {
    "slug": "physio-notes",
    "title": "Physio notes",
    "kind": "editorial",
    "attribution": "Stretchbase editors",
    "rights": "Written by Stretchbase: CC BY 4.0.",
}
"""A valid source a test can create."""
