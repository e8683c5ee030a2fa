"""The web page's files: the HTML at `/` and its assets under `/static/{version}/`.

Read once per process from this package (so an installed package or the Docker image serves
them too). The version is a hash of every asset, so asset URLs change when any file does and
can be cached for a year; the page itself is revalidated on every load (`no-cache`).
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from api.content.rendered import Rendered

PACKAGE_DIR = Path(__file__).parent
STATIC_DIR = PACKAGE_DIR / "static"
PAGE_FILE = PACKAGE_DIR / "index.html"
VERSION_PLACEHOLDER = "{{version}}"
MEDIA_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}
# Self only: no inline script or style, no other origin; images are the API's figures.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
PAGE_CACHE_CONTROL = "no-cache"
ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable"


@dataclass(frozen=True, slots=True)
class Asset:
    rendered: Rendered
    media_type: str


@dataclass(frozen=True, slots=True)
class WebAssets:
    page: Rendered
    version: str
    assets: dict[str, Asset]

    def asset(self, version: str, name: str) -> Asset | None:
        """The asset `name` of this version; None for another version or an unknown name."""
        return self.assets.get(name) if version == self.version else None


def load_web_assets(static_dir: Path = STATIC_DIR, page_file: Path = PAGE_FILE) -> WebAssets:
    files = {
        path.relative_to(static_dir).as_posix(): path.read_bytes()
        for path in sorted(static_dir.rglob("*"))
        if path.is_file() and path.suffix in MEDIA_TYPES
    }
    digest = hashlib.blake2b(digest_size=6)
    for name, body in files.items():
        digest.update(name.encode() + b"\0" + body + b"\0")
    version = digest.hexdigest()
    page = page_file.read_text(encoding="utf-8").replace(VERSION_PLACEHOLDER, version)
    assets = {
        name: Asset(Rendered(body), MEDIA_TYPES[Path(name).suffix]) for name, body in files.items()
    }
    return WebAssets(page=Rendered(page.encode()), version=version, assets=assets)
