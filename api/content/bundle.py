"""The bundle of a snapshot, built once per content version: JSON written piece by piece
(each pose from what the snapshot keeps, without typing it again), gzipped as it is written,
and kept only gzipped (at 10,000 poses the JSON is ~40 MB and its gzip under 1 MB)."""

import hashlib
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pydantic_core

from api.content.snapshot import ContentSnapshot
from models.links import BUNDLE
from models.rule_language import RULE_LANGUAGE_VERSION

GZIP_LEVEL = 6
CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True)
class BuiltBundle:
    gzipped: bytes
    etag: str
    """Strong: a hash of the JSON (the same content gives the same tag on every replica)."""
    size: int
    """Bytes of the JSON, before gzip."""

    def gzip_chunks(self) -> Iterator[bytes]:
        for start in range(0, len(self.gzipped), CHUNK_BYTES):
            yield self.gzipped[start : start + CHUNK_BYTES]

    def json_chunks(self) -> Iterator[bytes]:
        """The JSON itself, inflated chunk by chunk (for a client that takes no gzip)."""
        inflater = zlib.decompressobj(wbits=31)
        for chunk in self.gzip_chunks():
            yield inflater.decompress(chunk)
        yield inflater.flush()


def _array(items: Iterable[bytes]) -> Iterator[bytes]:
    yield b"["
    for n, item in enumerate(items):
        yield b"," + item if n else item
    yield b"]"


def _json_pieces(snapshot: ContentSnapshot) -> Iterator[bytes]:
    """The bundle's JSON in pieces, its members in the order of the Bundle model."""
    head = {"content_version": snapshot.version, "rule_language_version": RULE_LANGUAGE_VERSION}
    yield pydantic_core.to_json(head)[:-1]
    yield b',"poses":'
    yield from _array(snapshot.poses.pose_json(slug) for slug in snapshot.poses.slugs)
    yield b',"routines":'
    routines = (snapshot.routine(str(summary.id)) for summary in snapshot.routine_summaries)
    yield from _array(pydantic_core.to_json(routine) for routine in routines)
    for name in ("safety_rules", "mobility_limits", "red_flags", "sources"):
        yield f',"{name}":'.encode()
        yield pydantic_core.to_json(getattr(snapshot, name))
    yield b',"questionnaire":'
    yield pydantic_core.to_json(snapshot.questionnaire)
    yield b',"links":' + pydantic_core.to_json({"self": BUNDLE}) + b"}"


def build_bundle(snapshot: ContentSnapshot) -> BuiltBundle:
    deflater = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # 31: a gzip member
    digest = hashlib.blake2b(digest_size=16)
    parts, size = [], 0
    for piece in _json_pieces(snapshot):
        digest.update(piece)
        size += len(piece)
        parts.append(deflater.compress(piece))
    parts.append(deflater.flush())
    return BuiltBundle(b"".join(parts), f'"b-{digest.hexdigest()}"', size)


class BundleCache:
    """The bundle of the current content version, built by the first request that needs it
    (the others wait for it); one version is kept."""

    def __init__(self) -> None:
        self._built: tuple[int, BuiltBundle] | None = None
        self._lock = threading.Lock()

    def get(self, snapshot: ContentSnapshot) -> BuiltBundle:
        built = self._built
        if built is None or built[0] != snapshot.version:
            with self._lock:
                built = self._built
                if built is None or built[0] != snapshot.version:
                    built = self._built = (snapshot.version, build_bundle(snapshot))
        return built[1]
