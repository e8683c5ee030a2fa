"""Clinical scenarios: who the person is, and exactly what the composer must answer.

Each scenario names the poses kept (in order), every exclusion with the rules behind it,
the modifications applied per pose, and the outcome. test_scenarios.py checks them all and
checks that every rule of the rule base is exercised by at least one scenario.
"""

from dataclasses import dataclass, field
from typing import Any

GODDESS, CHILD, CAT_COW, TWIST, KNEE, TILT, BABY = (
    "goddess-pose",
    "childs-pose",
    "cat-cow",
    "lower-back-twist",
    "knee-to-chest",
    "pelvic-tilt",
    "happy-baby",
)
ALL = [GODDESS, CHILD, CAT_COW, TWIST, KNEE, TILT, BABY]
SESSION = [
    "session-start-small",
    "session-leg-symptoms-spreading",
    "session-breathe-slowly",
    "session-stay-active",
    "session-props-are-fine",
]


@dataclass(frozen=True)
class Scenario:
    name: str
    request: dict[str, Any]
    items: list[str]
    excluded: dict[str, list[str]] = field(default_factory=dict)
    modifications: dict[str, list[str]] = field(default_factory=dict)
    notices: list[str] | None = None  # exact, in order; None: the session notices only
    urgency: str | None = None  # set for a referral
    referral_rules: list[str] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        return "referral" if self.urgency else "routine"


def without(*slugs: str) -> list[str]:
    return [slug for slug in ALL if slug not in slugs]


def excluded_by(rule: str, *slugs: str) -> dict[str, list[str]]:
    return {slug: [rule] for slug in slugs}


def referral(name: str, request: dict[str, Any], urgency: str, *rules: str, notices=()) -> Scenario:
    return Scenario(
        name,
        request,
        items=[],
        excluded={slug: list(rules) for slug in ALL},
        notices=list(notices),
        urgency=urgency,
        referral_rules=list(rules),
    )


EMERGENCY_FLAGS = [
    "saddle_numbness",
    "bladder_or_bowel_change",
    "new_sexual_dysfunction",
    "both_legs_symptoms",
    "progressive_leg_weakness",
    "major_trauma",
    "chest_pain",
]
URGENT_FLAGS = [
    "fever",
    "unexplained_weight_loss",
    "history_of_cancer",
    "night_or_rest_pain",
    "minor_trauma_with_fracture_risk",
    "back_lump_or_deformity",
    "immunosuppression_or_iv_drug_use",
    "pain_between_shoulder_blades",
]


def flag_rule(flag: str) -> str:
    return "red-flag-" + flag.replace("_", "-")


