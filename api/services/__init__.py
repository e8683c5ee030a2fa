"""Services: what the routers call — the domain's operations over the snapshot and the
database, with domain errors (no HTTP here: an import-linter contract keeps FastAPI and
api.http out)."""
