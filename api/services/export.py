"""`stretchbase export`: the database's current content as a seed file.

The file is what `seed/content.yaml` is, in its order, and `stretchbase seed --path` on a
fresh database takes it back: the content then serves the same bodies with the same ETags
(only the content version counts anew). Poses, routines, rules and sources are written in
the form the editors' API takes (`api.services.editing`: each kind's editable form, which
is also what the seed file holds); the vocabulary's texts, the questionnaire, the referral
actions and the timing come from their rows. The database keeps no list of general
cautions — each pose and routine carries them — so the file's `general_cautions` are the
cautions every pose and routine carries, written once and referred to (YAML anchors) as
the seed file does.
"""

from typing import Any

import yaml
from pydantic import BaseModel
from sqlmodel import Session, col, select

from api.content.snapshot import ContentSnapshot
from api.services.editing import KINDS, plain_refs
from models.content_document import (
    QUESTIONNAIRE_DOCUMENT,
    REFERRAL_ACTIONS_DOCUMENT,
    ContentDocument,
)
from models.content_state import CONTENT_STATE_ID, ContentState
from models.links import source_href
from models.vocabulary_term import VocabularyTerm
from seed.schema import SeedContent

HEADER = (
    "# Exported by `stretchbase export` from content version {version}: the content as it is\n"
    "# served, in the form `stretchbase seed --path FILE` takes.\n"
)
FILE_ORDER = (
    ("mobility_limits", ("slug",), ()),
    ("red_flags", ("slug",), ()),
    ("routines", (), ("items",)),
)
"""Where the models' order of fields is not the seed file's: the keys an item of a list
starts with, and those it ends with."""
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
    content["general_cautions"] = _general_cautions([*content["poses"], *content["routines"]])
    return SeedContent.model_validate(content)


def _general_cautions(owners: list[Any]) -> list[Any]:
    """The cautions every pose and routine carries, in the first one's order."""
    lists = [_field(owner, "cautions") for owner in owners]
    if not lists:
        return []
    return [c for c in lists[0] if all(c in others for others in lists[1:])]


def _field(value: Any, name: str) -> Any:
    return getattr(value, name) if isinstance(value, BaseModel) else value[name]


def to_yaml(content: SeedContent, version: int) -> str:
    """Block-style YAML in the seed file's order of keys, text as written (not escaped);
    source references as an editor writes them (no link), the general cautions written
    once (`&general_cautions`, `&caution_1`…) and referred to from each pose and routine."""
    data = _without_links(content.model_dump(mode="json", exclude_defaults=True))
    for name, first, last in FILE_ORDER:
        data[name] = [_reordered(item, first, last) for item in data[name]]
    anchors = _share_general_cautions(data)
    body = yaml.dump(
        data,
        Dumper=_dumper(anchors),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return HEADER.format(version=version) + body


def _reordered(item: dict[str, Any], first: tuple[str, ...], last: tuple[str, ...]) -> Any:
    keys = [*(k for k in first if k in item), *(k for k in item if k not in first + last)]
    return {key: item[key] for key in [*keys, *(k for k in last if k in item)]}


def _without_links(value: Any) -> Any:
    """Drop the `href` a source reference is served with: it follows from the slug."""
    if isinstance(value, list):
        return [_without_links(item) for item in value]
    if isinstance(value, dict):
        is_ref = isinstance(value.get("slug"), str) and value.get("href") == source_href(
            value["slug"]
        )
        return {k: _without_links(v) for k, v in value.items() if not (is_ref and k == "href")}
    return value


def _share_general_cautions(data: dict[str, Any]) -> dict[int, str]:
    """Make each pose's and routine's general cautions the very objects of the file's list
    (and a list that is exactly the general one that list), so YAML writes them once;
    the anchors' names by object."""
    general = data.get("general_cautions") or []
    if not general:
        return {}
    for owner in [*data["poses"], *data["routines"]]:
        cautions = owner.get("cautions", [])
        if cautions == general:
            owner["cautions"] = general
            continue
        owner["cautions"] = [next((g for g in general if g == c), c) for c in cautions]
    anchors = {id(general): "general_cautions"}
    anchors.update({id(c): f"caution_{n}" for n, c in enumerate(general, start=1)})
    return anchors


def _dumper(anchors: dict[int, str]) -> type[yaml.SafeDumper]:
    """A safe dumper that writes an anchor only for the named objects, by those names."""

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return id(data) not in anchors

        def generate_anchor(self, node: Any) -> str:
            for key, represented in self.represented_objects.items():
                if represented is node and key in anchors:
                    return anchors[key]
            return str(super().generate_anchor(node))

    return Dumper
