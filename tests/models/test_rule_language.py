"""The rule language rejects what it does not know, naming the rule."""

import pytest
from pydantic import ValidationError

from models.rule_language import SafetyRuleSpec

VALID = {
    "slug": "limit-cannot-kneel",
    "kind": "mobility_limit",
    "trigger": {"type": "mobility_limit", "limit": "cannot_kneel"},
    "effect": [{"type": "exclude", "demands": ["kneeling"]}],
    "severity": "info",
    "message": "Poses that need kneeling are left out.",
    "rationale": "Cannot kneel.",
    "sources": [{"slug": "stretchbase-editorial"}],
}


def test_a_valid_rule() -> None:
    rule = SafetyRuleSpec.model_validate(VALID)
    assert rule.effect[0].demands == ["kneeling"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (
            {"trigger": {"type": "moon_phase", "phase": "full"}},
            "does not match any of the expected tags",
        ),
        ({"effect": [{"type": "teleport"}]}, "does not match any of the expected tags"),
        ({"trigger": {"type": "mobility_limit", "limit": "cannot_fly"}}, "cannot_kneel"),
        ({"effect": [{"type": "exclude", "demands": ["levitation"]}]}, "floor"),
        ({"effect": [{"type": "exclude"}]}, "names poses, demands or all_poses_except"),
        ({"effect": []}, "at least 1 item"),
        (
            {"trigger": {"type": "red_flag", "flag": "fever"}},
            "rule limit-cannot-kneel: a mobility_limit rule",
        ),
        ({"effect": [{"type": "refer", "urgency": "whenever"}]}, "emergency"),
        ({"effect": [{"type": "exclude", "demands": ["floor"], "also": 1}]}, "Extra inputs"),
        ({"sources": []}, "at least 1 item"),
        ({"severity": "catastrophic"}, "critical"),
    ],
)
def test_invalid_rules_are_rejected(change: dict, complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        SafetyRuleSpec.model_validate(VALID | change)
