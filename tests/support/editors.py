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
