"""Settings for an app under test: no rate limit, no Redis, no background refresh."""

from api.settings import Settings


def make_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": "sqlite:///unused.db",
        "rate_limit": "off",
        "content_refresh_seconds": 3600,
        "redis_url": None,
    }
    return Settings(**(values | overrides))
