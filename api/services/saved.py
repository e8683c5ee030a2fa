"""Saved compositions: private, deletable by their saver, expiring.

A save stores the routine exactly as it is served (`RoutinePublic` JSON), compressed with
zlib against a preset dictionary of typical saved routines (`saved_dictionary_1.bin`:
~15 KB of JSON becomes ~0.3–0.6 KB), so it reads back byte for byte the same after the
content changes, without recomposing. A codec number per row says how the body was
compressed: a new dictionary gets a new number and old rows keep theirs, so dictionaries are
never changed or removed.

The deletion token is 256 random bits, shown once; only its SHA-256 is stored (a fast hash
is enough for a secret that cannot be guessed). The delete compares digests, not tokens, so
the comparison's timing tells nothing about the token (a client controls only the
preimage); it is one DELETE statement, which SQLite cannot fail as it can a read followed by
a write in one transaction. Rows expire at 00:00 UTC
`retention_days` after the UTC day of the save (`expires_at`): an expired row is never served, and
`purge_expired` removes them (the CLI's `stretchbase purge`, and every replica periodically).

A deleted body must not stay readable on disk. On SQLite, connections run with
`secure_delete` (api/db.py: deleted content is zeroed), and after a delete or a purge
`scrub` checkpoints the write-ahead log into the database file and truncates it, so no earlier
copy of the page survives in the `-wal` file. On PostgreSQL a deleted row stays in its page
until VACUUM (autovacuum) makes the space reusable and it is overwritten: README, "Privacy".
"""

import hashlib
import logging
import secrets
import time
import uuid
import zlib
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pydantic_core
from sqlalchemy import CursorResult, Result, Select, delete, select, text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col

from api.db import SQLITE_BUSY_TIMEOUT_MS
from models.composition import ComposedRoutine, ComposeRequest
from models.links import routine_href
from models.routine import Composition, RoutinePublic, SavedRoutine
from models.vocabulary import RoutineKind

logger = logging.getLogger("stretchbase.saved")

DICTIONARY_FILES = {1: Path(__file__).with_name("saved_dictionary_1.bin")}
CURRENT_CODEC = 1
PLAIN_ZLIB = 0
TOKEN_BYTES = 32
PURGE_BATCH = 5_000
PURGE_LOCK_KEY = 0x5B_5A_7E_D0  # PostgreSQL advisory lock: one replica purges at a time
SCRUB_WAIT_MS = 2_000  # how long a checkpoint after a delete waits for readers to move on


@cache
def _dictionary(codec: int) -> bytes:
    return DICTIONARY_FILES[codec].read_bytes() if codec != PLAIN_ZLIB else b""


def compress(body: bytes, codec: int = CURRENT_CODEC) -> bytes:
    compressor = zlib.compressobj(9, zdict=_dictionary(codec)) if codec else zlib.compressobj(9)
    return compressor.compress(body) + compressor.flush()


def decompress(data: bytes, codec: int) -> bytes:
    decompressor = zlib.decompressobj(zdict=_dictionary(codec)) if codec else zlib.decompressobj()
    return decompressor.decompress(data) + decompressor.flush()


def today() -> date:
    return datetime.now(UTC).date()


