"""API keys for editors: create (the secret shown once), list, revoke, authenticate.

A secret is `sb_` and 43 URL-safe characters (256 random bits); the database keeps its SHA-256
only (why not argon2: models/api_key.py). A revoked key authenticates nothing.
"""

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, select

from models.api_key import ApiKey, Scope
from models.base import utcnow

SECRET_PREFIX = "sb_"  # noqa: S105 - a marker, not a secret
SHOWN_PREFIX_CHARS = 10  # `sb_` and 7 characters: enough to tell keys apart in a list


class KeyNameTakenError(ValueError):
    pass


@dataclass(frozen=True)
class Editor:
    """Who is writing: the key's name (recorded in revisions) and what it may write."""

    name: str
    scopes: frozenset[Scope]


def secret_hash(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


def create_key(session: Session, name: str, scopes: Sequence[Scope]) -> tuple[ApiKey, str]:
    """A new key and its secret (to show once; only the hash is stored)."""
    if session.exec(select(ApiKey).where(ApiKey.name == name)).first() is not None:
        raise KeyNameTakenError(f"a key named {name!r} exists; revoke it or choose another name")
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        name=name,
        prefix=secret[:SHOWN_PREFIX_CHARS],
        secret_hash=secret_hash(secret),
        scopes=sorted(set(scopes)),
    )
    session.add(key)
    session.commit()
    return key, secret


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(ApiKey.id)).all())  # type: ignore[arg-type]


def revoke_key(session: Session, name: str) -> bool:
    """Revoke the named key; False when there is no such key that is not already revoked."""
    key = session.exec(select(ApiKey).where(ApiKey.name == name)).first()
    if key is None or key.revoked_at is not None:
        return False
    key.revoked_at = utcnow()
    session.commit()
    return True


def authenticate(session: Session, secret: str) -> Editor | None:
    """The editor holding this secret, or None (unknown, malformed or revoked)."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 100:
        return None
    digest = secret_hash(secret)
    key = session.exec(select(ApiKey).where(ApiKey.secret_hash == digest)).first()
    # The lookup is by hash, so its timing says nothing about the secret; compare anyway.
    if (
        key is None
        or key.revoked_at is not None
        or not hmac.compare_digest(key.secret_hash, digest)
    ):
        return None
    return Editor(name=key.name, scopes=frozenset(Scope(s) for s in key.scopes))
