"""The seed: the article, the structured content derived from it, and its idempotent loader."""

from pathlib import Path

SEED_DIR = Path(__file__).parent
CONTENT_FILE = SEED_DIR / "content.yaml"
ARTICLE_FILE = SEED_DIR / "seed-article.txt"
VECTORS_FILE = SEED_DIR / "vectors.json"
"""Conformance vectors for client-side composers, made from content.yaml (`make vectors`)."""
VECTOR_BODIES_FILE = SEED_DIR / "vectors-bodies.jsonl.gz"
"""The expected compose body of each vector, in the same order (gzipped JSON Lines)."""