def hash_token(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _describe(request: ComposeRequest, result: ComposedRoutine) -> str:
    limits = ", ".join(request.mobility_limits) or "none"
    flags = ", ".join(request.red_flags) or "none"
    return (
        f"Adapted from {request.base_routine} for pain {request.pain_level}/10 "
        f"({result.pain_band}); mobility limits: {limits}; red flags: {flags}."
    )


def links(routine_id: uuid.UUID) -> dict[str, str]:
    return {"self": routine_href(routine_id)}


def saved_body(
    routine_id: uuid.UUID, request: ComposeRequest, result: ComposedRoutine, created_on: date
) -> bytes:
    """The saved routine as GET /v1/routines/{id} serves it, for ever after."""
    normalized = request.normalized()
    routine = RoutinePublic(
        id=routine_id,
        slug=None,
        name="Composed routine" if result.outcome == "routine" else "Referral",
        description=_describe(normalized, result),
        kind=RoutineKind.composed,
        items=result.items,
        total_seconds=result.total_seconds,
        source=None,
        composition=Composition(
            **result.model_dump(exclude={"items", "total_seconds"}),
            request=normalized,
            created_at=created_on,
        ),
        links=links(routine_id),
    )
    return pydantic_core.to_json(routine.model_dump(mode="json"))


class Saved:
    """What a save hands back once: the id, the token, and the first day it is not served."""

    def __init__(self, routine_id: uuid.UUID, token: str, expires_at: date) -> None:
        self.id, self.token, self.expires_at = routine_id, token, expires_at


def save_composition(
    session: Session,
    request: ComposeRequest,
    result: ComposedRoutine,
    *,
    retention_days: int,
) -> Saved:
    routine_id = uuid.uuid4()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    created_on = today()
    session.add(
        SavedRoutine(
            id=routine_id,
            created_on=created_on,
            token_hash=hash_token(token),
            codec=CURRENT_CODEC,
            body=compress(saved_body(routine_id, request, result, created_on)),
        )
    )
    session.flush()
    return Saved(routine_id, token, created_on + timedelta(days=retention_days))


def scrub(session: Session) -> None:
    """After a delete is committed (SQLite): copy the write-ahead log into the database file,
    where `secure_delete` has zeroed the deleted rows, and truncate the log, which still holds
    earlier versions of those pages. If readers keep it from finishing it is not an error: the
    next delete or purge, or SQLite's own checkpoints, finish it."""
    if session.get_bind().dialect.name != "sqlite":
        return
    try:
        session.execute(text(f"PRAGMA busy_timeout={SCRUB_WAIT_MS}"))  # a delete waits no longer
        try:
            session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        finally:
            session.execute(text(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}"))
        session.commit()
    except OperationalError as exc:  # inside another transaction ("table is locked"): later
        session.rollback()
        logger.info("checkpoint after a delete postponed: %s", exc.orig)


def _expired(created_on: date, retention_days: int) -> bool:
    return created_on + timedelta(days=retention_days) <= today()


def get_saved(session: Session, routine_id: uuid.UUID, *, retention_days: int) -> bytes | None:
    """The body as it was served, or None when there is none (or it has expired)."""
    row = session.get(SavedRoutine, routine_id)
    if row is None or _expired(row.created_on, retention_days):
        return None
    return decompress(row.body, row.codec)


def delete_saved(
    session: Session, routine_id: uuid.UUID | None, token: str, *, retention_days: int
) -> bool:
    """Delete the routine if `token` is its deletion token; False otherwise, whatever the
    reason (no such id, expired, wrong token). One statement: the database compares the
    token's hash, and a read-then-write transaction cannot fail on SQLite's snapshot."""
    token_hash = hash_token(token)
    if routine_id is None:
        return False
    cutoff = today() - timedelta(days=retention_days)
    deleted = session.execute(
        delete(SavedRoutine).where(
            col(SavedRoutine.id) == routine_id,
            col(SavedRoutine.token_hash) == token_hash,
            col(SavedRoutine.created_on) > cutoff,
        )
    )
    return _rowcount(deleted) == 1


def purge_expired(session: Session, *, retention_days: int, batch: int = PURGE_BATCH) -> int:
    """Delete every expired row, `batch` rows per transaction (committed as it goes, so a
    large purge never holds the table for long); on PostgreSQL only one replica purges at a
    time. Returns how many rows were deleted."""
    cutoff = today() - timedelta(days=retention_days)
    postgres = session.get_bind().dialect.name == "postgresql"
    expired = (
        select(col(SavedRoutine.id)).where(col(SavedRoutine.created_on) <= cutoff).limit(batch)
    )
    found = session.execute(expired).first() is not None
    session.rollback()  # end the read: a write upgraded from an old snapshot fails on SQLite
    if not found:
        return 0  # the usual case: one index probe, nothing written
    deleted = 0
    while True:
        if postgres:
            lock = text("SELECT pg_try_advisory_xact_lock(:key)")
            if not session.execute(lock, {"key": PURGE_LOCK_KEY}).scalar_one():
                session.rollback()
                return deleted  # another replica is purging
        count = _delete_batch(session, expired)
        deleted += count
        if count < batch:
            scrub(session)
            return deleted


def _rowcount(result: Result[Any]) -> int:
    """Rows a DELETE touched (a DML statement's result is a CursorResult, which has them)."""
    assert isinstance(result, CursorResult)
    return result.rowcount


def _delete_batch(session: Session, expired: Select[uuid.UUID], attempts: int = 5) -> int:
    """One batch in its own transaction. On SQLite a write can meet another process's
    (a second replica on the same file) and fail at once with "database is locked" rather
    than wait; it is tried again a few times before the error is left to the caller."""
    statement = delete(SavedRoutine).where(col(SavedRoutine.id).in_(expired.scalar_subquery()))
    for attempt in range(attempts):
        try:
            result = session.execute(statement)
            session.commit()
            return _rowcount(result)
        except OperationalError:
            session.rollback()
            if session.get_bind().dialect.name != "sqlite" or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return 0  # pragma: no cover - the loop returns or raises
