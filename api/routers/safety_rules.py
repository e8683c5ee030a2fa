"""The rule base: every safety rule with its trigger, effect, message, rationale and sources."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.http.openapi import problem_responses
from api.http.pagination import PageQuery, page_type
from api.routers.common import snapshot_item, snapshot_page
from api.routers.deps import AppSettings, Snapshot
from models.links import SAFETY_RULES
from models.safety_rule import SafetyRulePublic
from models.vocabulary import RuleKind, Severity

router = APIRouter(prefix=SAFETY_RULES, tags=["safety rules"])


@router.get(
    "",
    operation_id="list_safety_rules",
    summary="List safety rules",
    description="In evaluation order: red flags, pain bands, mobility limits, duration, session.",
    response_model=page_type(SafetyRulePublic),
    responses=problem_responses(422, 503),
)
async def list_safety_rules(
    request: Request,
    snapshot: Snapshot,
    settings: AppSettings,
    page: PageQuery,
    kind: RuleKind | None = None,
    severity: Severity | None = None,
) -> Response:
    return snapshot_page(
        request,
        snapshot,
        settings,
        "safety_rules",
        snapshot.safety_rules,
        page,
        kind=kind,
        severity=severity,
    )


@router.get(
    "/{slug}",
    operation_id="get_safety_rule",
    summary="Get one safety rule",
    response_model=SafetyRulePublic,
    responses=problem_responses(404, 422, 503),
)
async def get_safety_rule(
    request: Request, slug: str, snapshot: Snapshot, settings: AppSettings
) -> Response:
    return snapshot_item(request, snapshot, settings, "safety_rule", snapshot.rule_by_slug, slug)
