"""The table of clinical scenarios, run through the pure composer (no database, no app)."""

import pytest

from api.compose import Catalogue, compose
from models.composition import ComposedRoutine, ComposeRequest
from tests.support.scenarios import SCENARIOS, SESSION, Scenario


def run(scenario: Scenario, catalogue: Catalogue) -> ComposedRoutine:
    return compose(ComposeRequest(**scenario.request), catalogue)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_scenario(scenario: Scenario, catalogue: Catalogue) -> None:
    result = run(scenario, catalogue)
    assert result.outcome == scenario.outcome
    assert [item.pose.slug for item in result.items] == scenario.items
    assert {e.pose.slug: [r.slug for r in e.rules] for e in result.excluded} == scenario.excluded
    chosen = {e.pose.slug: e.substituted_by.slug for e in result.excluded if e.substituted_by}
    assert chosen == scenario.substitutes
    replaced = {i.substitutes_for.slug: i.pose.slug for i in result.items if i.substitutes_for}
    assert replaced == scenario.substitutes
    applied = {
        item.pose.slug: [m.slug for m in item.modifications]
        for item in result.items
        if item.modifications
    }
    assert applied == scenario.modifications
    expected_notices = scenario.notices
    if expected_notices is None:
        expected_notices = [] if scenario.urgency else SESSION
    assert [n.slug for n in result.notices] == expected_notices
    if scenario.urgency:
        assert result.referral is not None
        assert result.referral.urgency == scenario.urgency
        assert result.referral.action == scenario.action
        assert [r.slug for r in result.referral.rules] == scenario.referral_rules
        assert result.total_seconds == 0
        assert result.excluded == []
    else:
        assert result.referral is None


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_exclusion_reasons(scenario: Scenario, catalogue: Catalogue) -> None:
    for exclusion in run(scenario, catalogue).excluded:
        rules = {r.slug for r in exclusion.rules}
        if rules == {"session-time-budget"}:
            assert exclusion.reason == "time_budget"
        else:
            assert exclusion.reason == "safety_rule"


def test_every_rule_is_exercised_by_a_scenario(catalogue: Catalogue) -> None:
    seen: set[str] = set()
    for scenario in SCENARIOS:
        result = run(scenario, catalogue)
        seen.update(rule.slug for item in result.items for rule in item.rules)
        seen.update(r.slug for e in result.excluded for r in e.rules)
        seen.update(n.slug for n in result.notices)
        seen.update(r.slug for r in result.referral.rules) if result.referral else None
    assert {rule.slug for rule in catalogue.rules} - seen == set()
