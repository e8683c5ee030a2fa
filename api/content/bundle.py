"""The bundle of a snapshot, built once per content version, and the delta between two.

The JSON is written piece by piece (each pose from what the snapshot keeps, without typing it
again), gzipped as it is written, and kept only gzipped (at 10,000 poses the JSON is ~40 MB
and its gzip ~1 MB). Beside it, the bundle's *manifest*: each resource's key and a hash of its
JSON, in bundle order. Two manifests say what changed between two versions without keeping
either bundle: the delta holds the resources whose hash changed or that are new, the keys
that are gone, and a collection's key order where it changed.
"""

import hashlib
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pydantic_core

from api.content.snapshot import ContentSnapshot
from models.links import BUNDLE, bundle_changes_href
from models.rule_language import RULE_LANGUAGE_VERSION

GZIP_LEVEL = 6
CHUNK_BYTES = 64 * 1024
HASH_BYTES = 8
COLLECTIONS = ("poses", "routines", "safety_rules", "mobility_limits", "red_flags", "sources")
KEY_FIELDS = dict.fromkeys(COLLECTIONS, "slug") | {"routines": "id"}
"""What identifies a resource within its collection (in the bundle, in a delta, in `retired`)."""


def item_hash(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=HASH_BYTES).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """A bundle's resources by key, in bundle order, with the hash of each one's JSON."""

    content_version: int
    rule_language_version: str
    collections: dict[str, list[tuple[str, str]]]
    questionnaire: str

    def to_json(self) -> bytes:
        return pydantic_core.to_json(
            {
                "content_version": self.content_version,
                "rule_language_version": self.rule_language_version,
                "collections": self.collections,
                "questionnaire": self.questionnaire,
            }
        )

    @classmethod
    def from_json(cls, data: bytes) -> "Manifest":
        value = pydantic_core.from_json(data)
        collections = {
            name: [(key, digest) for key, digest in pairs]
            for name, pairs in value["collections"].items()
        }
        return cls(
            value["content_version"],
            value["rule_language_version"],
            collections,
            value["questionnaire"],
        )


@dataclass(frozen=True)
class BuiltBundle:
    gzipped: bytes = field(repr=False)
    etag: str
    """Strong: a hash of the JSON (the same content gives the same tag on every replica)."""
    size: int
    """Bytes of the JSON, before gzip."""
    manifest: Manifest = field(repr=False)

    def gzip_chunks(self) -> Iterator[bytes]:
        for start in range(0, len(self.gzipped), CHUNK_BYTES):
            yield self.gzipped[start : start + CHUNK_BYTES]

    def json_chunks(self) -> Iterator[bytes]:
        """The JSON itself, inflated chunk by chunk (for a client that takes no gzip)."""
        inflater = zlib.decompressobj(wbits=31)
        for chunk in self.gzip_chunks():
            yield inflater.decompress(chunk)
        yield inflater.flush()


class _Items:
    """One collection of a snapshot: its keys in bundle order, and each item's JSON."""

    def __init__(self, keys: list[str], body: Callable[[str], bytes]) -> None:
        self.keys = keys
        self.body = body


def _collections(snapshot: ContentSnapshot) -> dict[str, _Items]:
    def by_key(values: Iterable[Any], key: str) -> _Items:
        bodies = {str(getattr(value, key)): value for value in values}
        return _Items(list(bodies), lambda k: pydantic_core.to_json(bodies[k]))

    routine_ids = [str(summary.id) for summary in snapshot.routine_summaries]

    def routine_body(routine_id: str) -> bytes:
        return pydantic_core.to_json(snapshot.routine(routine_id))

    return {
        "poses": _Items(list(snapshot.poses.slugs), snapshot.poses.pose_json),
        "routines": _Items(routine_ids, routine_body),
        "safety_rules": by_key(snapshot.safety_rules, "slug"),
        "mobility_limits": by_key(snapshot.mobility_limits, "slug"),
        "red_flags": by_key(snapshot.red_flags, "slug"),
        "sources": by_key(snapshot.sources, "slug"),
    }


