"""The safety gate (api/compose/invariants.py): the seeded rule base passes; a candidate that
breaks an invariant is caught, with a counterexample that really shows it when composed."""

from dataclasses import replace
from typing import Any

from api.compose import Catalogue, compose
from api.compose.invariants import (
    DEFAULT_BUDGET,
    Invariant,
    Violation,
    check_safety,
    run_gate,
)
from models.composition import ComposedRoutine, ComposeRequest
from models.rule_language import ExcludeEffect, NoticeEffect, ReferEffect, SafetyRuleSpec
from models.vocabulary import Demand, Outcome, Urgency

# Enough for every referral-floor flag at every pain and days class, and every combination
# of up to two answers at every pain class: where each broken candidate below shows.
SMALL_BUDGET = 1_500


def with_rule(catalogue: Catalogue, slug: str, **update: Any) -> Catalogue:
    """The catalogue with one rule changed (and validated, as the write API would)."""

    def changed(rule: SafetyRuleSpec) -> SafetyRuleSpec:
        return SafetyRuleSpec.model_validate({**rule.model_dump(), **update})

    rules = tuple(changed(rule) if rule.slug == slug else rule for rule in catalogue.rules)
    assert rules != catalogue.rules, f"no rule {slug}"
    return replace(catalogue, rules=rules)


def with_modification(catalogue: Catalogue, slug: str, **update: Any) -> Catalogue:
    modifications = dict(catalogue.modifications)
    modifications[slug] = modifications[slug].model_copy(update=update)
    return replace(catalogue, modifications=modifications)


def rule(catalogue: Catalogue, slug: str) -> SafetyRuleSpec:
    return catalogue.rule_by_slug[slug]


def found(violations: list[Violation], invariant: Invariant) -> list[Violation]:
    named = [v for v in violations if v.invariant == invariant]
    assert named, f"{invariant} not reported; got {[v.message for v in violations]}"
    return named


def kept(result: ComposedRoutine) -> set[str]:
    return {item.pose.slug for item in result.items}


def test_the_seeded_rule_base_passes(catalogue: Catalogue) -> None:
    result = run_gate(catalogue)
    assert result.violations == []
    coverage = result.coverage
    assert coverage.compositions <= DEFAULT_BUDGET
    # the default budget covers every combination of up to three answers, and searches more
    assert coverage.exhaustive_up_to >= 3
    assert coverage.random_requests > 0


def test_the_check_is_deterministic_and_keeps_to_its_budget(catalogue: Catalogue) -> None:
    broken = with_rule(
        catalogue, "red-flag-fever", effect=[NoticeEffect(type="notice", without_routine=True)]
    )
    first = run_gate(broken, budget=700, seed=3)
    assert first.coverage.compositions <= 700
    assert first == run_gate(broken, budget=700, seed=3)


# -- 1. red or urgent flag => referral with no exercise -----------------------------------


def test_a_rule_that_drops_the_saddle_numbness_referral_is_caught(catalogue: Catalogue) -> None:
    broken = with_rule(
        catalogue,
        "red-flag-saddle-numbness",
        effect=[NoticeEffect(type="notice", without_routine=True)],
    )
    [violation] = found(check_safety(broken, budget=SMALL_BUDGET), Invariant.red_flag_refers)
    assert "saddle_numbness" in violation.message
    assert "saddle_numbness" in violation.request.red_flags
    result = compose(violation.request, broken)
    assert result.outcome != Outcome.referral and result.referral is None
    assert compose(violation.request, catalogue).outcome == Outcome.referral


def test_an_emergency_flag_downgraded_to_see_a_gp_soon_is_caught(catalogue: Catalogue) -> None:
    broken = with_rule(
        catalogue,
        "red-flag-chest-pain",
        effect=[ReferEffect(type="refer", urgency=Urgency.soon, action="see_gp")],
    )
    [violation] = found(check_safety(broken, budget=SMALL_BUDGET), Invariant.red_flag_refers)
    assert "chest_pain" in violation.request.red_flags
    referral = compose(violation.request, broken).referral
    assert referral is not None and referral.urgency == Urgency.soon


