"""The editors' API: create (POST), replace (PUT), merge-patch (PATCH) and retire (DELETE)
content with an API key, and read each resource's revisions. HTTP only: the work is
api/services/editing.py's (preconditions, validation, the safety gate, revisions)."""

import json
import unicodedata
from collections.abc import Awaitable, Callable
from datetime import UTC
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api.content.rendered import Rendered
from api.http.caching import cached_response
from api.http.openapi import MERGE_PATCH, problem_responses
from api.http.pagination import PageQuery, link_header, page_type
from api.http.problems import (
    DuplicateKeyError,
    FieldError,
    ProblemError,
    describe_validation_errors,
    duplicate_key_problem,
    echo,
    reject_duplicate_keys,
    validation_problem,
    without_duplicate_keys,
)
from api.http.ratelimit import KeyRateLimit
from api.services import editing as service
from api.services.editing import EditingService, Kind, Operation, WriteResult
from api.services.keys import Editor, authenticate
from models.api_key import Scope
from models.links import (
    POSES,
    REVISIONS,
    ROUTINES,
    SAFETY_RULES,
    SOURCES,
    VOCABULARY,
    pose_href,
    resource_href,
    routine_href,
    source_href,
)
from models.pose import PoseCreate, PosePublic
from models.revision import (
    MAX_MESSAGE,
    Collection,
    ContentRevision,
    RevisionPublic,
    RevisionSummary,
)
from models.routine import RoutineCreate, RoutinePublic
from models.rule_language import SafetyRuleSpec
from models.safety_rule import SafetyRulePublic
from models.source import SourceCreate, SourcePublic
from models.vocabulary_term import Vocabulary

STRICT_JSON = [Depends(reject_duplicate_keys)]  # a key named twice is a 422, never a guess
MAX_REVISION = 2**31 - 1  # the column's range on both databases
REALM = 'Bearer realm="stretchbase editors"'
NO_STORE = "no-store"

editor_key = HTTPBearer(
    auto_error=False,
    scheme_name="editor_key",
    description="An editor's API key (`stretchbase keys create`), with the scope the write needs.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(editor_key)]
IfMatch = Annotated[
    str | None,
    Header(
        description="The resource's current strong ETag (GET it): required to change or retire "
        "an existing resource (none → 428, a stale one → 412)."
    ),
]


async def revision_message(
    request: Request,
    revision_message: Annotated[
        str | None,
        Header(
            alias="Revision-Message",
            description="An optional note kept with the revision (why the change was made): "
            f"UTF-8, at most {MAX_MESSAGE} characters, one line.",
        ),
    ] = None,
) -> str | None:
    """The `Revision-Message` header as text. HTTP hands header bytes over as Latin-1; an
    editor's note is UTF-8 (curl sends what the terminal typed), so the bytes are decoded
    again."""
    if revision_message is None:
        return None

    def refuse(message: str) -> ProblemError:
        error = FieldError(location="header", field="Revision-Message", message=message)
        return validation_problem([error])

    if len(request.headers.getlist("revision-message")) > 1:
        raise refuse("sent more than once; send one note")
    try:
        text = revision_message.encode("latin-1").decode("utf-8").strip()
    except UnicodeError:
        raise refuse("not UTF-8 text") from None
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in text):
        raise refuse("holds control or format characters; send one line of text")
    if len(text) > MAX_MESSAGE:
        raise refuse(f"{len(text)} characters; at most {MAX_MESSAGE} are kept")
    return text or None


Message = Annotated[str | None, Depends(revision_message)]


async def find_editor(request: Request, secret: str) -> Editor | None:
    """The editor holding this key, or None (not a key, unknown, revoked)."""
    sessions = request.app.state.sessions

    def check() -> Editor | None:
        with sessions() as session:
            return authenticate(session, secret)

    return await run_in_threadpool(check)


