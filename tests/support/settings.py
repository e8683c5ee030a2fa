"""Settings for an app under test: no rate limit, no Redis, no background refresh, a small
safety-gate budget."""

from api.settings import Settings


def make_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": "sqlite:///unused.db",
        "rate_limit": "off",
        "content_refresh_seconds": 3600,
        "redis_url": None,
        # The safety gate's red-flag floor is exact within this; its wider search is the
        # gate's own tests' (tests/compose/test_safety_gate.py): a write costs 0.3 s, not 20.
        "safety_gate_budget": 300,
    }
    return Settings(**(values | overrides))