def test_a_referral_that_tells_the_person_to_stretch_is_caught(catalogue: Catalogue) -> None:
    step = catalogue.poses["cat-cow"].steps[0].text
    broken = with_rule(
        catalogue,
        "red-flag-fever",
        message=f"See a doctor today. Meanwhile: {step}",
    )
    violations = found(check_safety(broken, budget=SMALL_BUDGET), Invariant.red_flag_refers)
    assert any("holds exercise" in v.message for v in violations)
    request = next(v.request for v in violations if "holds exercise" in v.message)
    result = compose(request, broken)
    assert result.outcome == Outcome.referral and step in result.model_dump_json()


# -- 2. no item carries a demand that a fired rule excludes --------------------------------


def test_a_pose_missing_a_demand_is_caught(catalogue: Catalogue) -> None:
    """Cat-Cow is done on hands and knees: without `kneeling` listed, it would be offered to
    someone who cannot kneel."""
    poses = dict(catalogue.poses)
    poses["cat-cow"] = replace(poses["cat-cow"], demands=poses["cat-cow"].demands - {"kneeling"})
    broken = replace(catalogue, poses=poses)
    violations = found(check_safety(broken, budget=SMALL_BUDGET), Invariant.no_excluded_demand)
    violation = next(v for v in violations if "cat-cow" in v.message)
    assert "limit-cannot-kneel" in violation.message
    assert "cannot_kneel" in violation.request.mobility_limits
    assert "cat-cow" in kept(compose(violation.request, broken))
    assert "cat-cow" not in kept(compose(violation.request, catalogue))


def test_a_modification_that_adds_back_an_excluded_demand_is_caught(
    catalogue: Catalogue,
) -> None:
    """Padded knees that also put weight back on the hands: with wrist pain, the forearms
    modification removes wrist loading and the padding adds it back."""
    broken = with_modification(catalogue, "cat-cow-padded-knees", adds_demands=["wrist_loading"])
    violations = found(check_safety(broken, budget=SMALL_BUDGET), Invariant.no_excluded_demand)
    violation = next(v for v in violations if "wrist_loading" in v.message)
    assert {"wrist_pain", "knee_pain"} <= set(violation.request.mobility_limits)
    item = next(i for i in compose(violation.request, broken).items if i.pose.slug == "cat-cow")
    assert any(Demand.wrist_loading in m.adds_demands for m in item.modifications)


def test_a_suggested_modification_that_adds_an_excluded_demand_is_caught(
    catalogue: Catalogue,
) -> None:
    """A suggestion is offered to the person: a pillow under the knees in the twist that
    flattened the back (spinal flexion) must not be suggested when flexion worsens leg pain."""
    broken = with_modification(
        catalogue, "lower-back-twist-pillow-under-knees", adds_demands=["spinal_flexion"]
    )
    violations = found(check_safety(broken, budget=SMALL_BUDGET), Invariant.no_excluded_demand)
    violation = next(v for v in violations if "lower-back-twist" in v.message)
    assert "flexion_worsens_leg_pain" in violation.request.mobility_limits
    item = next(
        i for i in compose(violation.request, broken).items if i.pose.slug == "lower-back-twist"
    )
    [suggested] = [m for m in item.modifications if Demand.spinal_flexion in m.adds_demands]
    assert suggested.optional


# -- 3. adding a limit or a flag never adds a pose ------------------------------------------


def test_a_limit_whose_modification_brings_back_an_excluded_pose_is_caught(
    catalogue: Catalogue,
) -> None:
    """Cushioned knees declared to remove `kneeling`: someone who cannot kneel and has knee
    pain would get Child's Pose back, which cannot_kneel alone left out."""
    broken = with_modification(
        catalogue, "childs-pose-knees-cushioned", removes_demands=["kneeling"]
    )
    violations = found(
        check_safety(broken, budget=SMALL_BUDGET), Invariant.answers_never_add_a_pose
    )
    violation = next(v for v in violations if "childs-pose" in v.message)
    assert violation.compared_with is not None
    added = set(violation.request.mobility_limits) - set(violation.compared_with.mobility_limits)
    assert added == {"knee_pain"}
    assert "childs-pose" in kept(compose(violation.request, broken))
    assert "childs-pose" not in kept(compose(violation.compared_with, broken))