def require(scope: Scope, *, writes: bool = True) -> Callable[..., Awaitable[Editor]]:
    """The editor holding a key with `scope`; a write (`writes`) also spends the key's write
    limit."""

    async def editor(request: Request, credentials: Credentials) -> Editor:
        if len(request.headers.getlist("authorization")) > 1:
            raise ProblemError(400, "Send one Authorization header: which key is meant?")
        if credentials is None:
            raise ProblemError(
                401,
                "Writes take an editor's API key, sent as `Authorization: Bearer <key>`.",
                headers={"WWW-Authenticate": REALM},
            )
        found = await find_editor(request, credentials.credentials)
        if found is None:
            raise ProblemError(
                401,
                "This API key is not valid (unknown or revoked).",
                headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'},
            )
        if scope not in found.scopes:
            raise ProblemError(
                403,
                f"The key {found.name!r} lacks the scope this request needs: {scope.value} "
                f"(it has: {', '.join(sorted(found.scopes)) or 'none'}).",
                headers={
                    "WWW-Authenticate": (
                        f'{REALM}, error="insufficient_scope", scope="{scope.value}"'
                    )
                },
            )
        if not writes:
            return found
        limit: KeyRateLimit = request.app.state.write_limit
        allowed, headers = await limit.hit(found.name)
        request.state.write_limit_headers = headers
        if not allowed:
            raise ProblemError(
                429,
                f"The write limit of this key is spent; retry after {headers['Retry-After']} s.",
                headers=headers,
            )
        return found

    return editor


async def get_editing(request: Request) -> EditingService:
    editing: EditingService = request.app.state.editing
    return editing


Editing = Annotated[EditingService, Depends(get_editing)]


def _problem(exc: service.EditError, request: Request) -> ProblemError:
    match exc:
        case service.NotFoundError():
            return ProblemError(404, str(exc))
        case service.AlreadyExistsError():
            return ProblemError(409, str(exc), headers={"ETag": exc.etag})
        case service.PreconditionRequiredError():
            return ProblemError(428, str(exc))
        case service.PreconditionFailedError():
            return ProblemError(412, str(exc), headers={"ETag": exc.current_etag})
        case service.InvalidBodyError():
            errors = describe_validation_errors(
                RequestValidationError(
                    [{**e, "loc": ("body", *e["loc"])} for e in exc.error.errors()]
                ),
                request,
            )
            return validation_problem(errors)
        case service.InvalidContentError():
            return validation_problem(
                [FieldError(location="body", field="(content)", message=p) for p in exc.problems]
            )
        case service.UnsafeChangeError():
            errors = [
                FieldError(
                    location="body",
                    field=f"(safety gate: {v.invariant.value})",
                    message=v.describe(),
                    value=v.counterexample(),
                )
                for v in exc.violations
            ]
            names = ", ".join(sorted({v.invariant.value for v in exc.violations}))
            return ProblemError(
                422,
                f"The safety gate refused this change: it breaks {names}. Nothing was written.",
                errors=errors,
            )
    return ProblemError(422, str(exc))


async def _write(
    request: Request,
    editing: EditingService,
    kind: Kind,
    operation: Operation,
    slug: str,
    editor: Editor,
    if_match: str | None,
    body: BaseModel | None = None,
    patch: Any = None,
    message: str | None = None,
) -> WriteResult:
    if_match = all_if_match(request, if_match)
    return await _run(
        request,
        lambda: editing.write(
            kind,
            operation,
            slug,
            editor=editor,
            if_match=if_match,
            body=body,
            patch=patch,
            message=message,
        ),
    )


def all_if_match(request: Request, first: str | None) -> str | None:
    """Every `If-Match` line, as one list (RFC 9110 §5.3: repeated lines are one comma-separated
    value), not only the first."""
    lines = request.headers.getlist("if-match")
    return ", ".join(lines) if len(lines) > 1 else first


async def _run(request: Request, work: Callable[[], WriteResult]) -> WriteResult:
    try:
        return await run_in_threadpool(work)
    except service.EditError as exc:
        raise _problem(exc, request) from exc


def _respond(request: Request, result: WriteResult, href: str, status: int = 200) -> Response:
    headers = {
        "Content-Version": str(result.content_version),
        "Revision": str(result.revision),
        **getattr(request.state, "write_limit_headers", {}),
    }
    if status == 201:
        headers["Location"] = href
    if result.body is None:
        return Response(status_code=204, headers={"Cache-Control": NO_STORE, **headers})
    return cached_response(
        request,
        Rendered.of(result.body),
        cache_control=NO_STORE,
        status_code=status,
        headers=headers,
        reusable=False,
    )