def _array(items: Iterable[bytes]) -> Iterator[bytes]:
    yield b"["
    for n, item in enumerate(items):
        yield b"," + item if n else item
    yield b"]"


def _hashed(items: _Items, pairs: list[tuple[str, str]]) -> Iterator[bytes]:
    """Each item's JSON, noting its key and hash in `pairs` (the manifest) on the way."""
    for key in items.keys:
        body = items.body(key)
        pairs.append((key, item_hash(body)))
        yield body


def build_bundle(snapshot: ContentSnapshot) -> BuiltBundle:
    deflater = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # 31: a gzip member
    digest = hashlib.blake2b(digest_size=16)
    parts: list[bytes] = []
    size = 0
    hashes: dict[str, list[tuple[str, str]]] = {}

    def write(piece: bytes) -> None:
        nonlocal size
        digest.update(piece)
        size += len(piece)
        parts.append(deflater.compress(piece))

    head = {"content_version": snapshot.version, "rule_language_version": RULE_LANGUAGE_VERSION}
    write(pydantic_core.to_json(head)[:-1])
    for name, items in _collections(snapshot).items():
        write(f',"{name}":'.encode())
        pairs = hashes[name] = []
        for piece in _array(_hashed(items, pairs)):
            write(piece)
    questionnaire = pydantic_core.to_json(snapshot.questionnaire)
    write(b',"questionnaire":' + questionnaire)
    write(b',"links":' + pydantic_core.to_json({"self": BUNDLE}) + b"}")
    parts.append(deflater.flush())
    manifest = Manifest(snapshot.version, RULE_LANGUAGE_VERSION, hashes, item_hash(questionnaire))
    return BuiltBundle(b"".join(parts), f'"b-{digest.hexdigest()}"', size, manifest)


def changed_share(current: Manifest, since: Manifest) -> float:
    """The share of `current`'s resources that a delta from `since` would carry whole (new or
    changed), from the two manifests alone."""
    total = changed = 0
    for name in COLLECTIONS:
        old = dict(since.collections.get(name, ()))
        now = current.collections[name]
        total += len(now)
        changed += sum(1 for key, digest in now if old.get(key) != digest)
    return changed / total if total else 0.0


def delta_json(snapshot: ContentSnapshot, current: Manifest, since: Manifest) -> bytes:
    """What a client holding the bundle of `since` applies to reach `current` (the snapshot's
    bundle): per collection, the resources that are new or changed, the keys that are gone,
    and the order of keys where it is not what applying the rest would leave."""
    collections = _collections(snapshot)
    changed: dict[str, Iterator[bytes]] = {}
    retired: dict[str, list[str]] = {}
    order: dict[str, list[str] | None] = {}
    for name in COLLECTIONS:
        old = dict(since.collections.get(name, ()))
        now = current.collections[name]
        keys = [key for key, digest in now if old.get(key) != digest]
        changed[name] = (collections[name].body(key) for key in keys)
        present = {key for key, _ in now}
        retired[name] = [key for key in old if key not in present]
        kept_in_old_order = [key for key in old if key in present]
        new_order = [key for key, _ in now]
        order[name] = None if kept_in_old_order == new_order else new_order
    questionnaire = (
        pydantic_core.to_json(snapshot.questionnaire)
        if current.questionnaire != since.questionnaire
        else b"null"
    )
    head = {
        "since": since.content_version,
        "content_version": current.content_version,
        "rule_language_version": current.rule_language_version,
    }
    pieces = [pydantic_core.to_json(head)[:-1], b',"changed":{']
    for n, name in enumerate(COLLECTIONS):
        pieces.append(f'{"," if n else ""}"{name}":'.encode())
        pieces.extend(_array(changed[name]))
    pieces.append(b'},"retired":' + pydantic_core.to_json(retired))
    pieces.append(b',"order":' + pydantic_core.to_json(order))
    pieces.append(b',"questionnaire":' + questionnaire)
    links = {"self": bundle_changes_href(since.content_version), "full": BUNDLE}
    pieces.append(b',"links":' + pydantic_core.to_json(links) + b"}")
    return b"".join(pieces)


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