def test_a_red_flag_that_brings_back_a_pose_is_caught(catalogue: Catalogue) -> None:
    """An advisory red flag whose rule also cushions the knees (declared to remove kneeling)."""
    broken = with_modification(
        catalogue, "childs-pose-knees-cushioned", removes_demands=["kneeling"]
    )
    over_50 = rule(broken, "red-flag-age-over-50-new-pain")
    broken = with_rule(
        broken,
        over_50.slug,
        effect=[
            *over_50.effect,
            {"type": "modify", "modification": "childs-pose-knees-cushioned"},
        ],
    )
    violations = found(
        check_safety(broken, budget=SMALL_BUDGET), Invariant.answers_never_add_a_pose
    )
    violation = next(v for v in violations if "age_over_50_new_pain" in v.message)
    assert violation.compared_with is not None
    assert set(violation.request.red_flags) - set(violation.compared_with.red_flags) == {
        "age_over_50_new_pain"
    }
    assert "childs-pose" in kept(compose(violation.request, broken))
    assert "childs-pose" not in kept(compose(violation.compared_with, broken))


# -- 4. more pain never adds a pose ---------------------------------------------------------


def test_a_rule_that_adds_a_pose_at_higher_pain_is_caught(catalogue: Catalogue) -> None:
    """Severe pain allowing Happy Baby, which moderate pain leaves out."""
    severe = rule(catalogue, "pain-band-severe")
    effects = [
        e.model_copy(update={"all_poses_except": [*e.all_poses_except, "happy-baby"]})
        if isinstance(e, ExcludeEffect) and e.all_poses_except
        else e
        for e in severe.effect
    ]
    broken = with_rule(catalogue, severe.slug, effect=effects)
    violations = found(
        check_safety(broken, budget=SMALL_BUDGET), Invariant.more_pain_never_adds_a_pose
    )
    violation = next(v for v in violations if "happy-baby" in v.message)
    assert violation.compared_with is not None
    assert violation.request.pain_level > violation.compared_with.pain_level
    assert "happy-baby" in kept(compose(violation.request, broken))
    assert "happy-baby" not in kept(compose(violation.compared_with, broken))


# -- 5. every exclusion names its rule ------------------------------------------------------


def test_an_exclusion_citing_a_slug_another_rule_holds_is_caught(catalogue: Catalogue) -> None:
    """Two rules with one slug: the exclusion cites `limit-cannot-kneel`, and the rule a
    client gets under that slug (GET /v1/safety-rules/limit-cannot-kneel) only gives advice."""
    impostor = rule(catalogue, "session-stay-active").model_copy(
        update={"slug": "limit-cannot-kneel"}
    )
    broken = replace(catalogue, rules=(*catalogue.rules, impostor))
    violations = found(
        check_safety(broken, budget=SMALL_BUDGET), Invariant.exclusion_names_its_rule
    )
    violation = next(v for v in violations if "limit-cannot-kneel" in v.message)
    result = compose(violation.request, broken)
    cited = {r.slug for e in result.excluded for r in e.rules}
    assert "limit-cannot-kneel" in cited
    assert not any(
        isinstance(e, ExcludeEffect) for e in broken.rule_by_slug["limit-cannot-kneel"].effect
    )


def test_violations_carry_requests_a_client_can_send(catalogue: Catalogue) -> None:
    broken = with_rule(
        catalogue,
        "red-flag-saddle-numbness",
        effect=[NoticeEffect(type="notice", without_routine=True)],
    )
    [violation] = check_safety(broken, budget=SMALL_BUDGET)
    body = violation.model_dump(mode="json", exclude_none=True)
    assert body["invariant"] == "red_flag_refers"
    assert ComposeRequest.model_validate(body["request"]) == violation.request