async def merge_patch_body(request: Request) -> Any:
    """The PATCH body: a JSON Merge Patch (RFC 7396) sent as application/merge-patch+json."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != MERGE_PATCH:
        raise ProblemError(
            415,
            f"PATCH takes a JSON Merge Patch (RFC 7396), sent as Content-Type: {MERGE_PATCH}.",
            headers={"Accept-Patch": MERGE_PATCH},
        )
    try:
        return json.loads(await request.body(), object_pairs_hook=without_duplicate_keys)
    except DuplicateKeyError as exc:
        raise duplicate_key_problem(exc) from exc
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        error = FieldError(location="body", field="(body)", message=f"not JSON: {reason}"[:200])
        raise validation_problem([error]) from exc


def _revision_summary(row: ContentRevision, href: str) -> dict[str, Any]:
    """A revision's fields but its body; `href` is its resource's path."""
    return {
        "resource": row.resource,
        "slug": row.slug,
        "number": row.number,
        "content_version": row.content_version,
        "author": row.author,
        # SQLite hands back a naive time: every time stored is UTC
        "created_at": (
            row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
        ),
        "retired": row.retired,
        "patch": row.patch,
        "message": row.message,
        "origin": row.origin,
        "restores": row.restores,
        "links": {"self": f"{href}/revisions/{row.number}", "resource": href},
    }


def _revision(row: ContentRevision, href: str) -> RevisionPublic:
    return RevisionPublic(**_revision_summary(row, href), body=row.body)


class RevisionList(BaseModel):
    items: list[RevisionPublic]


WRITE_ERRORS = (401, 403, 404, 409, 412, 415, 422, 428, 429, 503)
WHOLE_WRITE_ERRORS = (401, 403, 412, 415, 422, 428, 429, 503)  # it is always there: no 404, 409
WRITE_ERROR_DESCRIPTIONS = {
    401: "No API key, or one that is unknown or revoked; `WWW-Authenticate` says `Bearer`.",
    403: "The key lacks the scope this write needs (`WWW-Authenticate` names it).",
    409: "POST of a slug that exists (its `ETag` is sent): change it with PUT or PATCH.",
    412: "`If-Match` is not the current ETag: the problem and the `ETag` header give it.",
    415: "PUT and POST take application/json, PATCH application/merge-patch+json.",
    422: "Invalid body, or content the seed's checks or the safety gate refuse (each "
    "problem listed in `errors`; a broken invariant with its counterexample). Nothing written.",
    428: "No `If-Match`: changing or retiring an existing resource needs its current ETag.",
    429: "The per-client or the key's write limit is spent; retry after `Retry-After` seconds.",
}


def write_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    responses = problem_responses(*statuses)
    for status, response in responses.items():
        if status in WRITE_ERROR_DESCRIPTIONS:
            response["description"] = WRITE_ERROR_DESCRIPTIONS[status]
    return responses


def number_in_path(
    number: Annotated[int, Path(ge=1, le=MAX_REVISION, description="The revision number.")],
) -> int:
    return number


def add_editing_routes(
    router: APIRouter,
    kind: Kind,
    create_model: type[BaseModel],
    public_model: type[BaseModel],
    href: Callable[[str], str],
    name: str,
    *,
    creatable: bool = True,
    retirable: bool = True,
    parameter: str = "slug",
    whole: bool = False,
    replace_description: str | None = None,
    patch_description: str | None = None,
) -> None:
    """POST, PUT, PATCH and DELETE for one kind of resource, and its revisions. A `whole`
    resource is the one at the router's prefix (the vocabulary: one resource, so that no URL
    names one of its terms); its name is its slug in the revision log, and it is neither
    created nor retired."""
    writer = Annotated[Editor, Depends(require(kind.scope))]

    def slug_in_path(
        slug: Annotated[str, Path(alias=parameter, description=f"The {kind.label}'s slug.")],
    ) -> str:
        return slug

    def the_whole() -> str:
        return kind.resource

    slug_path = Annotated[str, Depends(the_whole if whole else slug_in_path)]
    item = "" if whole else f"/{{{parameter}}}"
    label = kind.label
    a = "the" if whole else "a"
    errors = write_errors(*(WHOLE_WRITE_ERRORS if whole else WRITE_ERRORS))

    def named(slug: str) -> str:
        return label if whole else f"{label} {echo(slug)}"

    revision_number = Annotated[int, Depends(number_in_path)]  # after the slug, as declared

    async def create(
        request: Request,
        body: create_model,  # type: ignore[valid-type]
        editing: Editing,
        editor: writer,
        message: Message,
    ) -> Response:
        slug = body.slug  # type: ignore[attr-defined]
        result = await _write(
            request, editing, kind, Operation.create, slug, editor, None, body, message=message
        )
        return _respond(request, result, href(slug), status=201)

    async def replace(
        request: Request,
        slug: slug_path,
        body: create_model,  # type: ignore[valid-type]
        editing: Editing,
        editor: writer,
        message: Message,
        if_match: IfMatch = None,
    ) -> Response:
        result = await _write(
            request, editing, kind, Operation.replace, slug, editor, if_match, body, message=message
        )
        return _respond(request, result, href(slug))

    async def patch(
        request: Request,
        slug: slug_path,
        editing: Editing,
        editor: writer,
        patch: Annotated[Any, Depends(merge_patch_body)],
        message: Message,
        if_match: IfMatch = None,
    ) -> Response:
        result = await _write(
            request,
            editing,
            kind,
            Operation.patch,
            slug,
            editor,
            if_match,
            patch=patch,
            message=message,
        )
        return _respond(request, result, href(slug))

    async def retire(
        request: Request,
        slug: slug_path,
        editing: Editing,
        editor: writer,
        message: Message,
        if_match: IfMatch = None,
    ) -> Response:
        result = await _write(
            request, editing, kind, Operation.retire, slug, editor, if_match, message=message
        )
        return _respond(request, result, href(slug))

    async def revert(
        request: Request,
        slug: slug_path,
        number: revision_number,
        editing: Editing,
        editor: writer,
        message: Message,
        if_match: IfMatch = None,
    ) -> Response:
        result = await _run(
            request,
            lambda: editing.revert(
                kind,
                slug,
                number,
                editor=editor,
                if_match=all_if_match(request, if_match),
                message=message,
            ),
        )
        created = result.operation is Operation.create
        return _respond(request, result, href(slug), status=201 if created else 200)

    async def list_revisions(request: Request, slug: slug_path) -> Response:
        def read() -> list[ContentRevision]:
            with request.app.state.sessions() as session:
                return service.revisions(session, kind.resource, slug)

        rows = await run_in_threadpool(read)
        if not rows:
            raise ProblemError(404, f"The {named(slug)} has no revisions: no editor changed it.")
        body = RevisionList(items=[_revision(row, href(slug)) for row in rows])
        return cached_response(request, Rendered.of(body), cache_control="no-cache")

    async def get_revision(request: Request, slug: slug_path, number: revision_number) -> Response:
        def read() -> ContentRevision | None:
            with request.app.state.sessions() as session:
                return service.revision(session, kind.resource, slug, number)

        row = await run_in_threadpool(read)
        if row is None:
            raise ProblemError(404, f"The {named(slug)} has no revision {number}.")
        return cached_response(
            request, Rendered.of(_revision(row, href(slug))), cache_control="no-cache"
        )

    written: dict[int | str, dict[str, Any]] = {
        200: {"model": public_model, "description": "Changed; `ETag` is the new one."},
    }
    if creatable:
        _add_create(router, kind, create, public_model, name)
    if retirable:
        _add_retire(router, kind, retire, name)
    router.add_api_route(
        item,
        replace,
        methods=["PUT"],
        dependencies=STRICT_JSON,
        operation_id=f"replace_{name}",
        summary=f"Replace {a} {label}",
        description=replace_description
        or f"Replaces the {label} whole, given its current ETag in `If-Match`.",
        response_model=public_model,
        responses={**written, **errors},
        tags=["editing"],
    )
    router.add_api_route(
        item,
        patch,
        methods=["PATCH"],
        operation_id=f"patch_{name}",
        summary=f"Change part of {a} {label}",
        description=patch_description
        or f"Applies a JSON Merge Patch (RFC 7396, `{MERGE_PATCH}`) to the {label}'s "
        "editable form (as its revisions show it: sources by slug and section), given its "
        "current ETag in `If-Match`. A `null` removes a field; a list is replaced whole.",
        response_model=public_model,
        responses={**written, **errors},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {MERGE_PATCH: {"schema": {"type": "object"}}},
            }
        },
        tags=["editing"],
    )
    router.add_api_route(
        f"{item}/revisions",
        list_revisions,
        methods=["GET"],
        operation_id=f"list_{name}_revisions",
        summary=f"List {a} {label}'s revisions",
        description="Every change made through the editors' API, oldest first, each with the "
        f"{'whole ' + label if whole else 'resource' + chr(39) + 's full JSON'} after it, who "
        "made it and the content version it made.",
        response_model=RevisionList,
        responses=problem_responses(404, 503),
        tags=["editing"],
    )
    router.add_api_route(
        f"{item}/revisions/{{number}}",
        get_revision,
        methods=["GET"],
        operation_id=f"get_{name}_revision",
        summary=f"Get one revision of {a} {label}",
        response_model=RevisionPublic,
        responses=problem_responses(404, 422, 503),
        tags=["editing"],
    )
    router.add_api_route(
        f"{item}/revisions/{{number}}/revert",
        revert,
        methods=["POST"],
        operation_id=f"revert_{name}",
        summary=f"Revert {a} {label} to one of its revisions",
        description=(
            f"Writes revision `number`'s body back as a new revision (which says what it "
            f"`restores`), given the {label}'s current ETag in `If-Match`; checked as every "
            "write."
            if whole
            else f"Writes revision `number`'s body back as a new revision (which says what "
            f"it `restores`). If the {label} exists this is a replace and needs its current "
            f"ETag in `If-Match`; if it is retired, this creates it again (201). Validated and "
            "gated as every write; a revision that retired the resource cannot be reverted to "
            "(DELETE it instead)."
        ),
        response_model=public_model,
        responses={
            **written,
            **(
                {}
                if whole
                else {201: {"model": public_model, "description": f"The retired {label} is back."}}
            ),
            **errors,
        },
        tags=["editing"],
    )


def _add_create(
    router: APIRouter,
    kind: Kind,
    create: Callable[..., Awaitable[Response]],
    public_model: type[BaseModel],
    name: str,
) -> None:
    label = kind.label
    router.add_api_route(
        "",
        create,
        methods=["POST"],
        dependencies=STRICT_JSON,
        operation_id=f"create_{name}",
        summary=f"Create a {label}",
        description=f"Creates a {label} (scope `{kind.scope.value}`). Validated as the seed is; "
        "the safety gate checks the content it would make. Answers 201 with `Location` and "
        "the new `ETag`.",
        status_code=201,
        response_model=public_model,
        responses={
            201: {"description": "Created; `ETag` and `Location` name it."},
            **write_errors(*WRITE_ERRORS),
        },
        tags=["editing"],
    )


def _add_retire(
    router: APIRouter, kind: Kind, retire: Callable[..., Awaitable[Response]], name: str
) -> None:
    label = kind.label
    router.add_api_route(
        "/{slug}",
        retire,
        methods=["DELETE"],
        operation_id=f"retire_{name}",
        summary=f"Retire a {label}",
        description=f"Retires the {label}, given its current ETag in `If-Match`: it leaves "
        "every read and composition, and stays in its revisions.",
        status_code=204,
        response_class=Response,
        responses={204: {"description": "Retired."}, **write_errors(*WRITE_ERRORS)},
        tags=["editing"],
    )


safety_rules = APIRouter(prefix=SAFETY_RULES)
add_editing_routes(
    safety_rules,
    service.KINDS["safety-rules"],
    SafetyRuleSpec,
    SafetyRulePublic,
    lambda slug: f"{SAFETY_RULES}/{slug}",
    "safety_rule",
)

audit = APIRouter(prefix=REVISIONS)

poses = APIRouter(prefix=POSES)
add_editing_routes(poses, service.KINDS["poses"], PoseCreate, PosePublic, pose_href, "pose")

sources = APIRouter(prefix=SOURCES)
add_editing_routes(
    sources, service.KINDS["sources"], SourceCreate, SourcePublic, source_href, "source"
)

routines = APIRouter(prefix=ROUTINES)
add_editing_routes(
    routines,
    service.KINDS["routines"],
    RoutineCreate,
    RoutinePublic,
    routine_href,
    "routine",
    retirable=False,  # DELETE /v1/routines/{slug_or_id} also deletes saved ones: routines.py
    parameter="slug_or_id",
)


async def retire_routine(
    request: Request, slug: str, credentials: HTTPAuthorizationCredentials | None
) -> Response:
    """DELETE of a curated routine (the routines router's DELETE hands it here)."""
    editor = await require(Scope.content_write)(request, credentials)
    kind = service.KINDS["routines"]
    if_match = request.headers.get("if-match")
    message = await revision_message(request, request.headers.get("revision-message"))
    result = await _write(
        request,
        request.app.state.editing,
        kind,
        Operation.retire,
        slug,
        editor,
        if_match,
        message=message,
    )
    return _respond(request, result, routine_href(slug))


vocabulary = APIRouter(prefix=VOCABULARY)
add_editing_routes(
    vocabulary,
    service.KINDS["vocabulary"],
    Vocabulary,
    Vocabulary,
    lambda _: VOCABULARY,
    "vocabulary",
    creatable=False,
    retirable=False,
    whole=True,
    replace_description="Replaces the vocabulary whole (as `GET` serves it), given its current "
    "ETag in `If-Match`. Every term of the rule language must be there, and no other: the set "
    "of terms is fixed in code (a 422 names the slug).",
    patch_description=f"Applies a JSON Merge Patch (RFC 7396, `{MERGE_PATCH}`) to the "
    "vocabulary as `GET` serves it, given its current ETag in `If-Match`: "
    '`{"red_flags": {"saddle_numbness": {"question": "…"}}}` changes one question. '
    "`ask_if: null` asks a question of everyone; a term cannot be added or removed (422).",
)


AuditPage = page_type(RevisionSummary)


@audit.get(
    "",
    operation_id="list_revisions",
    summary="The audit list: every write",
    description="Every change made through the editors' API, to any resource, oldest first "
    "(a page's offset stays put as writes are added; `Link: rel=last` is the newest page): "
    "who, when, the content version it made, its RFC 6902 patch and message (the bodies are "
    "at each revision's `self` link). Needs a key with the `audit:read` scope.",
    response_model=AuditPage,
    responses=problem_responses(401, 403, 422, 503),
    dependencies=[Depends(require(Scope.audit_read, writes=False))],
    tags=["editing"],
)
async def list_all_revisions(
    request: Request,
    page: PageQuery,
    resource: Annotated[
        Collection | None, Query(description="Only the writes to this collection.")
    ] = None,
    author: Annotated[
        str | None, Query(max_length=80, description="Only the writes made with this key.")
    ] = None,
) -> Response:
    def read() -> tuple[list[ContentRevision], int]:
        with request.app.state.sessions() as session:
            return service.audit(
                session, resource=resource, author=author, limit=page.limit, offset=page.offset
            )

    rows, total = await run_in_threadpool(read)
    body = AuditPage(
        items=[RevisionSummary(**_revision_summary(row, resource_href(row))) for row in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )
    params = [
        (name, value) for name, value in (("resource", resource), ("author", author)) if value
    ]
    return cached_response(
        request,
        Rendered.of(body),
        cache_control=NO_STORE,
        headers={"Link": link_header(REVISIONS, params, total, page)},
        reusable=False,
    )


router = APIRouter()
for editable in (safety_rules, poses, sources, routines, vocabulary, audit):
    router.include_router(editable)
