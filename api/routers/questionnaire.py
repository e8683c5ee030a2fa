"""The questionnaire a client renders before composing: every question, in the order to ask."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.http.caching import cached_response
from api.http.openapi import problem_responses
from api.routers.deps import AppSettings, Snapshot, public_cache_control
from models.questionnaire import QuestionnairePublic

router = APIRouter(prefix="/v1", tags=["vocabulary"])


@router.get(
    "/questionnaire",
    operation_id="get_questionnaire",
    summary="Get the questionnaire",
    description="Every question a client must ask before composing, in order — red flags "
    "first, then pain (with the scale's anchors), days with pain, mobility limits and the "
    "time available — with labels, help text, answer types and ranges, and how each answer "
    "maps onto the compose request. Follow-up questions are nested under the answer that "
    "enables them (`enable_when`). The shape maps onto a FHIR R4 Questionnaire "
    "(docs/questionnaire.md).",
    response_model=QuestionnairePublic,
    responses=problem_responses(503),
)
async def get_questionnaire(
    request: Request, snapshot: Snapshot, settings: AppSettings
) -> Response:
    rendered = snapshot.renders.get_or_render(("questionnaire",), lambda: snapshot.questionnaire)
    return cached_response(request, rendered, cache_control=public_cache_control(settings))
