"""Catalogue.check: dangling references and gaps in the rule base fail, naming the rule."""

import dataclasses

import pytest

from api.compose import Catalogue, CatalogueError
from models.rule_language import SafetyRuleSpec
from models.values import StepChange


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


def with_modification_changed(catalogue: Catalogue, slug: str, **changes) -> Catalogue:
    modifications = dict(catalogue.modifications)
    modifications[slug] = modifications[slug].model_copy(update=changes)
    return dataclasses.replace(catalogue, modifications=modifications)


def test_two_modifications_that_would_lose_a_cue_together_are_refused(
    catalogue: Catalogue,
) -> None:
    """Cow-only rewrites step 7 whole; Head in line rewrites a phrase of it: the new text must
    keep that phrase, or a person with both limits loses one of the two instructions."""
    broken = with_modification_changed(
        catalogue,
        "cat-cow-cow-only",
        step_changes=[
            StepChange(step=7, text="From a flat back, move your tailbone up."),
        ],
    )
    with pytest.raises(
        CatalogueError,
        match="pose cat-cow: cat-cow-head-in-line: step 7 no longer says "
        "'and your chest forward and up'",
    ):
        broken.check()


def test_two_new_texts_for_one_step_are_refused(catalogue: Catalogue) -> None:
    broken = with_modification_changed(
        catalogue,
        "cat-cow-head-in-line",
        step_changes=[StepChange(step=1, text="Kneel.")],
    )
    with pytest.raises(CatalogueError, match="both replace step 1"):
        broken.check()


def test_a_phrase_a_step_does_not_say_is_refused(catalogue: Catalogue) -> None:
    broken = with_modification_changed(
        catalogue,
        "happy-baby-head-supported",
        step_changes=[StepChange(step=4, find="Keep your chin up", replace="Rest")],
    )
    with pytest.raises(
        CatalogueError, match="step 4 of happy-baby does not say 'Keep your chin up'"
    ):
        broken.check()
