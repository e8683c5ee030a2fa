"""`stretchbase export`: the database's current content as a seed file.

The file is what `seed/content.yaml` is, in its order, and `stretchbase seed --path` on a
fresh database takes it back: the content then serves the same bodies with the same ETags
(only the content version counts anew). Poses, routines, rules and sources are written in
the form the editors' API takes (`api.services.editing`: each kind's editable form, which
is also what the seed file holds); the vocabulary's texts, the questionnaire, the referral
actions and the timing come from their rows. General cautions are not kept apart in the
database — each pose and routine carries them — so the file lists them there.
"""

from typing import Any

import yaml
from sqlmodel import Session, col, select

from api.content.snapshot import ContentSnapshot
from api.services.editing import KINDS, plain_refs
from models.content_document import (
    QUESTIONNAIRE_DOCUMENT,
    REFERRAL_ACTIONS_DOCUMENT,
    ContentDocument,
)
from models.content_state import CONTENT_STATE_ID, ContentState
from models.vocabulary_term import VocabularyTerm
from seed.schema import SeedContent

HEADER = (
    "# Exported by `stretchbase export` from content version {version}: the content as it is\n"
    "# served, in the form `stretchbase seed --path FILE` takes.\n"
)
TERM_FIELDS = ("slug", "label", "question", "help_text", "ask_if")


def export_content(session: Session, snapshot: ContentSnapshot) -> SeedContent:
    """The snapshot's content (read at its version) as a seed file's content, validated as
    the seed validates a file."""
    state = session.get(ContentState, CONTENT_STATE_ID)
    assert state is not None, "the database is not seeded"
    documents = {row.slug: row.body for row in session.exec(select(ContentDocument))}
    terms: dict[str, list[dict[str, Any]]] = {"mobility_limit": [], "red_flag": []}
    for term in session.exec(
        select(VocabularyTerm).order_by(col(VocabularyTerm.sort_order), col(VocabularyTerm.id))
    ):
        terms[term.kind].append(term.model_dump(mode="json", include=set(TERM_FIELDS)))
    rules, poses, sources, routines = (
        KINDS[name] for name in ("safety-rules", "poses", "sources", "routines")
    )
    content = {
        "timing": {
            "seconds_per_breath": state.seconds_per_breath,
            "seconds_per_repetition": state.seconds_per_repetition,
        },
        "sources": [sources.editable(s, snapshot) for s in snapshot.sources],
        "poses": [
            poses.editable(snapshot.poses.get(slug), snapshot)  # type: ignore[arg-type]
            for slug in snapshot.poses.slugs
        ],
        "routines": [
            routines.editable(snapshot.routine_builder(summary), snapshot)
            for summary in snapshot.routine_summaries
        ],
        "mobility_limits": terms["mobility_limit"],
        "red_flags": terms["red_flag"],
        "referral_actions": plain_refs(documents[REFERRAL_ACTIONS_DOCUMENT]["actions"]),
        "questionnaire": documents[QUESTIONNAIRE_DOCUMENT],
        "safety_rules": [rules.editable(rule, snapshot) for rule in snapshot.safety_rules],
    }
    return SeedContent.model_validate(content)


def to_yaml(content: SeedContent, version: int) -> str:
    """Block-style YAML in the seed file's order of keys, text as written (not escaped)."""
    data = content.model_dump(mode="json", exclude_defaults=True)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return HEADER.format(version=version) + body
