"""Conformance vectors: compose cases a client-side composer must answer exactly as we do.

A deterministic set of inputs — every pain level, every red flag, every mobility limit alone
and in pairs at each pain band, time budgets, days with pain, regions — with the composer's
answer to each, made from one catalogue. Each vector holds the decisions (outcome, items,
exclusions with their rules, modifications, notices, referral) to debug a mismatch, and a
hash of the whole canonical body to prove there is none. `make vectors` writes them.
"""

import gzip
import hashlib
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pydantic_core

from api.compose.catalogue import Catalogue
from api.compose.composer import compose
from models.composition import ComposedRoutine, ComposeRequest
from models.rule_language import RULE_LANGUAGE_VERSION
from models.vocabulary import MobilityLimit, RedFlag, Region

PAIN_LEVELS = range(11)
BAND_PAINS = (0, 2, 5, 8, 10)  # one pain per band: none, mild, moderate, severe, worst
MINUTES = (1, 3, 5, 10)
DAYS = (0, 6, 7, 84, 85)


def vector_requests() -> Iterator[dict[str, Any]]:
    """The inputs, in a fixed order (each once)."""
    for pain in PAIN_LEVELS:
        yield {"pain_level": pain}
    for flag in RedFlag:
        for pain in (0, 3, 8):
            yield {"pain_level": pain, "red_flags": [flag.value]}
        yield {"pain_level": 3, "red_flags": [flag.value], "region": Region.GB.value}
    for limit in MobilityLimit:
        for pain in BAND_PAINS:
            yield {"pain_level": pain, "mobility_limits": [limit.value]}
    for pain in (2, 5):
        for first, second in combinations(MobilityLimit, 2):
            yield {"pain_level": pain, "mobility_limits": [first.value, second.value]}
    for minutes in MINUTES:
        for pain in (2, 5):
            yield {"pain_level": pain, "minutes": minutes}
    for days in DAYS:
        yield {"pain_level": 2, "days_with_pain": days}


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def decisions(result: ComposedRoutine) -> dict[str, Any]:
    """What the composer decided, in short: enough to see where a client differs."""
    return {
        "outcome": result.outcome.value,
        "items": [item.pose.slug for item in result.items],
        "modifications": {
            item.pose.slug: [m.slug for m in item.modifications]
            for item in result.items
            if item.modifications
        },
        "excluded": {e.pose.slug: [r.slug for r in e.rules] for e in result.excluded},
        "notices": [notice.slug for notice in result.notices],
        "referral": None if result.referral is None else result.referral.action.value,
        "total_seconds": result.total_seconds,
    }


def make_vectors(catalogue: Catalogue) -> dict[str, Any]:
    """Every vector, with the versions it holds for; fails if a rule is never exercised."""
    return make_vectors_and_bodies(catalogue)[0]


def make_vectors_and_bodies(catalogue: Catalogue) -> tuple[dict[str, Any], list[bytes]]:
    """The vectors, and the expected body of each, in the same order."""
    vectors, fired, bodies = [], set(), []
    for request in vector_requests():
        result = compose(ComposeRequest.model_validate(request), catalogue)
        body = pydantic_core.to_json(result)
        bodies.append(body)
        vectors.append(
            {"request": request, "expected": decisions(result), "body_sha256": body_hash(body)}
        )
        fired |= {rule.slug for item in result.items for rule in item.rules}
        fired |= {rule.slug for e in result.excluded for rule in e.rules}
        fired |= {notice.slug for notice in result.notices}
        fired |= {rule.slug for rule in result.referral.rules} if result.referral else set()
    unexercised = sorted({rule.slug for rule in catalogue.rules} - fired)
    if unexercised:
        raise ValueError(f"rules no vector exercises: {', '.join(unexercised)}")
    document = {
        "rule_language_version": RULE_LANGUAGE_VERSION,
        "content_version": catalogue.version,
        "body_hash": "sha256 of the compose response body, byte for byte",
        "bodies": "vectors-bodies.jsonl.gz: line n is the expected body of vector n",
        "vectors": vectors,
    }
    return document, bodies


def write_bodies(path: Path, bodies: list[bytes]) -> None:
    """The expected bodies as gzipped JSON Lines, the same bytes for the same bodies."""
    path.write_bytes(gzip.compress(b"".join(body + b"\n" for body in bodies), 9, mtime=0))


def read_bodies(path: Path) -> list[bytes]:
    return gzip.decompress(path.read_bytes()).splitlines()
