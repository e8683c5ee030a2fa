"""Catalogue.check: dangling references and gaps in the rule base fail, naming the rule."""

import dataclasses

import pytest

from api.compose import Catalogue, CatalogueError
from models.rule_language import SafetyRuleSpec


def with_rule_changed(catalogue: Catalogue, slug: str, **changes) -> Catalogue:
    rules = tuple(r.model_copy(update=changes) if r.slug == slug else r for r in catalogue.rules)
    return dataclasses.replace(catalogue, rules=rules)


def test_the_seed_catalogue_is_consistent(catalogue: Catalogue) -> None:
    catalogue.check()


def test_a_rule_naming_an_unknown_pose(catalogue: Catalogue) -> None:
    effect = SafetyRuleSpec.model_validate(
        {**catalogue.rules[0].model_dump(), "effect": [{"type": "exclude", "poses": ["headstand"]}]}
    ).effect
    broken = with_rule_changed(catalogue, "limit-osteoporosis", effect=effect)
    with pytest.raises(CatalogueError, match="rule limit-osteoporosis: unknown pose headstand"):
        broken.check()


def test_a_rule_naming_an_unknown_modification(catalogue: Catalogue) -> None:
    effect = SafetyRuleSpec.model_validate(
        {**catalogue.rules[0].model_dump(), "effect": [{"type": "modify", "modification": "cape"}]}
    ).effect
    broken = with_rule_changed(catalogue, "limit-wrist-pain", effect=effect)
    with pytest.raises(CatalogueError, match="rule limit-wrist-pain: unknown modification cape"):
        broken.check()


def test_pain_levels_must_each_have_one_band(catalogue: Catalogue) -> None:
    rules = tuple(r for r in catalogue.rules if r.slug != "pain-band-moderate")
    with pytest.raises(CatalogueError, match="pain level 4 falls in 0 bands"):
        dataclasses.replace(catalogue, rules=rules).check()


def test_every_answer_needs_a_rule(catalogue: Catalogue) -> None:
    rules = tuple(r for r in catalogue.rules if r.slug != "limit-wrist-pain")
    with pytest.raises(CatalogueError, match="mobility limit wrist_pain has no rule"):
        dataclasses.replace(catalogue, rules=rules).check()


def test_a_routine_naming_an_unknown_pose(catalogue: Catalogue) -> None:
    poses = {slug: facts for slug, facts in catalogue.poses.items() if slug != "happy-baby"}
    modifications = {s: m for s, m in catalogue.modifications.items() if m.pose != "happy-baby"}
    broken = dataclasses.replace(catalogue, poses=poses, modifications=modifications)
    with pytest.raises(
        CatalogueError, match="routine seven-best-hip-stretches: unknown pose happy-baby"
    ):
        broken.check()
