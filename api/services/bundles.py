"""The bundle and its deltas: the bundle is built once per content version (api.content.bundle)
and its manifest recorded in the database before it is served, so that any replica can later
answer `since=` that version; the last `keep_versions` manifests are kept."""

import threading
import zlib
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col

from api.content.bundle import BuiltBundle, BundleCache, Manifest, delta_json
from api.content.snapshot import ContentSnapshot
from api.db import SessionFactory, session_scope
from models.base import utcnow
from models.bundle_manifest import BundleManifest


class DeltaRefusal(StrEnum):
    TOO_OLD = "too_old"
    """No manifest of that version is kept (or none was ever served)."""
    AHEAD = "ahead"
    """This replica has not reached that version yet."""
    RULE_LANGUAGE = "rule_language"
    """The rule language changed since: a client must take the full bundle."""


class DeltaUnavailableError(Exception):
    def __init__(self, refusal: DeltaRefusal, current: int) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.current = current


@dataclass(frozen=True)
class Delta:
    body: bytes
    since: int
    content_version: int


class BundleService:
    def __init__(self, sessions: SessionFactory, keep_versions: int) -> None:
        self.sessions = sessions
        self.keep_versions = keep_versions
        self._cache = BundleCache()
        self._recorded: int | None = None
        self._lock = threading.Lock()

    def full(self, snapshot: ContentSnapshot) -> BuiltBundle:
        """The snapshot's bundle; its manifest is in the database before this returns."""
        built = self._cache.get(snapshot)
        if self._recorded != built.manifest.content_version:
            with self._lock:
                if self._recorded != built.manifest.content_version:
                    self._record(built.manifest)
                    self._recorded = built.manifest.content_version
        return built

    def delta(self, snapshot: ContentSnapshot, since: int) -> Delta:
        current = self.full(snapshot).manifest
        if since > current.content_version:
            raise DeltaUnavailableError(DeltaRefusal.AHEAD, current.content_version)
        old = current if since == current.content_version else self._manifest(since)
        if old is None:
            raise DeltaUnavailableError(DeltaRefusal.TOO_OLD, current.content_version)
        if old.rule_language_version != current.rule_language_version:
            raise DeltaUnavailableError(DeltaRefusal.RULE_LANGUAGE, current.content_version)
        return Delta(delta_json(snapshot, current, old), since, current.content_version)

    def _manifest(self, version: int) -> Manifest | None:
        with self.sessions() as session:
            data = session.execute(
                select(col(BundleManifest.manifest)).where(
                    col(BundleManifest.content_version) == version
                )
            ).scalar_one_or_none()
        return None if data is None else Manifest.from_json(zlib.decompress(data))

    def _record(self, manifest: Manifest) -> None:
        """Insert the manifest (another replica may have done so: nothing then), and forget
        those more than `keep_versions` versions older."""
        version = manifest.content_version
        row = {
            "content_version": version,
            "manifest": zlib.compress(manifest.to_json(), 6),
            "created_at": utcnow(),
        }
        with session_scope(self.sessions) as session:
            dialect = session.get_bind().dialect.name
            insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
            statement = insert(BundleManifest).values(**row).on_conflict_do_nothing()
            session.execute(statement)
            session.execute(
                delete(BundleManifest).where(
                    col(BundleManifest.content_version) <= version - self.keep_versions
                )
            )
