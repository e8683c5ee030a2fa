"""Content coding negotiation (RFC 9110 §12.5.3): gzip or identity, from every
`Accept-Encoding` line of a request.

Written here because the maintained parsers get it wrong for this header: werkzeug's
`Accept.quality("gzip")` lets `*` outrank an explicit `gzip;q=0`, and starlette-compress
ignores q-values. The rules: all lines are one comma-separated list; codings compare
case-insensitively (`x-gzip` is gzip); `q=0` refuses a coding; `*` stands for any coding not
listed; identity is acceptable unless refused, and preferred only when listed with a higher
q than gzip. The answer for each distinct header value is remembered (clients send few).
"""

import re
from collections.abc import Iterable

QVALUE = re.compile(rb"^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$")
GZIP_NAMES = (b"gzip", b"x-gzip")
MEMO_LIMIT = 1024
MEMO_KEY_LIMIT = 256

_memo: dict[bytes, bool] = {}


def _qualities(header: bytes) -> dict[bytes, float]:
    qualities: dict[bytes, float] = {}
    for item in header.split(b","):
        coding, *parameters = item.split(b";")
        coding = coding.strip().lower()
        if not coding:
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition(b"=")
            if name.strip().lower() == b"q":
                value = value.strip()
                quality = float(value) if QVALUE.match(value) else -1.0
        if quality >= 0:
            qualities[coding] = max(quality, qualities.get(coding, 0.0))
    return qualities


def _decide(header: bytes) -> bool:
    qualities = _qualities(header)
    gzip = next((qualities[name] for name in GZIP_NAMES if name in qualities), None)
    if gzip is None:
        gzip = qualities.get(b"*", 0.0)
    identity = qualities.get(b"identity")
    return gzip > 0 and (identity is None or gzip >= identity)


def prefers_gzip(lines: Iterable[bytes]) -> bool:
    """Whether to send gzip, given the request's `Accept-Encoding` lines (none: identity)."""
    header = b",".join(lines)
    decided = _memo.get(header)
    if decided is None:
        decided = _decide(header)
        if len(header) <= MEMO_KEY_LIMIT:
            if len(_memo) >= MEMO_LIMIT:
                _memo.clear()
            _memo[header] = decided
    return decided
