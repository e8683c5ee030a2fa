"""Settings, read from the environment (README.md lists every one)."""

from functools import lru_cache
from typing import Annotated

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="STRETCHBASE_", extra="ignore", populate_by_name=True
    )

    database_url: str = Field(default="sqlite:///./stretchbase.db", validation_alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, validation_alias="REDIS_URL")
    rate_limit: str = Field(
        default="300/minute", description="Per anonymous client, e.g. 300/minute; 'off' disables."
    )
    write_rate_limit: str = Field(
        default="60/minute", description="Writes per API key, e.g. 60/minute; 'off' disables."
    )
    safety_gate_budget: int = Field(
        default=6000,
        ge=100,
        description="Compositions the safety gate tries per write to poses, modifications, "
        "routines or rules (the gate's own default, api/compose/invariants.py).",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(default=["*"])
    log_level: str = "info"
    content_refresh_seconds: float = Field(
        default=5.0, gt=0, description="How often a replica checks for a new content version."
    )
    cache_max_age: int = Field(default=300, ge=0, description="max-age for public content.")
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    database_timeout_seconds: float = Field(
        default=5.0, gt=0, description="Bound on connecting to and querying the database."
    )
    saved_retention_days: int = Field(
        default=30,
        ge=0,
        description="Saved compositions expire this many whole days after the (UTC) day of the "
        "save; 0: nothing is saved (a save is a 422 saying saving is off).",
    )
    bundle_delta_versions: int = Field(
        default=100,
        ge=1,
        description="How many content versions back `GET /v1/bundle?since=` can answer from; "
        "older ones are told to take the full bundle.",
    )
    purge_interval_seconds: float = Field(
        default=3600, gt=0, description="How often each replica purges expired saved routines."
    )
    redis_timeout_ms: int = Field(
        default=50, ge=1, description="Bound on each Redis call of the rate limiter."
    )
    redis_retry_seconds: float = Field(
        default=30, gt=0, description="After a Redis failure, count in memory for this long."
    )
    response_cache_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=0,
        description="Memory for replayed responses and rendered compositions, per process.",
    )
    metrics_token: str | None = Field(
        default=None, description="Bearer token for /metrics; unset, /metrics is not served."
    )
    header_timeout_seconds: float = Field(
        default=10, gt=0, description="A client must send its request headers within this."
    )
    body_timeout_seconds: float = Field(
        default=10,
        gt=0,
        description="A request body must arrive within this of the app asking for it (408).",
    )
    max_connections: int = Field(
        default=1000, ge=1, description="Connections (and requests) per process; more get 503."
    )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()


def describe_invalid(exc: ValidationError) -> str:
    """What is wrong with the environment, one line per variable: its name, the value given,
    what was wrong and what the setting means (for the CLI, instead of a traceback)."""
    lines = ["invalid settings (README.md, Settings, lists every one):"]
    for error in exc.errors():
        name = str(error["loc"][0]) if error["loc"] else "?"
        field = Settings.model_fields.get(name)
        alias = field.validation_alias if field is not None else None
        variable = alias if isinstance(alias, str) else f"STRETCHBASE_{name.upper()}"
        meaning = f" — {field.description}" if field is not None and field.description else ""
        lines.append(f"  {variable}={error.get('input')!r}: {error['msg']}{meaning}")
    return "\n".join(lines)