SCENARIOS = [
    # -- red flags ---------------------------------------------------------------------------
    *[
        referral(
            f"emergency: {flag}",
            {"pain_level": 3, "red_flags": [flag]},
            "emergency",
            flag_rule(flag),
        )
        for flag in EMERGENCY_FLAGS
    ],
    *[
        referral(
            f"urgent: {flag}", {"pain_level": 3, "red_flags": [flag]}, "urgent", flag_rule(flag)
        )
        for flag in URGENT_FLAGS
    ],
    referral(
        "emergency outranks urgent",
        {"pain_level": 2, "red_flags": ["fever", "saddle_numbness"]},
        "emergency",
        "red-flag-saddle-numbness",
        "red-flag-fever",
    ),
    referral(
        "an urgent flag outranks the worst pain band",
        {"pain_level": 10, "red_flags": ["fever"]},
        "urgent",
        "red-flag-fever",
        "pain-band-worst",
    ),
    Scenario(
        "advisory: new pain over 50",
        {"pain_level": 2, "red_flags": ["age_over_50_new_pain"]},
        items=ALL,
        notices=[
            "red-flag-age-over-50-new-pain",
            "session-start-small",
            "session-leg-symptoms-spreading",
            "session-breathe-slowly",
            "session-stay-active",
            "session-props-are-fine",
        ],
    ),
    Scenario(
        "advisory: under 20",
        {"pain_level": 2, "red_flags": ["age_under_20"]},
        items=ALL,
        notices=["red-flag-age-under-20", *SESSION[:2], *SESSION[2:]],
    ),
    # -- pain bands --------------------------------------------------------------------------
    Scenario(
        "no pain",
        {"pain_level": 0},
        items=ALL,
        notices=[*SESSION[:2], "pain-band-none", *SESSION[2:]],
    ),
    Scenario("mild pain", {"pain_level": 2}, items=ALL),
    Scenario(
        "moderate pain",
        {"pain_level": 5},
        items=without(GODDESS, BABY),
        excluded=excluded_by("pain-band-moderate", GODDESS, BABY),
        modifications={
            CHILD: ["childs-pose-pillow-under-belly"],
            TWIST: ["lower-back-twist-pillow-under-knees"],
        },
        notices=["pain-band-moderate", *SESSION],
    ),
    Scenario(
        "severe pain",
        {"pain_level": 8},
        items=[CHILD, TWIST, TILT],
        excluded=excluded_by("pain-band-severe", GODDESS, CAT_COW, KNEE, BABY),
        modifications={
            CHILD: ["childs-pose-pillow-under-belly"],
            TWIST: ["lower-back-twist-pillow-under-knees"],
        },
        notices=["pain-band-severe", *SESSION],
    ),
    referral("worst pain", {"pain_level": 9}, "soon", "pain-band-worst"),
    # -- mobility limits ---------------------------------------------------------------------
    Scenario(
        "cannot kneel",
        {"pain_level": 2, "mobility_limits": ["cannot_kneel"]},
        items=without(CHILD, CAT_COW),
        excluded=excluded_by("limit-cannot-kneel", CHILD, CAT_COW),
    ),
    Scenario(
        "knee pain",
        {"pain_level": 2, "mobility_limits": ["knee_pain"]},
        items=ALL,
        modifications={
            GODDESS: ["goddess-pose-shallow-squat"],
            CHILD: ["childs-pose-knees-cushioned"],
            CAT_COW: ["cat-cow-padded-knees"],
        },
    ),
    Scenario(
        "wrist pain",
        {"pain_level": 2, "mobility_limits": ["wrist_pain"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-forearms-or-fists"]},
    ),
    Scenario(
        "neck pain",
        {"pain_level": 2, "mobility_limits": ["neck_pain"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-head-in-line"], BABY: ["happy-baby-head-supported"]},
    ),
    Scenario(
        "shoulder pain",
        {"pain_level": 2, "mobility_limits": ["shoulder_pain"]},
        items=ALL,
        modifications={GODDESS: ["goddess-pose-hands-on-hips"], BABY: ["happy-baby-hold-thighs"]},
    ),
    Scenario(
        "balance problems",
        {"pain_level": 2, "mobility_limits": ["balance_problems"]},
        items=ALL,
        modifications={GODDESS: ["goddess-pose-chair-support"]},
    ),
    Scenario(
        "cannot get to the floor",
        {"pain_level": 2, "mobility_limits": ["cannot_get_to_floor"]},
        items=[GODDESS],
        excluded=excluded_by("limit-cannot-get-to-floor", CHILD, CAT_COW, TWIST, KNEE, TILT, BABY),
    ),
    Scenario(
        "cannot lie on the back",
        {"pain_level": 2, "mobility_limits": ["cannot_lie_on_back"]},
        items=[GODDESS, CHILD, CAT_COW],
        excluded=excluded_by("limit-cannot-lie-on-back", TWIST, KNEE, TILT, BABY),
    ),
    Scenario(
        "pregnancy",
        {"pain_level": 2, "mobility_limits": ["pregnancy"]},
        items=[GODDESS, CHILD, CAT_COW],
        excluded=excluded_by("limit-pregnancy", TWIST, KNEE, TILT, BABY),
        modifications={CHILD: ["childs-pose-knees-wide"]},
        notices=["limit-pregnancy", *SESSION],
    ),
    Scenario(
        "hip replacement",
        {"pain_level": 2, "mobility_limits": ["hip_replacement"]},
        items=[GODDESS, CAT_COW, TILT],
        excluded=excluded_by("limit-hip-replacement", CHILD, TWIST, KNEE, BABY),
        modifications={GODDESS: ["goddess-pose-shallow-squat"]},
        notices=["limit-hip-replacement", *SESSION],
    ),
    Scenario(
        "osteoporosis",
        {"pain_level": 2, "mobility_limits": ["osteoporosis"]},
        items=[GODDESS, CHILD, CAT_COW, TILT],
        excluded=excluded_by("limit-osteoporosis", TWIST, KNEE, BABY),
        modifications={CHILD: ["childs-pose-small-range"], CAT_COW: ["cat-cow-small-range"]},
        notices=["limit-osteoporosis", *SESSION],
    ),
    Scenario(
        "bending forward worsens leg pain",
        {"pain_level": 2, "mobility_limits": ["flexion_worsens_leg_pain"]},
        items=[GODDESS, CAT_COW, TWIST, TILT],
        excluded=excluded_by("limit-flexion-worsens-leg-pain", CHILD, KNEE, BABY),
        modifications={CAT_COW: ["cat-cow-cow-only"]},
    ),
    Scenario(
        "arching worsens pain",
        {"pain_level": 2, "mobility_limits": ["extension_worsens_pain"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-cat-only"]},
    ),
    Scenario(
        "spinal stenosis",
        {"pain_level": 2, "mobility_limits": ["spinal_stenosis"]},
        items=ALL,
        modifications={CAT_COW: ["cat-cow-cat-only"]},
    ),
    referral(
        "recent back surgery",
        {"pain_level": 2, "mobility_limits": ["recent_back_surgery"]},
        "soon",
        "limit-recent-back-surgery",
    ),
    Scenario(
        "recent abdominal surgery",
        {"pain_level": 2, "mobility_limits": ["recent_abdominal_surgery"]},
        items=[GODDESS, CAT_COW, TWIST, TILT],
        excluded=excluded_by("limit-recent-abdominal-surgery", CHILD, KNEE, BABY),
    ),
    Scenario(
        "glaucoma or high blood pressure",
        {"pain_level": 2, "mobility_limits": ["glaucoma_or_high_blood_pressure"]},
        items=ALL,
        modifications={CHILD: ["childs-pose-head-on-fists"]},
    ),
    # -- duration ----------------------------------------------------------------------------
    Scenario("pain for 6 days", {"pain_level": 2, "days_with_pain": 6}, items=ALL),
    Scenario(
        "pain for a week or more",
        {"pain_level": 2, "days_with_pain": 10},
        items=ALL,
        notices=["duration-a-week-or-more", *SESSION],
    ),
    Scenario(
        "chronic pain",
        {"pain_level": 2, "days_with_pain": 100},
        items=ALL,
        notices=["duration-a-week-or-more", *SESSION[:2], "duration-chronic", *SESSION[2:]],
    ),
    # -- time budget -------------------------------------------------------------------------
    Scenario(
        "two minutes",
        {"pain_level": 2, "minutes": 2},
        items=[CHILD, CAT_COW],
        excluded=excluded_by("session-time-budget", GODDESS, TWIST, KNEE, TILT, BABY),
    ),
    Scenario("ten minutes fit everything", {"pain_level": 2, "minutes": 10}, items=ALL),
    # -- combinations ------------------------------------------------------------------------
    Scenario(
        "moderate pain, cannot kneel",
        {"pain_level": 5, "mobility_limits": ["cannot_kneel"]},
        items=[TWIST, KNEE, TILT],
        excluded={
            GODDESS: ["pain-band-moderate"],
            CHILD: ["limit-cannot-kneel"],
            CAT_COW: ["limit-cannot-kneel"],
            BABY: ["pain-band-moderate"],
        },
        modifications={TWIST: ["lower-back-twist-pillow-under-knees"]},
        notices=["pain-band-moderate", *SESSION],
    ),
    Scenario(
        "bending forward and arching both worsen: no Cat-Cow left",
        {
            "pain_level": 2,
            "mobility_limits": ["extension_worsens_pain", "flexion_worsens_leg_pain"],
        },
        items=[GODDESS, TWIST, TILT],
        excluded={
            CHILD: ["limit-flexion-worsens-leg-pain"],
            CAT_COW: ["limit-flexion-worsens-leg-pain", "limit-extension-worsens-pain"],
            KNEE: ["limit-flexion-worsens-leg-pain"],
            BABY: ["limit-flexion-worsens-leg-pain"],
        },
    ),
    Scenario(
        "severe pain with osteoporosis",
        {"pain_level": 7, "mobility_limits": ["osteoporosis"]},
        items=[CHILD, TILT],
        excluded={
            GODDESS: ["pain-band-severe"],
            CAT_COW: ["pain-band-severe"],
            TWIST: ["limit-osteoporosis"],
            KNEE: ["pain-band-severe", "limit-osteoporosis"],
            BABY: ["pain-band-severe", "limit-osteoporosis"],
        },
        modifications={CHILD: ["childs-pose-pillow-under-belly", "childs-pose-small-range"]},
        notices=["pain-band-severe", "limit-osteoporosis", *SESSION],
    ),
    Scenario(
        "pregnant and cannot kneel",
        {"pain_level": 3, "mobility_limits": ["pregnancy", "cannot_kneel"]},
        items=[GODDESS],
        excluded={
            CHILD: ["limit-cannot-kneel"],
            CAT_COW: ["limit-cannot-kneel"],
            TWIST: ["limit-pregnancy"],
            KNEE: ["limit-pregnancy"],
            TILT: ["limit-pregnancy"],
            BABY: ["limit-pregnancy"],
        },
        notices=["limit-pregnancy", *SESSION],
    ),
    referral(
        "a referral keeps its advisory notices",
        {"pain_level": 3, "red_flags": ["fever", "age_over_50_new_pain"], "days_with_pain": 10},
        "urgent",
        "red-flag-fever",
        notices=["red-flag-age-over-50-new-pain", "duration-a-week-or-more"],
    ),
]
